"""Round 50 (activities in inspection reports and minutes, issues): a listed line that opens
with its day named by weekday and a clock time ("วันจันทร์ที่ 20 มกราคม 2568 เวลา 09.00–12.00 น.
ตรวจเยี่ยม ...") names the act after them, dated that day; an inspection visit ("ตรวจเยี่ยม
พชอ.X ณ ...") keeps the places after "ณ" in its name, other acts still end at their venue; a
part's heading and the sentence leading into a list ("... ตามกำหนดการดังนี้") over listed
activities are none themselves; a meeting "เพื่อคัดเลือกประเด็น..." keeps that purpose in its
name; in a table with one money column per funder and their total ("รวม (บาท)") a row's money is
the total; a row naming two meeting numbers ("ครั้งที่ 3/2566 และ 4/2566") is not merged with the
next meeting of one of them; a decision that only changes the plan ("เห็นชอบให้ปรับค่าเป้าหมาย...",
"นำเงินคงเหลือไปสมทบ...") is no activity; "ทั้งนี้ให้<party> เขียนโครงการ... ภายในวันที่ ..." is a
task with a deadline; a head count told under a numbered plan table for "โครงการที่ N" is row N's
participants; an inline issue list ends before "บัดนี้..." opening the next sentence.
Strings first, then Word files built here, then real corpus files of set 50."""

from __future__ import annotations

from pathlib import Path

import docx
from docx_builder import add_table, write_docx

from pcc_ingest.extract.activities.lines import date_lead
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

NONTHABURI = "nonthaburi-province-2568-inspection"
UBON = "ubon-ratchathani-trakan-phuet-phon-2566-minutes"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _title(text: str) -> str:
    span = title_span(text, 0, len(text))
    assert span is not None
    return text[span[0]:span[1]]


# --- strings -----------------------------------------------------------------------------


def test_a_weekday_date_and_clock_time_lead_into_the_act():
    body = "วันพุธที่ 22 มกราคม 2568 เวลา 13.30–16.30 น. ตรวจเยี่ยม พชอ.ตัวอย่าง"
    assert body[date_lead(body, listed=True):].startswith("ตรวจเยี่ยม")
    assert body[date_lead(body):].startswith("ตรวจเยี่ยม")


def test_an_inspection_visit_keeps_its_venue_other_acts_do_not():
    assert _title("ตรวจเยี่ยม พชอ.ตัวอย่าง ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง") == (
        "ตรวจเยี่ยม พชอ.ตัวอย่าง ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง")
    assert _title("อบรมแกนนำชุมชนตัวอย่าง ณ ห้องประชุมโรงพยาบาลตัวอย่าง") == "อบรมแกนนำชุมชนตัวอย่าง"


def test_a_row_of_two_meeting_numbers_is_not_one_of_them():
    assert not same_activity("ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566 และ 4/2566", "ประชุมคณะกรรมการ ครั้งที่ 3/2566")
    assert same_activity("ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566", "ประชุมคณะกรรมการ ครั้งที่ 3/2566")


def test_a_decision_changing_targets_or_money_is_a_plan_change():
    change = rule_re("minutes", "plan_change")
    assert change.match("ปรับค่าเป้าหมายและเพิ่มตัวชี้วัดตามที่เสนอ")
    assert change.match("นำเงินคงเหลือไปสมทบตามที่เสนอ")
    assert not change.match("จัดอบรมแกนนำตัวอย่าง ภายในเดือนพฤษภาคม 2566")


# --- Word files built here ----------------------------------------------------------------


