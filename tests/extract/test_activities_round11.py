"""Round 11: layouts of the genre that gave extra or missed activities.

Numbered sub-parts that only name a district each open in the part the
first one opened in; a numbered budget-table row over unnumbered cost rows is
an activity (across a page break too); a cell of row numbers names none; a
bracketed date or month list after a name is cut from it; minutes' agenda
items each open a part, an approved proposal is an activity, a choice of
issues is none, and a stated sum over its cost lines is counted once.
Strings first, then built .docx files, then the real corpus files.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_docx

from pcc_ingest.extract.activities.agenda import without_subtotals
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.proposals import chooses_issues
from pcc_ingest.extract.activities.tables import points_at_rows
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from pcc_ingest.thai.dates import PartialDate


def _title(text: str, **kw) -> str:
    span = title_span(text, 0, len(text), **kw)
    assert span is not None
    return text[span[0]:span[1]]


def test_a_bracketed_day_date_is_cut_whole_from_a_cell_name():
    text = "ประชุมชี้แจงแนวทางการดำเนินงานโครงการ พชอ. อำเภอชายแดน (7 พฤศจิกายน 2566)"
    assert _title(text, cell=True) == "ประชุมชี้แจงแนวทางการดำเนินงานโครงการ พชอ. อำเภอชายแดน"


def test_months_listed_before_a_dated_month_lead_into_the_date():
    text = "ติดตามเยี่ยมเสริมพลัง พชอ. 2 รอบ (กุมภาพันธ์ และ กรกฎาคม 2567)"
    assert _title(text, cell=True) == "ติดตามเยี่ยมเสริมพลัง พชอ. 2 รอบ"
    assert dates_in(text, 2567) == (PartialDate(2024, 2), PartialDate(2024, 7))
    # the older unbracketed form still shares the year
    assert dates_in("ประชุม ก.พ. พ.ค. และ ส.ค. 68", 2568) == (PartialDate(2025, 2), PartialDate(2025, 8))
    assert dates_in("ประชุม พ.ย. ธ.ค. และ ม.ค. 68", 2568)[0] == PartialDate(2024, 11)


def test_a_cell_of_row_numbers_names_no_activity():
    assert points_at_rows("1.2, 3.1 – 3.3")
    assert points_at_rows("1.3 (ป้ายรณรงค์), 2.1, 2.3")
    assert points_at_rows("ข้อ 2, 4")
    assert not points_at_rows("1.1 ประชุมคณะกรรมการ พชอ.")
    assert not points_at_rows("ประชุม 2 ครั้ง")


def test_a_stated_sum_over_its_lines_is_counted_once():
    assert without_subtotals([24600, 9600, 8400, 6600]) == [9600, 8400, 6600]
    assert without_subtotals([21000]) == [21000]
    # two amounts that merely follow each other are both kept
    assert without_subtotals([5000, 5000]) == [5000, 5000]


def test_a_resolution_keeping_or_adding_issues_chooses_issues():
    assert chooses_issues("มติที่ประชุม เห็นชอบให้คงประเด็นเดิมทั้ง 3 ประเด็น และเพิ่มประเด็นที่ 4 การป้องกันไข้เลือดออก")
    assert chooses_issues("มติที่ประชุม เลือกประเด็นยาเสพติดและผู้สูงอายุ")
    assert not chooses_issues("มติที่ประชุม เห็นชอบตามเสนอ")
    assert not chooses_issues("มติที่ประชุม เห็นชอบให้จัดอบรมแกนนำ อสม.")


def _titles(path: Path) -> dict[str, object]:
    return {a.title: a for a in extract(parse(path)).activities}


def test_district_sub_parts_do_not_inherit_the_activities_heading(tmp_path):
    path = write_docx(tmp_path / "districts.docx", [
        "สรุปผลการดำเนินงาน พชอ. จังหวัดตัวอย่าง ปีงบประมาณ 2567",
        "2. ประเด็นการพัฒนาคุณภาพชีวิตและการดำเนินงานรายอำเภอ",
        "2.1 อำเภอหนึ่ง (5 ตำบล 60 หมู่บ้าน)",
        "1) การป้องกันและควบคุมโรคไข้เลือดออก",
        "กิจกรรมสำคัญ",
        "- อบรมแกนนำ อสม. วันที่ 12 มกราคม 2567 จำนวน 40 คน",
        "2.2 อำเภอสอง (4 ตำบล 50 หมู่บ้าน)",
        "1) การจัดการขยะมูลฝอยในชุมชน",
        "2) การป้องกันและลดอุบัติเหตุทางถนน",
        "กิจกรรมสำคัญ",
        "- รณรงค์คัดแยกขยะต้นทาง วันที่ 5 กุมภาพันธ์ 2567 จำนวน 120 คน",
    ])
    titles = _titles(path)
    assert any(t.startswith("อบรมแกนนำ อสม.") for t in titles)
    assert any(t.startswith("รณรงค์คัดแยกขยะต้นทาง") for t in titles)
    assert not any("อำเภอสอง" in t or t.startswith(("การจัดการขยะ", "การป้องกันและลด")) for t in titles)


def test_a_numbered_budget_row_heads_its_cost_rows(tmp_path):
    path = write_docx(tmp_path / "budget.docx", ["4. สรุปงบประมาณ"], rows=[
        ["ที่", "รายการ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
        ["1", "ประชุมชี้แจงแนวทางการดำเนินงาน (7 พฤศจิกายน 2566)", "", ""],
        ["", "- ค่าอาหารกลางวัน 1 มื้อ x 60 บาท x 80 คน", "4,800", "งบดำเนินงาน สสจ."],
        ["", "- ค่าอาหารว่าง 2 มื้อๆ ละ 30 บาท x 80 คน", "4,800", ""],
        ["2", "สนับสนุนการขับเคลื่อนประเด็นรายอำเภอ", "", ""],
        ["", "- พชอ.หนึ่ง", "60,000", "งบพัฒนาจังหวัด"],
        ["", "- พชอ.สอง", "45,000", ""],
        ["รวมทั้งสิ้น", "", "114,600", ""],
    ])
    titles = _titles(path)
    meeting = titles["ประชุมชี้แจงแนวทางการดำเนินงาน"]
    assert (meeting.budget_baht, meeting.participants, meeting.start) == (9600, 80, "2023-11-07")
    assert titles["สนับสนุนการขับเคลื่อนประเด็นรายอำเภอ"].budget_baht == 105000


def test_an_approved_proposal_is_an_activity_and_a_choice_of_issues_is_none(tmp_path):
    path = write_docx(tmp_path / "minutes.docx", [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 2/2567",
        "วันพฤหัสบดีที่ 21 มีนาคม 2567 เวลา 09.30 น.",
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
        "3.1 การทบทวนประเด็นการพัฒนาคุณภาพชีวิต",
        "เนื่องจากตั้งแต่เดือนมกราคม 2567 มีผู้ป่วยเพิ่มขึ้น จึงเสนอให้เพิ่มประเด็นที่ 4",
        "มติที่ประชุม เห็นชอบให้คงประเด็นเดิมทั้ง 3 ประเด็น และเพิ่มประเด็นที่ 4 การป้องกันโรคไข้เลือดออก",
        "ระเบียบวาระที่ 4 เรื่องเพื่อทราบ",
        "4.1 สถานการณ์โรคไข้เลือดออก",
        "ผู้แทนโรงพยาบาลรายงานว่า มีผู้ป่วย 40 ราย",
        "มติที่ประชุม รับทราบ",
        "ระเบียบวาระที่ 5 เรื่องเพื่อพิจารณา",
        "5.1 แผนการป้องกันอุบัติเหตุช่วงเทศกาลสงกรานต์ 2567",
        "ปลัดอำเภอเสนอแผนช่วงวันที่ 11 – 17 เมษายน 2567 ค่าอาหารผู้ปฏิบัติงาน เป็นเงิน 21,000 บาท",
        "มติที่ประชุม เห็นชอบตามเสนอ",
        "5.2 การจัดเวทีแลกเปลี่ยนเรียนรู้ พชต.",
        "เลขานุการเสนอให้จัดเวทีแลกเปลี่ยนเรียนรู้ ในเดือนกรกฎาคม 2567 ผู้เข้าร่วม 120 คน รวม 24,600 บาท ดังนี้",
        "- ค่าอาหารกลางวัน 120 คน x 80 บาท เป็นเงิน 9,600 บาท",
        "- ค่าอาหารว่างและเครื่องดื่ม 2 มื้อ x 35 บาท x 120 คน เป็นเงิน 8,400 บาท",
        "- ค่าป้ายนิทรรศการและวัสดุ เป็นเงิน 6,600 บาท",
        "มติที่ประชุม เห็นชอบ",
    ])
    titles = _titles(path)
    plan = titles["แผนการป้องกันอุบัติเหตุช่วงเทศกาลสงกรานต์ 2567"]
    assert (plan.start, plan.end, plan.budget_baht) == ("2024-04-11", "2024-04-17", 21000)
    forum = next(a for t, a in titles.items() if t.startswith("การจัดเวทีแลกเปลี่ยนเรียนรู้"))
    assert (forum.participants, forum.budget_baht) == (120, 24600)
    assert not any("ประเด็น" in t for t in titles)


def test_sa_kaeo_gets_its_budget_rows_and_no_district_headings(parsed):
    for name in ("sa-kaeo-province-2567-summary.docx", "sa-kaeo-province-2567-summary.pdf"):
        titles = {a.title: a for a in extract(parsed(name)).activities}
        assert titles["สนับสนุนการขับเคลื่อนประเด็นพัฒนาคุณภาพชีวิตรายอำเภอ"].budget_baht == 180000
        forum = titles["เวทีแลกเปลี่ยนเรียนรู้ ถอดบทเรียน และนำเสนอผลงาน พชอ. อำเภอชายแดน"]  # its cost rows on the next page
        assert forum.budget_baht == 20600
        assert not any(t.startswith("อำเภอ") for t in titles)


def test_lop_buri_minutes_items_are_the_activities(parsed):
    titles = {a.title: a for a in extract(parsed("lop-buri-ban-mi-2567-minutes.docx")).activities}
    assert titles["แผนการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2567"].budget_baht == 21000
    assert titles["การจัดเวทีแลกเปลี่ยนเรียนรู้ พชต. อำเภอบ้านหมี่"].budget_baht == 24600
    assert not any(t.startswith(("คงประเด็น", "การทบทวนประเด็น")) for t in titles)


def test_kalasin_source_summary_names_no_activities(parsed):
    titles = [a.title for a in extract(parsed("kalasin-kuchinarai-2568-action-plan.docx")).activities]
    assert not any(points_at_rows(t) or t.startswith("(") for t in titles)
