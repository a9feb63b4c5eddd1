"""Every chosen issue of a document: the items of each reader put together, decided, deduplicated and made records."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.issues.added import added_items
from pcc_ingest.extract.issues.companions import companion_items
from pcc_ingest.extract.issues.items import Item, item_text, running_text_items, split_pieces
from pcc_ingest.extract.issues.openings import adopts
from pcc_ingest.extract.issues.predicated import predicated_spans
from pcc_ingest.extract.issues.prose import common_issue_spans
from pcc_ingest.extract.issues.referenced import referenced_items
from pcc_ingest.extract.issues.rows import group_row_items, labelled_row_items
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.extract.issues.sections import section_items
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, IssueRecord
from pcc_ingest.model import Document

# Squash white space to compare two issue texts for duplicates.
SPACES_RE = re.compile(r"\s+")


def _chosen(items: list[Item]) -> list[Item]:
    """Where a decision adopts a district's issues, those and no other list of that district's.

    The candidates voted on (a "ประเด็นที่เสนอ | คะแนน" table) name rejected
    issues beside the adopted ones.  An issue a decision adds leaves the
    district's other lists alone.
    """
    decided = [i.adopted or adopts(i.block.text[:i.start]) for i in items]
    districts = {i.district for i, d in zip(items, decided) if d and not i.added}
    return [i for i, d in zip(items, decided) if d or i.district not in districts]


def _lists_over_tallies(items: list[Item]) -> list[Item]:
    """The tallied summary's issues only when no list of chosen issues stands beside it.

    A provincial report counts how many districts chose each issue ("ประเด็น
    ที่อำเภอเลือกมากที่สุด ได้แก่ A (8 อำเภอ) B (6 อำเภอ)") as background to
    the districts' own lists that follow (a table, a section per district);
    only where no such list is given is the tally the report's statement of
    the issues (province-wide).
    """
    listed = [i for i in items if not i.tallied]
    return listed or items


def _lists_over_summaries(items: list[Item]) -> list[Item]:
    """An indicator table's issues only for districts whose issues no list before it gives.

    A provincial inspection lists each visited district's issues (a table,
    "1) … 2) … 3) …" in a district's cell) and later sums them up in a table
    of topics beside indicators and targets ("อุบัติเหตุทางถนน | อัตราการ
    เสียชีวิต… | ≤ 22 ต่อแสน | … | พาน เชียงของ"): the topics are measured,
    not chosen.  A plan whose situation table comes first ("ประเด็นการพัฒนา
    คุณภาพชีวิต | ตัวชี้วัด / สถานการณ์ปัญหา") states the issues there in full.
    A row owned by no one district (its cell names several: "เมืองสระบุรี,
    บ้านหมอ") sums up whatever districts' lists came before it.
    """
    first: dict[str | None, int] = {}
    for i in items:
        if not i.summarised:
            first[i.district] = min(first.get(i.district, i.block.order), i.block.order)
    anyone = min(first.values(), default=None)
    if anyone is not None:
        first[None] = min(first.get(None, anyone), anyone)
    return [i for i in items if not i.summarised or first.get(i.district, i.block.order) >= i.block.order]


def _squash(text: str) -> str:
    return SPACES_RE.sub("", text)


def bare_name(text: str) -> str:
    """An issue's name without the bracketed note after it.

    "ความมั่นคงทางอาหาร (ผักปลอดภัยและธนาคารอาหารชุมชน)" in a district's
    paragraph and "ความมั่นคงทางอาหาร" in the summary table are one issue.
    Only the comparison uses it: the first full statement gives the issue's
    text, its bracket saying whom or what it covers kept (gold/README.md).
    """
    return compiled(issue_rules()["bracket_note"]).sub("", text)


def restates(later: str, earlier: str) -> bool:
    """Whether two names of one district's issues name the same issue, one shortening the other.

    A plan or results table repeats the chosen issues by short names: the
    whole of one inside the other ("ไข้เลือดออก" for "การป้องกันและควบคุมโรค
    ไข้เลือดออก"), or its words kept and the joiners between them dropped
    ("เบาหวาน ความดันโลหิตสูง" for "การลดเสี่ยงลดโรคเบาหวานและความดันโลหิตสูง").
    """
    a, b = _squash(later), _squash(earlier)
    if a in b or b in a or shortens(*sorted((a, b), key=len)):
        return True
    bare_a, bare_b = _squash(bare_name(later)), _squash(bare_name(earlier))
    if (bare_a, bare_b) != (a, b) and (bare_a in bare_b or bare_b in bare_a):
        return True  # "โรคไม่ติดต่อเรื้อรัง (DM/HT)" and "โรคไม่ติดต่อเรื้อรังผ่านโครงการ…"
    shorter, longer = sorted((later, earlier), key=len)
    if names_by_parts(shorter, longer):
        return True
    words = shorter.split()
    return len(words) > 1 and all(w in _squash(longer) for w in words)


def without_addition(text: str) -> str:
    """An issue's name without a joined piece that names no issue ("A และการบริหารจัดการ" → "A").

    A report groups its activities under headings that name an issue and add
    the committee's own running ("3.1 ประเด็นโรคเบาหวาน… และการบริหารจัดการ"):
    the heading restates the issue listed before it, the addition is none.
    """
    pieces = split_pieces(text, 0, len(text), issue_rules()["prose"]["joiner"])
    if len(pieces) < 2 or categorize(text[slice(*pieces[-1])]) != "other":
        return text
    return text[:pieces[-2][1]]


def names_by_parts(short: str, long: str) -> bool:
    """Whether ``short`` names ``long``'s issue by slash-joined parts, each found in ``long``.

    A table's row label "ผู้สูงอายุ/LTC" names "การดูแลผู้สูงอายุ…(Long Term
    Care)": each part is in the fuller name, an English acronym by the initials
    of its consecutive English words.
    """
    rules = issue_rules()["parts"]
    parts = [p for p in compiled(rules["separator"]).split(short.strip()) if p]
    if len(parts) < 2:
        return False
    initials = "".join(w[0].upper() for w in compiled(rules["english_word"]).findall(long))
    squashed = _squash(long)
    return all(
        _squash(p) in squashed or (compiled(rules["acronym"]).match(p) is not None and p in initials)
        for p in parts
    )


def shortens(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with words left out, its pieces kept in order.

    A budget summary or results table names an issue in short: "การป้องกัน
    โรคพยาธิใบไม้ตับ…" for "การป้องกันและควบคุมโรคพยาธิใบไม้ตับ…".  Every
    character of the short name lies in at most ``max_pieces`` runs of at
    least ``min_piece`` characters of the long one; a name that differs in
    a word ("…โรคไข้เลือดออก" and "…โรคเบาหวาน") does not.
    """
    rules = issue_rules()["shortened"]
    blocks = [
        b for b in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
        if b.size >= rules["min_piece"]
    ]
    return len(blocks) <= rules["max_pieces"] and sum(b.size for b in blocks) == len(short) > 0


def fuller_name(item: Item, candidates: list[Item]) -> Item:
    """The first statement of ``item``'s issue in full, else ``item``.

    A decision may name an issue by its problem alone ("ประเด็นโรคไข้เลือดออก")
    where the plan table names it in full, the action on it before the same
    words ("การป้องกันและควบคุมโรคไข้เลือดออก"): the full statement gives the
    text (gold/README.md).  Only a name opening as an action (``full_name``)
    that ends with the short one counts, so a name run on past its end
    ("ยาเสพติดร่วมกับการส่งเสริมอาชีพ…") is no fuller statement.
    """
    short = _squash(item_text(item))
    opening = compiled(issue_rules()["full_name"])
    for other in candidates:
        long = _squash(item_text(other))
        if (other.district == item.district and len(long) > len(short) and long.endswith(short)
                and opening.match(long) and not opening.match(short)):
            return other
    return item


def extract_issues(
    doc: Document, facts: DocumentFacts, districts: list[DistrictRecord]
) -> list[IssueRecord]:
    """Every chosen issue, one per issue per district, in document order.

    In a single-district document every issue is that district's; elsewhere
    an issue listed under no district is province-wide (``district`` null).
    """
    single = districts[0].code if len(districts) == 1 else None
    province = facts.province_code
    every = [
        *section_items(doc, province, single), *table_items(doc, province, single),
        *group_row_items(doc, province, single), *labelled_row_items(doc, province, single),
        *running_text_items(doc, common_issue_spans, province, single),
        *running_text_items(doc, predicated_spans, province, single),
        *added_items(doc, province, single, facts.fiscal_year_be),
        *referenced_items(doc, province, single), *companion_items(doc, province, single),
    ]
    items = _chosen(_lists_over_tallies(_lists_over_summaries(every)))
    items.sort(key=lambda i: (i.block.order, i.start))
    kept: list[Item] = []
    for item in items:
        earlier = [k for k in kept if k.district == item.district]
        names = {item_text(item), without_addition(item_text(item))}
        if any(restates(name, item_text(k)) for k in earlier for name in names):
            continue  # the same issue again, perhaps by a shorter name (a results table's row)
        kept.append(item)
    kept = [fuller_name(k, every) for k in kept]
    return [
        IssueRecord(
            district=i.district, text=item_text(i), category=categorize(item_text(i)),
            evidence=evidence(i.block, i.start, i.end),
        )
        for i in kept
    ]
