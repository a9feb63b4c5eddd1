"""Round 50 (activities b): rules pinned here.

- A table read without a header whose row holds a cell of dates only before the activity's
  cell (a borderless list "12/10/2566 | ประชุม...") dates that activity (``row_dates``); a
  meeting named at the end of its cell takes no date from the next row (``meetings.other_row``).
- A calendar read without a header, its month labels carrying their year ("ต.ค. 67"), dates
  each row by the months it marks (``row_dates.calendar_dates``).
- A date range set on two lines beside a one-line activity, which a PDF reads as "... DATE –",
  the activity, then "DATE", is the middle line's; the line above keeps its own dates
  (``centred_dates``).
- A listed item dated to the day as an earlier activity, and naming it in fewer words, is that
  activity told again; an undated budget-table row naming a listed activity with words left
  out ("ด่านชุมชนรณรงค์...ช่วงสงกรานต์" for "ตั้งด่านชุมชนรณรงค์...ช่วงเทศกาลสงกรานต์ ครบ 12
  ตำบล") is that activity and pays it (``retold.same_days``, ``retold.abridged_in``).
- A date put off in a bracket ("20/02/2567 (เลื่อนเป็น 05/04/2567)") gives the new date
  (``[dates] moved_to``).
- A meeting told in running text without its number on the day of a listed numbered meeting is
  that meeting, named by the list (``merge.one_day_meeting``).
- Numbered sub-items of one activity cell each with a head count ("2.1 รุ่นที่ 1 ... 40 คน
  2.2 รุ่นที่ 2 ... 60 คน") give the activity all their people (``cohorts``).
Strings first, then Word files built here, then real corpus files of set 50."""

from __future__ import annotations

from pathlib import Path

import docx

from pcc_ingest.extract.activities.cohorts import cohort_people
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.row_dates import is_date_cell
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import add_table, write_docx

KHON_KAEN = Path("corpus/khon-kaen-chum-phae-2567-progress.docx")
KHON_KAEN_PDF = Path("corpus/khon-kaen-chum-phae-2567-progress.pdf")
PHETCHABUN = Path("corpus/phetchabun-chon-daen-2567-progress.pdf")
CHIANG_MAI = Path("corpus/chiang-mai-fang-2568-project.docx")
YASOTHON = Path("corpus/yasothon-sai-mun-2569-action-plan.pdf")

TITLE = "รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ปีงบประมาณ พ.ศ. 2567"


def _acts(path: Path) -> list:
    return extract(parse(path)).activities


def _one(acts: list, opening: str):
    return next(a for a in acts if a.title.startswith(opening))


# --- strings -----------------------------------------------------------------------------


def test_a_date_cell_holds_dates_and_nothing_else():
    assert is_date_cell("12/10/2566") and is_date_cell("11/04/2567 – 17/04/2567")
    assert not is_date_cell("12/10/2566 ประชุมคณะกรรมการ") and not is_date_cell("ประชุม")


def test_a_put_off_date_gives_the_new_date():
    start, end = dates_in("20/02/2567 (เลื่อนเป็น 05/04/2567)", 2567)
    assert (start.iso(), end.iso()) == ("2024-04-05", "2024-04-05")
    start, end = dates_in("12/01/2567 – 13/01/2567", 2567)
    assert (start.iso(), end.iso()) == ("2024-01-12", "2024-01-13")


def test_sub_items_with_their_own_head_counts_add_up():
    text = ("อบรมแกนนำตัวอย่าง 2.1 รุ่นที่ 1 ตำบลตัวอย่าง วันที่ 16 ธันวาคม 2568 จำนวน 40 คน "
            "2.2 รุ่นที่ 2 ตำบลตัวอย่างใต้ วันที่ 20 มกราคม 2569 จำนวน 60 คน")
    assert cohort_people(text) == 100
    assert cohort_people("อบรมแกนนำ 2.1 รุ่นที่ 1 จำนวน 40 คน 2.2 รุ่นที่ 2") is None
    assert cohort_people("อบรมแกนนำตัวอย่าง จำนวน 40 คน") is None


# --- Word files built here ----------------------------------------------------------------


