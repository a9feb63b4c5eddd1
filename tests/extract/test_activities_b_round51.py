"""Round 51 (activities b): rules pinned here.

- A table of contents under "สารบัญ" (a table, or lines closed by page numbers) names the report's
  parts, none an activity (``contents``); a cover's credit line ("จัดทำโดย") is none either
  (``[words] never``).
- A results table counting people in its columns ("เป้าหมาย (คน) | ผลงาน (คน) | ร้อยละ") gives each
  row the achieved head count (``columns.people_columns``).
- An amount stated for an activity (a summary table's "งบประมาณที่ได้รับ") wins over the sum of a
  budget table's cost lines under its group head (``Draft.summed``, ``merge``).
- A budget table's dated row over the same months as an activity listed earlier, sharing a long
  run of its words, pays that activity (``period_rows``).
- Sub-rows naming only rounds of their parent ("4.1 รุ่นที่ 1 ...") fold into it: the parent stays
  the activity, dated by its first and last round and paid their money (``runs``).
- A name cut inside a bracket of head counts ("อบรม... (Caregiver 30 คน ...") ends before the
  bracket (``titles``).
- A meeting a report is written to be put before ("เพื่อเสนอต่อ... ในการประชุมครั้งที่ 3/2567")
  was not held (``[meetings] not_after``).
Strings first, then Word files built here, then real corpus files of set 51."""

from __future__ import annotations

from pathlib import Path

import docx

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.tables import is_never
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import add_table, write_docx

YALA = Path("corpus/yala-betong-2567-progress.docx")
YALA_PDF = Path("corpus/yala-betong-2567-progress.pdf")
CHAIYAPHUM = Path("corpus/chaiyaphum-chatturat-2567-progress.pdf")
KALASIN = Path("corpus/kalasin-kamalasai-2568-action-plan.pdf")

REPORT = "รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ปีงบประมาณ พ.ศ. 2567"
PLAN = "แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ปีงบประมาณ พ.ศ. 2568"


def _acts(path: Path) -> list:
    return extract(parse(path)).activities


def _one(acts: list, opening: str):
    return next(a for a in acts if a.title.startswith(opening))


# --- strings -----------------------------------------------------------------------------


def test_a_contents_heading_and_its_entries_are_recognised():
    assert rule_re("contents", "heading").match("สารบัญ") and rule_re("contents", "heading").match("สารบัญตาราง")
    assert not rule_re("contents", "heading").match("สารบัญของรายงานฉบับนี้ประกอบด้วย")
    assert rule_re("contents", "entry").search("5. การใช้จ่ายงบประมาณ 5")
    assert rule_re("contents", "entry").search("บทนำ ........ 12")
    assert not rule_re("contents", "entry").search("1. ข้อมูลทั่วไปและความเป็นมา")
    assert rule_re("contents", "header").match("เรื่อง หน้า")


def test_a_cover_credit_line_is_never_an_activity():
    assert is_never("จัดทำโดย") and is_never("เรียบเรียงโดย ฝ่ายเลขานุการ พชอ.ตัวอย่าง")
    assert not is_never("จัดทำแผนพัฒนาคุณภาพชีวิต")


def test_a_name_ends_before_a_bracket_of_head_counts():
    text = "อบรมฟื้นฟูศักยภาพผู้ดูแลตัวอย่าง และ อสม. (ผู้ดูแล 30 คน อสม. 46 คน)"
    s, e = title_span(text, 0, len(text), cell=True)
    assert text[s:e] == "อบรมฟื้นฟูศักยภาพผู้ดูแลตัวอย่าง และ อสม."
    text = "ค่ายปรับเปลี่ยนพฤติกรรมตัวอย่าง (CBTx)"
    s, e = title_span(text, 0, len(text), cell=True)
    assert text[s:e] == text


def test_a_round_sub_row_is_recognised():
    assert rule_re("cells", "run_row").match("รุ่นที่ 1 ตำบลตัวอย่าง")
    assert rule_re("cells", "run_row").match("ครั้งที่ 2")
    assert not rule_re("cells", "run_row").match("อบรมแกนนำตัวอย่าง")


# --- Word files built here ----------------------------------------------------------------


