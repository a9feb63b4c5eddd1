"""Activities from plan tables, listed lines, sentences, photo captions and minutes."""

from __future__ import annotations

import docx
import pytest
from docx_builder import write_docx

from pcc_ingest.extract.activities import (
    dates_in,
    extract_activities,
    head_count,
    same_activity,
    title_span,
)
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

FACTS = DocumentFacts(doc_type="progress_report", fiscal_year_be=2565)


def summary(records):
    return [(a.title, a.start, a.end, a.participants, a.budget_baht) for a in records]


def test_title_of_a_form_label_is_the_quoted_name():
    text = "1.ชื่อกิจกรรมหลัก “จัดประชุม เยี่ยมเสริมพลัง” 1.1 ประชุมคณะกรรมการ"
    start, end = title_span(text, 0, len(text))
    assert text[start:end] == "จัดประชุม เยี่ยมเสริมพลัง"


def test_title_ends_where_target_group_and_date_begin():
    text = "· กิจกรรมการพัฒนาศักยภาพ ของคณะกรรมการ กลุ่มเป้าหมายประกอบด้วย คณะกรรมฯ จำนวน 120 คน ในเดือน ธันวาคม 2562"
    start, end = title_span(text, 0, len(text))
    assert text[start:end] == "กิจกรรมการพัฒนาศักยภาพ ของคณะกรรมการ"


def test_dates_keep_the_precision_written_and_share_one_year():
    assert [d.iso() for d in dates_in("พฤศจิกายน 2566 ถึง กันยายน 2567", None)] == ["2023-11", "2024-09"]
    assert [d.iso() for d in dates_in("ก.ย.-ต.ค.2565", None)] == ["2022-09", "2022-10"]
    assert [d.iso() for d in dates_in("เมื่อ วันที่ 12 มกราคม 2565", None)] == ["2022-01-12", "2022-01-12"]
    assert dates_in("ไตรมาส 3-4", 2565) is None


def test_a_day_after_within_is_a_deadline_and_a_month_after_it_is_that_month():
    start, end = dates_in("ให้ส่งผลภายในวันที่ 30 เมษายน 2566", None)
    assert (start, end.iso()) == (None, "2023-04-30")
    assert [d.iso() for d in dates_in("ภายในเดือนมีนาคม 2565", None)] == ["2022-03", "2022-03"]


def test_a_month_without_a_year_lies_in_the_fiscal_year():
    assert [d.iso() for d in dates_in("ในเดือนธันวาคม", 2565)] == ["2021-12", "2021-12"]
    assert [d.iso() for d in dates_in("ในเดือนมีนาคม", 2565)] == ["2022-03", "2022-03"]


def test_head_count_is_people_not_places_or_budget_arithmetic():
    assert head_count("ผู้เกี่ยวข้อง จำนวน 120 คน") == 120
    assert head_count("ประชาชน 8 ตำบล") is None
    assert head_count("คนละ 50 บาท x 100 คน") is None


def test_titles_that_hold_one_another_are_one_activity():
    assert same_activity("การพัฒนาศักยภาพ ความรู้ และทักษะ ของคณะกรรมการ",
                         "กิจกรรมการพัฒนาศักยภาพ ความรู้ และทักษะ ของคณะกรรมการ")
    assert not same_activity("ประชุมคณะกรรมการ", "อบรมแกนนำชุมชน")


