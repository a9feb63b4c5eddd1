"""Issue lists in running text: a district's sentence naming its issues, and the province's common issue named in passing.

"อำเภอX ขับเคลื่อนประเด็นA และB โดยเน้น…" and "… มีAเป็นประเด็นร่วมของจังหวัด"
carry no list markers; the list is cut at joiners and clause openers.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.districts import district_at_start, find_districts
from pcc_ingest.extract.issues.items import (
    before_results,
    clause_end,
    split_pieces,
)
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.thai.text import strip_list_marker


@cache
def _prose_cue() -> re.Pattern[str]:
    """The verb phrases of ``[prose]``, named (group ``named``) or plain, then their tail."""
    prose = issue_rules()["prose"]
    named = "|".join(f"(?:{c})" for c in prose["named_cues"])
    plain = "|".join(f"(?:{c})" for c in prose["plain_cues"])
    return re.compile(f"(?:(?P<named>{named})|(?:{plain})){prose['cue_tail']}")


def looks_like_issue(piece: str) -> bool:
    """Whether a piece of a prose list opens like an issue or names one of a category.

    "A ร่วมกับ อปท. ทุกแห่ง" joins a partner, not a second issue.
    """
    piece = piece.strip()
    return bool(compiled(issue_rules()["prose"]["issue_opening"]).match(piece)) or categorize(piece) != "other"


def joined_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the issues of ``text[start:end]`` parted by joiners ("A และB ร่วมกับC").

    A piece that does not look like an issue stays with the piece before it.
    """
    spans: list[tuple[int, int]] = []
    for s, e in split_pieces(text, start, end, issue_rules()["prose"]["joiner"]):
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
    pieces = split_pieces(text, start, end, issue_rules()["counted_space_separator"])
    kinds = [categorize(text[s:e]) for s, e in pieces]
    if len(pieces) < 2 or "other" in kinds or any(a == b for a, b in pairwise(kinds)):
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
    category and it is no lead-in to a list below ("… 2 ประเด็น ดังนี้") nor a
    count of issues listed elsewhere ("… อำเภอละ 2 ประเด็น และดูแล…").
    A cue naming the province's common issue ("กำหนดประเด็นร่วมระดับจังหวัด
    คือ…") gives it to no district (province-wide).
    A paragraph that opens with a named cue and names no district
    (``labelled_prose``) belongs to ``default``, the district of the section
    it stands in.
    """
    rules = issue_rules()
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
        if not (cue["named"] or in_section or compiled(rules["prose"]["named_before"]).search(
            text, max(0, sentence - window), sentence
        )):
            continue  # a plain verb phrase outside an issue section describes work
        if heads and sentence < heads[-1][1]:
            continue  # a cue word inside the previous sentence's list
        # the province's common issue: the districts named before it are not its owners
        owners: list[str | None] = [None] if compiled(rules["prose"]["province_wide"]).search(cue[0]) else [*codes]
        heads.append((sentence, cue.end(), owners))
    out: list[tuple[str, list[tuple[int, int]]]] = []
    for i, (_, start, codes) in enumerate(heads):
        end = clause_end(text, start, heads[i + 1][0] if i + 1 < len(heads) else len(text))
        if compiled(rules["introducer"]).search(text, start, end) or compiled(
            rules["prose"]["count_lead"]
        ).match(text, start, end):
            continue  # a lead-in to a list below, or a count of issues listed elsewhere
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
    label = compiled(issue_rules()["prose"]["label_cue"])
    return not strip_list_marker(opening).strip() and label.match(text, cue.start()) is not None


def _subject(
    text: str, mentions: list[tuple[str, int, int]], last: tuple[str, int, int]
) -> tuple[list[str], int]:
    """The districts a sentence is about, ending with ``last``, and where the sentence starts.

    "อำเภอA และอำเภอB เลือกประเด็น…": names parted only by "และ" or a comma share it.
    """
    joiner = compiled(issue_rules()["prose"]["subject_joiner"])
    codes, start = [last[0]], last[1]
    for code, m_start, m_end in sorted(mentions, key=lambda m: -m[2]):
        if m_end <= start and joiner.fullmatch(text, m_end, start):
            codes.insert(0, code)
            start = m_start
    return list(dict.fromkeys(codes)), start


def common_issue_spans(text: str) -> list[tuple[int, int]]:
    """Spans of issues a sentence names as the province's common issue ("… มีAเป็นประเด็นร่วมของจังหวัด").

    Progress reports state the issue every district carries in passing,
    with the issue as the subject of "เป็นประเด็นร่วม", not after a lead-in.
    """
    return [m.span("issue") for m in compiled(issue_rules()["common_issue"]).finditer(text)]
