"""Round 44 (activities and issues): the last item of an issue list run into a sentence ends
before a request to the members ("… (3) การดูแลผู้สูงอายุ ขอให้ทุกภาคส่วนเร่งรัด…"); an activity
cell opening with its group's numbered heading over one sub-activity ("กิจกรรมที่ 1 ประชุม พชอ.
1.1 ประชุมครั้งที่ 1/2567 …") is that sub-activity when the next row goes on with "1.2", while a
heading over a lone sub-item names the activity and a cell listing "1.1 … 1.2 …" together is not
read so; a row whose activity cell is only a numbered heading ("1. การบำบัดฟื้นฟู…") over
rows opening with its sub-items ("1.1 …") is a group, no activity; a budget table's group row
restating such a heading over its cost lines is no activity either.
Strings and blocks first, then Word files built here, then real corpus files of set 44."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word

from pcc_ingest.extract.activities.subitems import heading_end, restates_heading
from pcc_ingest.extract.issues.inline import last_item_end
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

SATUN = "satun-khuan-kalong-2567-project"
YALA = "yala-yaha-2568-action-plan"
NONG_SUEA = "pathum-thani-nong-suea-2566-minutes"


# --- issues: a request after the list ----------------------------------------------------


def test_an_inline_issue_list_ends_before_a_request_to_the_members():
    text = "ขับเคลื่อน 2 ประเด็น ได้แก่ (1) การจัดการขยะ (2) การดูแลผู้สูงอายุ ขอให้ทุกภาคส่วนเร่งรัดผลงาน"
    start = text.index("การดูแล")
    assert text[start:last_item_end(text, start, len(text))].strip() == "การดูแลผู้สูงอายุ"


def test_an_inline_issue_list_ends_before_a_plea_for_cooperation():
    text = "ได้แก่ (1) ยาเสพติด (2) อุบัติเหตุทางถนน ขอความร่วมมือทุกหน่วยงาน"
    start = text.index("อุบัติเหตุ")
    assert text[start:last_item_end(text, start, len(text))].strip() == "อุบัติเหตุทางถนน"


# --- activities: sub-activities under a numbered heading ----------------------------------


def test_a_cell_opening_with_its_groups_heading_is_its_first_sub_activity():
    text = "กิจกรรมที่ 2 อบรมแกนนำ 2.1 อบรมรุ่นที่ 1 ผู้เข้าอบรม 40 คน งบประมาณ 4,000 บาท"
    assert text[heading_end(text, "2.2 อบรมรุ่นที่ 2 ผู้เข้าอบรม 40 คน"):].startswith("2.1 อบรมรุ่นที่ 1")


def test_a_heading_over_a_lone_sub_item_names_the_activity():
    # no "2.2" row follows: the sub-item is the heading's step (a seed's plan table)
    text = "1. ชื่อกิจกรรมหลัก “คัดเลือกพื้นที่ต้นแบบ” 1.1 คณะทำงานประเมินผลและคัดเลือกพื้นที่ต้นแบบ"
    assert heading_end(text, "มาตรการที่ 5 พัฒนาระบบติดตาม") == 0
    assert heading_end(text, "") == 0


def test_a_cell_listing_two_sub_items_keeps_its_lead():
    assert heading_end("กิจกรรมที่ 2 อบรมแกนนำ 2.1 ชี้แจง 2.2 ฝึกปฏิบัติ", "2.3 ประเมินผล") == 0


def test_a_sub_item_of_another_number_is_no_heading_end():
    assert heading_end("กิจกรรมที่ 2 อบรมแกนนำ 1.1 ชี้แจง", "1.2 ฝึกปฏิบัติ") == 0
    assert heading_end("1.1 ประชุมครั้งที่ 1/2567", "1.2 ประชุมครั้งที่ 2/2567") == 0


def test_a_budget_group_restating_a_heading_is_recognised():
    assert restates_heading("เยี่ยมบ้านผู้ป่วยติดเตียง", ["ทีมหมอครอบครัวเยี่ยมบ้านผู้ป่วยติดเตียงและจัดทำ Care plan"])
    assert not restates_heading("ค่ายเยาวชน", ["ประชุมคณะกรรมการ พชอ."])


def _save(tmp_path: Path, lead: str, rows: list[tuple[str, ...]]) -> Path:
    word = Word()
    word.add_paragraph(lead)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    word.save(path)
    return path


def test_a_word_date_first_list_takes_sub_activities_not_their_heading(tmp_path):
    rows = [
        ("วัน เดือน ปี", "กิจกรรม"),
        ("๐๕/๑๒/๒๕๖๖", "กิจกรรมที่ ๒ อบรมแกนนำชุมชนด้านยาเสพติด\n๒.๑ อบรมรุ่นที่ ๑ ตำบลบ้านนา ผู้เข้าอบรม ๔๐ คน"
                       " งบประมาณ ๔,๐๐๐ บาท"),
        ("๑๒/๑๒/๒๕๖๖", "๒.๒ อบรมรุ่นที่ ๒ ตำบลท่าแพ ผู้เข้าอบรม ๓๕ คน งบประมาณ ๓,๕๐๐ บาท"),
    ]
    path = _save(tmp_path, "โครงการพัฒนาคุณภาพชีวิต พชอ.เมืองพัทลุง ปีงบประมาณ ๒๕๖๗", rows)
    acts = extract(parse(path)).activities
    titles = [a.title for a in acts]
    assert not [t for t in titles if t.startswith("อบรมแกนนำชุมชน")]
    first = next(a for a in acts if "รุ่นที่ 1" in a.title)
    assert first.budget_baht == 4000 and first.participants == 40


def test_a_word_plan_drops_a_heading_row_over_its_sub_rows(tmp_path):
    rows = [
        ("ที่", "กิจกรรม/โครงการ", "ระยะเวลา", "งบประมาณ (บาท)"),
        ("", "๒. ป้องกันอุบัติเหตุทางถนน", "", ""),
        ("", "๒.๑ ตั้งด่านชุมชนช่วงสงกรานต์", "เม.ย. ๖๘", "๘,๐๐๐"),
        ("", "๒.๒ รณรงค์สวมหมวกนิรภัยในโรงเรียน", "มิ.ย. ๖๘", "๕,๐๐๐"),
    ]
    path = _save(tmp_path, "แผนปฏิบัติการ พชอ.เมืองลำปาง ปีงบประมาณ ๒๕๖๘", rows)
    titles = [a.title for a in extract(parse(path)).activities]
    assert "ป้องกันอุบัติเหตุทางถนน" not in titles
    assert any("ตั้งด่านชุมชน" in t for t in titles) and any("หมวกนิรภัย" in t for t in titles)


# --- real corpus files of set 44 ----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_end_an_issue_before_a_request(parsed, gold, suffix):
    name = NONG_SUEA + suffix
    assert [i.text for i in extract(parsed(name)).issues] == [g["text"] for g in gold(name, "issues")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_reads_sub_activities_not_their_headings(parsed, suffix):
    titles = [a.title for a in extract(parsed(SATUN + suffix)).activities]
    assert "ตำบลควนกาหลง เยี่ยมบ้าน" in titles
    assert not [t for t in titles if t.startswith(("ประชุมคณะกรรมการ พชอ", "ทีมหมอครอบครัว", "เยี่ยมบ้านผู้ป่วย"))]


def test_a_real_action_plan_reads_no_heading_row_over_sub_rows(parsed):
    titles = [a.title for a in extract(parsed(YALA + ".pdf")).activities]
    assert not [t for t in titles if t.startswith(("การบำบัดฟื้นฟู", "ส่งเสริมพัฒนาการ", "เพิ่มความครอบคลุม"))]