def test_a_built_timetable_list_gives_each_dated_visit_and_not_its_leads(tmp_path):
    document = docx.Document()
    document.add_paragraph("รายงานการตรวจราชการ พชอ. จังหวัดตัวอย่าง ปีงบประมาณ 2568")
    document.add_heading("3. การตรวจเยี่ยมและติดตามการดำเนินงาน", level=1)
    document.add_paragraph("คณะตรวจราชการระดับจังหวัด ได้ลงพื้นที่ติดตามการดำเนินงาน พชอ. ครบทั้ง 3 อำเภอ ตามกำหนดการดังนี้")
    for line in ("1. วันจันทร์ที่ 20 มกราคม 2568 เวลา 09.00–12.00 น. ตรวจเยี่ยม พชอ.ตัวอย่างเหนือ ณ ที่ว่าการอำเภอตัวอย่างเหนือ",
                 "2. วันพุธที่ 22 มกราคม 2568 เวลา 13.30–16.30 น. ตรวจเยี่ยม พชอ.ตัวอย่างใต้ ณ โรงพยาบาลตัวอย่างใต้",
                 "3. วันพุธที่ 12 กุมภาพันธ์ 2568 เวลา 09.00–16.00 น. ประชุมสรุปผลการตรวจเยี่ยมระดับจังหวัด "
                 "ณ ห้องประชุมสำนักงานสาธารณสุขจังหวัดตัวอย่าง ผู้เข้าร่วมประชุม 45 คน ประกอบด้วย ผู้แทน พชอ. 30 คน "
                 "และเจ้าหน้าที่ สสจ. 15 คน"):
        document.add_paragraph(line)
    document.add_heading("4. ผลการดำเนินงาน", level=1)
    path = tmp_path / "visits.docx"
    document.save(path)
    acts = {a.title: a for a in extract(parse(path)).activities}
    north = acts["ตรวจเยี่ยม พชอ.ตัวอย่างเหนือ ณ ที่ว่าการอำเภอตัวอย่างเหนือ"]
    assert (north.start, north.end) == ("2025-01-20", "2025-01-20")
    assert acts["ประชุมสรุปผลการตรวจเยี่ยมระดับจังหวัด"].participants == 45
    assert not any(t.startswith("การตรวจเยี่ยมและติดตาม") or t.endswith("ดังนี้") for t in acts)


def test_a_built_issue_choosing_meeting_keeps_its_purpose(tmp_path):
    path = write_docx(tmp_path / "chose.docx", [
        "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2568",
        "สถานการณ์",
        "ในปีงบประมาณ พ.ศ. 2568 ทุกอำเภอได้จัดประชุมคณะกรรมการเพื่อคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต"
        "อย่างน้อยอำเภอละ 2 ประเด็น"])
    titles = [a.title for a in extract(parse(path)).activities]
    assert "ประชุมคณะกรรมการเพื่อคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต" in titles


