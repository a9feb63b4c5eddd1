"""Round 56 budget rules.

- "พันบาท" inside an amount spelled out in words ("(หนึ่งหมื่นสองพันบาทถ้วน)" in the sentence
  above a cost table) is no statement that the table is in thousands of baht (line.thousands_unit,
  widened: not when "ถ้วน" closes it).
- A money label spanning a lower header row of funders' names, followed by other labelled columns
  ("งบประมาณที่ได้รับจัดสรร (บาท)" over "สสจ.X | กองทุน… | อปท. | รวม", then "เบิกจ่ายแล้ว |
  คงเหลือ | ระยะเวลา") gives one line per funder figure, sourced by its column
  (funder_columns._amount_span widened beyond the last column; split_lines._split_columns widened
  to the unlabelled columns under it), with the working its description shows for that figure
  (split_lines.split_funder_lines, widened); its "รวม" column is the total row's amount cell, so
  the spent total of a report is found (totals._amount_cell, widened).
- Such a table of money by funder beside a cost table it recaps, one of its rows split between
  funders, lends the cost lines no funder (recap_sources.lend_sources, narrowed).
- A plan row split between funders is itemised funder by funder: the one funder's figure that a
  later cost table's row numbered alike ("๑.๑ …" in its activity cell, cost lines in its detail
  cell) adds up to is their subtotal, the other funders' figures stay lines
  (itemised.itemised_in_tables widened to outline numbers and to single funder figures;
  subrows.row_outline widened to the activity cell).
- A table's title that splits its money between two funders, the second with no word before it
  ("(งบ อปท. 6,000 บาท กองทุน… 3,000 บาท)"), names no funder of the table's lines, and does not
  reach back to the table above it (source.second_funder widened; sources.source_lines gives such
  a title as a pooled group heading).
- In a table grouped by funder rows, a sibling group row naming a body that pays only by the
  words around it ("3. ศูนย์…อำเภอX (ศ.ต.)") names its group's funder (groups._funder_row widened).
"""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_parts

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_amount_spelled_in_words_above_a_table_is_no_thousands_unit(tmp_path):
    rows = [("กิจกรรม", "รายละเอียดค่าใช้จ่าย", "งบที่ได้รับ (บาท)", "เบิกจ่ายจริง (บาท)", "คงเหลือ (บาท)"),
            ("1. ประชุมตัวอย่าง", "ค่าอาหารกลางวัน 20 คน x 70 บาท = 1,400 บาท\nค่าอาหารว่าง 20 คน x 2 มื้อ x 25 บาท "
             "= 1,000 บาท", "2,400", "2,400", "0"),
            ("2. อบรมตัวอย่าง", "ค่าตอบแทนวิทยากร 6 ชั่วโมง x 600 บาท = 3,600 บาท", "3,600", "3,500", "100"),
            ("รวมทั้งสิ้น", "", "6,000", "5,900", "100")]
    intro = "ได้รับการสนับสนุนงบประมาณจากสำนักงานสาธารณสุขจังหวัดตัวอย่าง จำนวน 6,000 บาท (หกพันบาทถ้วน) ผลการเบิกจ่าย ดังนี้"
    items = extract(parse(write_parts(tmp_path / "t.docx", ["ผลการใช้จ่ายงบประมาณ", intro, rows],
                                      {0: [(3, 0, 3, 1)]}))).budget_items
    assert sorted((i.amount_baht, i.unit_cost_baht) for i in items) == [(1000.0, 25.0), (1400.0, 70.0), (3600.0, 600.0)]