def test_plan_table_rows_give_activities_with_period_people_and_money(tmp_path):
    rows = [
        ["แนวทาง/กิจกรรมหลัก", "ช่วงเวลา", "งบประมาณ", "", "แหล่งงบประมาณ"],
        ["", "", "รายละเอียด", "จำนวน", ""],
        ["มาตรการที่ 1 พัฒนาศักยภาพภาคีเครือข่าย", "", "", "", ""],
        ["1.ชื่อกิจกรรมหลัก “ประชุมเยี่ยมเสริมพลัง”\n1.1 ประชุม พชต. 5 ตำบล", "พฤศจิกายน 2566 ถึง เมษายน 2567",
         "-ค่าอาหารกลางวัน1มื้อ คนละ50บาทx100คน\n-ค่าอาหารว่าง 2 มื้อๆละ25 บาทx100คน", "5,000\n5,000", "สสจ."],
        ["1.ชื่อกิจกรรมหลัก “มหกรรมคุณภาพชีวิต”", "สิงหาคม 2567", "-", "-", "-"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (2, 0, 2, 4)]
    doc = parse(write_docx(tmp_path / "plan.docx", rows=rows, merges=merges))
    assert summary(extract_activities(doc, FACTS)) == [
        ("ประชุมเยี่ยมเสริมพลัง", "2023-11", "2024-04", 100, 10000),
        ("มหกรรมคุณภาพชีวิต", "2024-08", "2024-08", None, None),
    ]


def test_numbered_steps_in_a_plan_cell_take_dates_from_the_progress_item_of_the_same_number(tmp_path):
    rows = [
        ["แนวทาง/แผนการดำเนินงาน ปี 2565", "ความก้าวหน้า/ผลการดำเนินงาน ปี 2565"],
        ["ระดับจังหวัด\n1.รวบรวมข้อมูลและวิเคราะห์ผลการดำเนินงาน\n2.จัดประชุมชี้แจงแนวทาง\n3. เยี่ยมเสริมพลัง พชอ.",
         "ดำเนินการ ก.ย.-ต.ค.2564\n2.จัดประชุมแล้ว เมื่อ วันที่ 12 มกราคม 2565\n3. ไตรมาส 3-4"],
    ]
    doc = parse(write_docx(tmp_path / "steps.docx", rows=rows))
    assert summary(extract_activities(doc, FACTS)) == [
        ("รวบรวมข้อมูลและวิเคราะห์ผลการดำเนินงาน", "2021-09", "2021-10", None, None),
        ("จัดประชุมชี้แจงแนวทาง", "2022-01-12", "2022-01-12", None, None),
        ("เยี่ยมเสริมพลัง พชอ.", None, None, None, None),
    ]


def test_listed_activities_photo_captions_and_aims(tmp_path):
    paragraphs = [
        "วัตถุประสงค์",
        "1. เพื่อพัฒนาศักยภาพคณะกรรมการ",
        "กิจกรรมหลัก :",
        "· กิจกรรมการพัฒนาศักยภาพ ของคณะกรรมการ กลุ่มเป้าหมาย จำนวน 120 คน ในเดือน ธันวาคม 2564",
        "ปัญหาอุปสรรค",
        "· การประชุมไม่ต่อเนื่องเพราะภารกิจมาก",
        "ภาพกิจกรรม",
        "การพัฒนาศักยภาพ ของคณะกรรมการ",
        "26 ธันวาคม 2564",
        "ณ ห้องประชุมอำเภอ",
        "กันยายน 2565",
        "การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง",
    ]
    doc = parse(write_docx(tmp_path / "report.docx", paragraphs))
    assert summary(extract_activities(doc, FACTS)) == [
        ("กิจกรรมการพัฒนาศักยภาพ ของคณะกรรมการ", "2021-12-26", "2021-12-26", 120, None),
        ("การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง", None, None, None, None),
    ]


def test_captions_written_after_their_dates_take_the_date_above(tmp_path):
    paragraphs = ["ภาพกิจกรรม", "26 ธันวาคม 2564", "การพัฒนาศักยภาพ ของคณะกรรมการ",
                  "กันยายน 2565", "การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง"]
    doc = parse(write_docx(tmp_path / "photos.docx", paragraphs))
    assert [(a.title, a.start) for a in extract_activities(doc, FACTS)] == [
        ("การพัฒนาศักยภาพ ของคณะกรรมการ", "2021-12-26"), ("การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง", "2022-09"),
    ]


def test_done_phrases_in_results_open_activities_without_their_purpose(tmp_path):
    paragraphs = [
        "ผลการดำเนินงาน",
        "- คณะอนุกรรมการทุกคณะได้จัดให้มีเวทีการประชุมคณะกรรมการ พชต. เพื่อแลกเปลี่ยนเรียนรู้",
        "- มีการประชุมเชิงปฏิบัติการของคณะกรรมการ พชอ. ได้รับการพัฒนาองค์ความรู้ จำนวน 27 คน",
        "- อำเภอทราบปัญหาและอุปสรรคของตำบล",
    ]
    doc = parse(write_docx(tmp_path / "results.docx", paragraphs))
    assert summary(extract_activities(doc, FACTS)) == [
        ("เวทีการประชุมคณะกรรมการ พชต.", None, None, None, None),
        ("ประชุมเชิงปฏิบัติการของคณะกรรมการ พชอ.", None, None, 27, None),
    ]


def test_minutes_give_the_meeting_its_decisions_and_the_next_meeting(tmp_path):
    paragraphs = [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ ครั้งที่ 1/2565",
        "วันที่ 15 ธันวาคม 2564 ณ ห้องประชุมที่ว่าการอำเภอ",
        "ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา",
        "มติที่ประชุม ให้จัดอบรมแกนนำจิตอาสาดูแลผู้สูงอายุ ภายในเดือนมีนาคม 2565",
        "มติที่ประชุม ให้รายงานผลทุกไตรมาส",
        "นัดประชุมครั้งต่อไป วันที่ 20 เมษายน 2565",
    ]
    doc = parse(write_docx(tmp_path / "minutes.docx", paragraphs))
    assert summary(extract_activities(doc, FACTS)) == [
        ("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ ครั้งที่ 1/2565", "2021-12-15", "2021-12-15", None, None),
        ("จัดอบรมแกนนำจิตอาสาดูแลผู้สูงอายุ", "2022-03", "2022-03", None, None),
        ("ประชุมครั้งต่อไป", "2022-04-20", "2022-04-20", None, None),
    ]


# --- real corpus documents (docx and its PDF twin) --------------------------------------


def corpus_activities(parsed, name: str):
    from pcc_ingest.extract.document_facts import extract_facts

    doc = parsed(name)
    return extract_activities(doc, extract_facts(doc))


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phrae_project_lists_its_main_activities_with_the_photo_date(parsed, ext):
    records = corpus_activities(parsed, f"phrae-province-2563-project.{ext}")
    assert summary(records)[:2] == [
        ("กิจกรรมการพัฒนาศักยภาพ ความรู้ และทักษะ ของคณะกรรมการคุณภาพชีวิตระดับอำเภอ",
         "2019-12-26", "2019-12-26", 120, None),
        ("กิจกรรมเวทีถอดบทเรียน แลกเปลี่ยนเรียนรู้ สรุปผลงาน และนำเสนอผลการดำเนินงาน"
         "การพัฒนาคุณภาพชีวิต ระดับจังหวัดแพร่", "2019-12", "2019-12", None, None),
    ]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phrae_project_photo_caption_adds_the_supervision_visit_without_a_borrowed_date(parsed, ext):
    records = corpus_activities(parsed, f"phrae-province-2563-project.{ext}")
    assert summary(records)[2:] == [("การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง", None, None, None, None)]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_wang_chin_results_name_the_forum_the_follow_up_and_the_workshop(parsed, ext):
    records = corpus_activities(parsed, f"phrae-wang-chin-2567-project.{ext}")
    titles = [a.title for a in records]
    assert len(records) == 3
    assert titles[0] == "เวทีการประชุมคณะกรรมการพชต.ระดับรพ.สต."
    assert titles[1].startswith("ติดตามแลกเปลี่ยน")
    assert titles[2].startswith("ประชุมเชิงปฏิบัติการของคณะกรรมการคุณภาพชีวิตระดับอำเภอ")
    assert records[2].participants == 27


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_mueang_suang_plan_has_one_activity_per_main_activity_cell(parsed, ext):
    records = corpus_activities(parsed, f"roi-et-mueang-suang-2567-action-plan.{ext}")
    assert [(a.start, a.end, a.participants, a.budget_baht) for a in records] == [
        ("2023-11", "2024-09", None, None),
        ("2023-11", "2024-04", 100, 10000),
        ("2023-11", "2024-09", None, None),
        ("2023-11", "2024-09", None, None),
        ("2023-11", "2024-09", None, None),
        ("2024-08", "2024-08", None, None),
    ]
    assert records[0].title == "จัดประชุม เยี่ยมเสริมพลัง"
    assert records[5].title == "มหกรรมคนอำเภอเมืองร้อยเอ็ด คุณภาพชีวิตดี ปี 2566"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_khon_kaen_plan_steps_take_dates_from_the_progress_column(parsed, ext):
    records = corpus_activities(parsed, f"khon-kaen-province-2565-inspection.{ext}")
    assert [(a.start, a.end) for a in records[:7]] == [
        ("2022-09", "2022-10"), ("2022-01-12", "2022-01-12"), ("2022-01-18", "2022-01-18"),
        ("2022-02-03", "2022-02-03"), ("2022-03", "2022-03"), ("2022-04", "2022-05"), (None, None),
    ]
    assert records[0].title.startswith("รวบรวมข้อมูลและวิเคราะห์ผลการดำเนินงาน ปี 2564")
    assert records[7].title == "ทบทวนคำสั่งคณะกรรมการ พชอ./คณะอนุ กรรมการรายประเด็น"
    assert records[12].title == "สรุปผลการดำเนินงาน รอบที่ 1"
    assert (records[12].start, records[12].end) == (None, "2022-03-31")  # "(ภายใน 31 มี.ค 2565)": a deadline


def test_khon_kaen_plan_has_every_step_of_both_levels(parsed):
    records = corpus_activities(parsed, "khon-kaen-province-2565-inspection.docx")
    assert len(records) == 16
    assert records[-1].title == "เก็บรวบรวมข้อมูลและสรุปผลการดำเนินงานของ พชอ."


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_chiang_rai_plan_rows_sum_their_budget_lines(parsed, ext):
    records = corpus_activities(parsed, f"chiang-rai-province-2566-action-plan.{ext}")
    assert [(a.start, a.end, a.participants, a.budget_baht) for a in records] == [
        ("2022-10", "2022-11", None, None),
        ("2022-12", "2022-12", 90, 12600),
        ("2023-01-16", "2023-01-17", 54, 15480),
        ("2022-12", "2023-03", None, 9000),
        ("2023-08", "2023-08", 120, 19200),
        ("2022-10", "2023-09", None, None),
    ]
    assert records[1].title == "ประชุมชี้แจงแนวทางการขับเคลื่อน พชอ. ปี 2566"


def test_pak_chong_numbered_report_lines_with_dates_and_head_counts(parsed):
    records = corpus_activities(parsed, "nakhon-ratchasima-pak-chong-2565-progress.pdf")
    assert [(a.start, a.end, a.participants) for a in records] == [
        ("2022-01-24", "2022-01-24", 32), ("2021-12-29", "2022-01-04", 288),
        ("2022-02-14", "2022-02-25", 25), ("2022-03", "2022-03", None),
    ]
    assert records[0].title == "ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2565"
    assert records[2].title.startswith("อบรมผู้ดูแลผู้สูงอายุ (Care Giver)")


# --- where a title ends, what is never an activity ------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("4. เยี่ยมเสริมพลัง พชต. 4 ตำบล ได้แก่ ตำบลหมูสี ตำบลพญาเย็น ในเดือนมีนาคม 2565", "เยี่ยมเสริมพลัง พชต. 4 ตำบล"),
        ("4. ติดตามและรายงานผลรายไตรมาส ตุลาคม 2562 ถึง กันยายน 2563 (ไม่ใช้งบประมาณ)", "ติดตามและรายงานผลรายไตรมาส"),
        ("2. เยี่ยมเสริมพลัง พชอ. 12 อำเภอ ระหว่างเดือนมกราคม – มีนาคม 2563", "เยี่ยมเสริมพลัง พชอ. 12 อำเภอ"),
        ("จัดประชุม พชอ. อย่างน้อย 1 ครั้ง", "จัดประชุม พชอ."),
        ("กำหนดประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566 ในวันพุธที่ 21 มิถุนายน 2566", "กำหนดประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566"),
    ],
)
def test_a_title_ends_where_places_dates_frequency_or_money_begin(text, title):
    start, end = title_span(text, 0, len(text))
    assert text[start:end] == title


