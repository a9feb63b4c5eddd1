"""Read the quality-of-life issues each district committee chose.

Reports list them in several ways: an inline list after the word ประเด็น
("อำเภอX ขับเคลื่อนประเด็น ๑) … ๒) …"), a counted list ("2 ประเด็น คือ A และB"),
a tallied summary ("ได้แก่ A (18 อำเภอ) B (11 อำเภอ) รองลงมาคือ C"), a section
(an issue heading, then district headings and numbered items), a sentence
per district in prose ("อำเภอX ขับเคลื่อนประเด็นA และB โดยเน้น…"), a short line
naming one issue ("ผลการดำเนินงานประเด็น…"), a paragraph headed by an issue's
label and running on into its results ("ประเด็นที่ 2 การป้องกัน… ในไตรมาสที่ 2
เกิด…"), a table (a district column and an issue column whose cells hold one or
several issues, or an issue × district matrix of ticks), a plan table's group rows ("ประเด็นที่ 1 …" above its
activities), or a form's row labelled as the issues ("ประเด็นการพัฒนาคุณภาพ
ชีวิต | 1. … 2. …"), a line under a district's heading that opens with the
issue label ("ประเด็นที่ขับเคลื่อน ได้แก่ A B และC"), or the province's common
issue named in passing ("… มีAเป็นประเด็นร่วมของจังหวัด").  Only lists introduced as issues are read, so objectives,
strategies, measures and problems, which are numbered the same way, are left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.districts import district_at_start, find_districts, section_of
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, IssueRecord
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.text import strip_list_marker

# Squash white space to compare two issue texts for duplicates.
SPACES_RE = re.compile(r"\s+")
# The first character of a word after a space: where a run-in name may end.
WORD_START_RE = re.compile(r"(?<=\s)\S")
# The numbers of a list marker ("2.1" has two): how deep a numbered heading is.
DIGITS_RE = re.compile(r"[0-9๐-๙]+")
# The marker shape of a list written as a sentence: no listed paragraph continues it.
PROSE_STYLE = "prose"


@dataclass(frozen=True)
class Item:
    """One issue's span in a block, the district it belongs to, and whether a decision adopts it."""

    block: Block
    start: int
    end: int
    district: str | None
    adopted: bool = False


@cache
def _rules() -> dict:
    return load_rules("issues")


@cache
def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _headings() -> dict:
    return load_rules("headings")


def opens_issues(text: str) -> bool:
    """A heading of the issue section, or a block ending "… ประเด็น… ได้แก่"."""
    if section_of(text) == "issues":
        return True
    rules = _rules()
    if not _re(rules["introducer"]).search(text):
        return False
    tail = text[-rules["intro_window"]:]
    if any(_re(p).search(tail) for p in _headings()["sections"]["issues"]):
        return True
    lead_in = text[-rules["lead_in_window"]:]
    return any(_re(p).search(lead_in) for p in rules["lead_in_issues"])


def adopts(lead_in: str) -> bool:
    """Whether the words before a list state a decision adopting it ("มติ … เห็นชอบ 3 ประเด็น คือ").

    Minutes list the proposals and the votes before the decision; only the
    issues the decision adopts are the committee's.
    """
    rules = _rules()
    m = _re(rules["decision"]).search(lead_in)
    if m is None or _re(rules["rejected"]).search(lead_in):
        return False
    return bool(m["formal"]) or not _re(rules["proposal"]).search(lead_in)


def _number(marker: re.Match[str]) -> int:
    return int(next(g for g in (marker["n"], marker["p"], marker["b"], marker["i"]) if g))


def _markers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the markers 1, 2, 3 … of the numbered list beginning in ``text[start:end]``.

    Candidate markers that break the sequence ("ร้อยละ 80." inside an item)
    are part of the item they fall in.
    """
    marks: list[tuple[int, int]] = []
    expected = 1
    for m in _re(_rules()["item_marker"]).finditer(text, start, end):
        if _number(m) == expected:
            marks.append(m.span())
            expected += 1
    return marks


def numbered_items(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the items of the numbered list that begins in ``text[start:end]``."""
    end = len(text) if end is None else end
    marks = _markers(text, start, end)
    ends = [s for s, _ in marks[1:]] + [end]
    return [(mark_end, item_end) for (_, mark_end), item_end in zip(marks, ends)]


def marker_style(marker: str) -> str:
    """A list marker's shape without its number ("2)" -> "9)", "๓." -> "9.", "-" -> "-").

    Lists that differ in shape are different lists: "3. ปัจจัย…" after
    "1) … 2) …" is the document's next section, not item 3.
    """
    return re.sub(r"[0-9๐-๙]+", "9", re.sub(r"\s+", "", marker))


def bullet_items(text: str) -> list[tuple[int, int]]:
    """Spans of the pieces of a cell split at its bullets or dashes ("- ขยะ - ผู้สูงอายุ")."""
    cuts = [(m.start(), m.end()) for m in _re(_rules()["bullet"]).finditer(text)]
    if not cuts:
        return [(0, len(text))]
    spans = [(0, cuts[0][0])] if text[:cuts[0][0]].strip() else []
    ends = [s for s, _ in cuts[1:]] + [len(text)]
    return spans + [(e, end) for (_, e), end in zip(cuts, ends)]


