"""Round 52 (activities), the rules pinned here:

- a numbered heading row merged across the table ("กิจกรรมที่ 2 อบรม... | < | < | <") over
  rows that name only its rounds ("2.1 รุ่นที่ 1 ...", "2.2 รุ่นที่ 2 ...") is the activity,
  dated from its first round to its last, its people and money the rounds' added up;
- a cost line naming, of all activities, one with its own money details that money: a
  meeting told in the background with the same words is not paid by it;
- an agenda item of minutes giving the money spent so far ("3.2 ผลการใช้จ่ายงบประมาณ ...")
  over a received | spent | balance | status table is a report: its rows are no activities;
- a numbered meeting whose sentence goes on to say its minutes were drawn up ("ตามที่ได้มี
  การประชุม... ครั้งที่ 2/2566 ... ฝ่ายเลขานุการได้จัดทำรายงานการประชุม...") is no activity;
- a decision that takes something to a meeting ("มอบฝ่ายเลขานุการนำเสนอในการประชุมครั้งที่
  4/2566 เพื่อพิจารณา...") is an act of its own, not merged into that meeting;
- a plan cell that names its activity and then lists "•" steps is named by its lead, and a
  row with no count of its own takes the first step naming people, in the cell or in a
  steps column beside it, cost lines ("ค่าอาหาร... 40 คน x 50 บาท") left out;
- a results cell telling each session in a step of its own ("• ครั้งที่ 1/2568 ... 38 คน
  • ครั้งที่ 2/2568 ... 41 คน") gives no one head count;
- prizes in a cell ("ชนะเลิศ 3,000 บาท รองชนะเลิศ 2,000 บาท และ... 1,000 บาท") add up: a
  largest amount equal to the rest is a total only after a total's words;
- a column label with its unit in brackets ("ตรวจแล้ว (คน)") is no activity;
- a two-column log "วัน เดือน ปี | การดำเนินงาน" gives one dated activity per row;
- a team visit on a line that opens with its date ("1–10 มี.ค. 2566 ทีมเยี่ยม...") takes it;
- a date-first line a PDF wrapped takes the head count and money of its wrapped rest.
Word files built here first, then the set-52 corpus files."""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_docx
from tests.extract.extracted import activities_by_title, one_titled

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

MINUTES_HEAD = [
    "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง (พชอ.ตัวอย่าง)",
    "ครั้งที่ ๓/๒๕๖๖",
    "วันพุธที่ ๑๙ กรกฎาคม พ.ศ. ๒๕๖๖ เวลา ๐๙.๓๐ น.",
    "ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง",
]


# --- Word files built here ----------------------------------------------------------------


def _project(tmp_path, name: str, rows: list[tuple[str, ...]], merges=(), before=(), after=()):
    head = ["สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
            "ระยะเวลาดำเนินการ 01/11/2566 – 31/08/2567", *before, "5. ผลการดำเนินงานตามกิจกรรม"]
    return write_docx(tmp_path / name, head,
                      [("กิจกรรม", "วัน/เดือน/ปี", "ผู้เข้าร่วม (คน)", "ค่าใช้จ่ายจริง (บาท)"), *rows],
                      merges=merges, after=after)


def test_a_merged_heading_row_over_its_rounds_is_the_activity(tmp_path):
    rows = [("กิจกรรมที่ 1 ประชุมคณะทำงานตัวอย่าง", "15/11/2566", "45", "6,300.00"),
            ("กิจกรรมที่ 2 อบรมแกนนำตัวอย่างในการควบคุมลูกน้ำ", "", "", ""),
            ("2.1 รุ่นที่ 1 ตำบลตัวอย่างเหนือ", "12/01/2567", "80", "13,000.00"),
            ("2.2 รุ่นที่ 2 ตำบลตัวอย่างใต้", "19/01/2567", "70", "11,600.00")]
    acts = activities_by_title(_project(tmp_path, "rounds.docx", rows, merges=[(2, 0, 2, 3)]))
    training = one_titled(acts, "อบรมแกนนำตัวอย่าง")
    assert (training.start, training.end, training.participants, training.budget_baht) == (
        "2024-01-12", "2024-01-19", 150, 24600)
    assert not any("รุ่นที่" in t for t in acts)