def test_a_purpose_that_is_the_whole_name_is_kept():
    text = "มีการประชุมเพื่อกำหนดประเด็นการพัฒนาคุณภาพชีวิต"
    start, end = title_span(text, len("มีการ"), len(text), sentence=True)
    assert text[start:end] == "ประชุมเพื่อกำหนดประเด็นการพัฒนาคุณภาพชีวิต"


def test_cost_lines_and_money_headings_in_a_plan_are_no_activities(tmp_path):
    paragraphs = [
        "3. กิจกรรมระดับจังหวัด",
        "1. ประชุมเชิงปฏิบัติการจัดทำแผน ผู้เข้าร่วม 60 คน งบประมาณ 8,400 บาท",
        "- ค่าอาหารกลางวัน 1 มื้อๆละ 80 บาท x 60 คน เป็นเงิน 4,800 บาท",
        "- ค่ายเยาวชนต้านยาเสพติด",
        "2. งบสนับสนุนการขับเคลื่อนรายอำเภอ",
    ]
    doc = parse(write_docx(tmp_path / "plan.docx", paragraphs))
    assert [(a.title, a.budget_baht) for a in extract_activities(doc, FACTS)] == [
        ("ประชุมเชิงปฏิบัติการจัดทำแผน", 8400), ("ค่ายเยาวชนต้านยาเสพติด", None),
    ]


