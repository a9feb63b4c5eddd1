"""Round 47 (outcomes D): a month's name alone ("ต.ค.", "ตุลาคม", "ต.ค. 67") is a month label, and a
measure label saying "ร้อยละสะสม" says its figures are cumulative percentages.  A grid whose first row is
a measure label over month labels, under a caption naming results by month or a cumulative-percent
measure label, is read as a results table: each month's figure a result of the table's year named by
its month, with the row's target, a figure unchanged from the month before read once.  An activity
calendar with the same header and ticks under it gives no results.
Strings first, then Word files built here, then a real corpus file of set 47."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word
from docx_builder import add_table

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CHIANG_SAEN = "chiang-rai-chiang-saen-2568-project"
PA_SANG = "lamphun-pa-sang-2568-progress"
MONTHS = ("ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม")


# --- strings ------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["ต.ค.", "ก.ย.", "มี.ค. 68", "ตุลาคม", "กุมภาพันธ์ 2568", "มิ.ย"])
def test_a_months_name_alone_is_a_month_label(label: str) -> None:
    assert rule_re("table", "month_label").match(label)


@pytest.mark.parametrize("label", ["ไตรมาส 1", "เดือน", "ต.ค. – ธ.ค. 67", "ร้อยละ", "ผลงาน ต.ค."])
def test_other_labels_are_no_month_labels(label: str) -> None:
    assert rule_re("table", "month_label").match(label) is None


def test_results_by_month_caption_and_cumulative_measure_label() -> None:
    assert rule_re("table", "results_caption").search("5.2 ผลงานสะสมรายเดือน")
    assert rule_re("table", "results_caption").search("ผลการดำเนินงานรายเดือน ประเด็นขยะ")
    assert rule_re("table", "cumulative_label").search("ตัวชี้วัด (ร้อยละสะสม)")
    assert rule_re("table", "cumulative_label").search("ตัวชี้วัด (% สะสม)")
    assert rule_re("table", "cumulative_label").search("ตัวชี้วัด") is None


# --- Word files built here ---------------------------------------------------------------


def _monthly_report(path: Path) -> Path:
    """Another district's progress report: full month names over Thai digits under a cumulative-percent
    measure label, a target in the row's bracket, a figure repeated the month after; then a calendar."""
    doc = Word()
    doc.add_paragraph("รายงานความก้าวหน้า พชอ.เมืองน่าน ปีงบประมาณ 2567")
    doc.add_paragraph("3. ผลการดำเนินงาน")
    add_table(doc, [("ตัวชี้วัด (% สะสม)", *MONTHS),
                 ("ร้อยละเด็กปฐมวัยได้รับการตรวจพัฒนาการ (เป้าหมาย ไม่น้อยกว่าร้อยละ ๘๕)",
                  "๑๐.๕", "๒๒.๐", "๔๐.๒", "๖๑.๓", "๗๗.๗", "๗๗.๗")])
    doc.add_paragraph("4. แผนการดำเนินงาน")
    add_table(doc, [("ตัวชี้วัด", *MONTHS), ("รณรงค์คัดแยกขยะ", "/", "/", "", "", "/", "")])
    doc.save(path)
    return path


def test_a_built_monthly_table_gives_each_months_result_with_the_rows_target(tmp_path) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(_monthly_report(
        tmp_path / "report.docx"))).outcomes if o.value_pct is not None}
    kpi = "ร้อยละเด็กปฐมวัยได้รับการตรวจพัฒนาการ"
    months = {(i, v) for i, v, _, _ in got if i.startswith(kpi)}
    assert {v for _, v in months} == {10.5, 22.0, 40.2, 61.3, 77.7}  # the repeated 77.7 once
    assert (f"{kpi} ตุลาคม", 10.5) in months
    assert all(t == 85 and y == 2567 for i, _, t, y in got if i.startswith(kpi))


def test_a_built_activity_calendar_by_month_gives_no_results(tmp_path) -> None:
    got = extract(parse(_monthly_report(tmp_path / "report.docx"))).outcomes
    assert not [o for o in got if "ขยะ" in o.indicator]


# --- a real corpus file of set 47 ---------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_progress_reports_monthly_table_is_read_by_month(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct) for o in extract(parsed(PA_SANG + suffix)).outcomes}
    waste = {v for i, v in got if i.startswith("ร้อยละครัวเรือนมีถังขยะเปียกลดโลกร้อน ")}
    assert {41.2, 57.2, 83.7} <= waste and len(waste) == 12
    assert ("ร้อยละครัวเรือนมีถังขยะเปียกลดโลกร้อน ต.ค.", 41.2) in got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_reports_cumulative_months_take_their_row_targets(parsed, suffix) -> None:
    got = [o for o in extract(parsed(CHIANG_SAEN + suffix)).outcomes
           if o.indicator.startswith("ร้อยละของเยาวชนกลุ่มเสี่ยง") and o.value_pct is not None]
    assert {o.value_pct for o in got} >= {6.9, 52.9, 90.8}
    assert all(o.target_pct == 85 for o in got)