def _clean_span(text: str, start: int, end: int, province: str | None) -> tuple[int, int]:
    """Narrow an item's span to the issue's own words: no marker, label, district or punctuation."""
    trim = _rules()["trim"]
    changed = True
    while changed and start < end:
        piece = text[start:end]
        stripped = strip_list_marker(piece)
        for p in _rules()["item_prefixes"]:
            stripped = _re(p).sub("", stripped, count=1)
        lead = district_at_start(stripped, province)
        if lead is not None:
            stripped = stripped[lead[2]:]
        stripped = stripped.lstrip(trim)
        new_start = start + len(piece) - len(stripped)
        changed = new_start != start
        start = new_start
    sub = _re(_rules()["sub_point"]).search(text, start, end)
    if sub:
        end = sub.start()
    note = _re(_rules()["background_note"]).search(text, start, end)
    if note:
        end = note.start()
    end = before_glued_heading(text, start, end)
    while end > start and text[end - 1] in trim:
        end -= 1
    tail = _re(_rules()["trailing_conjunction"]).search(text, start, end)
    if tail:
        end = tail.start()
    return start, end


def before_glued_heading(text: str, start: int, end: int) -> int:
    """Where an item ends before a heading a PDF ran onto it ("…ไข้เลือดออกจุดเด่น").

    Losing the line break joins the next heading (strengths, points to
    improve) to the last issue of a list.
    """
    glued = _re(_rules()["glued_heading"]).search(text, start, end)
    return glued.start() if glued else end


def before_results(text: str, start: int, end: int, paragraph_end: int | None = None) -> int:
    """Where the last item of a list in running text ends when the paragraph runs on into results.

    "… 3 ประเด็น คือ A B และC ได้ประชุมคณะกรรมการแล้ว 2 ครั้ง": a list set
    inside a report's paragraph may end with no word that opens a clause.  A
    count or percentage (``result_figure``) after it, up to ``paragraph_end``
    (default ``end``: a clause that opens before the figure, "… C ตั้งด่าน
    ชุมชน 6 จุด", ends the list but not the run-on), marks the run-on, and the
    item's name is read as a run-in one is.  A paragraph or cell of its own
    is left whole: there the words are the writer's chosen name.
    """
    if _re(_rules()["result_figure"]).search(text, start, end if paragraph_end is None else paragraph_end) is None:
        return end
    while start < end and text[start].isspace():
        start += 1  # the name starts at its first word, not at the space after a marker
    return run_in_name_end(text, start, end)


def _is_issue(text: str) -> bool:
    rules = _rules()
    if not rules["min_item_chars"] <= len(text) <= rules["max_item_chars"]:
        return False
    if section_of(text) not in (None, "issues"):
        return False
    return not any(_re(p).search(text) for p in rules["not_issue"])


def _item(block: Block, start: int, end: int, district: str | None, province: str | None) -> Item | None:
    start, end = _clean_span(block.text, start, end, province)
    return Item(block, start, end, district) if _is_issue(block.text[start:end]) else None


@dataclass(frozen=True)
class _Inline:
    """One inline list: its items, district, next number and marker shape."""

    items: list[Item]
    district: str | None
    expect: int
    style: str


def _inline_lists(
    block: Block, province: str | None, default: str | None, *, in_section: bool = False
) -> list[_Inline]:
    """The inline lists of a block: "อำเภอX ขับเคลื่อนประเด็น 1) … 2) …".

    A block may hold several (PDF text can run two such lines together); each
    belongs to the district named just before its ประเด็น, else to ``default``.
    Inside an issue section a district's name is cue enough
    ("อำเภอปลาปาก : 1. … 2. …").
    """
    rules = _rules()
    text = block.text
    mentions = list(find_districts(text, province))
    cues: list[tuple[int, int, str | None]] = []
    if in_section:
        lead = district_at_start(text, province)
        named = [(code, end) for code, _, _, end in mentions] + ([(lead[0], lead[2])] if lead else [])
        cues += [(end, end, code) for code, end in named]
    cues += [(c.start(), c.end(), None) for c in _re(rules["inline_cue"]).finditer(text)]
    heads: list[tuple[int, int, str | None]] = []  # (segment start, first marker, district)
    for cue_start, cue_end, named in sorted(cues, key=lambda c: c[0]):
        marks = _markers(text, cue_end, len(text))
        if not marks or not _leads_to(text, cue_end, marks[0][0]):
            continue
        if heads and cue_start < heads[-1][1]:
            continue  # a second ประเด็น of the same list's lead-in
        near = [m for m in mentions if m[3] <= cue_start and cue_start - m[3] <= rules["inline_window"]]
        start = near[-1][2] if near else cue_start
        district = named or (near[-1][0] if near else default)
        heads.append((start, marks[0][0], district))
    out: list[_Inline] = []
    for i, (_, list_start, district) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        marks = _markers(text, list_start, end)
        if not marks:  # the next list's district is named before this list's first marker
            continue
        spans = numbered_items(text, list_start, end)
        if i + 1 == len(heads) and spans:
            last_start = spans[-1][0]
            last_end = addition_end(text, last_start, clause_end(text, last_start, spans[-1][1]))
            spans[-1] = (last_start, before_results(text, last_start, last_end, spans[-1][1]))
        run_in = len(spans) == 1 and _runs_on(text, *spans[0])
        if run_in:
            spans = [(spans[0][0], run_in_name_end(text, *spans[0]))]
        items = [_item(block, s, e, district, province) for s, e in spans]
        kept = [i for i in items if i is not None and not (run_in and categorize(_text(i)) == "other")]
        style = marker_style(text[marks[-1][0]:marks[-1][1]])
        out.append(_Inline(kept, district, len(marks) + 1, style))
    return out


