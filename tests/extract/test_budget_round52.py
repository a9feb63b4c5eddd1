"""Round 52 budget rules.

- Money left over that a sentence moves from one activity to another ("รวมเงินเหลือจ่ายจากกิจกรรม…")
  names no funder: what follows "จาก" is where it was saved.
- A second giver after money received, written with no "จาก" ("… 50,000 บาท และกองทุน…ตัวอย่าง 40,000
  บาท"), is that giver's share of the money received: no line.
- A bracket right after money left over that shares it out by activity ("มีเงินเหลือจ่าย 2,046.50 บาท
  (กิจกรรมที่ 1 จำนวน 200.00 บาท …)") gives no lines.
- Cost lines of a table with no activity headings, adding up in order run by run to an activity table's
  amounts (sub-rows "2.1 …" summed under their activity), take those activities; a headerless table of
  sources by activity (its grand-total row first, "บาท" in every cell, a hospital's column among the
  funders') then gives each line its activity's funder, and none to an activity two funders share.
- Minutes with an account table (received | spent | balance) take the spent total row as the total.
- Priced parts told in an earlier cell naming an activity ("ประกวด… • รางวัลชนะเลิศ 3,000 บาท …") that add
  up to that activity's row of a later spending table make the row their subtotal; they take its funder.
- A results table whose money column is "งบประมาณที่ใช้ (บาท)" beside a plan's budget table is spending
  so far: no lines.
- "ผลการเบิกจ่ายงบประมาณ ณ วันที่ … จำนวน N บาท" is spending so far: no line.
- Amount columns each headed by a funder and the unit, no total column ("สสจ.X (บาท) | กองทุน… (บาท) |
  อปท. (บาท)"): each figure is a line of its column's funder (a row two funders share gives two), so
  the rows recap a later cost table run by run and are dropped as its subtotals.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_docx, write_parts
from tests.extract.extracted import budget_lines, stated_total

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


_PLAN = [
    ("กิจกรรม", "ขั้นตอน/รายละเอียดค่าใช้จ่าย", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"),
    ("1. ประชุมตัวอย่าง", "• ค่าอาหารกลางวัน 40 คน x 50 บาท = 2,000 บาท\n• ค่าอาหารว่าง 40 คน x 25 บาท = 1,000 บาท",
     "ก.ย. 2566", "3,000", "สสอ.ตัวอย่าง"),
    ("รวม", "", "", "3,000", ""),
]


def test_money_left_over_from_an_activity_names_no_funder(tmp_path):
    lead = ("ฝ่ายเลขานุการเสนอแผนกิจกรรมไตรมาสที่ 4 โดยใช้งบประมาณคงเหลือ จำนวน 3,000 บาท "
            "รวมเงินเหลือจ่ายจากกิจกรรมอบรมตัวอย่าง จำนวน 650 บาท รายละเอียดดังนี้")
    lines = budget_lines(write_docx(tmp_path / "r.docx", [lead], _PLAN))
    assert ("ค่าอาหารกลางวัน", 2000, None) in lines


def test_second_giver_of_money_received_without_from_is_no_line(tmp_path):
    lead = ("พชอ.ตัวอย่างได้รับจัดสรรงบประมาณ รวม 90,000 บาท จากสำนักงานสาธารณสุขจังหวัดตัวอย่าง 50,000 บาท "
            "และกองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง 40,000 บาท ผลการใช้จ่ายเป็นดังนี้")
    lines = budget_lines(write_docx(tmp_path / "r.docx", [lead], _PLAN))
    assert all(amount not in (40000, 50000) for _, amount, _ in lines)


def test_bracket_sharing_out_money_left_over_gives_no_lines(tmp_path):
    text = ("ใช้จ่ายจริงรวม 9,000.00 บาท มีเงินเหลือจ่าย 1,000.00 บาท (กิจกรรมที่ 1 จำนวน 600.00 บาท "
            "และกิจกรรมที่ 2 จำนวน 400.00 บาท) ได้ดำเนินการคืนเงินเหลือจ่ายให้แก่กองทุนตัวอย่าง เรียบร้อยแล้ว")
    lines = budget_lines(write_docx(tmp_path / "r.docx", ["รายละเอียดค่าใช้จ่าย"], _PLAN, after=[text]))
    assert all(amount not in (600, 400) for _, amount, _ in lines)


_ACTIVITIES = [
    ("กิจกรรม", "วัน/เดือน/ปี", "ผู้เข้าร่วม (คน)", "ค่าใช้จ่ายจริง (บาท)"),
    ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "15/11/2566", "40", "4,400.00"),
    ("กิจกรรมที่ 2 อบรมตัวอย่าง", "", "", ""),
    ("2.1 รุ่นที่ 1", "12/01/2567", "30", "3,000.00"),
    ("2.2 รุ่นที่ 2", "19/01/2567", "30", "3,600.00"),
    ("กิจกรรมที่ 3 รณรงค์ตัวอย่าง", "15/05/2567", "100", "5,000.00"),
    ("รวม", "", "", "16,000.00"),
]
_ITEMS = [
    ("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
    ("ค่าอาหารกลางวัน ประชุมตัวอย่าง", "40", "คน", "80.00", "3,200.00"),
    ("ค่าอาหารว่าง ประชุมตัวอย่าง", "40", "มื้อ", "30.00", "1,200.00"),
    ("ค่าอาหารกลางวัน ผู้เข้าอบรม", "60", "คน", "80.00", "4,800.00"),
    ("ค่าตอบแทนวิทยากร", "3", "ชั่วโมง", "600.00", "1,800.00"),
    ("ค่าทรายกำจัดลูกน้ำ", "2", "ถัง", "2,500.00", "5,000.00"),
    ("รวมค่าใช้จ่ายจริงทั้งสิ้น", "", "", "", "16,000.00"),
]
_SOURCES = [
    ("กิจกรรม", "กองทุนหลักประกันสุขภาพเทศบาลตัวอย่าง", "โรงพยาบาลตัวอย่าง (เงินบำรุง)", "สำนักงานสาธารณสุขอำเภอตัวอย่าง",
     "รวม"),
    ("รวมทั้งสิ้น", "9,000.00 บาท", "3,000.00 บาท", "5,000.00 บาท", "17,000.00 บาท"),
    ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "0.00 บาท", "0.00 บาท", "5,000.00 บาท", "5,000.00 บาท"),
    ("กิจกรรมที่ 2 อบรมตัวอย่าง", "7,000.00 บาท", "0.00 บาท", "0.00 บาท", "7,000.00 บาท"),
    ("กิจกรรมที่ 3 รณรงค์ตัวอย่าง", "2,000.00 บาท", "3,000.00 บาท", "0.00 บาท", "5,000.00 บาท"),
]


def test_cost_lines_in_activity_order_take_each_activity_funder(tmp_path):
    lead = ("โครงการบูรณาการงบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตัวอย่าง โรงพยาบาลตัวอย่าง "
            "และสำนักงานสาธารณสุขอำเภอตัวอย่าง")
    path = write_parts(tmp_path / "r.docx", [lead, "สรุปกิจกรรม", _ACTIVITIES, "รายละเอียดค่าใช้จ่ายจริง", _ITEMS,
                                             "งบประมาณตามแหล่งงบประมาณ", _SOURCES])
    lines = budget_lines(path)
    assert ("ค่าอาหารว่าง ประชุมตัวอย่าง", 1200, "สำนักงานสาธารณสุขอำเภอตัวอย่าง") in lines
    assert ("ค่าตอบแทนวิทยากร", 1800, "กองทุนหลักประกันสุขภาพเทศบาลตัวอย่าง") in lines
    assert ("ค่าทรายกำจัดลูกน้ำ", 5000, None) in lines


_ACCOUNT = [
    ("กิจกรรม", "งบที่ได้รับ (บาท)", "เบิกจ่ายแล้ว (บาท)", "คงเหลือ (บาท)", "สถานะ"),
    ("1. ประชุมตัวอย่าง 4 ครั้ง", "12,000", "9,000", "3,000", "อยู่ระหว่างดำเนินการ"),
    ("2. อบรมตัวอย่าง", "25,000", "24,350", "650", "ดำเนินการแล้ว"),
    ("รวม", "37,000", "33,350", "3,650", ""),
]


def test_minutes_account_table_gives_the_spent_total(tmp_path):
    path = write_parts(tmp_path / "r.docx", ["รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 3/2566",
                                             "ระเบียบวาระที่ 3 เรื่องเพื่อทราบ", "ผลการใช้จ่ายงบประมาณ ดังนี้", _ACCOUNT,
                                             "มติที่ประชุม รับทราบ"])
    assert stated_total(path) == 33350


_TOLD = [
    ("วันที่", "กิจกรรมและผลการดำเนินงาน"),
    ("15/07/2567", "ประกวดหมู่บ้านต้นแบบตัวอย่าง\n• คัดเลือกหมู่บ้านตำบลละ 1 หมู่บ้าน\n"
                   "• มอบรางวัลชนะเลิศ 3,000 บาท รองชนะเลิศ 2,000 บาท และรองชนะเลิศอันดับ 2 1,000 บาท"),
]
_SPENT = [
    ("กิจกรรม", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่ายจริง (บาท)", "คงเหลือ (บาท)"),
    ("1. อบรมตัวอย่าง", "12,600.00", "12,600.00", "0.00"),
    ("2. ประกวดหมู่บ้านต้นแบบตัวอย่าง", "6,000.00", "6,000.00", "0.00"),
    ("รวม", "18,600.00", "18,600.00", "0.00"),
]


def test_parts_told_earlier_make_a_later_row_their_subtotal(tmp_path):
    path = write_parts(tmp_path / "r.docx", ["ผลการดำเนินงาน", _TOLD,
                                             "ได้รับจัดสรรงบประมาณจากสำนักงานสาธารณสุขจังหวัดตัวอย่าง จำนวน 18,600 บาท "
                                             "ผลการเบิกจ่ายเป็นดังนี้", _SPENT])
    lines = budget_lines(path)
    assert all(amount != 6000 for _, amount, _ in lines)
    assert any(amount == 2000 and source == "สำนักงานสาธารณสุขจังหวัดตัวอย่าง" for _, amount, source in lines)


_PLANNED = [
    ("กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)"),
    ("1. ประชุมตัวอย่าง ไตรมาสละ 1 ครั้ง", "ต.ค. 67 – ก.ค. 68", "16,000"),
    ("2. อบรมตัวอย่าง", "พ.ย. 67", "28,500"),
    ("รวม", "", "44,500"),
]
_USED = [
    ("กิจกรรม", "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)", "สถานะ"),
    ("1. ประชุมตัวอย่าง", "ต.ค. 67 – มี.ค. 68", "ประชุมแล้ว 2 ครั้ง", "4,000", "ดำเนินการแล้ว 2 จาก 4 ครั้ง"),
    ("2. อบรมตัวอย่าง", "26 พ.ย. 2567", "ผู้เข้าร่วม 110 คน", "27,300", "ดำเนินการแล้ว"),
    ("รวมเบิกจ่าย", "", "", "31,300", ""),
]


def test_money_used_table_beside_a_plan_is_no_lines(tmp_path):
    path = write_parts(tmp_path / "r.docx", ["แผนปฏิบัติการ ปีงบประมาณ 2568", _PLANNED, "ผลการดำเนินงานรายกิจกรรม", _USED])
    lines = budget_lines(path)
    assert all(amount not in (4000, 27300) for _, amount, _ in lines)
    assert any(amount == 28500 for _, amount, _ in lines)


def test_disbursement_as_of_a_date_is_no_line(tmp_path):
    text = "ผลการเบิกจ่ายงบประมาณ ณ วันที่ 31 มีนาคม 2568 จำนวน 31,300 บาท จากงบประมาณทั้งปี 44,500 บาท คิดเป็น 70.34%"
    lines = budget_lines(write_docx(tmp_path / "r.docx", ["แผนปฏิบัติการ ปีงบประมาณ 2568"], _PLANNED, after=[text]))
    assert all(amount != 31300 for _, amount, _ in lines)


_BY_FUNDER = [
    ("กิจกรรม", "กลุ่มเป้าหมาย", "งบ พชอ. สสจ.ตัวอย่าง (บาท)", "กองทุนหลักประกันสุขภาพระดับท้องถิ่น (บาท)", "อปท. (บาท)"),
    ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "40 คน", "4,000", "-", "-"),
    ("กิจกรรมที่ 2 อบรมตัวอย่าง", "60 คน", "-", "6,000", "-"),
    ("กิจกรรมที่ 3 คัดกรองตัวอย่าง", "100 คน", "-", "2,000", "1,000"),
    ("รวม", "", "4,000", "8,000", "1,000"),
]
_FUNDED_ITEMS = [
    ("ลำดับ", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน", "แหล่งงบประมาณ"),
    ("1", "กิจกรรมที่ 1 ประชุมตัวอย่าง", "", "", "", "4,000 บาท", "งบ พชอ. สสจ.ตัวอย่าง"),
    ("1.1", "ค่าอาหารว่าง", "100", "มื้อ", "40 บาท", "4,000 บาท", ""),
    ("2", "กิจกรรมที่ 2 อบรมตัวอย่าง", "", "", "", "6,000 บาท", "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
    ("2.1", "ค่าอาหารกลางวัน", "60", "คน", "100 บาท", "6,000 บาท", ""),
    ("3", "กิจกรรมที่ 3 คัดกรองตัวอย่าง", "", "", "", "3,000 บาท", ""),
    ("3.1", "ค่าแถบตรวจ", "20", "กล่อง", "100 บาท", "2,000 บาท", "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
    ("3.2", "ค่าแบบบันทึก", "100", "ชุด", "10 บาท", "1,000 บาท", "อปท."),
]


def test_funder_columns_without_a_total_recap_the_cost_table(tmp_path):
    path = write_parts(tmp_path / "r.docx", ["แผนปฏิบัติการ", _BY_FUNDER, "รายละเอียดงบประมาณรายกิจกรรม", _FUNDED_ITEMS])
    lines = budget_lines(path)
    assert all("กิจกรรมที่" not in desc for desc, _, _ in lines)
    assert ("ค่าอาหารกลางวัน", 6000, "กองทุนหลักประกันสุขภาพระดับท้องถิ่น") in lines


def test_set52_corpus_files():
    samui = budget_lines(CORPUS / "surat-thani-ko-samui-2567-project.docx")
    assert ("ค่าถ่ายเอกสารแบบสำรวจลูกน้ำยุงลาย", 1500, "สำนักงานสาธารณสุขอำเภอเกาะสมุย") in samui
    assert all(amount not in (200, 1046.5) for _, amount, _ in samui)
    assert stated_total(CORPUS / "udon-thani-ban-dung-2566-minutes.pdf") == 73150
    assert all(source is None for _, _, source in budget_lines(CORPUS / "udon-thani-ban-dung-2566-minutes.docx"))
    assert len(budget_lines(CORPUS / "phitsanulok-wang-thong-2568-progress.pdf")) == 6 + 1
    assert len(budget_lines(CORPUS / "pattani-yarang-2568-action-plan.pdf")) == 17
    na_kae = budget_lines(CORPUS / "nakhon-phanom-na-kae-2567-progress.docx")
    assert all(amount != 6000 for _, amount, _ in na_kae)
