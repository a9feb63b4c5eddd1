"""Round 51 budget rules.

- A table whose header names no role but the activity's ("กิจกรรม | กองทุน…เทศบาลX | สสจ.X | รวม"), one
  amount column per funder, gives each numbered activity row the funder holding its figure; the cost lines
  grouped under "กิจกรรมที่ N" rows of another table take that funder.
- Money paid back to a funder in a clause of its own ("… และคืนสำนักงานสาธารณสุขจังหวัดX จำนวน 1,650 บาท")
  is no line.
- An account by activity ("กิจกรรม | งบประมาณที่ได้รับ | ใช้จ่ายจริง | คงเหลือ") whose spent column adds up
  to the cost lines another table itemises only accounts for them: its rows are no lines, and the spent
  total is the report's total.
- A total row of a table with one amount column per funder and a "รวม (บาท)" column takes the "รวม"
  figure as the total, not the first funder's.
- A plan table with quarter columns before "รวม" and no money label over them, under a title stating money
  ("… งบประมาณรายไตรมาส (หน่วย : บาท)"), gives one line per activity of its "รวม" figure, and its total
  row the grand total.
- Cost bullets under a paragraph naming one activity and no money ("รายละเอียดค่าใช้จ่ายกิจกรรมที่ 2 …")
  belong to that activity: its table row is their subtotal and lends them its funder.
"""

from __future__ import annotations

from pathlib import Path

import docx

from tests.extract.docx_builder import add_table, write_docx
from tests.extract.extracted import budget_lines, stated_total

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


_COSTS = [
    ("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
    ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "", "", "", ""),
    ("ค่าอาหารกลางวัน", "40", "คน", "60", "2,400"),
    ("ค่าอาหารว่างและเครื่องดื่ม", "80", "มื้อ", "25", "2,000"),
    ("กิจกรรมที่ 2 อบรมตัวอย่าง", "", "", "", ""),
    ("ค่าตอบแทนวิทยากร", "6", "ชั่วโมง", "600", "3,600"),
    ("ค่าป้ายไวนิล", "2", "ป้าย", "500", "1,000"),
    ("รวมทั้งสิ้น", "", "", "", "9,000"),
]


def _two_tables(path: Path, first: list[tuple[str, ...]], second: list[tuple[str, ...]],
                between: str = "สรุปงบประมาณ", after: tuple[str, ...] = ()) -> Path:
    document = docx.Document()
    document.add_paragraph("รายละเอียดค่าใช้จ่าย")
    add_table(document, first)
    document.add_paragraph(between)
    add_table(document, second)
    for text in after:
        document.add_paragraph(text)
    document.save(path)
    return path


def test_headerless_funder_columns_fund_the_cost_lines_of_each_activity(tmp_path):
    funders = [
        ("กิจกรรม", "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง", "สสจ.ตัวอย่าง", "รวม"),
        ("1. ประชุมตัวอย่าง", "-", "4,400", "4,400"),
        ("2. อบรมตัวอย่าง", "4,600", "-", "4,600"),
        ("รวม", "4,600", "4,400", "9,000"),
    ]
    lines = budget_lines(_two_tables(tmp_path / "r.docx", _COSTS, funders))
    assert ("ค่าอาหารกลางวัน", 2400, "สสจ.ตัวอย่าง") in lines
    assert ("ค่าตอบแทนวิทยากร", 3600, "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง") in lines


def test_money_paid_back_to_a_funder_is_no_line(tmp_path):
    text = ("คงเหลือ 3,000 บาท ได้ดำเนินการคืนเงินเหลือจ่ายให้กองทุนหลักประกันสุขภาพตัวอย่าง จำนวน 1,350 บาท "
            "และคืนสำนักงานสาธารณสุขจังหวัดตัวอย่าง จำนวน 1,650 บาท เรียบร้อยแล้ว")
    lines = budget_lines(write_docx(tmp_path / "r.docx", ["ผลการใช้จ่ายงบประมาณ"], _COSTS, after=[text]))
    assert all(amount != 1650 for _, amount, _ in lines)