def test_a_contents_table_and_a_credit_line_give_no_activity(tmp_path: Path):
    doc = docx.Document()
    for line in (REPORT, "จัดทำโดย", "ฝ่ายเลขานุการคณะกรรมการ พชอ.ตัวอย่าง", "สารบัญ"):
        doc.add_paragraph(line)
    add_table(doc, [("เรื่อง", "หน้า"), ("1. ข้อมูลทั่วไป", "3"), ("4. กิจกรรมที่ดำเนินการ", "4"),
                    ("5. การใช้จ่ายงบประมาณ", "5"), ("6. ปัญหา อุปสรรค และข้อเสนอแนะ", "6")])
    doc.add_paragraph("4. กิจกรรมที่ดำเนินการ")
    doc.add_paragraph("1) อบรมแกนนำสุขภาพตัวอย่าง วันที่ 12 มกราคม 2567 จำนวน 40 คน")
    path = tmp_path / "contents.docx"
    doc.save(path)
    titles = [a.title for a in _acts(path)]
    assert not any(t.startswith(("จัดทำโดย", "การใช้จ่าย", "ปัญหา", "ข้อมูลทั่วไป")) for t in titles)
    assert any(t.startswith("อบรมแกนนำสุขภาพตัวอย่าง") for t in titles)


def test_a_results_table_counted_in_people_gives_the_achieved_head_count(tmp_path: Path):
    path = write_docx(tmp_path / "results.docx", [REPORT, "4. กิจกรรมที่ดำเนินการ"], [
        ("กิจกรรม", "วันที่ดำเนินการ", "เป้าหมาย (คน)", "ผลงาน (คน)", "ร้อยละ"),
        ("1. ประชุมเชิงปฏิบัติการจัดทำแผนตัวอย่าง", "14 ธ.ค. 66", "60", "58", "96.67"),
        ("2. ถอดบทเรียนและสรุปผลการดำเนินงานตัวอย่าง", "18 ก.ย. 67", "50", "47", "94.00"),
    ])
    acts = _acts(path)
    assert _one(acts, "ประชุมเชิงปฏิบัติการจัดทำแผนตัวอย่าง").participants == 58
    assert _one(acts, "ถอดบทเรียน").participants == 47


def test_a_stated_amount_wins_over_the_sum_of_its_cost_lines(tmp_path: Path):
    doc = docx.Document()
    doc.add_paragraph(REPORT)
    doc.add_paragraph("4. กิจกรรมที่ดำเนินการ")
    add_table(doc, [("กิจกรรม", "วันที่ดำเนินการ", "ผลงาน (คน)"),
                    ("1. ประชุมเชิงปฏิบัติการวิเคราะห์ปัญหาและจัดทำแผนตัวอย่าง", "14 ธ.ค. 66", "58")])
    doc.add_paragraph("5.1 รายละเอียดค่าใช้จ่าย")
    add_table(doc, [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
                    ("กิจกรรมที่ 1 ประชุมเชิงปฏิบัติการจัดทำแผนตัวอย่าง", "", "", "", ""),
                    ("ค่าอาหารกลางวัน", "58", "คน", "80", "4,640"),
                    ("ค่าอาหารว่างและเครื่องดื่ม (2 มื้อ)", "116", "มื้อ", "30", "3,480")],
              merges=[(1, 0, 1, 4)])
    doc.add_paragraph("5.2 สรุปงบประมาณที่ได้รับ ใช้จ่ายจริง และคงเหลือ")
    add_table(doc, [("กิจกรรม", "งบประมาณที่ได้รับ (บาท)", "ใช้จ่ายจริง (บาท)", "คงเหลือ (บาท)"),
                    ("1. ประชุมเชิงปฏิบัติการจัดทำแผนตัวอย่าง", "8,400", "8,120", "280")])
    path = tmp_path / "stated.docx"
    doc.save(path)
    assert _one(_acts(path), "ประชุมเชิงปฏิบัติการวิเคราะห์ปัญหา").budget_baht == 8400


