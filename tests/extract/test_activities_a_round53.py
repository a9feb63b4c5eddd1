"""Round 53 (activities, the project report and the action plan), the rules pinned here:

- a line of only an activity's label and name ("กิจกรรมที่ 2 อบรมแกนนำ...") over the account
  of it is that one activity: dated from the first day the account tells to the last, counted
  by those who took part ("ผู้เข้าร่วมจริง 76 คน", not the target group before it), paid what
  it used; what other readers found in the account is that activity too;
- a count a survey or check found in such an account ("นักเรียนสวมหมวก 420 คน จาก 500 คน")
  is no head count;
- the money an account says was used yields to the amount a budget table states for the
  activity;
- a label line right over a table of its numbered sub-activities ("1.1", "1.2") heads a group:
  the rows are the activities, the label and a budget table's row numbered and named like it none;
- a cost line for one session of a series ("... ผู้เข้าประชุม ครั้งที่ 1") pays no meeting
  numbered otherwise ("... การประชุมครั้งที่ 4/2566");
- a plan table's target cell that counts people ("คณะกรรมการ 35 คน" under "เป้าหมาย") is the
  row's head count; one counting places ("ด่านชุมชน 5 ตำบล") is none;
- a row of a status table with check boxes ("☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ") numbered
  and named like a plan row reports on that activity: no activity of its own, the plan row
  keeping its own figures.
Word files built here first, then the set-53 corpus files."""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

REPORT_HEAD = ["สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
               "ระยะเวลาดำเนินการ 1 ตุลาคม 2566 – 30 กันยายน 2567",
               "5. ผลการดำเนินงานรายกิจกรรม"]
PLAN_HEAD = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2568",
             "4. แผนงาน/กิจกรรม และงบประมาณ"]
PLAN = [("ที่", "กิจกรรม", "เป้าหมาย", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"),
        ("1", "ประชุมคณะกรรมการ พชอ. ตัวอย่าง ไตรมาสละ 1 ครั้ง", "คณะกรรมการ 35 คน", "ธ.ค. 67 – ก.ย. 68",
         "4,900", "สสอ.ตัวอย่าง"),
        ("2", "ตั้งด่านชุมชนตัวอย่างช่วงเทศกาลปีใหม่", "ด่านชุมชน 5 ตำบล", "ธ.ค. 67 – ม.ค. 68", "20,700",
         "อปท.ตัวอย่าง"),
        ("3", "อบรมฟื้นฟูผู้ดูแลผู้สูงอายุตัวอย่าง", "CG และ อสม. 50 คน", "ก.พ. 68", "22,200", "รพ.ตัวอย่าง")]


# --- Word files built here ----------------------------------------------------------------


def test_a_labelled_account_is_one_activity_dated_counted_and_paid(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "กิจกรรมที่ 1 อบรมแกนนำชุมชนตัวอย่าง",
        "วันที่ 12/01/2567 ณ ห้องประชุมตัวอย่าง กลุ่มเป้าหมาย 80 คน ได้แก่ อสม. 50 คน ผู้นำชุมชน 30 คน "
        "ผู้เข้าร่วมจริง 76 คน คิดเป็น 95.00% ของเป้าหมาย ใช้งบประมาณ 9,500 บาท",
        "กิจกรรมที่ 2 ตั้งด่านชุมชนตัวอย่างช่วงเทศกาล",
        "ช่วงเทศกาลปีใหม่ 29/12/2566 – 02/01/2567 และช่วงเทศกาลสงกรานต์ 12/04/2567 – 16/04/2567 "
        "มีอาสาสมัครปฏิบัติงานประจำด่านรวม 90 คน ตักเตือนผู้ขับขี่ 640 ราย งบประมาณ 8,000 บาท"])
    acts = activities_by_title(path)
    training = one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง")
    assert (training.start, training.end, training.participants, training.budget_baht) == (
        "2024-01-12", "2024-01-12", 76, 9500)
    checkpoints = one_titled(acts, "ตั้งด่านชุมชนตัวอย่าง")
    assert (checkpoints.start, checkpoints.end, checkpoints.participants, checkpoints.budget_baht) == (
        "2023-12-29", "2024-04-16", 90, 8000)
    assert len(acts) == 2, list(acts)


def test_a_count_a_survey_found_is_no_head_count(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "กิจกรรมที่ 1 รณรงค์สวมหมวกนิรภัยในโรงเรียนตัวอย่าง",
        "ระหว่างวันที่ 15/05/2567 – 28/06/2567 ดำเนินการในโรงเรียนเป้าหมาย 4 แห่ง มอบหมวกนิรภัยเด็ก 50 ใบ "
        "งบประมาณ 12,500 บาท ผลการสำรวจเมื่อวันที่ 24/06/2567 นักเรียนสวมหมวกนิรภัย 420 คน จาก 500 คน"])
    acts = activities_by_title(path)
    campaign = one_titled(acts, "รณรงค์สวมหมวกนิรภัย")
    assert (campaign.start, campaign.end, campaign.participants, campaign.budget_baht) == (
        "2024-05-15", "2024-06-28", None, 12500)
    assert len(acts) == 1, list(acts)


def test_the_money_a_budget_table_states_wins_over_the_money_used(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "กิจกรรมที่ 1 สรุปผลและถอดบทเรียนตัวอย่าง",
        "วันที่ 22/08/2567 ณ ห้องประชุมตัวอย่าง ผู้เข้าร่วม 52 คน (เป้าหมาย 60 คน) ใช้งบประมาณ 4,100 บาท",
        "6. งบประมาณ",
        [("กิจกรรม", "สสจ.ตัวอย่าง", "รวม (บาท)"),
         ("1. สรุปผลและถอดบทเรียนตัวอย่าง", "4,500", "4,500")]])
    lessons = one_titled(activities_by_title(path), "สรุปผลและถอดบทเรียน")
    assert (lessons.start, lessons.participants, lessons.budget_baht) == ("2024-08-22", 52, 4500)


