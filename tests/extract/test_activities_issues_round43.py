"""Round 43 (activities and issues): a numbered list after an issue's heading word and a lead-in
saying what was done ("ประเด็นผู้สูงอายุ ได้ดำเนินกิจกรรม (1) … (2) …") holds that issue's
activities, not issues; in minutes, an agenda that is a report ("ระเบียบวาระที่ 3 เรื่องสืบเนื่อง:
ผลการดำเนินงาน…") tells work done elsewhere under all its items and tables, save its resolutions
and an item putting a plan; a plan row's participants cell naming its groups' counts ("อปพร. 48 คน
อสม. 32 คน ผู้นำชุมชน 16 คน", "กรรมการ 21 คน และผู้เข้าร่วม 19 คน") gives the head count over the
people a cost line under the activity pays for ("24 คน × 120 บาท"), while a count in the
activity's own words still comes first; a breakdown in brackets after a total does not add to it.
Strings and blocks first, then Word files built here, then real corpus files of set 43."""

from __future__ import annotations

import pytest
from docx import Document as Word

from pcc_ingest.extract.activities.draft import groups_people, head_count
from pcc_ingest.extract.activities.reports import reported_blocks
from pcc_ingest.extract.issues.inline import inline_lists
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document
from pcc_ingest.parsers import parse

CHAI_NAT = "chai-nat-wat-sing-2566-minutes"
PAK_KRET = "nonthaburi-pak-kret-2567-action-plan"


def _para(text: str, order: int = 0) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=order, start=0, end=len(text))


def _doc(texts: list[str]) -> Document:
    return Document(path="x.docx", sha256="0", format="docx",
                    blocks=[_para(t, i) for i, t in enumerate(texts)])


# --- issues: an issue's activities listed after its heading word ---------------------------


def test_a_list_after_an_issues_heading_word_and_an_activity_lead_in_is_no_issue_list():
    text = "3.1 ประเด็นยาเสพติด ได้ดำเนินกิจกรรม (1) อบรมแกนนำเยาวชน 40 คน (2) ตรวจปัสสาวะพนักงานโรงงาน"
    assert [i for lst in inline_lists(_para(text), None, None) for i in lst.items] == []


def test_an_issue_list_after_its_introducer_is_still_read():
    text = "พชอ. ขับเคลื่อน 2 ประเด็น ได้แก่ 1) การป้องกันยาเสพติด 2) การดูแลผู้สูงอายุ"
    assert len([i for lst in inline_lists(_para(text), None, None) for i in lst.items]) == 2


# --- activities: an agenda that is a report -----------------------------------------------


def test_lines_under_a_report_agenda_are_reported_save_resolutions_and_a_plan_item():
    doc = _doc([
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง: ผลการดำเนินงาน ไตรมาส 1",
        "3.1 ประเด็นยาเสพติด ได้ดำเนินกิจกรรม (1) อบรมแกนนำ",
        "ตรวจปัสสาวะพนักงาน 120 คน คืนเงินเหลือจ่าย 50 บาท",
        "มติที่ประชุม รับทราบ และมอบ สภ. เร่งตั้งจุดตรวจ",
        "3.2 แผนการดำเนินงานไตรมาส 3 เลขานุการเสนอ",
        "จัดอบรมผู้ปกครอง 50 คน",
        "ระเบียบวาระที่ 4 เรื่องอื่น ๆ",
        "จัดประชุมครั้งต่อไป",
    ])
    assert reported_blocks(doc) == {1, 2}


def test_an_agenda_of_matters_for_consideration_is_no_report():
    doc = _doc(["ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา", "4.1 ประเด็นขยะ จัดกิจกรรม (1) รณรงค์"])
    assert reported_blocks(doc) == set()


# --- activities: head counts split by group -----------------------------------------------


def test_groups_joined_by_and_add_up():
    assert groups_people("กรรมการ พชอ. 21 คน และผู้เข้าร่วม 19 คน") == 40


def test_a_breakdown_in_brackets_after_a_total_does_not_add_to_it():
    text = "ผู้เข้าร่วม 150 คน (อสม. 60 คน ผู้นำชุมชน 40 คน นักเรียน 50 คน)"
    assert groups_people(text) is None and head_count(text) == 150


def test_a_count_a_price_multiplies_is_no_head_count_when_unpriced_counts_are_asked():
    text = "ตั้งจุดตรวจ - ค่าอาหาร (24 คน × 120 บาท × 14 วัน) = 40,320 บาท"
    assert head_count(text, priced=False) is None and head_count(text) == 24


def test_an_unpriced_count_of_the_activitys_own_words_is_still_its_head_count():
    assert head_count("อบรมแกนนำ อสม. 90 คน - ค่าอาหาร 90 คน × 70 บาท = 6,300 บาท", priced=False) == 90


