"""Projects that head activities: a project with activities under it holds
them and is none itself."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.structure import BULLET_RE, list_number
from pcc_ingest.model import Block, Document


def without_project_heads(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Drop the projects that head activities.

    A project ("โครงการ…") whose first mention in the document is followed,
    before the next project's, by activities of its own holds them and is
    none itself (nor is a later mention of it, in a summary table, say); a
    project with nothing under it before the next item of its level (a plan
    that lists its projects, an agenda item "4.1 โครงการ..." before "4.2") is
    the planned activity.
    """
    def is_project(d: Draft) -> bool:
        return bool(rule_re("words", "project").match(d.title))

    def key(title: str) -> str:
        return "".join(title.split())

    blocks = [(b, "".join(b.text.split())) for b in doc.body()]
    seqs = row_numbers(doc)
    first: dict[str, Block] = {}
    for d in drafts:
        if is_project(d) and key(d.title) not in first:
            first[key(d.title)] = next((b for b, text in blocks if key(d.title) in text), d.block)
    starts = sorted(b.order for b in first.values())
    heads = set()
    for name, head in first.items():
        start = head.order
        # its steps end at the next project or the next item of the project's own level
        end = next((s for s in starts if s > start), None)
        sibling = next((b.order for b, _ in blocks if b.order > start and (
            is_later_sibling(head, b) or next_plan_row(head, b, seqs))), None)
        end = min((e for e in (end, sibling) if e is not None), default=None)
        if any(not is_project(d) and start < d.block.order and (end is None or d.block.order < end)
               and not is_later_sibling(head, d.block) and not next_plan_row(head, d.block, seqs)
               and not is_resolution(d.block) for d in drafts):
            heads.add(name)
    return [d for d in drafts if not (is_project(d) and key(d.title) in heads)]


def is_later_sibling(head: Block, block: Block) -> bool:
    """``block`` is a later item of the same list level as the project's line
    ("4. โครงการ..." then "5. ประชุมคณะกรรมการ...", "4.1" then "4.2"): the plan's next entry,
    not a step under the project; so is a later line with the same typed
    bullet ("- โครงการ..." then "- เยี่ยมบ้าน...")."""
    here, there = list_number(head), list_number(block)
    if here is not None and there is not None:
        if here[1] is not None and there[1] is not None:  # "4.1 โครงการ..." then "4.2 การจัดเวที..."
            return here[0] == there[0] and there[1] > here[1]
        return here[1] is None and there[1] is None and there[0] > here[0]
    return same_bullet(head.text, block.text)


def row_numbers(doc: Document) -> dict[tuple[int, int], tuple[int, int]]:
    """The depth and column of each table row's sequence cell ("2.2", "3"):
    (table, row) -> (depth, column), its first cell written as a bare number."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for b in doc.body():
        key = (b.table, b.row) if b.table is not None and b.row is not None else None
        if key and key not in out and b.col is not None and rule_re("cells", "seq_number").fullmatch(b.text):
            out[key] = (b.text.strip().strip(".").count(".") + 1, b.col)
    return out


def next_plan_row(head: Block, block: Block, seqs: dict[tuple[int, int], tuple[int, int]]) -> bool:
    """``block`` lies in a later row of the project's plan table numbered at the
    same depth ("2.2 โครงการ..." then "2.3 แก้ไขจุดเสี่ยง..."): the plan's next
    entry, not a step under the project (a row "2.2.1" or under "1" would be)."""
    if head.table is None or head.table != block.table or head.row is None or block.row is None:
        return False
    here, there = seqs.get((head.table, head.row)), seqs.get((block.table, block.row))
    return block.row > head.row and here is not None and here == there and (head.col or 0) > here[1]


def is_resolution(block: Block) -> bool:
    """A resolution of minutes under an agenda item on a project ("มติที่ประชุม
    เห็นชอบโครงการ และมอบ... ประสาน อปท. ..."): what the meeting decided about
    the project, no step of it (``[minutes] resolution``)."""
    return bool(rule_re("minutes", "resolution").match(block.text))


def same_bullet(head: str, line: str) -> bool:
    """Two lines opening with the same typed bullet ("- โครงการ..." then "-
    เยี่ยมบ้าน..."): items of one list, the later one no step of the earlier."""
    here, there = BULLET_RE.match(head), BULLET_RE.match(line)
    return here is not None and there is not None and here.group().strip() == there.group().strip()