def test_a_cost_line_of_a_paid_activity_pays_no_background_meeting(tmp_path):
    before = ["คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ในการประชุมครั้งที่ 1/2567 "
              "เมื่อวันที่ 25/10/2566 ได้ร่วมกันวิเคราะห์ปัญหาและมีมติกำหนดประเด็น 3 ประเด็น"]
    rows = [("กิจกรรมที่ 1 ประชุมคณะกรรมการ พชอ. และคณะทำงาน เพื่อจัดทำแผนตัวอย่าง", "15/11/2566", "45", "6,300.00")]
    after = ["5.2 รายละเอียดค่าใช้จ่ายจริง",
             "ค่าอาหารกลางวัน ประชุมคณะกรรมการ พชอ. 45 คน x 80 บาท เป็นเงิน 3,600 บาท"]
    acts = activities_by_title(_project(tmp_path, "paid.docx", rows, before=before, after=after))
    meeting = one_titled(acts, "1/2567")
    assert meeting.budget_baht is None
    assert one_titled(acts, "จัดทำแผนตัวอย่าง").budget_baht == 6300


def test_a_spending_report_item_of_minutes_names_no_activities(tmp_path):
    path = write_docx(
        tmp_path / "spent.docx",
        [*MINUTES_HEAD, "ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง",
         "๓.๒ ผลการใช้จ่ายงบประมาณ ปีงบประมาณ ๒๕๖๖ (ข้อมูล ณ วันที่ ๓๐ มิถุนายน ๒๕๖๖)"],
        [("กิจกรรม", "งบที่ได้รับ (บาท)", "เบิกจ่ายแล้ว (บาท)", "คงเหลือ (บาท)", "สถานะ"),
         ("๑. อบรมแกนนำตัวอย่างปรับเปลี่ยนพฤติกรรม", "๒๕,๐๐๐", "๒๔,๓๕๐", "๖๕๐", "ดำเนินการแล้ว"),
         ("๒. ค่ายบำบัดตัวอย่าง (CBTx)", "๓๐,๐๐๐", "๓๐,๐๐๐", "-", "ดำเนินการแล้ว")],
        after=["มติที่ประชุม รับทราบ"])
    titles = list(activities_by_title(path))
    assert not any("แกนนำตัวอย่าง" in t or "ค่ายบำบัดตัวอย่าง" in t for t in titles)


def test_a_meeting_named_for_its_minutes_is_no_activity(tmp_path):
    path = write_docx(tmp_path / "approved.docx", [
        *MINUTES_HEAD, "ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม",
        "ตามที่ได้มีการประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ ๒/๒๕๖๖ เมื่อวันจันทร์ที่ ๑๗ เมษายน พ.ศ. ๒๕๖๖ "
        "ฝ่ายเลขานุการได้จัดทำรายงานการประชุมและแจ้งเวียนให้กรรมการทุกท่านแล้ว",
        "มติที่ประชุม รับรองรายงานการประชุม โดยไม่มีการแก้ไข"])
    assert not any("2/2566" in t for t in activities_by_title(path))


def test_a_decision_taking_work_to_a_meeting_stays_apart_from_it(tmp_path):
    path = write_docx(tmp_path / "to_meeting.docx", [
        *MINUTES_HEAD, "ระเบียบวาระที่ ๔ เรื่องเพื่อพิจารณา", "๔.๒ ร่างแผนตัวอย่าง ปีงบประมาณ ๒๕๖๗",
        "มติที่ประชุม เห็นชอบในหลักการ และมอบฝ่ายเลขานุการนำเสนอในการประชุมครั้งที่ ๔/๒๕๖๖ "
        "เพื่อพิจารณาอนุมัติแผนปฏิบัติการปี ๒๕๖๗ ต่อไป",
        "ระเบียบวาระที่ ๕ เรื่องอื่น ๆ",
        "๕.๑ กำหนดการประชุมครั้งต่อไป ครั้งที่ ๔/๒๕๖๖ ในวันพุธที่ ๒๗ กันยายน พ.ศ. ๒๕๖๖ เวลา ๐๙.๓๐ น.",
        "มติที่ประชุม รับทราบ"])
    titles = list(activities_by_title(path))
    assert any(t.startswith("ฝ่ายเลขานุการนำเสนอ") for t in titles)
    assert any("4/2566" in t and not t.startswith("ฝ่ายเลขานุการ") for t in titles)