# --- sentences, lists, tables ------------------------------------------------------------------


def test_a_sentence_naming_two_activities_gives_each_its_own_date(tmp_path):
    paragraphs = [
        "สถานการณ์และการดำเนินงาน",
        ("ในรอบที่ 1 ทุกอำเภอได้จัดประชุม พชอ. อย่างน้อย 1 ครั้ง และประเมินตนเองผ่านโปรแกรม CL UCCARE "
         "เมื่อวันที่ 26 กุมภาพันธ์ 2567"),
        ("อำเภอที่ยังไม่ผ่านเกณฑ์อยู่ระหว่างการเยี่ยมเสริมพลังโดยทีมระดับจังหวัด ซึ่งมีกำหนดลงพื้นที่ "
         "ระหว่างวันที่ 18 – 22 มีนาคม 2567"),
        "ตำบลที่ยังไม่มีการประชุมคณะทำงานจะได้รับการติดตาม",
    ]
    doc = parse(write_docx(tmp_path / "s.docx", paragraphs))
    assert [(a.title, a.start, a.end) for a in extract_activities(doc, FACTS)] == [
        ("ประชุม พชอ.", None, None),
        ("ประเมินตนเองผ่านโปรแกรม CL UCCARE", "2024-02-26", "2024-02-26"),
        ("เยี่ยมเสริมพลังโดยทีมระดับจังหวัด", "2024-03-18", "2024-03-22"),
    ]