def _allocation_rows() -> list[tuple[str, ...]]:
    return [("กิจกรรม", "งบประมาณที่ได้รับจัดสรร (บาท)", "", "", "", "เบิกจ่ายแล้ว (บาท)", "คงเหลือ (บาท)", "ระยะเวลา"),
            ("", "สสจ.ตัวอย่าง", "กองทุน LTC", "อปท.", "รวม", "", "", ""),
            ("1. อบรมตัวอย่าง", "12,000", "-", "-", "12,000", "11,000", "1,000", "พ.ย. 67"),
            ("2. เยี่ยมบ้านตัวอย่าง", "-", "40,000", "-", "40,000", "20,000", "20,000", "ต.ค. 67 – ก.ย. 68"),
            ("3. คัดกรองตัวอย่าง", "8,000", "-", "20,000", "28,000", "26,000", "2,000", "พ.ย. 67 – มิ.ย. 68"),
            ("รวม", "20,000", "40,000", "20,000", "80,000", "57,000", "23,000", "")]


_ALLOCATION_MERGES = {0: [(0, 1, 0, 4), (0, 0, 1, 0), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)]}


def test_funders_under_a_spanning_allocation_label_give_one_line_per_funder(tmp_path):
    parts = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 6 เดือน", "6. ผลการใช้จ่ายงบประมาณ", _allocation_rows()]
    result = extract(parse(write_parts(tmp_path / "a.docx", parts, _ALLOCATION_MERGES)))
    assert sorted((i.amount_baht, i.source) for i in result.budget_items) == [
        (8000.0, "สสจ.ตัวอย่าง"), (12000.0, "สสจ.ตัวอย่าง"), (20000.0, "อปท."), (40000.0, "กองทุน LTC")]


def test_spent_total_of_an_allocation_by_funder_is_the_reports_total(tmp_path):
    parts = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 6 เดือน", "6. ผลการใช้จ่ายงบประมาณ", _allocation_rows()]
    result = extract(parse(write_parts(tmp_path / "a.docx", parts, _ALLOCATION_MERGES)))
    assert result.budget_total is not None and result.budget_total.amount_baht == 57000


def test_split_funder_line_keeps_the_working_its_description_shows(tmp_path):
    rows = [("รายการ", "งบประมาณ (บาท)", "", "", ""),
            ("", "กองทุนตัวอย่าง", "อปท.", "สสอ.ตัวอย่าง", "รวม"),
            ("กิจกรรมที่ 1 ป้องกันโรคตัวอย่าง", "4,800", "32,000", "-", "36,800"),
            ("- ค่าอาหารกลางวัน 80 คน x 60 บาท", "4,800", "", "", "4,800"),
            ("- ทรายกำจัดลูกน้ำ 20 ถัง x 1,600 บาท", "", "32,000", "", "32,000"),
            ("กิจกรรมที่ 2 ประชุมตัวอย่าง", "-", "-", "3,000", "3,000"),
            ("- ค่าอาหารว่าง 30 คน x 2 มื้อ x 25 บาท", "", "", "1,500", "1,500"),
            ("- ค่าอาหารกลางวัน 30 คน x 50 บาท", "", "", "1,500", "1,500"),
            ("รวมทั้งสิ้น", "4,800", "32,000", "3,000", "39,800")]
    merges = {0: [(0, 1, 0, 4), (0, 0, 1, 0)]}
    items = extract(parse(write_parts(tmp_path / "w.docx", ["6. งบประมาณ", rows], merges))).budget_items
    assert sorted((i.amount_baht, i.unit_cost_baht, i.quantity) for i in items) == [
        (1500.0, 25.0, 60.0), (1500.0, 50.0, 30.0), (4800.0, 60.0, 80.0), (32000.0, 1600.0, 20.0)]


