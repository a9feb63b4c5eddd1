"""Field completion from an activity's own table row (``activities/row_fields.py``).

A generic fallback, not a layout rule: an activity read from a table row whose head count or dates
are still empty once every rule has run takes the one value of that type the other cells of its row
state, and a month-only date is refined by the one exact day of that month the row states.  Each
test builds a small Word file with invented names; the first row of each shows the fill, the second
the guard that keeps the fallback from guessing."""

from __future__ import annotations

from pcc_ingest.extract.records import ActivityRecord
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

PLAN_HEAD = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
             "3. แผนงาน/กิจกรรม และงบประมาณ"]
REPORT_HEAD = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
               "ผลการดำเนินกิจกรรม มีรายละเอียดดังนี้"]


def _acts(tmp_path, head: list[str], rows, merges=None) -> dict[str, ActivityRecord]:
    return activities_by_title(write_parts(tmp_path / "t.docx", [*head, rows], merges))


def test_bare_number_under_a_people_label_is_the_row_head_count(tmp_path):
    rows = [
        ("กิจกรรม", "กลุ่มเป้าหมาย", "", "ระยะเวลา", "งบประมาณ", "", "ผู้รับผิดชอบ"),
        ("", "กลุ่ม", "จำนวน (คน)", "", "รายละเอียด", "จำนวนเงิน (บาท)", ""),
        ("1.1 อบรมแกนนำชุมชนตัวอย่าง", "อสม.", "120", "ม.ค. 2567",
         "- ค่าวิทยากร 6 ชม.ๆ ละ 600 บาท = 3,600 บาท", "3,600", "รพ.ตัวอย่าง"),
        ("1.2 ประชุมชี้แจงผู้นำตัวอย่าง", "ผู้นำชุมชน", "35", "15/02/2567", "ไม่ใช้งบประมาณ", "-", "สสอ.ตัวอย่าง"),
    ]
    acts = _acts(tmp_path, PLAN_HEAD, rows, {0: [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]})
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 120
    assert one_titled(acts, "ประชุมชี้แจงผู้นำตัวอย่าง").participants == 35


def test_an_empty_people_column_leaves_the_head_count_empty(tmp_path):
    rows = [
        ("กิจกรรม", "กลุ่มเป้าหมาย", "", "ระยะเวลา", "งบประมาณ", "", "ผู้รับผิดชอบ"),
        ("", "กลุ่ม", "จำนวน (คน)", "", "รายละเอียด", "จำนวนเงิน (บาท)", ""),
        ("1.1 อบรมแกนนำชุมชนตัวอย่าง", "อสม.", "120", "ม.ค. 2567",
         "- ค่าวิทยากร 6 ชม.ๆ ละ 600 บาท = 3,600 บาท", "3,600", "รพ.ตัวอย่าง"),
        ("1.2 รณรงค์ลดขยะในชุมชนตัวอย่าง", "ครัวเรือน", "-", "15/02/2567", "อาสาสมัครร่วมเดินรณรงค์ 20 คน", "-",
         "สสอ.ตัวอย่าง"),
    ]
    acts = _acts(tmp_path, PLAN_HEAD, rows, {0: [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]})
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 120
    assert one_titled(acts, "รณรงค์ลดขยะในชุมชนตัวอย่าง").participants is None


def test_count_in_a_detail_cell_fills_but_a_results_count_does_not(tmp_path):
    rows = [
        ("กิจกรรม", "ระยะเวลา", "กลุ่มเป้าหมาย", "รายละเอียด", "งบประมาณ (บาท)", "ผลการดำเนินงาน"),
        ("1. อบรมแกนนำชุมชนตัวอย่าง", "ม.ค. 67", "อสม. 12 ตำบล", "อบรมแกนนำ 45 คน ณ หอประชุมตัวอย่าง", "6,000",
         "ดำเนินการแล้ว"),
        ("2. ตลาดนัดผักปลอดภัยตัวอย่าง", "มิ.ย. – ก.ย. 67", "4 ตำบล", "-", "6,000", "ผู้ขาย 26 ราย"),
    ]
    acts = _acts(tmp_path, REPORT_HEAD, rows)
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 45
    assert one_titled(acts, "ตลาดนัดผักปลอดภัยตัวอย่าง").participants is None


