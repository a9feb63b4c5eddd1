"""Round 26: a plan table's period cell numbered like its activity cell ("1) 14 – 25
พ.ย. 65 2) 19 ม.ค. 66") dates each activity by its own part; an outputs column
("ผลผลิต") numbered alike gives each activity its own head count; a numbered list of
activities and a budget table whose groups repeat the numbers 1..N in the same order,
each pair opening alike, are one list told twice and merge by number; a lone number
without such a parallel run pairs nothing.  Strings first, then real corpus files of set 26."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ordinals import lone_number, parallel_pairs
from pcc_ingest.extract.activities.tables import numbered_part
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block

MAE_SOT = "tak-mae-sot-2566-progress.pdf"
SADAO = "songkhla-sadao-2567-project"


def _draft(text: str, table: int | None = None) -> Draft:
    kind = "table_cell" if table is not None else "list_item"
    block = Block(kind=kind, raw_text=text, text=text, order=0, start=0, end=len(text), table=table)
    at = text.index(" ") + 1
    return Draft(text[at:], block, at, len(text))


def test_a_numbered_period_cell_gives_each_item_its_own_part():
    period = "1) 14 – 25 พฤศจิกายน 2565 2) 19 มกราคม 2566"
    assert numbered_part(period, 1) == "14 – 25 พฤศจิกายน 2565"
    assert numbered_part(period, 2) == "19 มกราคม 2566"


def test_a_period_cell_without_that_number_gives_no_part():
    assert numbered_part("ตุลาคม 2565 – มีนาคม 2566", 2) is None


def test_a_lone_number_opens_a_list_item_or_a_cell():
    assert lone_number(_draft("๓. รณรงค์และตั้งด่านชุมชน")) == 3
    assert lone_number(_draft("6.1 ประชุมคณะทำงาน")) is None


LISTED = ["1. ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ", "2. รณรงค์ตั้งด่านชุมชนช่วงสงกรานต์",
          "3. เยี่ยมบ้านเสริมพลังกลุ่มเปราะบาง"]


def test_a_list_and_a_budget_table_numbered_alike_pair_by_number():
    groups = ["1. ประชุมคณะกรรมการ พชอ.", "2. รณรงค์และตั้งด่าน", "3. เยี่ยมบ้านกลุ่มเปราะบาง"]
    drafts = [_draft(t) for t in LISTED] + [_draft(t, table=0) for t in groups]
    assert parallel_pairs(drafts) == {(0, 3), (1, 4), (2, 5)}


def test_runs_of_other_lengths_or_openings_pair_nothing():
    short = [_draft(t) for t in LISTED[:2]] + [_draft(t, table=0) for t in ["1. ประชุม พชอ.", "2. รณรงค์"]]
    assert parallel_pairs(short) == set()
    unlike = ["1. ประชุมคณะกรรมการ", "2. ค่าวัสดุ", "3. เยี่ยมบ้าน"]
    assert parallel_pairs([_draft(t) for t in LISTED] + [_draft(t, table=0) for t in unlike]) == set()


def test_a_real_progress_table_dates_and_counts_each_numbered_item(parsed):
    acts = {a.title: a for a in extract(parsed(MAE_SOT)).activities}
    dot = next(a for t, a in acts.items() if t.startswith("อบรม อสม./อสต."))
    assert (dot.start, dot.end, dot.participants) == ("2023-01-19", "2023-01-19", 95)
    screen = next(a for t, a in acts.items() if t.startswith("คัดกรองวัณโรค"))
    assert (screen.start, screen.end, screen.participants) == ("2022-11-14", "2022-11-25", 3860)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_list_takes_its_budget_groups_by_number(parsed, suffix):
    acts = extract(parsed(SADAO + suffix)).activities
    visit = [a for a in acts if a.title.startswith("เยี่ยมบ้าน")]
    assert len(visit) == 1 and (visit[0].participants, visit[0].budget_baht) == (186, 18000)
    forum = next(a for a in acts if a.title.startswith("เวที"))
    assert forum.budget_baht == 9600