def test_funders_table_with_a_split_row_lends_its_recapped_cost_lines_no_funder(tmp_path):
    funders = [("กิจกรรม", "งบประมาณ (บาท)", "", "", ""),
               ("", "กองทุนตัวอย่าง", "อบจ.ตัวอย่าง", "สสส.", "รวม"),
               ("1. ประชุมตัวอย่าง", "4,200", "-", "-", "4,200"),
               ("2. อบรมตัวอย่าง", "-", "9,000", "-", "9,000"),
               ("3. เวทีตัวอย่าง", "-", "3,000", "5,000", "8,000"),
               ("รวม", "4,200", "12,000", "5,000", "21,200")]
    costs = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
             ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "", "", "", "4,200"),
             ("ค่าอาหารกลางวัน", "30", "มื้อ", "70", "2,100"),
             ("ค่าอาหารว่าง", "60", "มื้อ", "35", "2,100"),
             ("กิจกรรมที่ 2 อบรมตัวอย่าง", "", "", "", "9,000"),
             ("ค่าอาหารกลางวัน", "100", "มื้อ", "70", "7,000"),
             ("ค่าวัสดุ", "1", "ชุด", "2,000", "2,000"),
             ("กิจกรรมที่ 3 เวทีตัวอย่าง", "", "", "", "8,000"),
             ("ค่าอาหารกลางวัน", "80", "มื้อ", "70", "5,600"),
             ("ค่าจัดทำรูปเล่ม", "16", "เล่ม", "150", "2,400"),
             ("รวมทั้งสิ้น", "", "", "", "21,200")]
    parts = ["ตารางที่ 1 งบประมาณจำแนกตามแหล่งงบประมาณ", funders, "ตารางที่ 2 รายละเอียดค่าใช้จ่ายรายกิจกรรม", costs]
    merges = {0: [(0, 1, 0, 4), (0, 0, 1, 0)], 1: [(1, 0, 1, 3), (4, 0, 4, 3), (7, 0, 7, 3), (10, 0, 10, 3)]}
    items = extract(parse(write_parts(tmp_path / "r.docx", parts, merges))).budget_items
    assert sorted(i.amount_baht for i in items) == [2000.0, 2100.0, 2100.0, 2400.0, 5600.0, 7000.0]
    assert {i.source for i in items} == {None}


def _plan_and_costs() -> list:
    plan = [("กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)", "", "", ""),
            ("", "", "สสจ.ตัวอย่าง", "อปท.", "กองทุนหลักประกันสุขภาพ", "รวม"),
            ("1.1 อบรมแกนนำตัวอย่าง", "พ.ย. 65", "5,400", "-", "3,000", "8,400"),
            ("1.2 ค่ายเยาวชนตัวอย่าง", "ก.พ. 66", "-", "6,000", "-", "6,000"),
            ("2.1 รณรงค์ตัวอย่าง", "ธ.ค. 65", "-", "6,000", "3,000", "9,000"),
            ("2.2 ประกวดหมู่บ้านตัวอย่าง", "ก.ค. 66", "-", "15,000", "-", "15,000"),
            ("3.1 อบรมผู้ดูแลตัวอย่าง", "ม.ค. 66", "-", "-", "10,000", "10,000"),
            ("3.2 ซ่อมแซมบ้านตัวอย่าง", "มี.ค. 66", "-", "60,000", "-", "60,000"),
            ("รวมทั้งสิ้น", "", "5,400", "87,000", "16,000", "108,400")]
    costs = [("กิจกรรม", "รายละเอียด", "จำนวนเงิน (บาท)"),
             ("1.1 อบรมแกนนำตัวอย่าง", "ค่าอาหารกลางวัน 40 คน x 70 บาท = 2,800 บาท\n"
              "ค่าอาหารว่างและเครื่องดื่ม 40 คน x 2 มื้อ x 20 บาท = 1,600 บาท\nค่าวัสดุ = 1,000 บาท", "5,400"),
             ("รวม", "", "5,400")]
    items = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
             ("ถังขยะตัวอย่าง", "30", "ใบ", "150", "4,500"),
             ("ป้ายไวนิลตัวอย่าง", "5", "ผืน", "500", "2,500"),
             ("สมุดบัญชีตัวอย่าง", "2", "ชุด", "1,000", "2,000"),
             ("รวม", "", "", "", "9,000")]
    return ["3. แผนงาน/กิจกรรม และงบประมาณ จำแนกตามแหล่งงบประมาณ", plan,
            "5. รายละเอียดค่าใช้จ่าย", "5.1 กิจกรรมที่ใช้งบประมาณสำนักงานสาธารณสุขจังหวัดตัวอย่าง", costs,
            "5.2 กิจกรรม 2.1 รณรงค์ตัวอย่าง (งบ อปท. 6,000 บาท กองทุนหลักประกันสุขภาพ 3,000 บาท)", items]