def _minutes(path: Path) -> Path:
    document = docx.Document()
    for line in ("รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 2/2566",
                 "วันอังคารที่ 28 มีนาคม 2566 เวลา 09.30–12.00 น.",
                 "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา",
                 "4.1 พิจารณาอนุมัติแผนงาน/โครงการ ครึ่งปีหลัง",
                 "เลขานุการเสนอแผนงาน/โครงการครึ่งปีหลัง จำนวน 3 โครงการ จำแนกตามแหล่งงบประมาณ ดังนี้"):
        document.add_paragraph(line)
    add_table(document, [
        ("ที่", "โครงการ/กิจกรรม", "ระยะเวลา", "กองทุนตัวอย่าง (บาท)", "สสจ.ตัวอย่าง (บาท)", "รวม (บาท)"),
        ("1", "โครงการอบรมแกนนำครอบครัวตัวอย่าง", "พ.ค. 66", "35,000.-", "15,000.-", "50,000.-"),
        ("2", "โครงการอบรมผู้ดูแลผู้สูงอายุตัวอย่าง", "มิ.ย. 66", "42,500.-", "8,000.-", "50,500.-"),
        ("3", "ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566 และ 4/2566", "ก.ค. – ก.ย. 66", "-", "8,000.-", "8,000.-"),
        ("", "รวม", "", "77,500.-", "31,000.-", "108,500.-"),
    ])
    for line in ("สำหรับโครงการที่ 1 กำหนดกลุ่มเป้าหมายรวม 120 คน ได้แก่ อสม. 60 คน และผู้นำชุมชน 60 คน "
                 "ส่วนโครงการที่ 2 กำหนดกลุ่มเป้าหมาย Caregiver 85 คน และ Care Manager 15 คน รวม 100 คน",
                 "ที่ประชุมอภิปราย ท้องถิ่นอำเภอแจ้งว่าสนับสนุนงบประมาณได้ ทั้งนี้ให้แต่ละตำบลเขียนโครงการเสนอ"
                 "คณะกรรมการกองทุนภายในวันที่ 7 เมษายน พ.ศ. 2566",
                 "มติที่ประชุม อนุมัติแผนงาน/โครงการครึ่งปีหลัง ตามที่เสนอ",
                 "4.2 พิจารณาตัวชี้วัดและค่าเป้าหมาย",
                 "มติที่ประชุม เห็นชอบให้ปรับค่าเป้าหมายและเพิ่มตัวชี้วัดตามที่เสนอ",
                 "ระเบียบวาระที่ 5 เรื่องอื่น ๆ",
                 "5.1 กำหนดการประชุมคณะกรรมการ ครั้งที่ 3/2566 ในวันพฤหัสบดีที่ 20 กรกฎาคม 2566 เวลา 13.30 น.",
                 "มติที่ประชุม รับทราบ"):
        document.add_paragraph(line)
    document.save(path)
    return path


def test_built_minutes_take_the_funders_total_and_the_counts_told_under_the_table(tmp_path):
    acts = {a.title: a for a in extract(parse(_minutes(tmp_path / "minutes.docx"))).activities}
    family = acts["โครงการอบรมแกนนำครอบครัวตัวอย่าง"]
    assert (family.participants, family.budget_baht) == (120, 50000)
    carers = acts["โครงการอบรมผู้ดูแลผู้สูงอายุตัวอย่าง"]
    assert (carers.participants, carers.budget_baht) == (100, 50500)
    series = acts["ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566 และ 4/2566"]
    assert (series.start, series.end, series.budget_baht) == ("2023-07", "2023-09", 8000)


def test_built_minutes_keep_the_deadline_task_and_drop_the_plan_change(tmp_path):
    acts = {a.title: a for a in extract(parse(_minutes(tmp_path / "minutes.docx"))).activities}
    task = acts["แต่ละตำบลเขียนโครงการเสนอคณะกรรมการกองทุน"]
    assert (task.start, task.end) == (None, "2023-04-07")
    assert not any(t.startswith("ปรับค่าเป้าหมาย") for t in acts)
    assert any(a.start == "2023-07-20" for a in acts.values())  # the next meeting stays its own


# --- real corpus files of set 50 ----------------------------------------------------------


def test_nonthaburi_inspection_timetable():
    for ext in ("docx", "pdf"):
        acts = {a.title: a for a in extract(parse(CORPUS / f"{NONTHABURI}.{ext}")).activities}
        assert len(acts) == 8
        assert acts["ตรวจเยี่ยม พชอ.ปากเกร็ด ณ องค์การบริหารส่วนตำบลเกาะเกร็ด"].start == "2025-02-05"
        assert "ประชุมคณะกรรมการเพื่อคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต" in acts


def test_ubon_minutes_plan_table_and_inline_issues():
    for ext in ("docx", "pdf"):
        x = extract(parse(CORPUS / f"{UBON}.{ext}"))
        assert "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดบ้านติดเตียง" in [i.text for i in x.issues]
        acts = {a.title: a for a in x.activities}
        assert acts["โครงการด่านชุมชนป้องกันอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 23 ตำบล"].budget_baht == 66000
        assert acts["โครงการอบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ (Caregiver)"].participants == 100
        assert not any("ตามที่เสนอ" in t for t in acts)