def test_a_team_going_to_the_field_is_an_activity_named_from_the_team(tmp_path):
    paragraphs = ["ประเด็นการพัฒนาคุณภาพชีวิตของอำเภอที่ได้รับการเยี่ยมเสริมพลัง",
                  "ในปี 2566 ทีมเยี่ยมเสริมพลังระดับจังหวัดลงพื้นที่ 8 อำเภอ ระหว่างเดือนมกราคม ถึง มีนาคม 2566"]
    doc = parse(write_docx(tmp_path / "t.docx", paragraphs))
    assert [(a.title, a.start, a.end) for a in extract_activities(doc, FACTS)] == [
        ("ทีมเยี่ยมเสริมพลังระดับจังหวัดลงพื้นที่ 8 อำเภอ", "2023-01", "2023-03"),
    ]


def test_a_list_item_numbered_next_is_an_item_even_when_it_reads_like_a_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph("มาตรการดำเนินงานในพื้นที่")
    for text in ["การแต่งตั้งคณะกรรมการ พชอ.", "การจัดทำแผนปฏิบัติการ", "สรุปผลการดำเนินงานแก้ปัญหา"]:
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("4. ปัญหาอุปสรรคและข้อเสนอแนะ")
    document.add_paragraph("การประชุมไม่ต่อเนื่องเพราะภารกิจมาก")
    document.save(tmp_path / "l.docx")
    titles = [a.title for a in extract_activities(parse(tmp_path / "l.docx"), FACTS)]
    assert titles == ["การแต่งตั้งคณะกรรมการ พชอ.", "การจัดทำแผนปฏิบัติการ", "สรุปผลการดำเนินงานแก้ปัญหา"]


