"""Round 38 (activities b and issues): a row whose later cell says only "รวม" (its first cell
naming the funder) closes a budget group like a total row, so its money is not added again to
the group's lines; a decision right after a candidates table adopting "the first N issues"
leaves the rows after N out; a bracket whose figure is followed by ปี (an age, "เด็ก 0–5 ปี")
is the issue's scope and stays in its name, while a bracket of data with a year still goes.
Strings and rows first, then real corpus files of set 38."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.groups import labels_total
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.extract.issues.tables import _adopted_first
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Row
from tests.extract.blocks import grid_cell

AO_LUEK = "krabi-ao-luek-2566-minutes"
SU_NGAI_KOLOK = "narathiwat-su-ngai-kolok-2567-project"


def _row(*texts: str) -> Row:
    return Row(0, {c: grid_cell(t, 0, c) for c, t in enumerate(texts)})


def test_a_funder_row_with_a_total_label_in_a_later_cell_closes_the_group():
    assert labels_total(_row("แหล่งงบประมาณ: กองทุนหลักประกันสุขภาพ", "", "", "รวม", "42,300"))
    assert labels_total(_row("แหล่งงบประมาณ: ศปถ.อำเภอ", "", "", "รวมทั้งสิ้น", "22,950"))


def test_a_cost_line_is_no_total_row():
    assert not labels_total(_row("ค่าอาหารกลางวัน (90 คน x 2 วัน)", "180", "มื้อ", "70", "12,600"))
    assert not labels_total(_row("รวม", "", "", "", "42,300"))  # the first cell: is_total_row's case


def test_a_decision_adopting_the_first_issues_counts_them():
    assert _adopted_first("มติที่ประชุม เห็นชอบให้ขับเคลื่อน 3 ประเด็นแรกตามลำดับคะแนน ส่วนประเด็นยาเสพติดให้"
                          " ศพส.อ. ดำเนินการตามภารกิจปกติ") == 3


def test_a_decision_adopting_all_the_issues_keeps_the_whole_table():
    assert _adopted_first("มติที่ประชุม เห็นชอบทั้ง 4 ประเด็น") is None
    assert _adopted_first("ที่ประชุมเสนอ 3 ประเด็นแรก") is None  # no formal decision


def _note(text: str) -> bool:
    return compiled(issue_rules()["background_note"]).search(text) is not None


def test_an_age_range_in_brackets_is_the_issues_scope():
    assert not _note("การส่งเสริมสุขภาพแม่และเด็ก (การฝากครรภ์ก่อน 12 สัปดาห์ และวัคซีนพื้นฐานในเด็ก 0–5 ปี)")


def test_a_bracket_of_data_with_a_year_is_still_background():
    assert _note("โรคไข้เลือดออก (ปี 64 อัตราป่วย 212.45 ต่อแสนประชากร)")
    assert _note("ยาเสพติด (ปี 2566 ผู้เสพ 120 ราย)")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_budget_groups_and_adopted_issues(parsed, suffix):
    record = extract(parsed(AO_LUEK + suffix))
    money = {a.title.split()[0]: a.budget_baht for a in record.activities if a.budget_baht}
    assert money["อบรมแกนนำชุมชนคัดแยกขยะและธนาคารขยะ"] == 42300
    assert money["ประชุมคณะกรรมการ"] == 3500
    names = [i.text for i in record.issues]
    assert len(names) == 3 and not any("ยาเสพติด" in n for n in names)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_project_keeps_the_issues_scope_bracket(parsed, suffix):
    names = [i.text for i in extract(parsed(SU_NGAI_KOLOK + suffix)).issues]
    assert any(n.startswith("การส่งเสริมสุขภาพแม่และเด็ก (การฝากครรภ์") for n in names)
