"""Round 53 (activities in other documents, issues), the rules pinned here:

- a borderless date log a PDF ran together: a date written like the line's own opening date,
  followed by an act, opens a further entry inside a printed line ("... 32 คน 20/12/2565
  ประชุมเชิงปฏิบัติการ..."); the lines below an entry up to the next entry (or the next
  numbered line) are its wrapped rest, read for its head count even when only "คน" is left;
- a range whose first half stands alone on its line ("01/03/2566 –") beside a one-line
  activity and its second half below is that activity's;
- a short name leaving out the word for the committee ("...พัฒนาศักยภาพ พชต.") is the logged
  activity that holds it ("...พัฒนาศักยภาพคณะกรรมการ พชต. 14 ตำบล");
- a count of meetings said to meet the plan ("มีการประชุมครบ 4 ครั้งตามแผน") tallies the
  numbered meetings listed, no activity of its own;
- an agenda item of minutes reporting last year's activities and spending ("3.2 ผลการดำเนิน
  กิจกรรมและการใช้จ่ายงบประมาณ ...") is a report: its table rows are no activities;
- a resolution approving a plan at length, then "และมอบหมายให้ X จัดทำ..." hands X a task;
- a numbered meeting named in passing with its date is the listed meeting of that day, named
  in full by the list, unless the mention tells a head count the list lacks;
- an issue joined after the predicate "เป็นประเด็นขับเคลื่อนร่วมกับประเด็น" (glued, in quotes)
  is another chosen issue.
Word files built here first, then the set-53 corpus files."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.activities.log_entries import date_shape, entry_at
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_docx, write_parts
from tests.extract.extracted import activities_by_title, one_titled

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

MINUTES_HEAD = [
    "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง (พชอ.ตัวอย่าง)",
    "ครั้งที่ ๑/๒๕๖๘",
    "วันพฤหัสบดีที่ ๒๑ พฤศจิกายน พ.ศ. ๒๕๖๗ เวลา ๐๙.๓๐ น.",
    "ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง",
]


# --- rules on text and Word files built here ------------------------------------------------


def test_an_entry_date_written_like_the_opening_one_opens_a_further_entry():
    shape = date_shape("15/11/2565")
    line = "สถานการณ์และคัดเลือกประเด็น ผู้เข้าประชุม 32 คน 20/12/2565 ประชุมเชิงปฏิบัติการตัวอย่าง"
    assert entry_at(line, shape) == line.index("20/12/2565")
    assert entry_at("ติดตามผลตามแผน ภายในวันที่ 20 ธ.ค. 2565 ประชุมเชิงปฏิบัติการ", shape) is None
    assert entry_at("ผู้เข้าประชุม 32 คน 20/12/2565 และสรุปผล", shape) is None  # no act after it


def test_a_short_name_without_the_committee_word_is_the_logged_activity(tmp_path):
    path = write_parts(tmp_path / "log.docx", [
        "รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ปีงบประมาณ 2566",
        "3. สรุปกิจกรรมที่ดำเนินการ",
        [("วันที่", "กิจกรรม"),
         ("20/12/2565", "ประชุมเชิงปฏิบัติการพัฒนาศักยภาพคณะกรรมการ พชต. 9 ตำบล ผู้เข้าร่วม 60 คน")],
        "5. งบประมาณและการเบิกจ่าย",
        [("กิจกรรม", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่ายจริง (บาท)", "แหล่งงบประมาณ"),
         ("1. ประชุมเชิงปฏิบัติการพัฒนาศักยภาพ พชต.", "9,000.00", "8,800.00", "สสจ.ตัวอย่าง")],
    ])
    acts = activities_by_title(path)
    workshop = one_titled(acts, "พัฒนาศักยภาพ")
    assert (workshop.start, workshop.participants, workshop.budget_baht) == ("2022-12-20", 60, 9000)


def test_meetings_counted_against_the_plan_are_no_activity(tmp_path):
    log = [("วันที่", "กิจกรรม")] + [
        (f"1{n}/0{n + 1}/2566", f"ประชุมคณะกรรมการ พชอ. ครั้งที่ {n}/2566 ผู้เข้าประชุม 30 คน") for n in range(1, 5)]
    path = write_parts(tmp_path / "tally.docx", [
        "รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ปีงบประมาณ 2566",
        "3. สรุปกิจกรรมที่ดำเนินการ", log,
        "6. ปัจจัยแห่งความสำเร็จ",
        "- นายอำเภอตัวอย่างเป็นประธานการประชุมทุกครั้ง มีการประชุมครบ 4 ครั้งตามแผน",
    ])
    acts = activities_by_title(path)
    assert not any("ครบ 4 ครั้ง" in t for t in acts)
    assert sum("ครั้งที่" in t for t in acts) == 4


def test_last_years_activities_and_spending_reported_in_minutes_are_no_activities(tmp_path):
    path = write_docx(
        tmp_path / "report.docx",
        [*MINUTES_HEAD, "ระเบียบวาระที่ ๓ เรื่องเพื่อทราบ",
         "๓.๒ ผลการดำเนินกิจกรรมและการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๗"],
        [("ที่", "กิจกรรม", "สถานะ", "งบประมาณที่ได้รับ (บาท)", "ใช้จ่ายจริง (บาท)"),
         ("๑", "อบรมแกนนำตัวอย่างด้านการคัดแยกขยะ", "☑ ดำเนินการแล้ว", "๑๒,๐๐๐.-", "๑๑,๘๐๐.-"),
         ("๒", "เยี่ยมบ้านตัวอย่างโดยทีมหมอครอบครัว", "☑ ดำเนินการแล้ว", "๘,๐๐๐.-", "๘,๐๐๐.-")],
        after=["มติที่ประชุม รับทราบ"])
    assert not any("ตัวอย่าง" in t and ("แกนนำ" in t or "เยี่ยมบ้าน" in t) for t in activities_by_title(path))


def test_a_task_handed_after_a_long_approval_is_an_activity(tmp_path):
    path = write_docx(tmp_path / "approval.docx", [
        *MINUTES_HEAD, "ระเบียบวาระที่ ๔ เรื่องเพื่อพิจารณา", "๔.๒ แผนปฏิบัติการและงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๘",
        "มติที่ประชุม อนุมัติแผนปฏิบัติการและงบประมาณปีงบประมาณ พ.ศ. ๒๕๖๘ รวม ๔ กิจกรรม งบประมาณทั้งสิ้น "
        "๘๐,๐๐๐ บาท (แปดหมื่นบาทถ้วน) และมอบหมายให้โรงพยาบาลตัวอย่างจัดทำแนวทางคัดกรองภาวะซึมเศร้า"
        "สำหรับ อสม. ให้แล้วเสร็จภายในเดือนธันวาคม พ.ศ. ๒๕๖๗",
    ])
    task = one_titled(activities_by_title(path), "แนวทางคัดกรองภาวะซึมเศร้า")
    assert task.title.startswith("โรงพยาบาลตัวอย่างจัดทำ")
    assert task.end == "2024-12"


def test_a_dated_meeting_named_in_passing_is_the_listed_one_named_in_full(tmp_path):
    path = write_parts(tmp_path / "passing.docx", [
        "รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง รอบ 6 เดือน ปีงบประมาณ 2566",
        "1. ข้อมูลทั่วไป",
        "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ได้มีมติในการประชุมครั้งที่ 1/2566 "
        "เมื่อวันที่ 15 พฤศจิกายน 2565 เลือกประเด็นขับเคลื่อน 2 ประเด็น",
        "4. กิจกรรมที่ดำเนินการในรอบ 6 เดือน",
        [("15/11/2565", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2566 ทบทวนข้อมูลสถานการณ์ ผู้เข้าประชุม 31 คน"),
         ("16/02/2566", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2566 ติดตามผล ผู้เข้าประชุม 29 คน")],
    ])
    first = one_titled(activities_by_title(path), "1/2566")
    assert first.title.startswith("ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2566")
    assert (first.start, first.participants) == ("2022-11-15", 31)


def test_an_issue_joined_glued_after_the_predicate_in_quotes_is_chosen(tmp_path):
    path = write_docx(tmp_path / "issues.docx", [
        "สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
        "2. หลักการและเหตุผล",
        'คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ในการประชุมครั้งที่ 4/2566 ได้มีมติเลือกประเด็น '
        '"การป้องกันและลดอุบัติเหตุทางถนน" เป็นประเด็นขับเคลื่อนร่วมกับประเด็น "การดูแลผู้สูงอายุและผู้พิการ" '
        'จึงได้จัดทำโครงการนี้ขึ้น',
    ])
    texts = [i.text for i in extract(parse(path)).issues]
    assert "การดูแลผู้สูงอายุและผู้พิการ" in texts
    assert "การป้องกันและลดอุบัติเหตุทางถนน" in texts


# --- the set-53 corpus files ------------------------------------------------------------------


def test_kantang_pdf_reads_its_borderless_log_entry_by_entry():
    acts = activities_by_title(CORPUS / "trang-kantang-2566-progress.pdf")
    got = {(a.start, a.end, a.participants) for a in acts.values()}
    assert {("2022-11-15", "2022-11-15", 32), ("2022-12-20", "2022-12-20", 84), ("2023-02-14", "2023-02-14", 29),
            ("2023-03-01", "2023-05-31", None), ("2023-03-22", "2023-03-22", 45),
            ("2023-06-05", "2023-06-05", None), ("2023-09-12", "2023-09-12", 31)} <= got
    assert one_titled(acts, "พัฒนาศักยภาพ").budget_baht == 13000
    assert not any("ครบ 4 ครั้ง" in t for t in acts)


def test_chum_saeng_minutes_keep_the_plan_and_the_handed_task():
    acts = activities_by_title(CORPUS / "nakhon-sawan-chum-saeng-2568-minutes.docx")
    assert one_titled(acts, "อบรมฟื้นฟูศักยภาพ").budget_baht == 24000
    assert not any("ไตรมาสละ" in t or "เยี่ยมบ้านผู้สูงอายุติดเตียง" in t for t in acts)
    assert one_titled(acts, "แผลกดทับ").end == "2024-12"


def test_chanuman_names_its_first_meeting_by_the_log():
    acts = activities_by_title(CORPUS / "amnat-charoen-chanuman-2566-progress.pdf")
    first = one_titled(acts, "1/2566")
    assert first.title.startswith("ประชุมคณะกรรมการ พชอ.ชานุมาน ครั้งที่ 1/2566")


def test_ban_pong_chooses_both_issues():
    issues = extract(parse(CORPUS / "ratchaburi-ban-pong-2567-project.docx")).issues
    assert {i.category for i in issues} == {"road_safety", "elderly"}