def test_lines_of_a_timetable_that_open_with_their_date_are_activities(tmp_path):
    paragraphs = ["6. กิจกรรม", "วันที่ 15 มีนาคม 2564 บรรยายแนวทางการพัฒนาคุณภาพชีวิตระดับพื้นที่",
                  "วันที่ 16 มีนาคม 2564 ฝึกจัดทำแผนขับเคลื่อนรายตำบล"]
    doc = parse(write_docx(tmp_path / "d.docx", paragraphs))
    assert [(a.title, a.start) for a in extract_activities(doc, FACTS)] == [
        ("บรรยายแนวทางการพัฒนาคุณภาพชีวิตระดับพื้นที่", "2021-03-15"), ("ฝึกจัดทำแผนขับเคลื่อนรายตำบล", "2021-03-16"),
    ]


def test_plan_rows_take_head_counts_from_the_target_group_and_results_cells(tmp_path):
    rows = [
        ["โครงการ/กิจกรรม", "กลุ่มเป้าหมาย", "ผลการดำเนินงาน"],
        ["ประชุมคณะกรรมการ พชอ. รายไตรมาส", "คณะกรรมการ พชอ. 35 คน", "ประชุมครบ 4 ครั้ง"],
        ["ค้นหาและคัดกรองผู้ใช้ยาเสพติด", "", "คัดกรอง 214 คน ส่งบำบัด 9 คน"],
        ["เยี่ยมบ้านผู้สูงอายุ", "", "เยี่ยมบ้าน 58 ครัวเรือน"],
    ]
    doc = parse(write_docx(tmp_path / "p.docx", rows=rows))
    assert [(a.title, a.participants) for a in extract_activities(doc, FACTS)] == [
        ("ประชุมคณะกรรมการ พชอ. รายไตรมาส", 35), ("ค้นหาและคัดกรองผู้ใช้ยาเสพติด", 214), ("เยี่ยมบ้านผู้สูงอายุ", None),
    ]


def test_a_numbered_meeting_named_in_passing_was_held(tmp_path):
    paragraphs = ["ประเด็นที่ พชอ. มีมติเลือก (ประชุม พชอ. ครั้งที่ 4/2565 วันที่ 28 ก.ย. 65)",
                  "ระเบียบวาระที่ 2 รับรองรายงานการประชุมครั้งที่ 3/2565"]
    doc = parse(write_docx(tmp_path / "m.docx", paragraphs))
    assert summary(extract_activities(doc, FACTS)) == [("ประชุม พชอ. ครั้งที่ 4/2565", "2022-09-28", "2022-09-28", None, None)]


# --- minutes: agenda items and the decisions under them -------------------------------------


MINUTES = [
    "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "ครั้งที่ 2/2566",
    "วันพุธที่ 22 มีนาคม 2566 เวลา 09.30 น.",
    "ผู้อำนวยการ รพ.สต. ทุกแห่ง รวมผู้เข้าประชุมทั้งสิ้น 34 คน",
    "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
    "3.1 ผลการดำเนินงานประเด็นการจัดการขยะ",
    "มติที่ประชุม รับทราบ และให้ พชต. ที่ยังไม่มีธนาคารขยะ ศึกษาดูงานจาก พชต. ต้นแบบ",
    "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา",
    "4.1 การจัดกิจกรรม “ตลาดนัดสุขภาพ”",
    "เลขานุการเสนอให้จัดตลาดนัดสุขภาพ ขอใช้งบประมาณจากกองทุนหลักประกันสุขภาพเทศบาล จำนวน 15,000 บาท",
    "มติที่ประชุม เห็นชอบให้จัดกิจกรรมในวันที่ 20 – 21 เมษายน 2566",
    "4.2 การคัดเลือก พชต. ต้นแบบ",
    "มติที่ประชุม เห็นชอบให้แต่งตั้งคณะทำงานคัดเลือก พชต. ต้นแบบ จำนวน 7 คน และให้ส่งผลภายในวันที่ 30 เมษายน 2566",
    "5.1 กำหนดการประชุมครั้งต่อไป",
    "มติที่ประชุม กำหนดประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566 ในวันพุธที่ 21 มิถุนายน 2566",
]