def _dated_list(tmp_path: Path) -> Path:
    doc = docx.Document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph("2. การดำเนินงานของคณะกรรมการ")
    doc.add_paragraph("ในปีงบประมาณ พ.ศ. 2567 คณะกรรมการ พชอ.ตัวอย่าง ได้ดำเนินกิจกรรมสำคัญ ดังนี้")
    add_table(doc, [
        ("12/10/2566", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567 คัดเลือกประเด็นตัวอย่าง"),
        ("18/01/2567", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567"),
        ("11/04/2567 – 17/04/2567", "ตั้งด่านชุมชนตัวอย่างรณรงค์ลดอุบัติเหตุช่วงเทศกาลสงกรานต์ ครบ 9 ตำบล"),
        ("15/05/2567", "มหกรรมตลาดนัดตัวอย่างสีเขียว ณ ลานตัวอย่าง"),
    ])
    doc.add_paragraph("รายละเอียดผู้เข้าร่วมกิจกรรมที่สำคัญ")
    doc.add_paragraph("- ด่านชุมชนตัวอย่างช่วงสงกรานต์ ระหว่างวันที่ 11 – 17 เมษายน พ.ศ. 2567 อาสาสมัคร 30 คน")
    doc.add_paragraph("3. ผลการใช้จ่ายงบประมาณ")
    add_table(doc, [
        ("กิจกรรม", "ผู้เข้าร่วม (คน)", "งบประมาณที่ได้รับ (บาท)", "สถานะ"),
        ("1. ด่านชุมชนตัวอย่างรณรงค์ลดอุบัติเหตุช่วงสงกรานต์", "30", "12,000.00", "ดำเนินการแล้ว"),
        ("2. มหกรรมตลาดนัดตัวอย่างสีเขียว", "90", "9,000.00", "ดำเนินการแล้ว"),
    ])
    path = tmp_path / "dated.docx"
    doc.save(path)
    return path


def test_a_headerless_date_column_dates_the_activity_beside_it(tmp_path):
    acts = _acts(_dated_list(tmp_path))
    first = _one(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567")
    assert (first.start, first.end) == ("2023-10-12", "2023-10-12")
    second = _one(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567")
    assert (second.start, second.end) == ("2024-01-18", "2024-01-18")  # not the next row's day


def test_a_listed_item_of_the_same_days_and_a_short_budget_row_are_the_activity(tmp_path):
    acts = _acts(_dated_list(tmp_path))
    post = [a for a in acts if "ด่านชุมชนตัวอย่าง" in a.title]
    assert len(post) == 1
    assert (post[0].start, post[0].end, post[0].participants, post[0].budget_baht) == (
        "2024-04-11", "2024-04-17", 30, 12000)


def test_a_calendar_with_yeared_month_labels_dates_its_rows(tmp_path):
    path = write_docx(tmp_path / "calendar.docx", [
        "โครงการตัวอย่างลดหมอกควัน อำเภอตัวอย่าง ปีงบประมาณ 2568", "ปฏิทินการดำเนินกิจกรรม",
    ], [
        ("กิจกรรม", "ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"),
        ("1. ประชุมชี้แจงโครงการตัวอย่าง", "", "●", "", "", "", ""),
        ("2. สรุปและรายงานผลโครงการตัวอย่าง", "", "", "", "", "●", "●"),
    ])
    acts = _acts(path)
    report = _one(acts, "สรุปและรายงานผลโครงการตัวอย่าง")
    assert (report.start, report.end) == ("2025-02", "2025-03")
    meeting = _one(acts, "ประชุมชี้แจงโครงการตัวอย่าง")
    assert (meeting.start, meeting.end) == ("2024-11", "2024-11")


def test_a_range_set_on_two_lines_belongs_to_the_line_between(tmp_path):
    path = write_docx(tmp_path / "centred.docx", [
        TITLE, "2. การดำเนินงานของคณะกรรมการ",
        "18/01/2567 ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567 ติดตามความก้าวหน้า 11/04/2567 –",
        "ตั้งด่านชุมชนตัวอย่างรณรงค์ลดอุบัติเหตุช่วงเทศกาลสงกรานต์ ครบ 9 ตำบล",
        "17/04/2567",
        "25/04/2567 ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 3/2567",
    ])
    acts = _acts(path)
    meeting = _one(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567")
    assert (meeting.start, meeting.end) == ("2024-01-18", "2024-01-18")
    post = _one(acts, "ตั้งด่านชุมชนตัวอย่าง")
    assert (post.start, post.end) == ("2024-04-11", "2024-04-17")


def test_an_unnumbered_meeting_on_a_listed_meetings_day_is_that_meeting(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 6 เดือน ปีงบประมาณ 2567")
    doc.add_paragraph("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ได้ประชุมกำหนดประเด็นการพัฒนาคุณภาพชีวิต "
                      "ประจำปีงบประมาณ 2567 เมื่อวันที่ 14/11/2566 จำนวน 3 ประเด็น")
    doc.add_paragraph("4. ผลการดำเนินกิจกรรมตามแผนปฏิบัติการ")
    add_table(doc, [
        ("ที่", "กิจกรรม", "วัน/ระยะเวลา", "งบประมาณ (บาท)", "สถานะ"),
        ("1", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567 กำหนดประเด็นและรับรองแผน", "14/11/2566", "2,625",
         "ดำเนินการแล้ว"),
        ("2", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567 ติดตามผล", "20/02/2567 (เลื่อนเป็น 05/04/2567)",
         "2,625", "เลื่อน"),
    ])
    path = tmp_path / "progress.docx"
    doc.save(path)
    acts = _acts(path)
    on_day = [a for a in acts if a.start == "2023-11-14"]
    assert [a.title for a in on_day] == ["ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567 กำหนดประเด็นและรับรองแผน"]
    second = _one(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567")
    assert (second.start, second.end) == ("2024-04-05", "2024-04-05")


# --- set-50 corpus files ------------------------------------------------------------------


def test_the_borderless_dated_list_is_dated_in_both_formats():
    for path in (KHON_KAEN, KHON_KAEN_PDF):
        acts = _acts(path)
        assert _one(acts, "ประชุมคณะกรรมการ พชอ.ชุมแพ ครั้งที่ 3/2567").start == "2024-04-25"
        post = [a for a in acts if "ด่านชุมชน" in a.title]
        assert len(post) == 1
        assert (post[0].start, post[0].end, post[0].participants, post[0].budget_baht) == (
            "2024-04-11", "2024-04-17", 40, 16000)


def test_corpus_postponed_meeting_and_calendar_row_and_cohorts():
    meeting = _one(_acts(PHETCHABUN), "ประชุมคณะกรรมการ พชอ.ชนแดน ครั้งที่ 2/2567")
    assert meeting.start == "2024-04-05"
    report = _one(_acts(CHIANG_MAI), "สรุปและรายงานผลโครงการ")
    assert (report.start, report.end) == ("2025-08", "2025-08")
    training = _one(_acts(YASOTHON), "อบรมเชิงปฏิบัติการแกนนำจัดการขยะต้นทาง")
    assert training.participants == 100