def test_a_dated_budget_row_pays_the_listed_activity_of_its_months(tmp_path: Path):
    doc = docx.Document()
    doc.add_paragraph(REPORT)
    doc.add_paragraph("ส่วนที่ 2 กิจกรรมที่ดำเนินการ")
    add_table(doc, [("วันที่", "กิจกรรม"),
                    ("7 พ.ย. 2566", "อบรมเชิงปฏิบัติการ อสม. การจัดการแหล่งเพาะพันธุ์ยุงลายตัวอย่างและการสำรวจลูกน้ำ "
                                    "ผู้เข้าร่วม 120 คน"),
                    ("ก.พ. – มี.ค. 2567", "ส่งเสริมครัวเรือนทำถังขยะเปียกตัวอย่างลดโลกร้อน ร่วมกับ อปท. 10 แห่ง")])
    doc.add_paragraph("ส่วนที่ 4 ผลการใช้จ่ายงบประมาณ")
    add_table(doc, [("กิจกรรม", "ช่วงเวลา", "งบประมาณ (บาท)", "ใช้จ่ายแล้ว", "สถานะ"),
                    ("1. อบรม อสม. การจัดการแหล่งเพาะพันธุ์ยุงลายตัวอย่าง 120 คน", "พ.ย. 66", "18,000", "17,400",
                     "ดำเนินการแล้ว"),
                    ("2. ส่งเสริมครัวเรือนทำถังขยะเปียกตัวอย่าง 9 ตำบล", "ก.พ. – มี.ค. 67", "9,000", "9,000",
                     "ดำเนินการแล้ว")])
    path = tmp_path / "paid.docx"
    doc.save(path)
    acts = _acts(path)
    assert len(acts) == 2
    assert _one(acts, "อบรมเชิงปฏิบัติการ").budget_baht == 18000
    assert _one(acts, "ส่งเสริมครัวเรือน").budget_baht == 9000


def test_rounds_of_a_plan_row_fold_into_it(tmp_path: Path):
    path = write_docx(tmp_path / "rounds.docx", [PLAN, "3. แผนงาน/กิจกรรม"], [
        ("กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลา", "งบประมาณ (บาท)"),
        ("1. ประชุมคณะกรรมการ พชอ.ตัวอย่าง", "คณะกรรมการ 25 คน", "ต.ค. 67 – ก.ย. 68", "3,500"),
        ("2. ค่ายปรับเปลี่ยนพฤติกรรมตัวอย่าง (2 รุ่น)", "ผู้ใช้ 80 คน", "ม.ค. – มิ.ย. 68", ""),
        ("2.1 รุ่นที่ 1 ตำบลตัวอย่างเหนือ", "ผู้ใช้ 40 คน", "15–16 ม.ค. 68", "18,000"),
        ("2.2 รุ่นที่ 2 ตำบลตัวอย่างใต้", "ผู้ใช้ 40 คน", "11–12 มิ.ย. 68", "18,000"),
    ])
    acts = _acts(path)
    assert not any(a.title.startswith("รุ่นที่") for a in acts)
    camp = _one(acts, "ค่ายปรับเปลี่ยนพฤติกรรมตัวอย่าง")
    assert (camp.start, camp.end, camp.participants, camp.budget_baht) == ("2025-01-15", "2025-06-12", 80, 36000)


def test_a_meeting_the_report_is_written_for_was_not_held(tmp_path: Path):
    path = write_docx(tmp_path / "future.docx", [
        REPORT,
        "รายงานฉบับนี้สรุปผลการดำเนินงานระหว่างวันที่ 1 ตุลาคม 2566 ถึงวันที่ 31 มีนาคม 2567 "
        "เพื่อเสนอต่อคณะกรรมการ พชอ.ตัวอย่าง ในการประชุมครั้งที่ 3/2567 และสำนักงานสาธารณสุขจังหวัด",
        "คณะกรรมการ พชอ.ตัวอย่าง ในการประชุมครั้งที่ 4/2566 เมื่อวันที่ 21 กันยายน 2566 มีมติเลือกประเด็น",
    ])
    titles = [a.title for a in _acts(path)]
    assert not any("3/2567" in t for t in titles)
    assert any("4/2566" in t for t in titles)


# --- real corpus files of set 51 ----------------------------------------------------------


def test_yala_results_table_counts_and_stated_money():
    for path in (YALA, YALA_PDF):
        acts = _acts(path)
        plan = _one(acts, "ประชุมเชิงปฏิบัติการวิเคราะห์ปัญหา")
        assert (plan.participants, plan.budget_baht) == (58, 8400)
        assert not any(a.title.startswith(("จัดทำโดย", "การใช้จ่าย", "ปัญหา อุปสรรค")) for a in acts)


def test_chaiyaphum_spending_rows_pay_the_listed_activities():
    acts = _acts(CHAIYAPHUM)
    assert _one(acts, "อบรมเชิงปฏิบัติการ อสม.").budget_baht == 18000
    assert not any(a.title.startswith("อบรม อสม.") for a in acts)
    assert not any("3/2567" in a.title for a in acts)


def test_kalasin_camp_keeps_its_rounds():
    acts = _acts(KALASIN)
    camp = _one(acts, "ค่ายปรับเปลี่ยนพฤติกรรม")
    assert (camp.start, camp.end, camp.participants, camp.budget_baht) == ("2025-01-15", "2025-06-12", 80, 36000)
    assert not any(a.title.startswith("รุ่นที่") for a in acts)