def test_a_cell_naming_its_activity_over_bullet_steps_is_named_by_its_lead(tmp_path):
    path = write_docx(tmp_path / "steps.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567"],
                      [("วันที่", "กิจกรรมและผลการดำเนินงาน"),
                       ("05/02/2567 – 29/03/2567", "รณรงค์ตรวจคัดกรองตัวอย่างในประชาชนอายุ 15 ปีขึ้นไป\n"
                        "• ชี้แจงแนวทางแก่ อสม. 12 ตำบล 120 คน\n• แจกตลับเก็บตัวอย่าง 738 ตัวอย่าง")])
    drive = one_titled(activities_by_title(path), "รณรงค์ตรวจคัดกรองตัวอย่าง")
    assert "•" not in drive.title and "ชี้แจง" not in drive.title
    assert drive.participants == 120


def test_a_steps_column_gives_the_head_count_but_not_its_cost_lines(tmp_path):
    path = write_docx(
        tmp_path / "steps_column.docx",
        [*MINUTES_HEAD, "ระเบียบวาระที่ ๔ เรื่องเพื่อพิจารณา", "๔.๑ ขออนุมัติแผนกิจกรรมไตรมาสที่ ๔"],
        [("กิจกรรม", "ขั้นตอน/รายละเอียดค่าใช้จ่าย", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"),
         ("๑. ถอดบทเรียนตัวอย่าง", "• ค่าอาหารกลางวัน ๕๐ คน x ๘๐ บาท = ๔,๐๐๐ บาท\n• ประชุมถอดบทเรียน ๔๘ คน",
          "๑๕ ก.ย. ๒๕๖๖", "๔,๐๐๐", "สสอ.ตัวอย่าง")],
        after=["มติที่ประชุม อนุมัติแผนกิจกรรมไตรมาสที่ ๔ ตามที่ฝ่ายเลขานุการเสนอ"])
    assert one_titled(activities_by_title(path), "ถอดบทเรียนตัวอย่าง").participants == 48


def test_session_steps_with_their_own_counts_give_no_one_count(tmp_path):
    path = write_docx(tmp_path / "sessions.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 6 เดือน ปีงบประมาณ 2568"],
                      [("กิจกรรม", "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)"),
                       ("1. ประชุมคณะกรรมการตัวอย่าง", "ต.ค. 67 – มี.ค. 68",
                        "• ครั้งที่ 1/2568 วันที่ 22 ต.ค. 2567 ผู้เข้าร่วม 38 คน\n"
                        "• ครั้งที่ 2/2568 วันที่ 21 ม.ค. 2568 ผู้เข้าร่วม 41 คน", "4,000")])
    assert one_titled(activities_by_title(path), "ประชุมคณะกรรมการตัวอย่าง").participants is None


def test_prizes_in_a_cell_add_up(tmp_path):
    path = write_docx(tmp_path / "prizes.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567"],
                      [("วันที่", "กิจกรรมและผลการดำเนินงาน"),
                       ("15/07/2567", "ประกวดหมู่บ้านตัวอย่างการจัดการขยะ\n• คัดเลือกหมู่บ้านตัวอย่าง 6 หมู่บ้าน\n"
                        "• มอบรางวัลชนะเลิศ 3,000 บาท รองชนะเลิศ 2,000 บาท และรองชนะเลิศอันดับ 2 1,000 บาท")])
    assert one_titled(activities_by_title(path), "ประกวดหมู่บ้านตัวอย่าง").budget_baht == 6000