def _runs_on(text: str, start: int, end: int) -> bool:
    """Whether a lone item's clause runs longer than a heading: a name run into its paragraph.

    "ประเด็นที่ 1 การดูแลผู้สูงอายุกลุ่มติดบ้านติดเตียง ผู้สูงอายุอายุ 60 ปีขึ้นไป
    ได้รับการคัดกรอง…" is a heading set at the head of its results.
    """
    return clause_end(text, start, end) - start > _headings()["max_heading_chars"]


def addition_end(text: str, start: int, end: int) -> int:
    """Where the last item of a numbered list ends before an unnumbered addition.

    "3) การจัดการขยะในชุมชน ควบคู่กับการเฝ้าระวังโรค…": an issue joined by
    ``addition_joiner`` is not one of the numbered issues; a partner joined so
    ("ร่วมกับ อปท.") stays with the item.
    """
    for sep in _re(_rules()["addition_joiner"]).finditer(text, start, end):
        if not _in_brackets(text, start, sep.start()) and looks_like_issue(text[sep.end():end]):
            return sep.start()
    return end


def run_in_name_end(text: str, start: int, end: int) -> int:
    """Where the name opening ``text[start:end]`` ends when its paragraph runs on after it.

    "การลดฝุ่นละอองขนาดเล็ก (PM2.5) จากการเผาอ้อย… ฤดูการผลิตปี…": the name
    runs past a space only when the next word continues the phrase
    (``name_continuer``) or the word after it joins an enumeration
    (``name_enumerator``: "A B และC") or it stands inside a bracket the
    name opened, and never past the end of its clause.
    """
    end = clause_end(text, start, end)
    words = [m.start() for m in WORD_START_RE.finditer(text, start + 1, end)]
    continuer = _re(_rules()["name_continuer"])
    enumerator = _re(_rules()["name_enumerator"])
    for pos, after in zip(words, [*words[1:], None]):
        if continuer.match(text, pos) or (after is not None and enumerator.match(text, after)):
            continue
        if _in_brackets(text, start, pos):
            continue  # a bracket names the issue's focus to its close: "(PM 2.5)"
        return len(text[:pos].rstrip())
    return end


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a bracket opened after ``start``."""
    piece = text[start:pos]
    return piece.count("(") > piece.count(")")


def _split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The non-blank pieces of ``text[start:end]`` between matches of ``separator``.

    A separator inside brackets parts nothing: "(ผู้สูงอายุ ผู้พิการ และผู้ป่วย
    ติดเตียง)" spells out one issue's groups.
    """
    spans: list[tuple[int, int]] = []
    for sep in _re(separator).finditer(text, start, end):
        if _in_brackets(text, start, sep.start()):
            continue
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@cache
def _prose_cue() -> re.Pattern[str]:
    """The verb phrases of ``[prose]``, named (group ``named``) or plain, then their tail."""
    prose = _rules()["prose"]
    named = "|".join(f"(?:{c})" for c in prose["named_cues"])
    plain = "|".join(f"(?:{c})" for c in prose["plain_cues"])
    return re.compile(f"(?:(?P<named>{named})|(?:{plain})){prose['cue_tail']}")


def looks_like_issue(piece: str) -> bool:
    """Whether a piece of a prose list opens like an issue or names one of a category.

    "A ร่วมกับ อปท. ทุกแห่ง" joins a partner, not a second issue.
    """
    piece = piece.strip()
    return bool(_re(_rules()["prose"]["issue_opening"]).match(piece)) or categorize(piece) != "other"


def joined_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the issues of ``text[start:end]`` parted by joiners ("A และB ร่วมกับC").

    A piece that does not look like an issue stays with the piece before it.
    """
    spans: list[tuple[int, int]] = []
    for s, e in _split(text, start, end, _rules()["prose"]["joiner"]):
        if spans and not looks_like_issue(text[s:e]):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    if spans:
        spans[-1] = (spans[-1][0], before_results(text, *spans[-1]))
    return [piece for s, e in spans for piece in spaced_items(text, s, e)]


def spaced_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` split at a bare space before an issue's first word, when that parts topics.

    "การป้องกันควบคุมโรคไข้เลือดออก การดูแลผู้สูงอายุ และ…": running text
    may part the items of a list with a space alone.  The split holds only
    when every piece falls in a category and no two neighbours share one
    ("การป้องกันอุบัติเหตุ ช่วงเทศกาล" or two words on one topic stay whole).
    """
    pieces = _split(text, start, end, _rules()["counted_space_separator"])
    kinds = [categorize(text[s:e]) for s, e in pieces]
    if len(pieces) < 2 or "other" in kinds or any(a == b for a, b in zip(kinds, kinds[1:])):
        return [(start, end)]
    return pieces


