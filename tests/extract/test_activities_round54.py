"""Round 54 (activities and issues), the rules pinned here — each an existing rule widened:

- a label line "กิจกรรมที่ N ชื่อ" may follow its section's own number ("5.1 กิจกรรมที่ 1 ...")
  and is still the one activity its account tells ([labelled] title);
- "กิจกรรมที่ดำเนินการ ได้แก่ ..." introduces what was done as the colon does ([words] done_label);
- setting up a body or a fund in running text ("... และจัดตั้งธนาคารขยะ ระหว่างวันที่ ...
  จัดอบรม...") is no act ([words] clause_never);
- a bracket splitting the money into amounts in baht is not the activity's name ([titles]);
- a calendar of an activity column and bare month names is read as a table, and its row
  opening with another act than its look-alike stands as an activity (table_header, calendars);
- numbered steps in one plan cell, each with its day and head count, date the activity from
  the first day to the last and add up its head count (steps ``dated_steps``);
- a budget table's line counting sessions in its bracket ("(35 คน x 4 ครั้ง)") pays no single
  numbered meeting (costs, the several-sessions rule);
- a team going out to follow up and visit, and telling the guidelines ("แจ้งแนวทาง..."), are
  acts; the letter they were sent by is not the name;
- issues: a bracket naming the committee's other issues is background, even left open where
  the list was parted; a PDF list label in Thai digits ("(๓)") goes on with the list above;
  a plan table's bare "การบริหารจัดการ" group is no issue.
Word files built here first, then the set-54 corpus files."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.activities.steps import dated_steps
from pcc_ingest.extract.issues.lists import leading_marker
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

REPORT_HEAD = ["สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2568",
               "ระยะเวลาดำเนินโครงการ 01/12/2567 – 31/07/2568"]
PLAN_HEAD = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2566",
             "4. แผนงาน/กิจกรรม และงบประมาณ"]


def _issues(path) -> list[str]:
    return [i.text for i in extract(parse(path)).issues]


# --- Word files built here ----------------------------------------------------------------


def test_a_numbered_section_label_over_its_account_is_one_counted_activity(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "5. ผลการดำเนินงานตามกิจกรรม",
        "5.1 กิจกรรมที่ 1 ประชุมเชิงปฏิบัติการแกนนำตัวอย่าง",
        "จัดเมื่อวันที่ 15/01/2568 ณ ห้องประชุมตัวอย่าง เป้าหมาย 120 คน มีผู้เข้าร่วมจริง 116 คน",
        "5.2 กิจกรรมที่ 2 ประชุมติดตามผลตัวอย่าง",
        "จัดประชุมเมื่อวันที่ 22/07/2568 ณ ห้องประชุมตัวอย่าง ผู้เข้าร่วม 35 คน ไม่ใช้งบโครงการ"])
    acts = activities_by_title(path)
    workshop = one_titled(acts, "แกนนำตัวอย่าง")
    assert (workshop.start, workshop.participants) == ("2025-01-15", 116)
    follow_up = one_titled(acts, "ติดตามผลตัวอย่าง")
    assert (follow_up.start, follow_up.participants) == ("2025-07-22", 35)
    assert len(acts) == 2, list(acts)


def test_what_follows_a_done_label_with_dai_kae_opens_an_activity(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD, "3. ผลการดำเนินงาน",
        "กิจกรรมที่ดำเนินการ ได้แก่ การสำรวจและแก้ไขจุดเสี่ยงร่วมกับ อปท. ทั้ง 9 แห่ง พบจุดเสี่ยง 20 จุด"])
    acts = activities_by_title(path)
    assert not any(t.startswith("กิจกรรมที่ดำเนินการ") for t in acts), list(acts)
    one_titled(acts, "การสำรวจและแก้ไขจุดเสี่ยง")


def test_setting_up_a_body_in_running_text_is_no_act(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD, "3. ผลการดำเนินงาน",
        "อำเภอตัวอย่างขับเคลื่อนการคัดแยกขยะในครัวเรือน และจัดตั้งธนาคารขยะในชุมชน ระหว่างวันที่ "
        "23/01/2568 – 24/01/2568 จัดอบรมแกนนำจัดการขยะตัวอย่าง ณ หอประชุมอำเภอ ผู้เข้าร่วม 150 คน"])
    acts = activities_by_title(path)
    assert not any("ธนาคารขยะในชุมชน" in t for t in acts), list(acts)
    assert one_titled(acts, "อบรมแกนนำจัดการขยะตัวอย่าง").participants == 150


def test_a_bracket_splitting_the_money_is_not_the_name(tmp_path):
    path = write_parts(tmp_path / "p.docx", [*PLAN_HEAD, [
        ("ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)"),
        ("1", "ประกวดหมู่บ้านตัวอย่าง (รางวัลที่ 1 5,000 บาท รางวัลที่ 2 3,000 บาท)", "ส.ค. 66", "8,000")]])
    contest = one_titled(activities_by_title(path), "ประกวดหมู่บ้านตัวอย่าง")
    assert (contest.title, contest.budget_baht) == ("ประกวดหมู่บ้านตัวอย่าง", 8000)


def test_a_bare_month_calendar_row_of_another_act_stands(tmp_path):
    months = ("ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.")
    path = write_parts(tmp_path / "p.docx", [*PLAN_HEAD, [
        ("ที่", "กิจกรรม", "วันที่", "งบประมาณ (บาท)"),
        ("1", "อบรมฟื้นฟูความรู้ผู้ดูแลผู้สูงอายุตัวอย่าง", "19/03/2566", "9,000")],
        "5. ปฏิทินการดำเนินงาน",
        [("กิจกรรม", *months),
         ("อบรมฟื้นฟูผู้ดูแล", "", "", "", "", "", "●", "", "", "", "", "", ""),
         ("เยี่ยมบ้านผู้สูงอายุตัวอย่าง", *(["●"] * 12))]])
    acts = activities_by_title(path)
    visits = one_titled(acts, "เยี่ยมบ้านผู้สูงอายุตัวอย่าง")
    assert (visits.start, visits.end) == ("2022-10", "2023-09")
    assert one_titled(acts, "อบรมฟื้นฟู").start == "2023-03-19"
    assert len(acts) == 2, list(acts)


def test_numbered_steps_with_days_and_counts_date_and_count_their_activity():
    text = ("กิจกรรมส่งเสริมสุขภาพตัวอย่าง (1) ประชุมแกนนำตัวอย่าง วันที่ 8 พ.ย. 2565 จำนวน 44 คน "
            "(2) ตลาดนัดสุขภาพตัวอย่าง วันที่ 11 เม.ย. 2566 จำนวน 300 คน")
    at, people = dated_steps(text, 2566)
    assert (text[:at].strip(), people) == ("กิจกรรมส่งเสริมสุขภาพตัวอย่าง", 344)
    assert dated_steps("กิจกรรมตัวอย่าง (1) ประชุม วันที่ 8 พ.ย. 2565 (2) ตลาดนัด 300 คน", 2566) is None


def test_numbered_steps_in_a_plan_cell_make_one_activity(tmp_path):
    path = write_parts(tmp_path / "p.docx", [*PLAN_HEAD, [
        ("ที่", "กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลา", "งบประมาณ (บาท)"),
        ("1", "กิจกรรมส่งเสริมสุขภาพผู้สูงอายุตัวอย่าง\n(1) ประชุมแกนนำชมรมตัวอย่าง วันที่ 8 พ.ย. 2565 จำนวน 44 คน\n"
              "(2) ตลาดนัดสุขภาพตัวอย่าง วันที่ 11 เม.ย. 2566 จำนวน 300 คน",
         "สมาชิกชมรม", "พ.ย. 65 – เม.ย. 66", "-")]])
    acts = activities_by_title(path)
    club = one_titled(acts, "กิจกรรมส่งเสริมสุขภาพผู้สูงอายุตัวอย่าง")
    assert (club.start, club.end, club.participants) == ("2022-11-08", "2023-04-11", 344)
    assert len(acts) == 1, list(acts)


def test_a_table_line_for_several_sessions_pays_no_numbered_meeting(tmp_path):
    path = write_parts(tmp_path / "p.docx", [
        "แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2566",
        "ที่ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 4/2565 เมื่อวันที่ 20 กันยายน 2565 มีมติเห็นชอบแผน",
        "7. รายละเอียดงบประมาณ",
        [("ที่", "รายการ", "จำนวนเงิน (บาท)"),
         ("1", "ค่าอาหารว่างและเครื่องดื่ม ประชุมคณะกรรมการ พชอ. (35 คน x 4 ครั้ง)", "4,900")]])
    meeting = one_titled(activities_by_title(path), "ครั้งที่ 4/2565")
    assert (meeting.participants, meeting.budget_baht) == (None, None)


def test_a_team_following_up_and_guidelines_sent_are_acts(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        "แบบรายงานการตรวจราชการ จังหวัดตัวอย่าง รอบที่ 1/2567", "3. การดำเนินงานระดับจังหวัด",
        [("08/11/2566", "แจ้งแนวทางการประเมินตนเองตัวอย่าง ตามหนังสือจังหวัดตัวอย่าง ที่ ตย 0033/ว 1"),
         ("05/02/2567 – 23/02/2567", "ทีมพี่เลี้ยงระดับจังหวัดออกติดตามเยี่ยมเสริมพลัง พชอ. ตัวอย่าง")]])
    acts = activities_by_title(path)
    guidelines = one_titled(acts, "แจ้งแนวทาง")
    assert (guidelines.title, guidelines.start) == ("แจ้งแนวทางการประเมินตนเองตัวอย่าง", "2023-11-08")
    team = one_titled(acts, "ทีมพี่เลี้ยง")
    assert (team.start, team.end) == ("2024-02-05", "2024-02-23")


def test_a_bracket_naming_the_other_issues_is_background(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "ประเด็นขับเคลื่อนของ พชอ. ประเด็นที่ 1 การป้องกันและลดอุบัติเหตุทางถนน (ประเด็นอื่นของ พชอ.ตัวอย่าง "
        "ได้แก่ ประเด็นที่ 2 การดูแลผู้สูงอายุและผู้ป่วยติดเตียง และประเด็นที่ 3 การจัดการขยะในชุมชน)"])
    issues = _issues(path)
    assert "การป้องกันและลดอุบัติเหตุทางถนน" in issues, issues
    assert not any("ประเด็นอื่น" in i for i in issues), issues


def test_a_thai_digit_list_label_numbers_its_item():
    block = Block(kind="paragraph", raw_text="(๓) การป้องกันโรค", text="(3) การป้องกันโรค", list_label="(๓)",
                  order=0, start=0, end=17)
    assert leading_marker(block)[0] == 3


def test_a_bare_management_group_is_no_issue(tmp_path):
    path = write_parts(tmp_path / "p.docx", [*PLAN_HEAD, [
        ("ประเด็น", "กิจกรรม", "งบประมาณ (บาท)"),
        ("การจัดการขยะมูลฝอยในชุมชน", "ประกวดหมู่บ้านต้นแบบตัวอย่าง", "10,000"),
        ("การบริหารจัดการ", "ประชุมคณะกรรมการ พชอ. ตัวอย่าง", "2,400")]])
    issues = _issues(path)
    assert "การบริหารจัดการ" not in issues, issues


# --- the set-54 corpus files ---------------------------------------------------------------


def test_ban_phai_results_sections_count_the_table_activities():
    for suffix in ("docx", "pdf"):
        path = CORPUS / f"khon-kaen-ban-phai-2568-project.{suffix}"
        acts = activities_by_title(path)
        assert one_titled(acts, "แกนนำป้องกันอุบัติเหตุทางถนนระดับตำบล").participants == 116
        assert one_titled(acts, "จัดตั้งด่านชุมชน").participants == 20
        assert one_titled(acts, "ถอดบทเรียนโดยคณะกรรมการ").participants == 35
        assert "จัดประชุม" not in acts, list(acts)
        assert "การป้องกันและลดอุบัติเหตุทางถนน" in _issues(path)


def test_hang_dong_club_row_and_approving_meeting():
    acts = activities_by_title(CORPUS / "chiang-mai-hang-dong-2566-action-plan.pdf")
    club = one_titled(acts, "ในชมรมผู้สูงอายุ")
    assert (club.start, club.end, club.participants) == ("2022-11-08", "2023-08-18", 404)
    meeting = one_titled(acts, "ครั้งที่ 4/2565")
    assert (meeting.participants, meeting.budget_baht) == (None, None)


def test_phimai_calendar_visits_and_listed_survey():
    for suffix in ("docx", "pdf"):
        acts = activities_by_title(CORPUS / f"nakhon-ratchasima-phimai-2567-progress.{suffix}")
        visits = one_titled(acts, "เยี่ยมบ้านผู้สูงอายุตาม Care Plan")
        assert (visits.start, visits.end) == ("2023-10", "2024-09")
        one_titled(acts, "การสำรวจและแก้ไขจุดเสี่ยง")
        assert not any(t in ("กิจกรรมที่ดำเนินการ", "จัดตั้งธนาคารขยะในชุมชน") for t in acts), list(acts)


def test_tha_tum_and_khao_yoi_issues():
    assert "การป้องกันและควบคุมโรคไข้เลือดออก" in _issues(CORPUS / "surin-tha-tum-2567-progress.pdf")
    for suffix in ("docx", "pdf"):
        path = CORPUS / f"phetchaburi-khao-yoi-2566-minutes.{suffix}"
        assert "การบริหารจัดการ" not in _issues(path)
        assert "ประกวดหมู่บ้านต้นแบบการคัดแยกขยะ" in activities_by_title(path)
