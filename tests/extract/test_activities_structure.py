"""Activities set out by layout: group rows of budget tables, lines led by who
acts, timetables, numbered headings over sub-items, and the money of cost
lines under or apart from their activity.  Rules on strings first, then on
real corpus files and small built .docx files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.activities import (
    actor_lead,
    cost_purpose,
    extract_activities,
    head_count,
    is_labelled_name,
    is_standing_duty,
    names_one,
    next_activity_re,
    title_span,
)
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

PLAN = DocumentFacts(doc_type="action_plan", fiscal_year_be=2568)


def title(text: str, **kw) -> str | None:
    span = title_span(text, 0, len(text), **kw)
    return text[span[0]:span[1]] if span else None


def activities(doc, facts=None):
    found = extract_activities(doc, facts or extract_facts(doc))
    return {a.title: (a.start, a.end, a.participants, a.budget_baht) for a in found}


# --- titles ------------------------------------------------------------------------------


def test_a_bracketed_period_ends_the_name_in_a_cell_and_in_a_line():
    text = "กิจกรรมที่ 1 ประชุมคณะกรรมการ พชอ. รายไตรมาส 4 ครั้ง (ต.ค. 67 – ก.ย. 68) กลุ่มเป้าหมาย 30 คน"
    assert title(text, cell=True) == title(text) == "ประชุมคณะกรรมการ พชอ. รายไตรมาส 4 ครั้ง"


def test_an_abbreviated_date_ends_a_line_but_not_a_cell():
    line = "- ทีมจังหวัดนิเทศติดตาม + ประเมิน UCCARE 18-20 ก.พ.68 ทีม 12 คน"
    assert title(line) == "ทีมจังหวัดนิเทศติดตาม + ประเมิน UCCARE"
    cell = "ประกาศห้ามเผา ธ.ค. 66 – เม.ย. 67 ลาดตระเวนร่วมกับอุทยาน"
    assert title(cell, cell=True) == cell


def test_a_date_right_after_a_short_word_leaves_the_name_whole():
    assert title("อบรม 9 พย 64") == "อบรม 9 พย 64"


def test_a_fiscal_year_is_no_money_and_its_last_letter_no_venue():
    assert title("การคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2567") == (
        "การคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2567")
    assert title("อบรมแกนนำ ใช้งบประมาณ 14,000 บาท") == "อบรมแกนนำ"
    assert title("อบรมแกนนำ ณ ห้องประชุมอำเภอ") == "อบรมแกนนำ"


def test_a_quoted_part_of_a_name_keeps_its_closing_quote():
    assert title("3.3 เวทีแลกเปลี่ยนเรียนรู้ “ลำพูนเมืองคุณภาพชีวิตดี” วันที่ 27 มิถุนายน 2566") == (
        "เวทีแลกเปลี่ยนเรียนรู้ “ลำพูนเมืองคุณภาพชีวิตดี”")


def test_a_quote_far_after_the_form_label_is_part_of_the_name():
    text = "กิจกรรมที่ 3 อบรมแกนนำเยาวชน “วัยใส ใส่ใจ ไม่ท้องก่อนวัย” จากโรงเรียน 5 แห่ง"
    assert title(text).startswith("อบรมแกนนำเยาวชน “วัยใส")
    assert title("1.ชื่อกิจกรรมหลัก “จัดประชุม เยี่ยมเสริมพลัง” 1.1 ประชุม") == "จัดประชุม เยี่ยมเสริมพลัง"


def test_and_without_a_space_joins_one_name_and_after_a_space_starts_another():
    assert next_activity_re().search("เยี่ยมเสริมพลังและถอดบทเรียน พชต.") is None
    assert next_activity_re().search("ติดตาม 3 อำเภอ ในเดือนพฤษภาคม 2566 และจัดเวทีแลกเปลี่ยนเรียนรู้") is not None


def test_a_labelled_name_is_a_label_with_words_after_it():
    assert is_labelled_name("กิจกรรมที่ 2 อบรมแกนนำชุมชน (มกราคม 2568)")
    assert not is_labelled_name("กิจกรรมหลัก :")
    assert not is_labelled_name("กิจกรรมการพัฒนาศักยภาพ")


# --- who acts ------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "lead"), [
    ("พชต.อ.ไทรงาม จัดอบรมแกนนำคัดแยกขยะ 14 ม.ค. 68", 0),
    ("ให้ พชอ.ทุกแห่งจัดเวทีคืนข้อมูล ภายใน มิ.ย.68", 0),
    ("ทีมพี่เลี้ยงระดับจังหวัดเยี่ยมเสริมพลัง พชอ. ครบ 7 อำเภอ", 0),
    ("คณะกรรมการ พชอ. ประเมินตนเองผ่านโปรแกรม CL UCCARE", 0),
    ("ทีมระดับจังหวัดได้ลงเยี่ยมเสริมพลัง พชอ.", len("ทีมระดับจังหวัดได้")),
])
def test_a_line_led_by_who_acts_names_the_act(body, lead):
    assert actor_lead(body) == lead


@pytest.mark.parametrize("body", [
    "อำเภอผ่านเกณฑ์การประเมิน 6 อำเภอ จาก 7 อำเภอ",
    "แกนนำเยาวชนมีคะแนนความรู้หลังการอบรมเพิ่มขึ้น 74 คน",
    "ฝ่ายเลขานุการได้จัดส่งรายงานการประชุมครั้งที่ 1/2566",
    "ตำบล | ประเด็นของ พชต. กิจกรรมไตรมาสที่ 2",
    "อ.ไทรงาม : 1) การจัดการขยะ 2)ยาเสพติด",
    "ประชุม พชอ. ครบทุกอำเภอ",
])
def test_results_states_reports_and_table_rows_are_not_acts(body):
    assert actor_lead(body) is None


def test_a_reporting_duty_without_date_people_or_money_is_no_activity():
    assert is_standing_duty("การติดตามประเมินผล สสอ.รวบรวมผลการดำเนินงานรายงานต่อที่ประชุม พชอ. ทุกไตรมาส")
    assert not is_standing_duty("ประชุม พชอ. ทุกไตรมาส")
    assert not is_standing_duty("รายงานผลทุกไตรมาส ครั้งแรก 15 มกราคม 2568")


def test_counts_per_unit_and_cases_found_are_not_head_counts():
    assert head_count("แกนนำตำบลละ 20 คน รวม 100 คน") == 100
    assert head_count("พบผู้ใช้สารเสพติด 42 ราย") is None
    assert head_count("คัดกรองได้ทั้งสิ้น 1,250 คน พบผู้ใช้ 38 คน") == 1250


# --- money named apart from its activity ------------------------------------------------------


def test_a_cost_line_names_the_activity_from_its_first_activity_word():
    assert cost_purpose("ค่าอาหารกลางวันและอาหารว่างการอบรมแกนนำเยาวชน") == "อบรมแกนนำเยาวชน"
    assert cost_purpose("ค่าใช้จ่ายค่าย CBTx") == "ค่าย CBTx"
    assert cost_purpose("ค่าตอบแทนวิทยากร") is None
    assert cost_purpose("ค่าวัสดุประกอบการอบรม") is None  # "อบรม" alone names nothing


def test_a_cost_line_goes_to_the_one_activity_holding_all_its_words():
    titles = ["ประชุมชี้แจงแนวทางการดำเนินงาน", "อบรมแกนนำเยาวชนต้นแบบ TO BE NUMBER ONE",
              "ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้สารเสพติด (CBTx)", "ประชุมสรุปผลและถอดบทเรียน"]
    assert names_one("อบรมแกนนำเยาวชน", titles) == 1
    assert names_one("ค่าย CBTx", titles) == 2
    assert names_one("ประชุมชี้แจงและประชุมสรุปผล", titles) is None
    assert names_one("ประชุม", titles) is None  # two meetings: neither


# --- real corpus files -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["loei-dan-sai-2568-action-plan.docx", "loei-dan-sai-2568-action-plan.pdf"])
def test_rows_across_a_budget_table_head_their_cost_lines(parsed, name):
    found = activities(parsed(name))
    assert found["ประชุมคณะกรรมการ พชอ.ด่านซ้าย รายไตรมาส 4 ครั้ง"] == ("2024-10", "2025-09", 30, 3600)
    assert found["อบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ (Caregiver) และ อสม. 10 ตำบล"] == ("2025-01", "2025-01", 60, 13200)
    assert found["ประกวดหมู่บ้านจัดการขยะต้นแบบ"] == ("2025-03", "2025-06", None, None)
    assert found["เวทีถอดบทเรียนและประเมินตนเองตามองค์ประกอบ UCCARE"] == ("2025-08", "2025-08", 40, 4400)
    assert not any("ทุกไตรมาส" in t for t in found)  # the reporting duty under the table


def test_lines_led_by_who_acts_are_activities_with_the_cost_lines_under_them(parsed):
    found = activities(parsed("kamphaeng-phet-province-2568-inspection.pdf"))
    assert found["ทีมจังหวัดนิเทศติดตาม + ประเมิน UCCARE"] == ("2025-02-18", "2025-02-20", 12, None)
    assert found["พชต.อ.ไทรงาม จัดอบรมแกนนำคัดแยกขยะ"] == ("2025-01-14", "2025-01-14", 40, 4900)
    assert found["ให้ พชอ.ทุกแห่งจัดเวทีคืนข้อมูล"][:2] == ("2025-06", "2025-06")
    assert "สสจ.จัดประชุมแลกเปลี่ยนเรียนรู้ พชอ.ระดับจังหวัด" in found
    assert not any(t.startswith(("LTC", "อ.คลองลาน", "อ.ไทรงาม")) for t in found)


@pytest.mark.parametrize("name", ["prachin-buri-kabin-buri-2566-project.docx", "prachin-buri-kabin-buri-2566-project.pdf"])
def test_cost_lines_in_a_budget_paragraph_go_to_the_one_activity_they_name(parsed, name):
    money = {t: v[3] for t, v in activities(parsed(name)).items()}
    assert money["อบรมแกนนำเยาวชนต้นแบบ TO BE NUMBER ONE"] == 20800
    assert money["ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้สารเสพติดโดยชุมชนเป็นฐาน (CBTx)"] == 21000
    meetings = [t for t in money if t.startswith("ประชุม")]
    assert meetings and all(money[t] is None for t in meetings)  # one line names both meetings


def test_sub_items_under_a_numbered_heading_are_a_list_of_activities(parsed):
    found = activities(parsed("lamphun-province-2566-progress.pdf"))
    assert found["ประชุมคณะทำงานสนับสนุนการขับเคลื่อน พชอ. ระดับจังหวัด ครั้งที่ 2/2566"] == (
        "2023-04-20", "2023-04-20", 28, None)
    assert found["เวทีแลกเปลี่ยนเรียนรู้ “ลำพูนเมืองคุณภาพชีวิตดี”"] == ("2023-06-27", "2023-06-27", 160, 38400)


def test_timetable_lines_opening_with_their_dates_are_activities(parsed):
    found = activities(parsed("chanthaburi-tha-mai-2566-progress.pdf"))
    meeting = next(v for t, v in found.items() if t.startswith("ประชุม พชอ.ครั้งที่1/66"))
    assert meeting == ("2022-11-18", "2022-11-18", 31, None)
    campaign = next(v for t, v in found.items() if t.startswith("รณรงค์ Big Cleaning Day"))
    assert campaign[:2] == ("2022-12", "2023-02")
    assert found["อบรม อสม.เชี่ยวชาญด้านการดูแลผู้สูงอายุ"] == ("2023-01-21", "2023-01-22", 70, 21000)


def test_a_sentence_goes_on_to_a_second_activity_after_and(parsed):
    found = activities(parsed("sakon-nakhon-province-2566-inspection.pdf"))
    assert found["ประชุมชี้แจงแนวทางการดำเนินงานแก่ทีมเลขานุการ พชอ. ทุกอำเภอ"][:2] == ("2022-11-15", "2022-11-15")
    assert found["ลงเยี่ยมเสริมพลัง พชอ. ครบ 18 อำเภอ"][:2] == ("2023-02-06", "2023-02-24")
    assert found["ติดตามอำเภอที่ยังไม่ผ่านเกณฑ์ 3 อำเภอ"][:2] == ("2023-05", "2023-05")


def test_a_name_joined_by_and_without_a_space_stays_one_activity(parsed):
    found = activities(parsed("kalasin-yang-talat-2566-project.pdf"))
    assert found["เยี่ยมเสริมพลังและถอดบทเรียน พชต. ดีเด่น"][:3] == ("2023-08-22", "2023-08-22", 60)
    assert "เยี่ยมเสริมพลัง" not in found


# --- built files: the same layouts written another way -----------------------------------------


def test_labelled_activity_lines_in_text_take_the_cost_lines_under_them(tmp_path):
    doc = parse(write_docx(tmp_path / "plan.docx", [
        "3. แผนงานและงบประมาณ",
        "กิจกรรมที่ 1 ประชุมคณะกรรมการ พชอ. รายไตรมาส 4 ครั้ง (ต.ค. 67 – ก.ย. 68) กลุ่มเป้าหมาย 30 คน",
        "- ค่าอาหารว่าง 30 บาท x 120 คน = 3,600 บาท",
        "กิจกรรมที่ 2 อบรมแกนนำชุมชน (มกราคม 2568) จำนวน 60 คน",
        "- ค่าอาหารกลางวัน 60 บาท x 60 คน = 3,600 บาท",
        "- ค่าตอบแทนวิทยากร 600 บาท x 6 ชั่วโมง = 3,600 บาท",
        "รวมงบประมาณทั้งสิ้น 10,800 บาท",
    ]))
    assert activities(doc, PLAN) == {
        "ประชุมคณะกรรมการ พชอ. รายไตรมาส 4 ครั้ง": ("2024-10", "2025-09", 30, 3600),
        "อบรมแกนนำชุมชน": ("2025-01", "2025-01", 60, 7200),
    }


def test_a_labelled_row_with_its_own_money_keeps_it_and_a_group_row_sums_its_lines(tmp_path):
    rows = [["รายการ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
            ["กิจกรรมที่ 1 ประชุมคณะกรรมการ พชอ. (ต.ค. 67 – ก.ย. 68) 30 คน", "3,600", "สสอ."],
            ["ค่าอาหารว่าง 30 บาท x 120 คน", "3,600", ""],
            ["กิจกรรมที่ 2 อบรมแกนนำชุมชน (มกราคม 2568) จำนวน 60 คน", "", ""],
            ["ค่าอาหารกลางวัน 60 บาท x 60 คน", "3,600", "กองทุน"],
            ["ค่าวัสดุ 50 บาท x 60 ชุด", "3,000", ""],
            ["รวม", "10,200", ""]]
    doc = parse(write_docx(tmp_path / "budget.docx", ["แผนงาน"], rows=rows))
    assert activities(doc, PLAN) == {
        "ประชุมคณะกรรมการ พชอ.": ("2024-10", "2025-09", 30, 3600),
        "อบรมแกนนำชุมชน": ("2025-01", "2025-01", 60, 6600),
    }


def test_a_table_of_results_does_not_head_groups(tmp_path):
    rows = [["อำเภอ", "ผ่าน", "ร้อยละ"],
            ["ประเมินตนเองตามองค์ประกอบ UCCARE รอบที่ 1", "", ""],
            ["เมือง", "5", "83.3"]]
    doc = parse(write_docx(tmp_path / "results.docx", ["ผลการดำเนินงาน"], rows=rows))
    assert activities(doc, PLAN) == {}


def test_minutes_without_a_stated_total_count_the_lists_of_those_present(tmp_path):
    doc = parse(write_docx(tmp_path / "minutes.docx", [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
        "ครั้งที่ 1/2567",
        "วันพุธที่ 15 พฤศจิกายน 2566 เวลา 13.30 น.",
        "ผู้มาประชุม",
        "1. นายวรวุฒิ แก้วประดิษฐ์ นายอำเภอ ประธานกรรมการ",
        "2. นายสุชาติ ทองคำ ผู้อำนวยการโรงพยาบาล",
        "ปกครอง",
        "3. นางสาวสุภาวดี อินทร์แก้ว ผู้ช่วยเลขานุการ",
        "ผู้ไม่มาประชุม",
        "1. นายกองค์การบริหารส่วนตำบล ติดราชการ",
        "ผู้เข้าร่วมประชุม",
        "1. นางวันเพ็ญ รักษ์ทอง ผู้แทนภาคประชาชน",
        "เริ่มประชุมเวลา 13.30 น.",
    ]))
    meeting = extract_activities(doc, PLAN)[0]
    assert (meeting.title, meeting.start, meeting.participants) == (
        "ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ครั้งที่ 1/2567", "2023-11-15", 4)