# --- Word files built here ----------------------------------------------------------------


def test_a_word_minutes_of_another_district_reads_issue_activity_lists_as_no_issues(tmp_path):
    word = Word()
    word.add_paragraph("รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอแม่ทะ จังหวัดลำปาง ครั้งที่ ๑/๒๕๖๗")
    word.add_paragraph("วันอังคารที่ ๑๖ มกราคม พ.ศ. ๒๕๖๗ ณ ห้องประชุมที่ว่าการอำเภอแม่ทะ")
    word.add_paragraph("ระเบียบวาระที่ ๒ ผลการดำเนินงานตามประเด็นการพัฒนาคุณภาพชีวิต ไตรมาส ๑")
    word.add_paragraph("เลขานุการแจ้งว่า พชอ.แม่ทะ ขับเคลื่อน ๒ ประเด็น ได้แก่ ๑) การป้องกันและแก้ไขปัญหายาเสพติด "
                       "๒) การป้องกันอุบัติเหตุทางถนน ผลการดำเนินงานดังนี้")
    word.add_paragraph("๒.๑ ประเด็นยาเสพติด จัดกิจกรรม (๑) อบรมแกนนำเยาวชนต้านยาเสพติด ๔๐ คน "
                       "(๒) ตรวจปัสสาวะพนักงานโรงงาน ๒๐๐ คน")
    word.add_paragraph("๒.๒ ประเด็นอุบัติเหตุ ได้ดำเนินการกิจกรรม (๑) ตั้งจุดตรวจช่วงปีใหม่ ๗ วัน")
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate([("กิจกรรม", "กองทุนฯ", "รวม"), ("อบรมแกนนำเยาวชน: อาหารว่าง ๔๐ คน × ๕๐ บาท", "๒,๐๐๐",
                                                              "๒,๐๐๐"), ("รวม", "๒,๐๐๐", "๒,๐๐๐")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    word.add_paragraph("มติที่ประชุม รับทราบ")
    path = tmp_path / "minutes.docx"
    word.save(path)
    records = extract(parse(path))
    assert sorted(i.text for i in records.issues) == sorted(["การป้องกันและแก้ไขปัญหายาเสพติด",
                                                             "การป้องกันอุบัติเหตุทางถนน"])
    assert not [a for a in records.activities if "แกนนำเยาวชน" in a.title or "ตรวจปัสสาวะ" in a.title]


def test_a_word_plan_table_takes_its_participants_cell_over_a_cost_lines_people(tmp_path):
    word = Word()
    word.add_paragraph("แผนปฏิบัติการ พชอ.เมืองสุพรรณบุรี จังหวัดสุพรรณบุรี ปีงบประมาณ ๒๕๖๘")
    rows = [
        ("ผู้เข้าร่วม", "กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา"),
        ("ครู ๒๐ คน และนักเรียน ๑๐๐ คน", "อบรมวินัยจราจรในโรงเรียน\n- ค่าอาหารว่าง (๓๐ คน × ๑๐๐ บาท) = ๓,๐๐๐ บาท",
         "๓,๐๐๐", "ม.ค. ๖๘"),
        ("แกนนำ ๑๕ คน และ อสม. ๒๐ คน", "ประชุมแกนนำสุขภาพ\n- ค่าอาหารว่าง ๓๐ คน × ๓๕ บาท = ๑,๐๕๐ บาท", "๑,๐๕๐",
         "ก.พ. ๖๘"),
    ]
    table = word.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    word.save(path)
    people = {a.title: a.participants for a in extract(parse(path)).activities}
    assert people["อบรมวินัยจราจรในโรงเรียน"] == 120
    assert people["ประชุมแกนนำสุขภาพ"] == 35


# --- real corpus files of set 43 ----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_take_issues_from_the_list_not_from_each_issues_activities(parsed, gold, suffix):
    name = CHAI_NAT + suffix
    assert [i.text for i in extract(parsed(name)).issues] == [g["text"] for g in gold(name, "issues")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_read_no_activity_from_a_reported_agendas_spending_table(parsed, suffix):
    titles = [a.title for a in extract(parsed(CHAI_NAT + suffix)).activities]
    assert not [t for t in titles if "Caregiver" in t or "ถังขยะเปียก" in t or "คืนเงิน" in t]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_plan_counts_each_groups_people_in_the_participants_cell(parsed, suffix):
    acts = extract(parsed(PAK_KRET + suffix)).activities
    people = {a.title: a.participants for a in acts}
    assert people["ตั้งจุดตรวจชุมชน (ด่านครอบครัว) ช่วงเทศกาลปีใหม่และสงกรานต์"] == 96
    assert people["ประชุมคณะกรรมการ พชอ. ไตรมาสละ 1 ครั้ง รวม 4 ครั้ง"] == 40
