"""Issue rules found on held-out set 21: a form's label column is no issue
column (header rows stand at the top of a table), a table with one column
per district holds the issues in its row labelled as them, a bracket placing
the issue in the committee's list is background, and a speaker of the
minutes opens the sentence after a list."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.issues.items import clause_end
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.run import extract

RATCHABURI = ["ratchaburi-damnoen-saduak-2568-project.docx", "ratchaburi-damnoen-saduak-2568-project.pdf"]
SURAT_THANI = ["surat-thani-tha-chang-2566-minutes.docx", "surat-thani-tha-chang-2566-minutes.pdf"]
CHON_BURI = ["chon-buri-phanat-nikhom-2567-minutes.docx", "chon-buri-phanat-nikhom-2567-minutes.pdf"]


def _background_end(text: str) -> int:
    note = compiled(issue_rules()["background_note"]).search(text)
    return note.start() if note else len(text)


@pytest.mark.parametrize("name, note", [
    ("ความปลอดภัยด้านอาหาร", " (ประเด็นที่ 2 ของ พชอ.ดำเนินสะดวก)"),
    ("การป้องกันและแก้ไขปัญหายาเสพติด", " (ประเด็นร่วมระดับจังหวัด)"),
    ("การจัดการขยะในชุมชน", " (ประเด็นต่อเนื่อง)"),
    ("การดูแลผู้สูงอายุ", " (เป็นประเด็นใหม่ ปี 2568)"),
])
def test_a_bracket_placing_the_issue_in_the_committees_list_is_background(name, note):
    assert _background_end(name + note) == len(name)


@pytest.mark.parametrize("text", [
    "การดูแลผู้สูงอายุ (ผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง)",
    "การลดฝุ่นละออง (PM2.5)",
    "การป้องกันโรคไม่ติดต่อ (เบาหวาน ความดันโลหิตสูง)",
])
def test_a_bracket_saying_whom_or_what_the_issue_covers_stays(text):
    assert _background_end(text) == len(text)


@pytest.mark.parametrize("tail", [
    " ฝ่ายเลขานุการขอรายงานความก้าวหน้า",
    " ประธานแจ้งให้ทุกหน่วยงานเร่งดำเนินการ",
    " นายอำเภอมอบหมายให้ปลัดอำเภอติดตาม",
    " สาธารณสุขอำเภอขอรายงานผลการดำเนินงาน",
])
def test_a_speaker_of_the_minutes_ends_the_last_item(tail):
    name = "(4) การป้องกันและแก้ไขปัญหายาเสพติด"
    assert clause_end(name + tail, 0, len(name + tail)) == len(name)


def test_an_issue_name_with_a_group_of_people_is_not_cut():
    text = "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง"
    assert clause_end(text, 0, len(text)) == len(text)


@pytest.mark.parametrize("name", RATCHABURI)
def test_a_project_forms_labels_are_no_issues_and_its_issue_drops_the_list_place(parsed, name):
    issues = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert issues == [("7004", "ความปลอดภัยด้านอาหารและการลดการใช้สารเคมีในภาคเกษตร")]


@pytest.mark.parametrize("name, province, single", [
    ("trat-khao-saming-2567-inspection.docx", "23", "2303"),
    *[(n, "84", "8411") for n in SURAT_THANI],
])
def test_an_issue_label_below_a_tables_first_row_heads_no_issue_column(parsed, name, province, single):
    texts = [t for t in (i.block.text[i.start:i.end] for i in table_items(parsed(name), province, single))]
    assert not {"ข้อมูลผลการดำเนินงาน", "ผู้รับการตรวจ", "คณะทำงาน", "ฝ่ายเลขานุการและติดตามประเมินผล"} & set(texts)


def test_a_table_with_a_column_per_district_gives_each_district_its_labelled_rows_issues(parsed):
    issues = [(i.district, i.text) for i in extract(parsed("nong-bua-lam-phu-province-2568-inspection.pdf")).issues]
    assert issues == [
        ("3902", "การป้องกันและแก้ไขปัญหายาเสพติด"),
        ("3902", "การป้องกันและควบคุมโรคไม่ติดต่อเรื้อรัง (เบาหวาน ความดันโลหิตสูง)"),
        ("3902", "การจัดการขยะในชุมชน"),
        ("3904", "การส่งเสริมพัฒนาการเด็กปฐมวัย"),
        ("3904", "การป้องกันและลดอุบัติเหตุทางถนน"),
        ("3904", "อาหารปลอดภัย"),
    ]


@pytest.mark.parametrize("name", CHON_BURI)
def test_a_minutes_list_ends_before_the_secretary_reports(parsed, name):
    texts = [i.text for i in extract(parsed(name)).issues]
    assert "การป้องกันและแก้ไขปัญหายาเสพติด" in texts
    assert not any("ฝ่ายเลขานุการ" in t for t in texts)