def test_a_label_over_its_sub_activities_heads_a_group(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "กิจกรรมที่ 1 ประชุมคณะกรรมการ พชอ. และศูนย์ตัวอย่างอำเภอ",
        [("ที่", "กิจกรรมย่อย", "วันที่ดำเนินการ", "ผู้เข้าร่วม (คน)", "งบประมาณ (บาท)"),
         ("1.1", "ประชุมวิเคราะห์สถานการณ์ตัวอย่าง", "19/10/2566", "45", "4,500"),
         ("1.2", "ประชุมติดตามผลการดำเนินงานตัวอย่าง", "18/04/2567", "40", "4,000")],
        "6. งบประมาณ",
        [("กิจกรรม", "สสจ.ตัวอย่าง", "รวม (บาท)"),
         ("1. ประชุมคณะกรรมการ พชอ. และศูนย์ตัวอย่าง", "8,500", "8,500")]])
    acts = activities_by_title(path)
    first = one_titled(acts, "ประชุมวิเคราะห์สถานการณ์ตัวอย่าง")
    assert (first.start, first.participants, first.budget_baht) == ("2023-10-19", 45, 4500)
    second = one_titled(acts, "ประชุมติดตามผลการดำเนินงานตัวอย่าง")
    assert (second.start, second.participants, second.budget_baht) == ("2024-04-18", 40, 4000)
    assert not any("ศูนย์ตัวอย่าง" in t for t in acts), list(acts)


def test_a_session_cost_line_pays_no_meeting_of_another_number(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        "สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
        "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ในการประชุมครั้งที่ 4/2566 เมื่อวันที่ 21 กันยายน 2566 "
        "ได้มีมติเลือกประเด็นการป้องกันอุบัติเหตุทางถนน",
        "รายละเอียดค่าใช้จ่าย",
        [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"),
         ("ค่าอาหารกลางวันและอาหารว่างผู้เข้าประชุม ครั้งที่ 1", "45", "คน", "100", "4,500"),
         ("ค่าอาหารกลางวันและอาหารว่างผู้เข้าประชุม ครั้งที่ 2", "45", "คน", "100", "4,500")]])
    meeting = one_titled(activities_by_title(path), "ครั้งที่ 4/2566")
    assert meeting.budget_baht is None


def test_a_target_cell_counting_people_is_the_head_count(tmp_path):
    acts = activities_by_title(write_parts(tmp_path / "p.docx", [*PLAN_HEAD, PLAN]))
    assert one_titled(acts, "ประชุมคณะกรรมการ พชอ. ตัวอย่าง").participants == 35
    assert one_titled(acts, "อบรมฟื้นฟูผู้ดูแลผู้สูงอายุตัวอย่าง").participants == 50
    assert one_titled(acts, "ตั้งด่านชุมชนตัวอย่าง").participants is None


def test_a_status_row_reports_on_the_plan_row_of_its_number(tmp_path):
    status = [("กิจกรรม", "สถานะ", "หมายเหตุ"),
              ("1. ประชุมคณะกรรมการ พชอ. ตัวอย่าง ครั้งที่ 1/2568", "☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ",
               "20 ธ.ค. 67 ผู้เข้าประชุม 33 คน"),
              ("2. ด่านชุมชนตัวอย่างช่วงเทศกาลปีใหม่ 2568", "☐ ดำเนินการแล้ว ☑ ยังไม่ดำเนินการ",
               "กำหนด 27 ธ.ค. 67 – 2 ม.ค. 68")]
    acts = activities_by_title(write_parts(tmp_path / "p.docx", [*PLAN_HEAD, PLAN, status]))
    meetings = one_titled(acts, "ประชุมคณะกรรมการ พชอ. ตัวอย่าง")
    assert (meetings.start, meetings.end, meetings.participants) == ("2024-12", "2025-09", 35)
    checkpoints = one_titled(acts, "ด่านชุมชนตัวอย่าง")
    assert (checkpoints.start, checkpoints.end) == ("2024-12", "2025-01")
    assert len(acts) == 3, list(acts)


# --- the set-53 corpus files ---------------------------------------------------------------


def test_ban_pong_activities_are_told_by_their_accounts():
    for suffix in ("docx", "pdf"):
        acts = activities_by_title(CORPUS / f"ratchaburi-ban-pong-2567-project.{suffix}")
        training = one_titled(acts, "อบรมแกนนำชุมชนด้านความปลอดภัยทางถนน")
        assert (training.start, training.participants, training.budget_baht) == ("2024-01-15", 114, 21600)
        checkpoints = one_titled(acts, "ตั้งด่านชุมชนช่วงเทศกาลปีใหม่และสงกรานต์")
        assert (checkpoints.start, checkpoints.end, checkpoints.participants) == ("2023-12-28", "2024-04-17", 270)
        assert not any("ศปถ" in t or "ศูนย์ปฏิบัติการ" in t for t in acts), list(acts)
        assert one_titled(acts, "ครั้งที่ 4/2566").budget_baht is None


def test_ta_phraya_plan_rows_take_their_target_counts_and_no_status_rows():
    acts = activities_by_title(CORPUS / "sa-kaeo-ta-phraya-2568-action-plan.pdf")
    assert len(acts) == 8, list(acts)
    assert one_titled(acts, "ไตรมาสละ 1 ครั้ง").participants == 35
    assert one_titled(acts, "เยี่ยมบ้านผู้สูงอายุติดบ้านติดเตียง").participants == 342
    assert one_titled(acts, "ตั้งด่านชุมชน").participants is None