def test_minutes_items_take_the_dates_people_and_money_decided_under_them(tmp_path):
    doc = parse(write_docx(tmp_path / "minutes.docx", MINUTES))
    assert summary(extract_activities(doc, FACTS)) == [
        ("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ครั้งที่ 2/2566", "2023-03-22", "2023-03-22", 34, None),
        ("พชต. ที่ยังไม่มีธนาคารขยะ ศึกษาดูงานจาก พชต. ต้นแบบ", None, None, None, None),
        ("การจัดกิจกรรม “ตลาดนัดสุขภาพ”", "2023-04-20", "2023-04-21", None, 15000),
        ("การคัดเลือก พชต. ต้นแบบ", None, "2023-04-30", 7, None),
        ("ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566", "2023-06-21", "2023-06-21", None, None),
    ]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_kosum_phisai_minutes_give_the_meeting_the_announced_and_decided_activities(parsed, ext):
    records = corpus_activities(parsed, f"maha-sarakham-kosum-phisai-2566-minutes.{ext}")
    assert [(a.start, a.end, a.participants, a.budget_baht) for a in records] == [
        ("2023-03-22", "2023-03-22", 34, None), ("2023-08", "2023-08", None, None),
        (None, None, None, None),  # the New Year campaign thanked for (ended before the meeting) is none
        ("2023-04-20", "2023-04-21", None, 15000), (None, "2023-04-30", 7, None),
        ("2023-06-21", "2023-06-21", None, None),
    ]
    assert records[0].title.endswith("ครั้งที่ 2/2566")
    assert records[5].title == "ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566"


# --- more real corpus documents ------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_yasothon_sentences_give_the_meeting_the_self_assessment_and_the_visit(parsed, ext):
    records = corpus_activities(parsed, f"yasothon-province-2567-inspection.{ext}")
    assert [(a.start, a.end) for a in records] == [(None, None), ("2024-02-26", "2024-02-26"), ("2024-03-18", "2024-03-22")]
    assert records[1].title == "ประเมินตนเองผ่านโปรแกรม CL UCCARE"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_nakhon_phanom_plan_activities_without_their_cost_lines(parsed, ext):
    records = corpus_activities(parsed, f"nakhon-phanom-province-2563-action-plan.{ext}")
    assert [(a.title, a.start, a.end, a.budget_baht) for a in records] == [
        ("ประชุมเชิงปฏิบัติการจัดทำแผนขับเคลื่อน พชอ.", "2019-11-18", "2019-11-19", 18000),
        ("เยี่ยมเสริมพลัง พชอ. 12 อำเภอ", "2020-01", "2020-03", 12000),
        ("เวทีนำเสนอผลงาน พชอ. ระดับจังหวัด", "2020-08", "2020-08", 25500),
        ("ติดตามและรายงานผลรายไตรมาส", "2019-10", "2020-09", None),
    ]


def test_hat_yai_plan_rows_and_the_meeting_that_chose_the_issues(parsed):
    records = corpus_activities(parsed, "songkhla-hat-yai-2566-action-plan.pdf")
    assert summary(records)[0] == ("ประชุม พชอ. ครั้งที่ 4/2565", "2022-09-28", "2022-09-28", None, None)
    assert [a.participants for a in records[1:5]] == [35, None, 50, 60]


