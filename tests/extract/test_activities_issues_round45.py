"""Round 45 (activities): a budget table's "กิจกรรมที่ N <shortened name> (funder)" group row, its
subtotal before its cost lines, is item N of the report's numbered list when the name less its
funder bracket lies in the item's name as runs of letters in order, so the item keeps its own
name and takes the group's money; a row giving each source's share of a by-source summary
("สัดส่วน (ร้อยละของงบประมาณทั้งหมด)") is no activity.
Strings first, then Word files built here, then real corpus files of set 45."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word

from pcc_ingest.extract.activities.ordinals import letters_in_order
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TAKUA_PA = "phang-nga-takua-pa-2568-project"


# --- a budget group's shortened name ------------------------------------------------------


def test_a_budget_groups_name_less_its_funder_lies_in_the_items_name_as_letter_runs():
    assert letters_in_order("คัดกรองผู้สูงอายุและเยี่ยมบ้าน (อบจ.พังงา)",
                            "คัดกรองความสามารถในการประกอบกิจวัตรประจำวัน (ADL) ในผู้สูงอายุ และเยี่ยมบ้านผู้ป่วยติดเตียง")
    assert letters_in_order("อบรมแกนนำคัดแยกขยะและธนาคารขยะ (กองทุนหลักประกันสุขภาพ)",
                            "อบรมเชิงปฏิบัติการแกนนำคัดแยกขยะต้นทางและธนาคารขยะชุมชน")


def test_a_different_activity_is_no_shortened_name():
    assert not letters_in_order("รณรงค์หมวกนิรภัยและด่านชุมชน (อบจ.)", "อบรมเชิงปฏิบัติการแกนนำคัดแยกขยะต้นทาง")
    assert not letters_in_order("ประชุม (สสจ.)", "ประชุมคณะกรรมการ พชอ. จำนวน 3 ครั้ง")  # too short to tell


def test_a_share_row_of_a_by_source_summary_is_no_activity():
    assert rule_re("cells", "share_row").match("สัดส่วน (ร้อยละของงบประมาณทั้งหมด)")
    assert rule_re("cells", "share_row").match("คิดเป็นร้อยละ")
    assert not rule_re("cells", "share_row").match("สำรวจร้อยละครัวเรือนคัดแยกขยะ")


# --- Word files built here ---------------------------------------------------------------


def _project(path: Path) -> Path:
    """A project report of another district: a numbered list of what was done in Thai
    digits, then a budget table whose group rows (subtotal first) shorten the names."""
    doc = Word()
    doc.add_paragraph("รายงานผลการดำเนินโครงการ พชอ.บ้านนา ปีงบประมาณ ๒๕๖๗")
    doc.add_paragraph("กิจกรรมและผลการดำเนินงาน")
    doc.add_paragraph("๑. ประชุมเชิงปฏิบัติการวางแผนคัดกรองภาวะซึมเศร้าในกลุ่มวัยทำงาน วันที่ ๑๒ ม.ค. ๖๗ ผู้เข้าร่วม ๔๕ คน")
    doc.add_paragraph("๒. รณรงค์ลดการใช้ถุงพลาสติกในตลาดสดเทศบาล วันที่ ๕ มี.ค. ๖๗ ผู้เข้าร่วม ๘๐ คน")
    doc.add_paragraph("๓. อบรมผู้ดูแลผู้สูงอายุติดบ้านติดเตียงในชุมชน วันที่ ๒๐ พ.ค. ๖๗ ผู้เข้าร่วม ๔๐ คน")
    doc.add_paragraph("งบประมาณ")
    rows = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
            ("กิจกรรมที่ ๑ ประชุมวางแผนคัดกรองซึมเศร้า (สสอ.บ้านนา)", "", "", "", "๒,๒๕๐"),
            ("ค่าอาหารว่างและเครื่องดื่ม", "๔๕", "คน", "๕๐", "๒,๒๕๐"),
            ("กิจกรรมที่ ๒ รณรงค์ลดถุงพลาสติก (เทศบาลตำบลบ้านนา)", "", "", "", "๖,๐๐๐"),
            ("ค่าป้ายไวนิล", "๔", "ผืน", "๕๐๐", "๒,๐๐๐"),
            ("ค่าถุงผ้า", "๘๐", "ใบ", "๕๐", "๔,๐๐๐"),
            ("กิจกรรมที่ ๓ อบรมผู้ดูแลผู้สูงอายุติดเตียง (กองทุน LTC)", "", "", "", "๘,๐๐๐"),
            ("ค่าอาหารกลางวัน", "๔๐", "คน", "๒๐๐", "๘,๐๐๐"),
            ("รวมทั้งสิ้น", "", "", "", "๑๖,๒๕๐")]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    doc.save(path)
    return path


def test_a_built_project_pairs_each_budget_group_with_its_listed_item(tmp_path):
    acts = extract(parse(_project(tmp_path / "project.docx"))).activities
    money = {a.title: a.budget_baht for a in acts}
    assert money["ประชุมเชิงปฏิบัติการวางแผนคัดกรองภาวะซึมเศร้าในกลุ่มวัยทำงาน"] == 2250
    assert money["รณรงค์ลดการใช้ถุงพลาสติกในตลาดสดเทศบาล"] == 6000
    assert money["อบรมผู้ดูแลผู้สูงอายุติดบ้านติดเตียงในชุมชน"] == 8000
    assert len(acts) == 3


# --- real corpus files of set 45 ---------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_report_gives_listed_items_their_budget_groups_money(parsed, suffix):
    acts = extract(parsed(TAKUA_PA + suffix)).activities
    money = {a.title: a.budget_baht for a in acts}
    assert money["อบรมเชิงปฏิบัติการแกนนำคัดแยกขยะต้นทางและธนาคารขยะชุมชน"] == 39000
    assert money["รณรงค์สวมหมวกนิรภัยและตั้งด่านชุมชนช่วงเทศกาล"] == 33000
    assert not [a for a in acts if a.title.startswith(("สัดส่วน", "อบรมแกนนำ", "รณรงค์หมวก", "เวทีถอด"))]