def prose_lists(
    text: str, province: str | None, *, in_section: bool = False, default: str | None = None
) -> list[tuple[str | None, list[tuple[int, int]]]]:
    """The issue sentences of a block, one per district: (district, spans of its issues).

    "อำเภอX ขับเคลื่อนประเด็นA และB โดยเน้น…": a district named just before a
    verb phrase of ``[prose]``.  A plain phrase (no ประเด็น: "ดำเนินการเรื่อง")
    counts only in an issue section or after ประเด็น ("ประเด็นของอำเภอX คือ…"),
    since elsewhere it describes work.  The list runs to the next district's
    sentence or the next clause; it is kept when one of its pieces falls in a
    category and it is no lead-in to a list below ("… 2 ประเด็น ดังนี้").
    A paragraph that opens with a named cue and names no district
    (``labelled_prose``) belongs to ``default``, the district of the section
    it stands in.
    """
    rules = _rules()
    mentions = [(code, start, end) for code, _, start, end in find_districts(text, province)]
    lead = district_at_start(text, province)
    if lead is not None:
        mentions.append((lead[0], 0, lead[2]))  # a bare name opening the block ("ลับแล ขับเคลื่อน…")
    heads: list[tuple[int, int, list[str | None]]] = []  # (sentence start, list start, districts)
    window = rules["prose"]["window"]
    for cue in _prose_cue().finditer(text):
        near = [m for m in mentions if 0 <= cue.start() - m[2] <= window]
        if not near:
            if labelled_prose(text, cue) and not heads:
                heads.append((cue.start(), cue.end(), [default]))
            continue
        codes, sentence = _subject(text, mentions, max(near, key=lambda m: m[2]))
        if not (cue["named"] or in_section or _re(rules["prose"]["named_before"]).search(
            text, max(0, sentence - window), sentence
        )):
            continue  # a plain verb phrase outside an issue section describes work
        if heads and sentence < heads[-1][1]:
            continue  # a cue word inside the previous sentence's list
        heads.append((sentence, cue.end(), codes))
    out: list[tuple[str, list[tuple[int, int]]]] = []
    for i, (_, start, codes) in enumerate(heads):
        end = clause_end(text, start, heads[i + 1][0] if i + 1 < len(heads) else len(text))
        if _re(rules["introducer"]).search(text, start, end):
            continue
        spans = joined_items(text, start, end)
        if any(categorize(text[s:e]) != "other" for s, e in spans):
            out += [(code, spans) for code in codes]
    return out


def labelled_prose(text: str, cue: re.Match[str]) -> bool:
    """Whether a named cue opens its paragraph as a label ("ประเด็นที่ขับเคลื่อน ได้แก่ A B และC").

    A district's part of an inspection or summary report states its issues
    on a line of their own under the district's heading; the line names no
    district, and its list may be numbered ("(1) … (2) …", read as an inline
    list) or written in prose, as here.
    """
    if not cue["named"]:
        return False
    opening = text[:cue.start()]
    label = _re(_rules()["prose"]["label_cue"])
    return not strip_list_marker(opening).strip() and label.match(text, cue.start()) is not None


def _subject(
    text: str, mentions: list[tuple[str, int, int]], last: tuple[str, int, int]
) -> tuple[list[str], int]:
    """The districts a sentence is about, ending with ``last``, and where the sentence starts.

    "อำเภอA และอำเภอB เลือกประเด็น…": names parted only by "และ" or a comma share it.
    """
    joiner = _re(_rules()["prose"]["subject_joiner"])
    codes, start = [last[0]], last[1]
    for code, m_start, m_end in sorted(mentions, key=lambda m: -m[2]):
        if m_end <= start and joiner.fullmatch(text, m_end, start):
            codes.insert(0, code)
            start = m_start
    return list(dict.fromkeys(codes)), start


def counted_items(text: str) -> list[tuple[int, int]]:
    """Spans of a counted list ("2 ประเด็น คือ A และB ซึ่ง…"), empty unless the count fits.

    Pieces parted by a space alone ("A B และC") are split again at the
    space before an issue's first word when the count asks for more, and
    then at a "และ" a PDF glued to the word before it ("Bและการ…").
    """
    rules = _rules()
    m = _re(rules["counted_list"]).search(text)
    if m is None:
        return []
    count = int(m["count"])
    spans = _before_non_issue(
        text, _split(text, m.end(), clause_end(text, m.end(), len(text)), rules["counted_separator"])
    )
    if spans:
        spans[-1] = (spans[-1][0], before_results(text, *spans[-1]))
    for separator in (rules["counted_space_separator"], rules["counted_glued_separator"]):
        if len(spans) < count:
            spans = [p for s, e in spans for p in _split(text, s, e, separator)]
    return spans if len(spans) == count else []


