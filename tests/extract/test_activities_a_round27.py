"""Round 27 (activities, part A): the last factor of a plan row's cost working
("3อ.2ส. (120x80x2)") is no numbered item, so the row stays one activity; a name
ends where the fund that paid for it is named ("... CBTx ใช้งบกองทุน...", "ใช้งบประมาณจาก
สสจ."), while "ไม่ใช้งบประมาณ" does not cut it; a date after a meeting's name is read past a
weekday ("ในวันพฤหัสบดีที่ 22 พฤษภาคม 2568"); a meeting's name that closes its line heads
that meeting's record, dated by the line under it and counted by the attendance said
within the next lines.  Strings first, then real corpus files of set 27."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.meetings import date_after
from pcc_ingest.extract.activities.tables import _item_spans
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import numbered_items

HUA_TAPHAN = "amnat-charoen-hua-taphan-2568-progress.pdf"
ROI_ET = "roi-et-province-2567-inspection"


def _title(text: str) -> str | None:
    span = title_span(text, 0, len(text))
    return text[span[0]:span[1]] if span else None


def test_the_last_factor_of_a_cost_working_is_no_numbered_item():
    row = "ปรับเปลี่ยนพฤติกรรมกลุ่มเสี่ยง 3อ.2ส. (120x80x2)"
    assert numbered_items(row) == []
    assert _item_spans(row) == [(0, len(row), None)]


def test_numbered_items_are_still_read():
    assert [it.number for it in numbered_items("1. คัดกรอง ADL 2. อบรม Caregiver")] == [1, 2]


def test_a_name_ends_where_the_fund_that_paid_is_named():
    assert _title("ค่ายปรับเปลี่ยนพฤติกรรม CBTx ใช้งบกองทุนหลักประกันสุขภาพ อบต.เค็งใหญ่ "
                  "เป็นค่าอาหารกลางวัน 30 คน") == "ค่ายปรับเปลี่ยนพฤติกรรม CBTx"
    assert _title("การคัดกรองพยาธิใบไม้ตับใช้งบประมาณจาก สสจ.อำนาจเจริญ เป็นค่าตลับ") == "การคัดกรองพยาธิใบไม้ตับ"


def test_no_money_used_does_not_cut_a_name():
    text = "ค้นหาผู้ใช้ยาเสพติดในชุมชนโดยไม่ใช้งบประมาณ"
    assert _title(text) == text


def test_a_meetings_date_is_read_past_a_weekday():
    text = "กำหนดประชุมครั้งที่ 2/2568 ในวันพฤหัสบดีที่ 22 พฤษภาคม 2568"
    dates = date_after(text, text.index(" ใน"))
    assert dates is not None and dates[0].iso() == dates[1].iso() == "2025-05-22"


def test_a_date_further_than_the_reach_is_not_read():
    text = "ประชุมครั้งที่ 2/2568 เพื่อติดตามผลการดำเนินงานของทุกตำบล วันที่ 22 พฤษภาคม 2568"
    assert date_after(text, text.index(" เพื่อ")) is None


def test_a_real_report_dates_and_counts_the_meeting_its_minutes_record(parsed):
    acts = extract(parsed(HUA_TAPHAN)).activities
    first = next(a for a in acts if "1/2568" in a.title)
    assert (first.start, first.end, first.participants) == ("2025-02-20", "2025-02-20", 32)
    second = next(a for a in acts if "2/2568" in a.title)
    assert (second.start, second.end) == ("2025-05-22", "2025-05-22")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_row_with_a_cost_working_is_one_activity(parsed, suffix):
    acts = extract(parsed(ROI_ET + suffix)).activities
    row = [a for a in acts if a.title.startswith("ปรับเปลี่ยนพฤติกรรมกลุ่มเสี่ยง")]
    assert len(row) == 1
    assert (row[0].start, row[0].end, row[0].participants, row[0].budget_baht) == (
        "2024-03-05", "2024-03-06", 120, 19200)
