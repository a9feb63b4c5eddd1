"""Round 49 (issues, activities A): the rules this round pins.

Issues:
- a sentence's list that opens with a count of issues ("ทุกอำเภอกำหนดประเด็นขับเคลื่อนอำเภอละ
  2 ประเด็น และดูแลกลุ่มเปราะบาง…") says how many, not which: no issue is read from it, so the
  summary table of issues × indicators after it gives each district's issues;
- an issue heading over its activities that adds the committee's running ("3.1 ประเด็นโรค
  เบาหวาน… และการบริหารจัดการ") restates the issue listed before it, no new issue.
Activities:
- an issue's heading over its activities ("3.1 ประเด็นโรคไข้เลือดออก") is no activity;
- an indicator closed by its bracketed target ("คัดกรองเบาหวาน (เป้าหมาย ≥ 90%)") is no activity;
- a status note in brackets ("(เลื่อนไปดำเนินการใน…)") is no part of the name;
- a cost line naming the thing bought, a count times a price ("ชุดตรวจ… 300 ชุด × 45 บาท"), is none;
- a range a PDF broke over two lines ("… ระหว่าง 1 มิถุนายน" / "– 31 สิงหาคม 2567 ใช้น้ำยา…
  7,300 บาท") is one activity's range, the second line no activity;
- a cost line run on past its item's line pays the later item, not this one;
- a committee told as the subject "in its meeting N/YYYY" is the numbered meeting a table lists,
  and keeps the table's name;
- a budget row naming meetings by count ("ประชุมคณะกรรมการ พชอ. 2 ครั้ง") beside the numbered
  meetings is no further activity;
- a budget table's shortened name held on the same days ("ตั้งด่านชุมชนช่วงเทศกาลปีใหม่") is
  the activity told in full;
- a problems heading that also names the plan ahead ("ปัญหาอุปสรรคและแผนรอบ 6 เดือนหลัง")
  heads dated planned steps.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.parallel import same_days_named
from pcc_ingest.extract.activities.tables import is_never
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.issues.assemble import without_addition
from pcc_ingest.extract.issues.prose import prose_lists
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse
from pcc_ingest.thai.dates import PartialDate
from tests.extract.docx_builder import write_docx

SUPHAN = "suphan-buri-province-2568-inspection"
UTTARADIT = "uttaradit-tron-2567-project"
SING_BURI = "sing-buri-tha-chang-2566-progress"
TRAT = "trat-bo-rai-2566-progress.pdf"


# --- issues ------------------------------------------------------------------------------


def test_a_count_of_issues_per_district_lists_none():
    text = ("ลงพื้นที่ 2 อำเภอ ได้แก่ อำเภอเมืองสุพรรณบุรี และอำเภออู่ทอง ทุกอำเภอกำหนดประเด็น"
            "ขับเคลื่อนอำเภอละ 2 ประเด็น และดูแลกลุ่มเปราะบางตามนโยบายจังหวัด")
    assert prose_lists(text, "72") == []


def test_a_heading_adding_the_committees_running_restates_its_issue():
    assert without_addition("โรคเบาหวานและความดันโลหิตสูง และการบริหารจัดการ") == "โรคเบาหวานและความดันโลหิตสูง"
    assert without_addition("การป้องกันอุบัติเหตุ และการดูแลผู้สูงอายุ") == "การป้องกันอุบัติเหตุ และการดูแลผู้สูงอายุ"


def test_a_built_summary_table_gives_issues_after_a_count_sentence(tmp_path):
    path = write_docx(
        tmp_path / "inspection.docx",
        ["รายงานการตรวจราชการ จังหวัดสุพรรณบุรี ปีงบประมาณ 2568",
         "ลงพื้นที่ 2 อำเภอ ได้แก่ อำเภอเมืองสุพรรณบุรี และอำเภออู่ทอง ทุกอำเภอกำหนดประเด็นขับเคลื่อน"
         "อำเภอละ 2 ประเด็น และดูแลกลุ่มเปราะบางตามนโยบายตัวอย่าง",
         "1.1 สรุปประเด็นขับเคลื่อน ตัวชี้วัด และค่าเป้าหมาย"],
        [("อำเภอ", "ประเด็นขับเคลื่อน", "ตัวชี้วัด", "ค่าเป้าหมาย"),
         ("เมืองสุพรรณบุรี", "1) การจัดการขยะมูลฝอย", "ร้อยละครัวเรือนคัดแยกขยะ", "≥ 80%"),
         ("", "2) การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง", "ร้อยละผู้สูงอายุได้รับการดูแล", "≥ 95%"),
         ("อู่ทอง", "1) การป้องกันอุบัติเหตุทางถนน", "อัตราการเสียชีวิต", "ไม่เกิน 20"),
         ("", "2) การลดโรคเบาหวาน", "ร้อยละผู้ป่วยควบคุมน้ำตาลได้", "≥ 40%")],
        merges=[(1, 0, 2, 0), (3, 0, 4, 0)],
    )
    issues = extract(parse(path)).issues
    assert sorted(i.text for i in issues) == sorted([
        "การจัดการขยะมูลฝอย", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง", "การป้องกันอุบัติเหตุทางถนน", "การลดโรคเบาหวาน"])
    assert len({i.district for i in issues}) == 2


# --- activities: strings -----------------------------------------------------------------


def test_an_issue_heading_and_a_bracketed_target_name_no_activity():
    assert is_never("ประเด็นโรคไข้เลือดออก")
    assert is_never("ประเด็นที่ 2 การดูแลผู้สูงอายุ")
    assert not is_never("ประเด็นขยะให้ พชต. ดำเนินการต่อเนื่อง")
    assert is_never("คัดกรองเบาหวาน (เป้าหมาย ≥ 90%)")
    assert is_never("คัดกรองความดันโลหิตสูง (เป้าหมาย ร้อยละ 90)")
    assert not is_never("ตั้งด่านชุมชน 11 ตำบล อัตราการสวมหมวกนิรภัย ร้อยละ 61.50 (เป้าหมาย ร้อยละ 70)")
    assert not is_never("คัดกรองเบาหวาน 16,700 คน")


def test_a_priced_count_of_things_bought_is_a_cost_line():
    assert is_never("ชุดตรวจมาลาเรียชนิดเร็ว (RDT) 300 ชุด × 45 บาท")
    assert is_never("ป้ายไวนิลรณรงค์ 8 ป้าย × 450 บาท")
    assert not is_never("อบรม อสม. 60 คน × 70 บาท")


def test_a_committee_in_its_numbered_meeting_is_that_meeting():
    assert same_activity("คณะกรรมการ พชอ.ตัวอย่าง ในการประชุมครั้งที่ 1/2566",
                         "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2566 คัดเลือกประเด็นและจัดทำแผน")
    assert not same_activity("คณะกรรมการ พชอ.ตัวอย่าง ในการประชุมครั้งที่ 1/2566",
                             "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2566")


def test_a_budget_tables_shortened_name_of_the_same_days_is_the_same_activity():
    block = Block(order=0, kind="paragraph", text="", raw_text="", start=0, end=0)
    full = Draft("ตั้งด่านชุมชนช่วง 7 วันอันตรายเทศกาลปีใหม่ 8 จุด", block, 0, 0,
                 PartialDate(2022, 12, 28), PartialDate(2023, 1, 3))
    assert same_days_named(full, replace(full, title="ตั้งด่านชุมชนช่วงเทศกาลปีใหม่"))
    assert not same_days_named(full, replace(full, title="ตั้งด่านชุมชนช่วงเทศกาลสงกรานต์"))


# --- activities: Word files built here ---------------------------------------------------


def test_a_built_project_report_reads_issue_headings_and_a_broken_lines_money(tmp_path):
    path = write_docx(
        tmp_path / "project.docx",
        ["รายงานสรุปผลการดำเนินโครงการ พชอ.ตัวอย่าง ปีงบประมาณ 2567",
         "3. กิจกรรมที่ดำเนินการ",
         "3.1 ประเด็นโรคไข้เลือดออก",
         "ดำเนินกิจกรรม ได้แก่ (1) รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย วันที่ 20 พฤษภาคม 2567 ผู้เข้าร่วม 250 คน "
         "(2) อสม. สำรวจลูกน้ำยุงลายทุกวันศุกร์ ตั้งแต่ 1 พฤษภาคม – 30 กันยายน 2567 อสม. 410 คน "
         "(3) พ่นหมอกควันในหมู่บ้านตัวอย่าง ระหว่าง 1 มิถุนายน – 31 สิงหาคม 2567 ใช้น้ำยาพ่นหมอกควัน 7,300 บาท"],
    )
    acts = {a.title: a for a in extract(parse(path)).activities}
    assert not any(t.startswith("ประเด็น") for t in acts)
    survey = next(a for t, a in acts.items() if t.startswith("อสม. สำรวจลูกน้ำ"))
    assert survey.budget_baht is None
    fogging = next(a for t, a in acts.items() if t.startswith("พ่นหมอกควัน"))
    assert (fogging.start, fogging.end, fogging.budget_baht) == ("2024-06-01", "2024-08-31", 7300)


def test_a_built_range_broken_over_two_lines_is_one_activitys(tmp_path):
    path = write_docx(
        tmp_path / "broken.docx",
        ["รายงานสรุปผลการดำเนินโครงการ พชอ.ตัวอย่าง ปีงบประมาณ 2567",
         "3. กิจกรรมที่ดำเนินการ",
         "(1) อสม. สำรวจลูกน้ำยุงลายทุกวันศุกร์ ตั้งแต่ 1 พฤษภาคม – 30 กันยายน 2567 อสม. 410 คน",
         "(2) พ่นหมอกควันในหมู่บ้านตัวอย่าง 18 หมู่บ้าน ระหว่าง 1 มิถุนายน",
         "– 31 สิงหาคม 2567 ใช้น้ำยาพ่นหมอกควัน 7,300 บาท"],
    )
    acts = {a.title: a for a in extract(parse(path)).activities}
    assert not any(t.startswith("ใช้") for t in acts)
    fogging = next(a for t, a in acts.items() if t.startswith("พ่นหมอกควัน"))
    assert (fogging.start, fogging.end, fogging.budget_baht) == ("2024-06-01", "2024-08-31", 7300)


def test_a_status_note_is_no_part_of_the_name():
    text = "เวทีแลกเปลี่ยนเรียนรู้ชุมชนตัวอย่าง (เลื่อนไปดำเนินการในปีงบประมาณ 2568 เนื่องจากสถานการณ์อุทกภัย)"
    s, e = title_span(text, 0, len(text), cell=True)
    assert text[s:e] == "เวทีแลกเปลี่ยนเรียนรู้ชุมชนตัวอย่าง"
    text = "พ่นหมอกควันในหมู่บ้านตัวอย่าง ระหว่าง 1 มิถุนายน"
    s, e = title_span(text, 0, len(text))
    assert text[s:e] == "พ่นหมอกควันในหมู่บ้านตัวอย่าง"


def test_a_built_report_with_plan_ahead_under_its_problems(tmp_path):
    path = write_docx(
        tmp_path / "progress.docx",
        ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 6 เดือน ปีงบประมาณ 2566",
         "6. ปัญหาอุปสรรคและแผนรอบ 6 เดือนหลัง",
         "- แรงงานเคลื่อนย้ายตามฤดูกาล ติดตามได้ยาก",
         "1) ตั้งด่านชุมชนช่วงเทศกาลสงกรานต์ 11–17 เมษายน 2566 อาสาสมัคร 96 คน"],
    )
    acts = {a.title: a for a in extract(parse(path)).activities}
    checkpoint = acts["ตั้งด่านชุมชนช่วงเทศกาลสงกรานต์"]
    assert (checkpoint.start, checkpoint.end, checkpoint.participants) == ("2023-04-11", "2023-04-17", 96)
    assert not any(t.startswith("แรงงาน") for t in acts)


# --- real corpus files of set 49 ---------------------------------------------------------


def test_suphan_buri_issues_come_from_the_summary_table(parsed):
    for ext in ("docx", "pdf"):
        issues = extract(parsed(f"{SUPHAN}.{ext}")).issues
        assert len(issues) == 10
        assert not any("ประเด็น" in i.text or "นโยบาย" in i.text for i in issues)


def test_uttaradit_issues_and_activities(parsed):
    for ext in ("docx", "pdf"):
        x = extract(parsed(f"{UTTARADIT}.{ext}"))
        assert len(x.issues) == 2
        acts = {a.title: a for a in x.activities}
        assert not any(t.startswith(("ประเด็น", "คัดกรองเบาหวาน (", "ใช้น้ำยา")) for t in acts)
        assert "เวทีแลกเปลี่ยนเรียนรู้ชุมชนต้นแบบลดโรค NCD" in acts
        fogging = next(a for t, a in acts.items() if t.startswith("พ่นหมอกควัน"))
        assert (fogging.start, fogging.end, fogging.budget_baht) == ("2024-06-01", "2024-08-31", 7300)


def test_sing_buri_meeting_in_passing_is_the_tables_meeting(parsed):
    for ext in ("docx", "pdf"):
        titles = [a.title for a in extract(parsed(f"{SING_BURI}.{ext}")).activities]
        assert not any(t.startswith("คณะกรรมการ") for t in titles)
        assert sum("ครั้งที่ 1/2566" in t for t in titles) == 1


def test_trat_cost_lines_tallies_and_plan_ahead(parsed):
    acts = {a.title: a for a in extract(parsed(TRAT)).activities}
    assert not any("×" in t or t.endswith("2 ครั้ง") for t in acts)
    assert "ตั้งด่านชุมชนช่วงเทศกาลปีใหม่" not in acts
    assert acts["ตั้งด่านชุมชนช่วงเทศกาลสงกรานต์"].start == "2023-04-11"
    assert acts["ถอดบทเรียน"].start == "2023-08"