def test_a_column_label_with_its_unit_is_no_activity(tmp_path):
    path = write_docx(tmp_path / "label.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567",
                                                "ตารางที่ 2 ผลการตรวจรายตำบล"],
                      [("ตำบล", "ตรวจแล้ว (คน)", "ผลลัพธ์"), ("ตัวอย่างเหนือ", "194", "ความครอบคลุม 97.00%")])
    assert not any("(คน)" in t for t in activities_by_title(path))


def test_a_dated_log_table_gives_one_activity_per_row(tmp_path):
    path = write_docx(tmp_path / "log.docx", ["แบบรายงานการตรวจราชการ จังหวัดตัวอย่าง ปีงบประมาณ 2566",
                                              "2. ผลการดำเนินงานตามมาตรการสำคัญ", "2.1 ระดับจังหวัด"],
                      [("วัน เดือน ปี", "การดำเนินงาน"),
                       ("8 พ.ย. 2565", "ประชุมชี้แจงแนวทางตัวอย่างแก่ผู้ช่วยเลขานุการ ผู้เข้าร่วม 36 คน"),
                       ("1–10 มี.ค. 2566", "ทีมเยี่ยมเสริมพลังระดับจังหวัดลงพื้นที่ตัวอย่าง ครบทั้ง 4 อำเภอ")])
    acts = activities_by_title(path)
    briefing = one_titled(acts, "ชี้แจงแนวทางตัวอย่าง")
    assert (briefing.start, briefing.participants) == ("2022-11-08", 36)
    visit = one_titled(acts, "ทีมเยี่ยมเสริมพลัง")
    assert (visit.start, visit.end) == ("2023-03-01", "2023-03-10")


def test_a_team_visit_line_opening_with_its_date_takes_it(tmp_path):
    path = write_docx(tmp_path / "visit.docx", ["แบบรายงานการตรวจราชการ จังหวัดตัวอย่าง ปีงบประมาณ 2566",
                                                "2. ผลการดำเนินงานตามมาตรการสำคัญ",
                                                "1–10 มี.ค. 2566 ทีมเยี่ยมเสริมพลังระดับจังหวัดลงพื้นที่ตัวอย่าง ครบทั้ง 4 อำเภอ"])
    visit = one_titled(activities_by_title(path), "ทีมเยี่ยมเสริมพลัง")
    assert (visit.start, visit.end) == ("2023-03-01", "2023-03-10")


# --- the set-52 corpus files ----------------------------------------------------------------


def test_ko_samui_folds_its_rounds_into_their_activities():
    acts = activities_by_title(CORPUS / "surat-thani-ko-samui-2567-project.docx")
    training = one_titled(acts, "อบรมพัฒนาศักยภาพ อสม. และแกนนำชุมชน")
    assert (training.start, training.end, training.participants, training.budget_baht) == (
        "2024-01-12", "2024-01-19", 150, 24600)
    campaign = one_titled(acts, "Big Cleaning Day กำจัด")
    assert (campaign.participants, campaign.budget_baht) == (805, 54953.5)
    assert one_titled(acts, "1/2567").budget_baht is None


def test_ban_dung_minutes_keep_the_plan_and_drop_the_spending_report():
    acts = activities_by_title(CORPUS / "udon-thani-ban-dung-2566-minutes.docx")
    assert not any("ค่ายบำบัด" in t or "2/2566" in t for t in acts)
    assert one_titled(acts, "ถอดบทเรียน").participants == 50
    assert one_titled(acts, "ถอดบทเรียน").budget_baht == 8650
    assert any(t.startswith("ฝ่ายเลขานุการนำเสนอ") for t in acts)


def test_nakhon_nayok_pdf_reads_the_wrapped_log_lines():
    acts = activities_by_title(CORPUS / "nakhon-nayok-province-2566-inspection.pdf")
    assert one_titled(acts, "ประชุมชี้แจงแนวทาง").participants == 36
    workshop = one_titled(acts, "UCCARE")
    assert (workshop.participants, workshop.budget_baht) == (64, 18400)
