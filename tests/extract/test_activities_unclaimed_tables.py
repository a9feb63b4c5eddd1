"""The fallback reader of activity tables no rule read (``activities/unclaimed.py``):

- a table whose header names the work done ("การดำเนินงานที่สำคัญ", ``[unclaimed] column``)
  and no reader took a cell of gives one activity a row, dated by its own cell;
- a table of such a column whose rows state no date and no money stays unread;
- a row's money comes from the table's one amount column; a total row is no activity;
- a table a rule read (a plan's "กิจกรรม" column) is not read again beside the unread one;
- a table naming activities by number only ("กิจกรรมที่ 1, 2 และ 3", money by source) restates
  them and is not read;
- in minutes, a table of what was reported done is not read (no act of the meeting)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

HEAD = ["รายงานผลการตรวจราชการ จังหวัดตัวอย่าง ปีงบประมาณ พ.ศ. 2568",
        "ผลการดำเนินงานของ พชอ. รายอำเภอ"]
WORK = [("อำเภอ", "ประเด็น", "การดำเนินงานที่สำคัญ", "ผลลัพธ์"),
        ("ตัวอย่างเหนือ", "การจัดการขยะ", "รณรงค์คัดแยกขยะตัวอย่างในตลาดสดและจัดตั้งธนาคารขยะ 2 แห่ง",
         "ครัวเรือนคัดแยกขยะ ร้อยละ 70.10"),
        ("ตัวอย่างใต้", "การดูแลผู้สูงอายุ", "อบรมฟื้นฟูผู้ดูแลตัวอย่าง 40 คน เมื่อวันที่ 17/12/2567",
         "ผู้สูงอายุได้รับการดูแล ร้อยละ 91.20"),
        ("ตัวอย่างกลาง", "อุบัติเหตุทางถนน", "ตั้งด่านชุมชนตัวอย่างช่วงเทศกาลปีใหม่ 29/12/2567 – 04/01/2568",
         "จุดเสี่ยงได้รับการแก้ไข ร้อยละ 75.00")]
UNDATED = [("อำเภอ", "ประเด็น", "การดำเนินงานที่สำคัญ", "ผลลัพธ์"),
           ("ตัวอย่างตะวันออก", "กลุ่มเปราะบาง", "ประสานภาคีตัวอย่างร่วมดูแลกลุ่มเปราะบาง", "ดำเนินการแล้ว"),
           ("ตัวอย่างตะวันตก", "กลุ่มเปราะบาง", "ทบทวนฐานข้อมูลตัวอย่างของกลุ่มเปราะบาง", "อยู่ระหว่างดำเนินการ")]


def test_unread_work_done_table_gives_one_dated_activity_a_row(tmp_path: Path) -> None:
    acts = activities_by_title(write_parts(tmp_path / "w.docx", [*HEAD, WORK]))
    one_titled(acts, "รณรงค์คัดแยกขยะตัวอย่าง")
    trained = one_titled(acts, "อบรมฟื้นฟูผู้ดูแลตัวอย่าง")
    assert (trained.start, trained.end) == ("2024-12-17", "2024-12-17")
    checkpoint = one_titled(acts, "ตั้งด่านชุมชนตัวอย่าง")
    assert (checkpoint.start, checkpoint.end) == ("2024-12-29", "2025-01-04")


def test_table_whose_rows_state_no_date_or_money_stays_unread(tmp_path: Path) -> None:
    acts = activities_by_title(write_parts(tmp_path / "u.docx", [*HEAD, WORK, "ข้อเสนอ", UNDATED]))
    one_titled(acts, "อบรมฟื้นฟูผู้ดูแลตัวอย่าง")
    assert not [t for t in acts if "ภาคีตัวอย่าง" in t or "ฐานข้อมูลตัวอย่าง" in t]


def test_row_money_from_amount_column_and_total_row_skipped(tmp_path: Path) -> None:
    rows = [("ลำดับ", "สิ่งที่ดำเนินการ", "เงิน (บาท)"),
            ("1", "อบรมแกนนำตัวอย่างจัดการขยะต้นทาง", "12,000"),
            ("2", "ประกวดหมู่บ้านตัวอย่างปลอดลูกน้ำยุงลาย", "6,000"),
            ("", "รวม", "18,000")]
    acts = activities_by_title(write_parts(tmp_path / "m.docx", [*HEAD, rows]))
    assert one_titled(acts, "อบรมแกนนำตัวอย่าง").budget_baht == 12000
    assert one_titled(acts, "ประกวดหมู่บ้านตัวอย่าง").budget_baht == 6000
    assert not [t for t in acts if t.startswith("รวม")]


def test_table_a_rule_read_is_not_read_again(tmp_path: Path) -> None:
    plan = [("ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)"),
            ("1", "ประชุมคณะกรรมการตัวอย่าง ไตรมาสละ 1 ครั้ง", "ธ.ค. 67 – ก.ย. 68", "4,900"),
            ("2", "อบรมอาสาสมัครตัวอย่างเรื่องการดูแลผู้สูงอายุ", "ม.ค. 68", "8,000")]
    acts = activities_by_title(write_parts(tmp_path / "p.docx", [*HEAD, plan, "ผลการดำเนินงาน", WORK]))
    assert len([t for t in acts if "ประชุมคณะกรรมการตัวอย่าง" in t]) == 1
    assert one_titled(acts, "อบรมอาสาสมัครตัวอย่าง").budget_baht == 8000
    one_titled(acts, "รณรงค์คัดแยกขยะตัวอย่าง")


def test_table_referring_to_activities_by_number_is_not_read(tmp_path: Path) -> None:
    by_source = [("แหล่งงบประมาณ", "กิจกรรม", "จำนวนเงิน (บาท)"),
                 ("สสจ.ตัวอย่าง", "กิจกรรมที่ 1, 2 และ 3", "24,000"),
                 ("อปท.ตัวอย่าง", "กิจกรรมที่ 4", "6,000")]
    acts = activities_by_title(write_parts(tmp_path / "r.docx", [*HEAD, WORK, "สรุปงบประมาณ", by_source]))
    one_titled(acts, "รณรงค์คัดแยกขยะตัวอย่าง")
    assert not [t for t in acts if t.startswith("กิจกรรมที่")]


def test_minutes_report_table_is_not_read(tmp_path: Path) -> None:
    report = activities_by_title(write_parts(tmp_path / "a.docx", [*HEAD, WORK]))
    one_titled(report, "อบรมฟื้นฟูผู้ดูแลตัวอย่าง")
    minutes = ["รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 1/2568",
               "วันที่ 20 กุมภาพันธ์ 2568 ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง",
               "ระเบียบวาระที่ 3 เรื่องเพื่อทราบ ผลการดำเนินงานรายอำเภอ"]
    acts = activities_by_title(write_parts(tmp_path / "m.docx", [*minutes, WORK, "มติที่ประชุม รับทราบ"]))
    assert not [t for t in acts if "ตัวอย่าง" in t and ("อบรมฟื้นฟู" in t or "ตั้งด่าน" in t)]
