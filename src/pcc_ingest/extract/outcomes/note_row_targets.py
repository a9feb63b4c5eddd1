"""A note under a table giving each row's target in turn ("ค่าเป้าหมายปี 2567:
ผู้ป่วยเบาหวานรายใหม่จากกลุ่มเสี่ยงไม่เกินร้อยละ 2.40 และผู้ป่วยความดันโลหิตสูง
รายใหม่จากกลุ่มเสี่ยงไม่เกินร้อยละ 3.50" under a table of both indicators by
year): each clause names one row's subject and that row's target, so each
row's figures of the table's latest year take the target of the clause that
names it, in place of one the table took from elsewhere (a KPI stated
earlier).  A note with one target is read by ``table_targets``; when it
names one round of the table's rounds ("* เกณฑ์ผ่าน : ผลงานสะสม ณ สิ้นไตรมาส 2
ไม่น้อยกว่าร้อยละ 60" under "ไตรมาส 1 | ไตรมาส 2"), the target is that
round's only: the other rounds' figures take none.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.merging import kpi_cover
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Block, Document

# A note that opens with a target word ("ค่าเป้าหมายปี 2567:", "เกณฑ์ :"), maybe
# after "หมายเหตุ:" and as the pass mark ("หมายเหตุ: เกณฑ์ผ่าน คือ …", under a
# transposed results table whose columns are the measures).
TARGET_NOTE_RE = re.compile(
    r"^\s*\*?\s*(?:หมาย\s*เหตุ\s*[:：]?\s*)?(?:ค่า\s*)?(?:เป้า\s*หมาย|เกณฑ์)"
    r"(?:[^:：]{0,30}[:：]|\s*(?:การ\s*)?ผ่าน\s*(?:คือ|ได้แก่)?|(?=[^\d\s:：]))")  # or its first subject right after it (set 52)
# One clause of such a note: a subject, a bound and its percentage, written
# "ร้อยละ 85" or "85%"; a clause ending in "%" may be followed by the next
# with no word between ("… ≥ 85% ผู้สูงอายุ… ≥ 90%").
CLAUSE_RE = re.compile(
    r"(?:^|(?<=[:：])|(?<=คือ)|(?<=ได้แก่)|(?<=%)|(?<=ผ่าน)|(?<=หมาย)|(?<=เกณฑ์)|และ|,|;)\s*(?P<subject>[^,;:%]+?)\s*"
    r"(?:ไม่\s*เกิน|ไม่\s*น้อย\s*กว่า|ไม่\s*ต่ำ\s*กว่า|อย่าง\s*น้อย|≥|≤|<|>)?\s*"
    r"(?:ร้อย\s*ละ\s*(?P<t>\d+(?:\.\d+)?)|(?P<sign>\d+(?:\.\d+)?)\s*%)")
# A rate's lead words opening a clause's subject ("อัตราการพบไข่พยาธิ ไม่เกิน 5%"):
# the row counts what the rate is of ("พบไข่พยาธิใบไม้ตับ (คน)", set 52), so
# the row is matched by the rest.
RATE_LEAD_RE = re.compile(r"^\s*(?:ร้อย\s*ละ|อัตรา|สัดส่วน)\s*(?:ของ|การ)?\s*")
# A round named in a note or at the end of a record's indicator ("ณ สิ้น
# ไตรมาส 2", "… ไตรมาส 1", "รอบที่ 2"): the round a target note is for.
ROUND_RE = re.compile(r"(?:ไตร\s*มาส|รอบ)\s*(?:ที่\s*)?(?P<n>[1-4])(?!\d)")
# A row's name must hold this share of a clause's subject to take its target.
MIN_COVER = 0.8


def row_targets(note: Block) -> list[tuple[str, float]]:
    """(subject, target) of each clause of a note stating two targets or more; [] otherwise."""
    head = TARGET_NOTE_RE.match(note.text)
    if head is None:
        return []
    found = [(" ".join(RATE_LEAD_RE.sub("", m["subject"]).split()), float(m["t"] or m["sign"]))
             for m in CLAUSE_RE.finditer(note.text, head.end())]
    return found if len(found) >= 2 and all(s for s, _ in found) else []


def target_of(indicator: str, clauses: list[tuple[str, float]]) -> float | None:
    """The target of the clause whose subject ``indicator`` holds best, when
    no other holds it as well (two subjects share stock words)."""
    covers = sorted(((kpi_cover(indicator, s), t) for s, t in clauses), reverse=True)
    best, runner_up = covers[0], covers[1]
    return best[1] if best[0] >= MIN_COVER and best[0] > runner_up[0] else None


def line_under(doc: Document, table: Table) -> Block | None:
    """The first line of text after the table (page headers and footers skipped)."""
    end = max(b.order for b in table.grid.cells.values())
    return next((b for b in doc.blocks[end + 1:] if b.kind not in ("header", "footer")), None)


def paragraph_under(doc: Document, table: Table) -> Block | None:
    """The line under the table when it is text, not the next table's cell."""
    block = line_under(doc, table)
    return block if block is not None and block.kind != "table_cell" else None


def note_row_targets(
    records: list[OutcomeRecord], doc: Document, table: Table, notes: tuple[Block, ...] = ()
) -> list[OutcomeRecord]:
    """``records`` of one table with each latest-year figure's target taken
    from the line under the table naming its row, when one does: the first
    of its ``notes`` (under its last piece, when it is broken across pages),
    else the line right under it."""
    note = notes[0] if notes else line_under(doc, table)
    clauses = row_targets(note) if note is not None and note.kind != "table_cell" else []
    years = [o.year_be for o in records if o.year_be is not None]
    if not clauses and note is not None and note.kind != "table_cell" and TARGET_NOTE_RE.match(note.text):
        return round_target(records, note)
    if not clauses or not years:
        return records
    out = []
    for o in records:
        target = target_of(o.indicator, clauses) if o.year_be == max(years) else None
        out.append(o.model_copy(update={"target_pct": target}) if target is not None else o)
    return out


def round_target(records: list[OutcomeRecord], note: Block) -> list[OutcomeRecord]:
    """``records`` with the target of a note naming one round ("ณ สิ้นไตรมาส
    2") kept on that round's figures only, when the table has that round and
    others; figures of the other rounds (named at the end of their
    indicator) took it from the note and are the round's no more."""
    named = {m["n"] for m in ROUND_RE.finditer(note.text)}
    rounds = {o.indicator: m["n"] for o in records if (m := _last_round(o.indicator))}
    if len(named) != 1 or not named & set(rounds.values()) or len(set(rounds.values())) < 2:
        return records
    return [o.model_copy(update={"target_pct": None}) if rounds.get(o.indicator, next(iter(named))) not in named
            else o for o in records]


def _last_round(indicator: str) -> re.Match[str] | None:
    """The round an indicator ends on ("… ไตรมาส 1"), or ``None``."""
    found = list(ROUND_RE.finditer(indicator))
    return found[-1] if found and not indicator[found[-1].end():].strip() else None
