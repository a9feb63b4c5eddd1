"""Bullet steps in a plan table's cells: an activity cell that names its
activity and then lists "•" steps ("รณรงค์ตรวจอุจจาระ... • ชี้แจงแนวทางแก่ อสม.
12 ตำบล 120 คน • แจกตลับ..."), or a steps column beside it ("ขั้นตอน/รายละเอียด
ค่าใช้จ่าย": "• ประชุมกรรมการและผู้เกี่ยวข้อง 40 คน • ค่าอาหารกลางวัน 40 คน x 50
บาท = 2,000 บาท").  The steps only spell the activity out: its name is the lead
alone, and with no count of its own the first step naming people (not a cost
line) gives its head count.  A results cell telling each session in a step of
its own ("• ครั้งที่ 1/2568 ... ผู้เข้าร่วม 38 คน • ครั้งที่ 2/2568 ... 41 คน")
gives the activity no one head count.  Numbered steps that each tell their own
day and head count ("กิจกรรมส่งเสริมสุขภาพผู้สูงอายุในชมรม... (1) ประชุมแกนนำ... วันที่
8 พ.ย. 2565 จำนวน 44 คน (2) ตลาดนัดสุขภาพ... วันที่ 11 เม.ย. 2566 จำนวน 300 คน ...") are
the events the activity is made of: it runs from the first day to the last and counts
everyone they reached (``dated_steps``)."""

from __future__ import annotations

import re

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import head_count
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.structure import BULLET_RE
from pcc_ingest.extract.tables import Row, numbered_items
from pcc_ingest.model import Block

# A round bullet inside a cell's text, after words ("... 15 ปีขึ้นไป • ชี้แจง..."): a
# step of the activity the words before it name.  Dashes are left out: inside a
# line they join ranges ("12–24 ปี", "ต.ค. 67 – ก.ย. 68").
STEP_BULLET_RE = re.compile(r"\s[•●▪◦]\s*")

# A lead shorter than this is a label, not an activity's name.
LEAD_CHARS = 15


def lead_end(text: str) -> int | None:
    """Where the name of an activity that leads its "•" steps ends; None when
    the cell opens with a bullet (its items are activities, ``bulleted_items``)
    or has no inline bullet after a name."""
    if BULLET_RE.match(text):
        return None
    m = STEP_BULLET_RE.search(text)
    if m is None or len(text[: m.start()].strip()) < LEAD_CHARS:
        return None
    return m.start()


def _steps(text: str) -> list[str]:
    """The "•" steps of a text, each without its bullet."""
    return [s.strip() for s in re.split(r"[•●▪◦]", text)[1:] if s.strip()]


def step_people(row: Row, cell: Block) -> int | None:
    """The head count of the first step naming people, of the activity cell's
    own steps or a steps cell of the row (one opening with a bullet); cost
    lines ("ค่าอาหารกลางวัน 40 คน x 50 บาท") count what is paid for, not who takes part."""
    end = lead_end(cell.text)
    texts = [cell.text[end:]] if end is not None else []
    texts += [c.text for c in row.cells.values() if c is not cell and BULLET_RE.match(c.text)]
    for text in texts:
        for step in _steps(text):
            if rule_re("participants", "priced_step").search(step):
                continue
            people = head_count(step, priced=False)
            if people:
                return people
    return None


def session_counts(text: str) -> bool:
    """``text`` tells two or more sessions or rounds in "•" steps of their own
    (``[cells] run_row``: "ครั้งที่ 1/2568 ...", "รุ่นที่ 2 ..."), with
    different head counts: the people of each session, none of the activity's."""
    sessions = [s for s in _steps(text) if rule_re("cells", "run_row").match(s)]
    counts = {c for s in sessions if (c := head_count(s, priced=False))}
    return len(sessions) >= 2 and len(counts) >= 2


def dated_steps(text: str, fy: int | None) -> tuple[int, int] | None:
    """Where the numbered steps after an activity's lead start in ``text`` and the
    head counts they add up to, when there are two or more and each tells a day
    and a head count of its own; ``None`` otherwise."""
    items = numbered_items(text)
    if len(items) < 2:
        return None
    told = [(dates_in(step, fy), head_count(step, priced=False)) for it in items if (step := text[it.start:it.end])]
    if not all(d and d[0] is not None and d[0].day and n for d, n in told):
        return None
    return items[0].marker_start, sum(n for _, n in told if n)