def test_mae_chaem_activities_take_head_counts_from_their_results(parsed):
    records = corpus_activities(parsed, "chiang-mai-mae-chaem-2567-progress.pdf")
    assert records[0].title == "การประชุมครั้งที่ 1/2567"
    assert [a.participants for a in records[1:4]] == [None, 32, 214]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phuket_measures_list_and_the_meetings_its_text_reports(parsed, ext):
    titles = [a.title for a in corpus_activities(parsed, f"phuket-province-2564-progress.{ext}")]
    assert titles[0].startswith("ประชุมเพื่อกำหนดประเด็นการพัฒนาคุณภาพชีวิต")
    assert "สรุปผลการดำเนินงานแก้ปัญหา" in titles
    assert titles[-1] == "ประชุมคณะกรรมการกลุ่มย่อยของแต่ละประเด็น"
    assert len(titles) == 6


def test_wat_bot_timetable_lines_are_activities(parsed):
    records = corpus_activities(parsed, "phitsanulok-wat-bot-2564-project.pdf")
    dated = [(a.start, a.title) for a in records if a.start in ("2021-03-15", "2021-03-16")]
    assert [start for start, _ in dated] == ["2021-03-15", "2021-03-16"]
    assert dated[0][1].startswith("บรรยายแนวทางการพัฒนาคุณภาพชีวิตระดับพื้นที่")
    assert dated[1][1].startswith("ฝึกจัดทำแผนขับเคลื่อนรายตำบล")


def test_a_dated_list_of_action_items_is_activities_under_any_heading_but_problems(tmp_path):
    path = write_docx(tmp_path / "results.docx", paragraphs=[
        "วัตถุประสงค์",
        "1. เพื่อพัฒนาศักยภาพคณะกรรมการ",
        "2. เพื่อติดตามผลการดำเนินงาน",
        "ผลการดำเนินกิจกรรม",
        "1. ประชุมชี้แจงแนวทางการดำเนินงานแก่ภาคีเครือข่าย วันที่ 18 พฤศจิกายน 2565 ผู้เข้าร่วม 45 คน",
        "2. อบรมแกนนำชุมชนด้านการดูแลผู้สูงอายุ ระหว่างวันที่ 9–10 กุมภาพันธ์ 2566 จำนวน 80 คน",
        "3. จัดค่ายปรับเปลี่ยนพฤติกรรมสุขภาพ วันที่ 3 มีนาคม 2566 จำนวน 60 คน",
        "4. ติดตามเยี่ยมบ้านผู้ป่วยติดเตียง ระหว่างเดือนกรกฎาคม–สิงหาคม 2566",
        "ปัญหาและข้อเสนอแนะ",
        "1. ประชุมไม่ครบองค์ประชุม ในเดือนมีนาคม 2566",
        "2. ติดตามได้ไม่ต่อเนื่อง จำนวน 3 คน",
    ])
    facts = DocumentFacts(doc_type="progress_report", fiscal_year_be=2566)
    assert summary(extract_activities(parse(path), facts)) == [
        ("ประชุมชี้แจงแนวทางการดำเนินงานแก่ภาคีเครือข่าย", "2022-11-18", "2022-11-18", 45, None),
        ("อบรมแกนนำชุมชนด้านการดูแลผู้สูงอายุ", "2023-02-09", "2023-02-10", 80, None),
        ("จัดค่ายปรับเปลี่ยนพฤติกรรมสุขภาพ", "2023-03-03", "2023-03-03", 60, None),
        ("ติดตามเยี่ยมบ้านผู้ป่วยติดเตียง", "2023-07", "2023-08", None, None),
    ]


def test_a_list_of_action_items_without_dates_or_head_counts_is_no_list_of_activities(tmp_path):
    path = write_docx(tmp_path / "aims.docx", paragraphs=[
        "วัตถุประสงค์",
        "แนวทางที่วางไว้",
        "1. ประชุมให้ครบทุกภาคส่วน",
        "2. ติดตามอย่างต่อเนื่อง",
        "3. จัดทำฐานข้อมูลกลุ่มเสี่ยง",
    ])
    facts = DocumentFacts(doc_type="progress_report", fiscal_year_be=2566)
    assert extract_activities(parse(path), facts) == []