def test_account_by_activity_of_itemised_spending_is_no_line(tmp_path):
    account = [
        ("กิจกรรม", "งบประมาณที่ได้รับ (บาท)", "ใช้จ่ายจริง (บาท)", "คงเหลือ (บาท)"),
        ("1. ประชุมตัวอย่าง", "5,000", "4,400", "600"),
        ("2. อบรมตัวอย่าง", "5,000", "4,600", "400"),
        ("รวม", "10,000", "9,000", "1,000"),
    ]
    path = _two_tables(tmp_path / "r.docx", _COSTS, account, "สรุปงบประมาณที่ได้รับ ใช้จ่ายจริง และคงเหลือ")
    lines = budget_lines(path)
    assert all(amount != 5000 for _, amount, _ in lines)
    assert len(lines) == 4
    assert stated_total(path) == 9000


def test_funder_columns_total_row_takes_the_total_column(tmp_path):
    grid = [
        ("อำเภอ", "สสจ.ตัวอย่าง (บาท)", "กองทุนหลักประกันสุขภาพระดับพื้นที่ (บาท)", "รวม (บาท)"),
        ("เมืองตัวอย่าง", "30,000", "85,000", "115,000"),
        ("บ้านตัวอย่าง", "30,000", "64,500", "94,500"),
        ("รวมทั้งจังหวัด", "60,000", "149,500", "209,500"),
    ]
    path = write_docx(tmp_path / "r.docx", ["งบประมาณสนับสนุนการดำเนินงาน พชอ. จำแนกตามแหล่งงบประมาณ"], grid)
    assert stated_total(path) == 209500


_QUARTERS = [
    ("กิจกรรม", "ไตรมาสที่ 2 (ม.ค.–มี.ค. 68)", "ไตรมาสที่ 3 (เม.ย.–มิ.ย. 68)", "ไตรมาสที่ 4 (ก.ค.–ก.ย. 68)", "รวม",
     "แหล่งงบประมาณ"),
    ("1. ตั้งด่านตัวอย่าง", "-", "18,000", "-", "18,000", "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง"),
    ("2. อบรมตัวอย่าง", "12,500", "-", "-", "12,500", "สสจ.ตัวอย่าง"),
    ("3. เยี่ยมบ้านตัวอย่าง", "4,500", "4,500", "4,500", "13,500", "สสจ.ตัวอย่าง"),
    ("รวม", "17,000", "22,500", "4,500", "44,000", ""),
]


def test_quarter_columns_under_a_money_title_give_the_total_column(tmp_path):
    path = write_docx(tmp_path / "r.docx", ["ตารางที่ 3 แผนปฏิบัติการและงบประมาณรายไตรมาส (หน่วย : บาท)"], _QUARTERS)
    lines = budget_lines(path)
    assert ("ตั้งด่านตัวอย่าง", 18000, "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง") in lines
    assert stated_total(path) == 44000


def test_cost_bullets_under_an_activity_heading_itemise_its_row(tmp_path):
    after = [
        "รายละเอียดค่าใช้จ่ายกิจกรรมที่ 2 อบรมตัวอย่าง จำนวน 50 คน",
        "- ค่าอาหารกลางวัน 50 คน × 70 บาท เป็นเงิน 3,500 บาท",
        "- ค่าตอบแทนวิทยากร 6 ชั่วโมง × 600 บาท เป็นเงิน 3,600 บาท",
        "- ค่าวัสดุฝึกปฏิบัติ เป็นเงิน 5,400 บาท",
        "รวมเป็นเงิน 12,500 บาท",
    ]
    path = write_docx(tmp_path / "r.docx", ["ตารางที่ 3 แผนปฏิบัติการและงบประมาณรายไตรมาส (หน่วย : บาท)"],
                      _QUARTERS, after=after)
    lines = budget_lines(path)
    assert ("ค่าอาหารกลางวัน", 3500, "สสจ.ตัวอย่าง") in lines
    assert all(amount != 12500 for _, amount, _ in lines)


def test_set51_corpus_files():
    hua_hin = budget_lines(CORPUS / "prachuap-khiri-khan-hua-hin-2566-project.docx")
    assert ("ค่าหมวกนิรภัยสำหรับเด็ก", 17500, "กองทุนหลักประกันสุขภาพเทศบาลเมืองหัวหิน") in hua_hin
    assert all(amount != 1650 for _, amount, _ in hua_hin)
    assert stated_total(CORPUS / "yala-betong-2567-progress.docx") == 58240
    assert len(budget_lines(CORPUS / "yala-betong-2567-progress.pdf")) == 13
    assert stated_total(CORPUS / "samut-sakhon-province-2567-inspection.docx") == 584500
    assert stated_total(CORPUS / "phrae-long-2568-minutes.pdf") == 84500