def test_two_different_counts_in_a_row_fill_nothing(tmp_path):
    rows = [
        ("กิจกรรม", "วันที่ดำเนินการ", "งบประมาณ (บาท)", "รายละเอียด", "ผู้รับผิดชอบ"),
        ("1. อบรมแกนนำชุมชนตัวอย่าง", "15 ม.ค. 67", "6,000", "แกนนำชุมชน 45 คน ณ หอประชุมตัวอย่าง", "รพ.ตัวอย่าง"),
        ("2. ประชุมชี้แจงผู้นำตัวอย่าง", "15 ก.พ. 67", "3,000", "ผู้นำชุมชน 35 คน ณ ห้องประชุมตัวอย่าง", "ทีมวิทยากร 6 คน"),
    ]
    acts = _acts(tmp_path, REPORT_HEAD, rows)
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 45
    assert one_titled(acts, "ประชุมชี้แจงผู้นำตัวอย่าง").participants is None


def test_a_note_cell_gives_the_row_nothing(tmp_path):
    rows = [
        ("กิจกรรม", "วันที่ดำเนินการ", "งบประมาณ (บาท)", "รายละเอียด"),
        ("1. อบรมแกนนำชุมชนตัวอย่าง", "15 ม.ค. 67", "6,000", "แกนนำชุมชน 45 คน ณ หอประชุมตัวอย่าง"),
        ("2. ประชุมชี้แจงผู้นำตัวอย่าง", "15 ก.พ. 67", "3,000", "หมายเหตุ ปีที่แล้วมีผู้นำชุมชน 35 คน"),
    ]
    acts = _acts(tmp_path, REPORT_HEAD, rows)
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 45
    assert one_titled(acts, "ประชุมชี้แจงผู้นำตัวอย่าง").participants is None


def test_an_undated_row_takes_the_one_date_its_other_cells_state(tmp_path):
    rows = [
        ("กิจกรรม", "งบประมาณ (บาท)", "สถานะ"),
        ("1. อบรมแกนนำชุมชนตัวอย่าง", "6,000", "ดำเนินการแล้ว (20 ก.พ. 67)"),
        ("2. รณรงค์ลดขยะในชุมชนตัวอย่าง", "3,000", "ยังไม่ดำเนินการ"),
    ]
    acts = _acts(tmp_path, REPORT_HEAD, rows)
    trained = one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง")
    assert (trained.start, trained.end) == ("2024-02-20", "2024-02-20")
    campaign = one_titled(acts, "รณรงค์ลดขยะในชุมชนตัวอย่าง")
    assert (campaign.start, campaign.end) == (None, None)


def test_a_month_is_refined_by_one_exact_day_of_it_but_not_by_a_series(tmp_path):
    rows = [
        ("กิจกรรม", "ระยะเวลา", "ผลการดำเนินงาน", "งบประมาณ (บาท)"),
        ("1. ประชุมคณะกรรมการ พชอ.ตัวอย่าง ปีละ 4 ครั้ง", "พ.ย. 66 – ส.ค. 67",
         "ประชุมครบ 4 ครั้ง (8 พ.ย. 66, 14 ก.พ. 67, 16 พ.ค. 67 และ 22 ส.ค. 67)", "8,400"),
        ("2. อบรมแกนนำชุมชนตัวอย่าง", "ม.ค. 67", "จัดอบรมแล้ว วันที่ 15 ม.ค. 67", "2,250"),
        ("3. รณรงค์ลดขยะในชุมชนตัวอย่าง", "มี.ค. 67", "เลื่อนไปดำเนินการ วันที่ 5 เม.ย. 67", "3,000"),
    ]
    acts = _acts(tmp_path, REPORT_HEAD, rows)
    trained = one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง")
    assert (trained.start, trained.end) == ("2024-01-15", "2024-01-15")
    meetings = one_titled(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง")
    assert (meetings.start, meetings.end) == ("2023-11", "2024-08")
    campaign = one_titled(acts, "รณรงค์ลดขยะในชุมชนตัวอย่าง")
    assert (campaign.start, campaign.end) == ("2024-03", "2024-03")