_PLAN_MERGES = {0: [(0, 2, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (8, 0, 8, 1)], 1: [(2, 0, 2, 1)],
                2: [(4, 0, 4, 3)]}


def test_plan_row_funder_figure_itemised_by_a_cost_row_numbered_alike_is_no_line(tmp_path):
    items = extract(parse(write_parts(tmp_path / "p.docx", _plan_and_costs(), _PLAN_MERGES))).budget_items
    amounts = sorted(i.amount_baht for i in items)
    assert 5400.0 not in amounts
    assert {1000.0, 1600.0, 2800.0, 3000.0, 6000.0} <= set(amounts)
    assert [i.source for i in items if i.amount_baht == 3000 and "อบรม" in i.description] == ["กองทุนหลักประกันสุขภาพ"]


def test_title_splitting_money_between_funders_names_no_funder_of_its_table(tmp_path):
    items = extract(parse(write_parts(tmp_path / "p.docx", _plan_and_costs(), _PLAN_MERGES))).budget_items
    by_name = {i.description: i.source for i in items}
    assert by_name["ค่าอาหารกลางวัน"] == "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
    assert by_name["ถังขยะตัวอย่าง"] is None and by_name["ป้ายไวนิลตัวอย่าง"] is None


def test_sibling_group_row_names_a_centre_as_its_groups_funder(tmp_path):
    rows = [("กิจกรรม", "ช่วงเวลา", "งบประมาณ (บาท)"),
            ("1. กองทุนหลักประกันสุขภาพระดับท้องถิ่นในอำเภอตัวอย่าง", "", ""),
            ("1.1 รณรงค์ตัวอย่าง", "มิ.ย. 2567", "10,000"),
            ("รวม 1", "", "10,000"),
            ("2. ศูนย์ปฏิบัติการตัวอย่างอำเภอตัวอย่าง (ศปก.ต.)", "", ""),
            ("2.1 ค่ายตัวอย่าง", "ก.ค. 2567", "24,000"),
            ("รวม 2", "", "24,000"),
            ("รวมงบประมาณทั้งสิ้น", "", "34,000")]
    merges = {0: [(1, 0, 1, 2), (3, 0, 3, 1), (4, 0, 4, 2), (6, 0, 6, 1), (7, 0, 7, 1)]}
    items = extract(parse(write_parts(tmp_path / "g.docx", ["4.2 พิจารณาแผนและงบประมาณ", rows], merges))).budget_items
    assert {i.amount_baht: i.source for i in items} == {
        10000.0: "กองทุนหลักประกันสุขภาพระดับท้องถิ่นในอำเภอตัวอย่าง",
        24000.0: "ศูนย์ปฏิบัติการตัวอย่างอำเภอตัวอย่าง"}


def test_corpus_set56_budget_lines():
    for name in ("phichit-pho-thale-2568-progress.docx", "phichit-pho-thale-2568-progress.pdf"):
        items = extract(parse(CORPUS / name)).budget_items
        assert len(items) == 11 and max(i.amount_baht for i in items) == 8400
    result = extract(parse(CORPUS / "buri-ram-lahan-sai-2568-progress.pdf"))
    assert sorted((i.amount_baht, i.source) for i in result.budget_items if i.amount_baht in (8000, 20000)) == [
        (8000.0, "สสจ.บุรีรัมย์"), (20000.0, "อปท.")]
    assert result.budget_total is not None and result.budget_total.amount_baht == 83390
    items = extract(parse(CORPUS / "nakhon-phanom-ban-phaeng-2566-action-plan.pdf")).budget_items
    assert len(items) == 22 and sum(i.amount_baht for i in items) == 220000
