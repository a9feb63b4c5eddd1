"""Activities from plan tables, listed lines, sentences, photo captions and minutes."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pcc_ingest.extract.activities import dates_in, extract_activities, head_count, same_activity, title_span
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

FACTS = DocumentFacts(doc_type="progress_report", fiscal_year_be=2565)


def write_docx(path: Path, paragraphs: list[str] = (), rows: list[list[str]] = (), merges=()) -> Path:
    """A real .docx: paragraphs, then a table whose cells may hold several lines."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                lines = value.split("\n")
                table.cell(r, c).text = lines[0]
                for line in lines[1:]:
                    table.cell(r, c).add_paragraph(line)
        for r0, c0, r1, c1 in merges:
            keep = [p.text for p in table.cell(r0, c0).paragraphs]
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            for extra in merged.paragraphs[len(keep):]:
                extra._p.getparent().remove(extra._p)
    document.save(path)
    return path


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
        ("การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง", "2022-09", "2022-09", None, None),
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
        ("นัดประชุมครั้งต่อไป", "2022-04-20", "2022-04-20", None, None),
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


def test_phrae_project_photo_caption_adds_the_supervision_visit(parsed):
    records = corpus_activities(parsed, "phrae-province-2563-project.docx")
    assert summary(records)[2:] == [("การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง", "2020-09", "2020-09", None, None)]


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
    assert (records[12].start, records[12].end) == ("2022-03-31", "2022-03-31")


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
