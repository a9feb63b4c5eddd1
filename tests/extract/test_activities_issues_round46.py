"""Round 46 (activities, issues): an activity's name ends before a stated total ("งบประมาณรวม
12,240 บาท"), before a cost line whose purchase is told in brackets or counted per unit first
("ค่าทรายกำจัดลูกน้ำ (ทรายอะเบท 1%) 6 ถังๆ ละ 2,437.50 บาท") and before those taking part named
by group ("ผู้เข้าร่วม อสม. 120 คน"); the groups an activity cell counts before its cost lines
add up to its head count; a cell stating its total before its lines has that total as its money;
a plan table whose money header spans one column per year gives each row its fiscal year's
cell; a plan table with one figure column per quarter gives each row the quarters' sum; two
tables numbering the same activities "1." … "N." (a plan table and its budget-by-source table)
tell one list, and a "กิจกรรมที่ N" cost group joins row N of a plan table numbered in its
activity cells; children aged 0–5 written with an en dash, or stunting, are maternal_child.
Strings first, then Word files built here, then real corpus files of set 46."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word
from docx_builder import add_table

from pcc_ingest.extract.activities.draft import named_groups
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

KALASIN = "kalasin-somdet-2566-action-plan.pdf"
KHUN_YUAM = "mae-hong-son-khun-yuam-2567-progress.docx"
KHAO_KHO = "phetchabun-khao-kho-2566-progress.pdf"


def _cell_title(text: str) -> str:
    span = title_span(text, 0, len(text), cell=True)
    assert span is not None
    return text[span[0]:span[1]]


# --- strings -----------------------------------------------------------------------------


def test_a_name_ends_before_its_stated_total():
    text = "อบรมฟื้นฟูผู้ดูแลผู้สูงอายุ งบประมาณรวม 8,400 บาท (กองทุน LTC อบต.นาดี)"
    assert _cell_title(text) == "อบรมฟื้นฟูผู้ดูแลผู้สูงอายุ"
    assert _cell_title("ประชุมแกนนำ งบประมาณทั้งสิ้น 3,000 บาท") == "ประชุมแกนนำ"


def test_a_name_ends_before_a_cost_line_counted_per_unit_with_a_bracketed_aside():
    text = "พ่นหมอกควันกำจัดยุงลายทุกชุมชน 12 ชุมชน ค่าน้ำยาเคมี (เดลทาเมทริน 2%) 4 แกลลอนๆ ละ 1,250 บาท = 5,000 บาท"
    assert _cell_title(text) == "พ่นหมอกควันกำจัดยุงลายทุกชุมชน 12 ชุมชน"


def test_a_price_word_without_money_after_it_stays_in_the_name():
    assert _cell_title("ติดตามค่าดัชนีลูกน้ำยุงลายรายเดือน 30 หมู่บ้าน") == "ติดตามค่าดัชนีลูกน้ำยุงลายรายเดือน 30 หมู่บ้าน"


def test_a_name_ends_before_those_taking_part_named_by_group():
    text = "อบรมแกนนำเฝ้าระวังโรคในโรงเรียน ผู้เข้าร่วม ครูอนามัย 25 คน นักเรียนแกนนำ 75 คน"
    assert _cell_title(text) == "อบรมแกนนำเฝ้าระวังโรคในโรงเรียน"


def test_the_groups_an_activity_cell_counts_before_its_cost_lines_add_up():
    text = ("อบรมแกนนำ ผู้เข้าร่วม อสม. 120 คน ครูอนามัยโรงเรียน 30 คน ค่าอาหารว่าง 4 มื้อๆ ละ 25 บาท x 150 คน"
            " = 15,000 บาท")
    assert named_groups(text) == 150
    assert named_groups("รณรงค์สวมหมวกนิรภัย นักเรียน 260 คน ครู 18 คน ค่าหมวก 40 ใบๆ ละ 350 บาท") == 278


def test_a_count_and_its_breakdown_are_not_two_groups():
    assert named_groups("ผู้เข้าร่วม 150 คน (อสม. 60 คน ผู้นำชุมชน 90 คน)") is None


def test_children_aged_0_to_5_with_an_en_dash_and_stunting_are_maternal_child():
    assert categorize("การลดภาวะทุพโภชนาการในเด็ก 0–5 ปี") == "maternal_child"
    assert categorize("การแก้ไขปัญหาภาวะเตี้ยและผอม") == "maternal_child"


def test_a_vaccine_named_first_still_makes_a_childrens_issue_communicable():
    assert categorize("การส่งเสริมการได้รับวัคซีนพื้นฐานในเด็ก 0–5 ปี") == "communicable_disease"


# --- Word files built here ---------------------------------------------------------------


def _two_year_plan(path: Path) -> Path:
    """An action plan of another district whose money header spans last year's and this
    year's columns (two header rows), rows numbered in their activity cells, then a
    budget-by-source table repeating the numbers with shorter names, in Thai digits."""
    doc = Word()
    doc.add_paragraph("แผนปฏิบัติการ พชอ.นาดี ปีงบประมาณ ๒๕๖๗")
    doc.add_paragraph("แผนงาน/กิจกรรม")
    rows = [("กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)", "", "ผู้รับผิดชอบ"),
            ("", "", "ปี ๒๕๖๖", "ปี ๒๕๖๗", ""),
            ("๑. ประชุมคณะทำงานป้องกันจมน้ำในเด็กระดับอำเภอ", "พ.ย. ๖๖", "๒,๐๐๐", "๒,๕๐๐", "สสอ.นาดี"),
            ("๒. อบรมทีมผู้ก่อการดีป้องกันเด็กจมน้ำ", "ม.ค. ๖๗", "๑๐,๐๐๐", "๑๒,๐๐๐", "รพ.นาดี"),
            ("๓. สำรวจและจัดการแหล่งน้ำเสี่ยงในชุมชน", "ก.พ. – เม.ย. ๖๗", "-", "๖,๐๐๐", "อบต.นาดี")]
    table = add_table(doc, rows)
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 2).text = "งบประมาณ (บาท)"
    for col in (0, 1, 4):
        text = rows[0][col]
        table.cell(0, col).merge(table.cell(1, col))
        table.cell(0, col).text = text
    doc.add_paragraph("งบประมาณจำแนกตามแหล่ง")
    add_table(doc, [("กิจกรรม", "สสอ.นาดี", "อบต.นาดี", "รวม (บาท)"),
                 ("๑. ประชุมคณะทำงาน", "๒,๕๐๐", "-", "๒,๕๐๐"),
                 ("๒. อบรมผู้ก่อการดี", "-", "๑๒,๐๐๐", "๑๒,๐๐๐"),
                 ("๓. สำรวจแหล่งน้ำเสี่ยง", "-", "๖,๐๐๐", "๖,๐๐๐"),
                 ("รวม", "๒,๕๐๐", "๑๘,๐๐๐", "๒๐,๕๐๐")])
    doc.save(path)
    return path


def test_a_built_plan_takes_its_fiscal_years_money_and_pairs_the_by_sourceadd_table(tmp_path):
    acts = extract(parse(_two_year_plan(tmp_path / "plan.docx"))).activities
    money = {a.title: a.budget_baht for a in acts}
    assert money == {"ประชุมคณะทำงานป้องกันจมน้ำในเด็กระดับอำเภอ": 2500,
                     "อบรมทีมผู้ก่อการดีป้องกันเด็กจมน้ำ": 12000,
                     "สำรวจและจัดการแหล่งน้ำเสี่ยงในชุมชน": 6000}


def _quarter_plan(path: Path) -> Path:
    """A progress report of another district whose plan table gives each quarter's money
    under "Q1 … Q4" with no money header, the columns in another order."""
    doc = Word()
    doc.add_paragraph("รายงานผลการดำเนินงาน พชอ.บ้านโคก ปีงบประมาณ 2568 รอบ 6 เดือน")
    add_table(doc, [("ที่", "Q1", "Q2", "Q3", "Q4", "กิจกรรม", "ผลการดำเนินงาน"),
                 ("1", "2,400", "-", "2,400", "-", "ประชุมคณะทำงานลดอุบัติเหตุทางถนน", "ดำเนินการแล้ว"),
                 ("2", "-", "15,000", "-", "-", "อบรมอาสาสมัครกู้ชีพตำบล", "ดำเนินการแล้ว"),
                 ("3", "-", "-", "6,500", "6,500", "ตรวจสภาพรถจักรยานยนต์นักเรียน", "ยังไม่ถึงกำหนด")])
    doc.save(path)
    return path


def test_a_built_plan_adds_up_its_quarter_columns(tmp_path):
    acts = extract(parse(_quarter_plan(tmp_path / "quarters.docx"))).activities
    money = {a.title: a.budget_baht for a in acts}
    assert money["ประชุมคณะทำงานลดอุบัติเหตุทางถนน"] == 4800
    assert money["อบรมอาสาสมัครกู้ชีพตำบล"] == 15000
    assert money["ตรวจสภาพรถจักรยานยนต์นักเรียน"] == 13000


def _progress_cells(path: Path) -> Path:
    """A progress table of another district whose activity cells state a total before
    their numbered lines and name their groups before their cost lines."""
    doc = Word()
    doc.add_paragraph("รายงานผลการดำเนินงาน พชอ.ท่าเรือ ปีงบประมาณ 2567")
    add_table(doc, [("วันที่", "กิจกรรมและผลการดำเนินงาน"),
                 ("05/02/2567", "เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมสหวิชาชีพ งบประมาณรวม 9,000 บาท (กองทุน LTC)"
                                " 1.1 ประชุมทีม ค่าอาหารว่าง 30 คน × 50 บาท = 1,500 บาท"
                                " 1.2 ออกเยี่ยมบ้าน ค่าน้ำมันเชื้อเพลิง 5 ตำบลๆ ละ 1,500 บาท = 7,500 บาท"),
                 ("12/03/2567", "อบรมแกนนำสุขภาพจิตชุมชน ผู้เข้าร่วม อสม. 50 คน แกนนำเยาวชน 20 คน"
                                " ค่าอาหารกลางวัน 70 คน × 80 บาท = 5,600 บาท")])
    doc.save(path)
    return path


def test_a_built_progress_table_reads_totals_and_groups_in_its_cells(tmp_path):
    acts = {a.title: a for a in extract(parse(_progress_cells(tmp_path / "progress.docx"))).activities}
    assert acts["เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมสหวิชาชีพ"].budget_baht == 9000
    assert acts["อบรมแกนนำสุขภาพจิตชุมชน"].participants == 70


# --- real corpus files of set 46 ---------------------------------------------------------


def test_a_real_two_year_action_plan_takes_this_years_money_and_no_short_repeats(parsed):
    acts = extract(parsed(KALASIN)).activities
    money = {a.title: a.budget_baht for a in acts}
    assert money["ประชุมคณะทำงานด้านยาเสพติด จัดทำแผนและคืนข้อมูลรายตำบล"] == 4000
    assert money["ปรับสภาพบ้านผู้พิการและผู้สูงอายุติดเตียง"] == 80000
    assert "อบรมเกษตรกร" not in money and "ประชุม พชอ." not in money
    assert not any(t.startswith("อบรมฟื้นฟูความรู้ Caregiver") for t in money)


def test_a_real_progress_table_cuts_cost_text_and_adds_up_groups(parsed):
    acts = {a.title: a for a in extract(parsed(KHUN_YUAM)).activities}
    assert 'รณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลาย "ศุกร์ปลอดลูกน้ำ" ทุกหมู่บ้าน 43 หมู่บ้าน' in acts
    assert acts["พัฒนาศักยภาพ Caregiver และติดตามเยี่ยมบ้านผู้ป่วยติดเตียง"].budget_baht == 12240
    assert acts["อบรมพัฒนาศักยภาพ อสม. และครูอนามัยโรงเรียนในการสำรวจลูกน้ำและเฝ้าระวังโรค"].participants == 150


@pytest.mark.parametrize(("title", "money"), [("ประชุม ศปถ.อำเภอร่วมกับ พชอ.", 3500),
                                              ("ตลาดนัดผักปลอดภัยหน้าโรงพยาบาลเขาค้อ", 8000)])
def test_a_real_plan_table_adds_up_its_quarter_columns(parsed, title, money):
    acts = {a.title: a for a in extract(parsed(KHAO_KHO)).activities}
    assert acts[title].budget_baht == money