def _before_non_issue(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a list before the first that is a clause, not an issue.

    "… 3 ประเด็น ได้แก่ A B และC และจัดทำแผนปฏิบัติการฉบับนี้ขึ้น": the sentence
    goes on after the list with a spaced "และ" and a verb.
    """
    not_issue = [_re(p) for p in _rules()["not_issue"]]
    for i, (s, e) in enumerate(spans):
        if any(p.search(text[s:e].strip()) for p in not_issue):
            return spans[:i]
    return spans


def counted_district(text: str, province: str | None) -> str | None:
    """The district named just before a counted list's count ("พชอ.X กำหนด… 3 ประเด็น คือ")."""
    rules = _rules()
    m = _re(rules["counted_list"]).search(text)
    if m is None:
        return None
    near = [
        (end, code) for code, _, _, end in find_districts(text, province)
        if 0 <= m.start() - end <= rules["counted_window"]
    ]
    lead = district_at_start(text, province)
    if lead is not None and 0 <= m.start() - lead[2] <= rules["counted_window"]:
        near.append((lead[2], lead[0]))
    return max(near)[1] if near else None


def tallied_items(text: str) -> list[tuple[int, int]]:
    """Spans of a summary of the issues most districts chose ("ได้แก่ A (18 อำเภอ) B (11 อำเภอ) …").

    Empty unless the list holds enough tallies to be such a summary.
    """
    rules = _rules()
    m = _re(rules["tallied_list"]).search(text)
    if m is None:
        return []
    end = clause_end(text, m.end(), len(text))
    if len(_re(rules["tally"]).findall(text, m.end(), end)) < rules["min_tallies"]:
        return []
    return _split(text, m.end(), end, rules["tallied_separator"])


@cache
def _clause_opening() -> re.Pattern[str]:
    """A space, then a word from ``clause_openers``: where the next clause or sentence starts."""
    return re.compile(r"\s(?:" + "|".join(f"(?:{w})" for w in _rules()["clause_openers"]) + ")")


def clause_end(text: str, start: int, end: int) -> int:
    """Where the list running from ``start`` gives way to the next clause or sentence.

    Thai marks a sentence's end with a space alone, so the last item of a
    list in running text ends before the first word that opens a clause.
    """
    m = _clause_opening().search(text, start, end)
    return m.start() if m else end


def _heading_item(block: Block, province: str | None, district: str | None) -> Item | None:
    """The one issue a short line names after ประเด็น, if it falls in a category.

    A paragraph that opens with an issue's numbered label and runs on into
    its results ("ประเด็นที่ 2 การป้องกัน… ในไตรมาสที่ 2 เกิดอุบัติเหตุ…") names
    it too: its opening name is the issue.
    """
    text = block.text
    body = strip_list_marker(text)
    if opens_issues(text):
        return None
    offset = len(text) - len(body)
    if len(body) > _headings()["max_heading_chars"]:
        label = _re(_rules()["labelled_paragraph"]).match(body)
        if label is None:
            return None
        start = offset + label.end()
        found = _item(block, start, run_in_name_end(text, start, len(text)), district, province)
        return found if found is not None and categorize(_text(found)) != "other" else None
    m = _re(_rules()["issue_heading"]).match(body)
    if m is None:
        return None
    found = _item(block, offset + m.end(), len(text), district, province)
    if found is None or categorize(text[found.start:found.end]) == "other":
        return None
    return found


def _leads_to(text: str, cue_end: int, first_mark: int) -> bool:
    """Whether the words between a cue and item 1 are a short lead-in ("… 3 ประเด็น ได้แก่")."""
    rules = _rules()
    gap = first_mark - cue_end
    if gap <= rules["inline_window"]:
        return True
    return gap <= rules["intro_window"] and bool(_re(rules["list_introducer"]).search(text, cue_end, first_mark))


def _leading_marker(block: Block) -> tuple[int | None, str | None]:
    """The number and marker shape of a listed paragraph ("2) …", Word's "2.", "- …")."""
    label = (block.list_label or "").strip()
    if not label:
        body = strip_list_marker(block.text)
        label = block.text[:len(block.text) - len(body)].strip()
    if not label:
        return None, None
    m = _re(_rules()["item_marker"]).match(label)
    return (_number(m) if m else None), marker_style(label)


@dataclass
class _Section:
    """Where the reader is: inside an issue list or not, for which district, at which item.

    ``expect`` and ``style`` are the next number and the marker shape the
    list goes on with; ``fresh`` is set by an issue heading until the list
    starts: one plain paragraph there is the section's introduction;
    ``left`` is how many issues the lead-in announced and are still to come;
    ``named_only`` marks a results section set out by issue, whose items are
    paragraphs opening with an issue's name.
    """

    open: bool = False
    district: str | None = None
    expect: int | None = None
    style: str | None = None
    fresh: bool = False
    left: int | None = None
    adopted: bool = False
    named_only: bool = False

    def continues_with(self, number: int | None, style: str | None) -> bool:
        """Whether a listed paragraph with this marker is the list's next item."""
        if self.style is not None and style is not None and style != self.style:
            return False
        return self.expect is None or number is None or number == self.expect


def _section_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Items of issue sections and of inline lists, outside tables.

    A table ends an open section (an issue list set as a table is the table
    reader's).  An item continues its list only with the next number and the same marker
    shape, so a list wrapped onto the next line keeps its district, and a
    numbered heading of the next section closes it.
    """
    state = _Section(district=single)
    context: tuple[str, int] | None = None  # the district heading above, and its marker's depth
    for block in doc.body():
        if block.kind == "table_cell":
            state = _Section(district=single)  # a table ends a list; the table reader reads its own
            continue
        text = block.text
        context = heading_context(block, province, context)
        around = single or (context[0] if context else None)
        inline = _inline_lists(block, province, state.district if state.open else around, in_section=state.open)
        if inline:
            for found in inline:
                yield from found.items
            last = inline[-1]
            state = _Section(True, single or last.district, last.expect, last.style)
            continue
        counted = counted_items(text) or tallied_items(text)
        if counted:
            district = single or counted_district(text, province) or (state.district if state.open else None)
            yield from filter(None, (_item(block, s, e, district, province) for s, e in counted))
            continue
        prose = prose_lists(
            text, province, in_section=state.open, default=state.district if state.open else around
        )
        if prose:
            for district, spans in prose:
                yield from filter(None, (_item(block, s, e, single or district, province) for s, e in spans))
            # a sentence holds its whole list: a listed paragraph after it is not its item
            state = _Section(True, single or prose[-1][0], style=PROSE_STYLE)
            continue
        if opens_issues(text):
            lead = district_at_start(text, province)
            counts = list(_re(_rules()["stated_count"]).finditer(text))
            left = int(counts[-1]["count"]) if counts else None
            state = _Section(
                True, single or (lead[0] if lead else around), fresh=True, left=left, adopted=adopts(text)
            )
            continue
        if results_by_issue(text):
            state = _Section(True, around, fresh=True, named_only=True)
            continue
        named = _heading_item(block, province, state.district if state.open else around)
        if named is not None:
            yield named
            continue
        if not state.open:
            continue
        lead = district_at_start(text, province)
        if lead and len(text) - lead[2] <= _rules()["district_heading_tail"] and not numbered_items(text, lead[2]):
            state = _Section(True, single or lead[0])
            continue
        number, style = _leading_marker(block)
        if state.fresh and style is None and section_of(text) is None:
            state.fresh = False
            continue
        if section_of(text) not in (None, "issues") or style is None or state.left == 0 or (
            not state.continues_with(number, style)
        ):
            state = _Section(district=single)
            continue
        state.fresh = False
        state.left = None if state.left is None else state.left - 1
        state.expect = number + 1 if number is not None else None
        state.style = style
        if state.named_only:
            found = _run_in_item(block, state.district, province)
        else:
            found = _item(block, 0, len(text), state.district, province)
        if found is not None:
            yield replace(found, adopted=state.adopted)


def marker_depth(block: Block) -> int | None:
    """How deep a numbered paragraph's marker is ("2." -> 1, "2.1" -> 2); ``None`` if not numbered."""
    label = (block.list_label or "").strip()
    if not label:
        body = strip_list_marker(block.text)
        label = block.text[:len(block.text) - len(body)].strip()
    numbers = DIGITS_RE.findall(label)
    return len(numbers) or None


def heading_context(
    block: Block, province: str | None, context: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The district heading a block stands under, as (district, marker depth).

    Inspection and summary reports set each district's part under a numbered
    sub-heading ("2.1 อำเภอกุยบุรี (ตรวจเยี่ยม 11 ก.ค. 66)") and type its
    issues on a line below ("ประเด็นที่ขับเคลื่อน : 1) … 2) …"); the part
    ends at the next numbered heading as shallow as the district's.
    """
    text = block.text
    lead = district_at_start(text, province)
    if lead and len(text) - lead[2] <= _rules()["district_heading_tail"] and not numbered_items(text, lead[2]):
        return lead[0], marker_depth(block) or 0
    depth = marker_depth(block)
    if context is not None and depth is not None and depth <= context[1]:
        return None
    return context


def results_by_issue(text: str) -> bool:
    """Whether a heading opens results set out issue by issue ("1. ผลการดำเนินงานตามประเด็น…").

    Its numbered paragraphs each open with an issue's name and run on into
    that issue's figures.
    """
    body = strip_list_marker(text)
    return len(body) <= _headings()["max_heading_chars"] and bool(_re(_rules()["results_by_issue"]).match(body))


def _run_in_item(block: Block, district: str | None, province: str | None) -> Item | None:
    """The issue a paragraph opens with, when its name falls in a category."""
    text = block.text
    start = len(text) - len(strip_list_marker(text))
    found = _item(block, start, run_in_name_end(text, start, len(text)), district, province)
    return found if found is not None and categorize(_text(found)) != "other" else None


def _table_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Items of tables whose header names an issue column.

    A table split over pages continues its header: the header row a PDF
    repeats on the next page is read too (parsers mark it ``header``), and a
    headless table that follows an issue table directly, with as many
    columns, is read with that table's header.
    """
    tables: dict[int, list[Block]] = {}
    follows: dict[int, bool] = {}  # table -> nothing but tables since the previous table
    prose_since = True
    for block in doc.blocks:
        if block.table is not None and block.kind in ("table_cell", "header"):
            if block.table not in tables:
                follows[block.table] = not prose_since
            tables.setdefault(block.table, []).append(block)
            prose_since = False
        elif block.kind not in ("header", "footer"):
            prose_since = True
    spec: _Spec | None = None
    district = single
    for index, cells in tables.items():
        rows = _grid(cells)
        own = _header(rows)
        continued = spec is not None and follows[index] and _width(rows) == spec.width
        if own.issue_cols:
            continued = continued and own.issue_cols == spec.issue_cols
            spec = own
        elif continued:
            spec = _Spec(spec.issue_cols, spec.district_col, 0, spec.width)
        else:
            spec = None
            continue
        found, district = _one_table(rows, spec, province, single, district if continued else single)
        yield from found


def common_issue_spans(text: str) -> list[tuple[int, int]]:
    """Spans of issues a sentence names as the province's common issue ("… มีAเป็นประเด็นร่วมของจังหวัด").

    Progress reports state the issue every district carries in passing,
    with the issue as the subject of "เป็นประเด็นร่วม", not after a lead-in.
    """
    return [m.span("issue") for m in _re(_rules()["common_issue"]).finditer(text)]


def _common_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """The province's common issues named in running text; province-wide unless the document has one district."""
    for block in doc.body():
        if block.kind == "table_cell":
            continue
        for s, e in common_issue_spans(block.text):
            found = _item(block, s, e, single, province)
            if found is not None:
                yield found


def _group_row_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Issues named by the group rows of any table ("ประเด็นที่ 1 การป้องกัน…ยาเสพติด").

    A plan table sets its activities under one merged row per issue; such a
    row has a single cell, opens like an issue heading and names an issue of
    a category.  The row belongs to the document's district when it has one.
    """
    rows: dict[tuple[int, int], list[Block]] = {}
    for block in doc.blocks:
        if block.kind == "table_cell" and block.table is not None and block.text:
            rows.setdefault((block.table, block.row or 0), []).append(block)
    for cells in rows.values():
        if len(cells) == 1:
            found = _heading_item(cells[0], province, single)
            if found is not None:
                yield found


def _labelled_row_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Issues in the value cell of a form's row labelled as the issues ("ประเด็นการพัฒนาคุณภาพชีวิต | 1. … 2. …").

    Project forms and one-page reports set each heading in a label cell with
    its content beside it; a label naming the issue section (as a heading
    would) makes the other cell the issue list, whatever row it stands in.
    """
    rows: dict[tuple[int, int], list[Block]] = {}
    for block in doc.blocks:
        if block.kind == "table_cell" and block.table is not None and block.text:
            rows.setdefault((block.table, block.row or 0), []).append(block)
    for cells in rows.values():
        if len(cells) != 2:
            continue
        label, value = sorted(cells, key=lambda c: c.col or 0)
        if len(label.text) > _headings()["max_heading_chars"] or section_of(label.text) != "issues":
            continue
        for s, e in numbered_items(value.text) or bullet_items(value.text):
            item = _item(value, s, e, single, province)
            if item is not None:
                yield item


def _grid(cells: list[Block]) -> list[dict[int, Block]]:
    rows: dict[int, dict[int, Block]] = {}
    for c in cells:
        rows.setdefault(c.row or 0, {})[c.col or 0] = c
    return [rows[r] for r in sorted(rows)]


def _width(rows: list[dict[int, Block]]) -> int:
    return max((max(row) + 1 for row in rows if row), default=0)


@dataclass(frozen=True)
class _Spec:
    """What a table's header says: its issue columns, district column and first data row."""

    issue_cols: frozenset[int]
    district_col: int | None
    body_from: int
    width: int


def _header(rows: list[dict[int, Block]]) -> _Spec:
    """Issue columns, the district column named by a header, and the first data row."""
    rules = _rules()["table"]
    issue_cols: set[int] = set()
    district_col: int | None = None
    body_from = 0
    for i, row in enumerate(rows[:rules["max_header_rows"]]):
        found = {col for col, c in row.items() if _re(rules["issue_header"]).match(c.text)}
        if not found:
            continue
        issue_cols |= found
        body_from = i + 1
        named = [col for col, c in row.items() if _re(rules["district_header"]).match(c.text)]
        district_col = district_col if district_col is not None else next(iter(named), None)
    skip = _re(rules["subdistrict_header"])
    if any(skip.search(c.text) for row in rows[:body_from] for c in row.values()):
        issue_cols = set()
    return _Spec(frozenset(issue_cols), district_col, body_from, _width(rows))


def _district_column(rows: list[dict[int, Block]], skip: set[int], province: str | None) -> int | None:
    """The column most of whose cells are district names, when no header names it."""
    hits: dict[int, int] = {}
    for row in rows:
        for col, c in row.items():
            if col not in skip and c.text and district_at_start(c.text, province):
                hits[col] = hits.get(col, 0) + 1
    return max(hits, key=lambda col: (hits[col], -col)) if hits else None


def _one_table(
    rows: list[dict[int, Block]], spec: _Spec, province: str | None, single: str | None,
    district: str | None,
) -> tuple[list[Item], str | None]:
    """Issues of one table (per row, the district cell and the issue cells) and its last district.

    A row without a district cell continues the district above (Word's
    vertically merged cells are read once; ``district`` is the one a table
    split over pages carries over from the page before); a total row is
    skipped.  A matrix with a district per column is read by its ticks instead.
    """
    ticks = tick_columns(rows, spec, province)
    if ticks is not None:
        return _tick_matrix(rows, spec, *ticks, province), district
    rows = rows[spec.body_from:]
    district_col = spec.district_col
    if district_col is None:
        district_col = _district_column(rows, set(spec.issue_cols), province)
    total = _re(_rules()["table"]["total_row"])
    found: list[Item] = []
    for row in rows:
        key = row.get(district_col) if district_col is not None else None
        first = row[min(row)] if row else None
        if (key or first) is not None and total.match((key or first).text):
            continue
        if single is None and key is not None and key.text:
            lead = district_at_start(key.text, province)
            district = lead[0] if lead else None
        for col in sorted(spec.issue_cols):
            cell = row.get(col)
            if cell is None or not cell.text:
                continue
            for s, e in numbered_items(cell.text) or bullet_items(cell.text):
                item = _item(cell, s, e, district, province)
                if item is not None:
                    found.append(item)
    return found, district


def is_tick(text: str) -> bool:
    """Whether a matrix cell holds a tick alone (✓, √, "/"): the column's district chose the row."""
    return bool(_re(_rules()["table"]["tick_mark"]).match(text))


def _names_district(cell: Block, province: str | None) -> str | None:
    """The district a cell names when the cell holds nothing else ("หนอง ขาหย่าง", "อ.เมือง")."""
    lead = district_at_start(cell.text, province)
    return lead[0] if lead and not cell.text[lead[2]:].strip() else None


def tick_columns(
    rows: list[dict[int, Block]], spec: _Spec, province: str | None
) -> tuple[dict[int, str], int] | None:
    """The district of each column of an issue × district matrix, and the row naming them.

    Summaries tally the issues as a grid: one row per issue, one column per
    district (under a merged "อำเภอ" header), a tick where the district chose
    the issue.  The matrix is recognised by its shape: a header row naming a
    district in several columns other than the issue column, and at least
    one ticked cell under them.
    """
    rules = _rules()["table"]
    for i, row in enumerate(rows[:rules["max_header_rows"] + 1]):
        named = {
            col: code for col, c in row.items()
            if col not in spec.issue_cols and (code := _names_district(c, province)) is not None
        }
        if len(named) < rules["min_tick_districts"]:
            continue
        body = rows[i + 1:]
        if any(is_tick(r[col].text) for r in body for col in named if col in r):
            return named, i + 1
    return None


def _tick_matrix(
    rows: list[dict[int, Block]], spec: _Spec, districts: dict[int, str], body_from: int,
    province: str | None,
) -> list[Item]:
    """Issues of an issue × district matrix: each row's issue once per district ticked in it."""
    found: list[Item] = []
    for row in rows[body_from:]:
        chosen = [code for col, code in sorted(districts.items()) if col in row and is_tick(row[col].text)]
        for col in sorted(spec.issue_cols):
            cell = row.get(col)
            if cell is None or not cell.text:
                continue
            for code in chosen:
                item = _item(cell, 0, len(cell.text), code, province)
                if item is not None:
                    found.append(item)
    return found


def _chosen(items: list[Item]) -> list[Item]:
    """Where a decision adopts a district's issues, those and no other list of that district's.

    The candidates voted on (a "ประเด็นที่เสนอ | คะแนน" table) name rejected
    issues beside the adopted ones.
    """
    decided = [i.adopted or adopts(i.block.text[:i.start]) for i in items]
    districts = {i.district for i, d in zip(items, decided) if d}
    return [i for i, d in zip(items, decided) if d or i.district not in districts]


def _squash(text: str) -> str:
    return SPACES_RE.sub("", text)


def _text(item: Item) -> str:
    return item.block.text[item.start:item.end]


def bare_name(text: str) -> str:
    """An issue's name without the bracketed note after it.

    "ความมั่นคงทางอาหาร (ผักปลอดภัยและธนาคารอาหารชุมชน)" in a district's
    paragraph and "ความมั่นคงทางอาหาร" in the summary table are one issue;
    where a document names it both ways, the bare name is the issue's own
    and the note spells out its focus.
    """
    return _re(_rules()["bracket_note"]).sub("", text)


def renamed_by(first: Item, later: str) -> bool:
    """Whether a later bare name (squashed) replaces an issue first named with a note.

    Only a name first written in running text gives way: there the note is
    the writer's gloss.  A name in a table's own issue cell ("ความมั่นคงทาง
    อาหาร (เกษตรปลอดภัย)" in the column of chosen issues) is the label the
    writer chose, and a later results table's shorter name does not replace it.
    """
    name = _squash(_text(first))
    return first.block.kind != "table_cell" and _squash(bare_name(_text(first))) == later != name


def extract_issues(
    doc: Document, facts: DocumentFacts, districts: list[DistrictRecord]
) -> list[IssueRecord]:
    """Every chosen issue, one per issue per district, in document order.

    In a single-district document every issue is that district's; elsewhere
    an issue listed under no district is province-wide (``district`` null).
    """
    single = districts[0].code if len(districts) == 1 else None
    province = facts.province_code
    items = _chosen([
        *_section_items(doc, province, single), *_table_items(doc, province, single),
        *_group_row_items(doc, province, single), *_labelled_row_items(doc, province, single),
        *_common_items(doc, province, single),
    ])
    items.sort(key=lambda i: (i.block.order, i.start))
    kept: list[Item] = []
    for item in items:
        key = _squash(_text(item))
        earlier = [i for i, k in enumerate(kept) if k.district == item.district]
        noted = [i for i in earlier if renamed_by(kept[i], key)]
        if noted:
            kept[noted[0]] = item  # the bare name for the noted one, in the first one's place
            continue
        if any(key in k or k in key for k in (_squash(_text(kept[i])) for i in earlier)):
            continue  # the same issue again, perhaps by a shorter name (a results table's row)
        kept.append(item)
    return [
        IssueRecord(
            district=i.district, text=_text(i), category=categorize(_text(i)),
            evidence=evidence(i.block, i.start, i.end),
        )
        for i in kept
    ]
