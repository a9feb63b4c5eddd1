"""Issues and document facts in layouts the extractors were not tuned on:
issue lists typed under numbered district sub-headings, results set out
issue by issue, a heading glued onto the last issue by a PDF, vaccination as
an issue; memos summarising a meeting, a fiscal year's covered months in
brackets, a visit report's dateline, plans whose projects each have a
duration.  Rules on strings first, then on small built .docx files and on
real corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.issues import before_glued_heading, results_by_issue
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse


def cleaned(text: str) -> str:
    return text[:before_glued_heading(text, 0, len(text))].rstrip()


@pytest.mark.parametrize("heading", [
    "1. ผลการดำเนินงานตามประเด็นพัฒนาคุณภาพชีวิต ปีงบประมาณ 2566 (ตุลาคม 2565 – พฤษภาคม 2566)",
    "ผลการดำเนินงานรายประเด็น",
    "3. สรุปผลการขับเคลื่อนแต่ละประเด็น",
    "ความก้าวหน้าการดำเนินงานตามประเด็นขับเคลื่อน",
])
def test_a_results_heading_set_out_by_issue_opens_run_in_issues(heading):
    assert results_by_issue(heading)


@pytest.mark.parametrize("heading", [
    "3. ผลการดำเนินงานตามตัวชี้วัด รายอำเภอ",
    "ประเด็นที่ขับเคลื่อน",
    ("1.1 การป้องกันและควบคุมโรคไข้เลือดออก ตั้งแต่วันที่ 1 มกราคม – 9 มิถุนายน 2566 มีผู้ป่วยสะสม 18 ราย "
     "อัตราป่วย 41.19 ต่อแสนประชากร ผลการดำเนินงานตามประเด็นนี้"),
])
def test_other_headings_and_long_paragraphs_are_no_results_by_issue(heading):
    assert not results_by_issue(heading)


@pytest.mark.parametrize(("item", "issue"), [
    ("การป้องกันและควบคุมโรคไข้เลือดออกจุดเด่น", "การป้องกันและควบคุมโรคไข้เลือดออก"),
    ("การดูแลกลุ่มเปราะบาง จุดที่ควรพัฒนา", "การดูแลกลุ่มเปราะบาง"),
    ("การจัดการขยะในชุมชนข้อเสนอแนะ :", "การจัดการขยะในชุมชน"),
    ("การพัฒนาศักยภาพผู้ดูแลผู้สูงอายุ", "การพัฒนาศักยภาพผู้ดูแลผู้สูงอายุ"),
    ("การลดปัญหาหมอกควันและไฟป่า (PM 2.5)", "การลดปัญหาหมอกควันและไฟป่า (PM 2.5)"),
])
def test_a_heading_a_pdf_runs_onto_the_last_issue_is_cut_off(item, issue):
    assert cleaned(item) == issue


@pytest.mark.parametrize("issue", [
    "การส่งเสริมการได้รับวัคซีนตามเกณฑ์อายุในเด็กอายุ 0 – 5 ปี",
    "การสร้างเสริมภูมิคุ้มกันโรคในเด็ก",
    "การป้องกันโรคหัดและคอตีบ",
])
def test_vaccination_is_communicable_disease(issue):
    assert categorize(issue) == "communicable_disease"


def test_social_immunity_stays_livelihood():
    assert categorize("การสร้างภูมิคุ้มกันทางสังคม") == "livelihood"


def test_issues_typed_under_numbered_district_subheadings_belong_to_those_districts(tmp_path):
    path = write_docx(tmp_path / "visits.docx", paragraphs=[
        "สรุปผลการตรวจเยี่ยม พชอ. จังหวัดน่าน ปีงบประมาณ 2567",
        "2. สรุปผลการตรวจเยี่ยมรายอำเภอ",
        "2.1 อำเภอปัว (ตรวจเยี่ยม 4 มี.ค. 67)",
        "ประเด็นที่ขับเคลื่อน : 1) การจัดการขยะในชุมชน 2) การป้องกันอุบัติเหตุทางถนน",
        "จุดเด่น",
        "• มีการประชุม พชอ. ครบ 4 ครั้ง",
        "2.2 อำเภอท่าวังผา (ตรวจเยี่ยม 5 มี.ค. 67)",
        "ประเด็นที่ขับเคลื่อน : 1) การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง 2) การป้องกันและแก้ไขปัญหายาเสพติด",
        "3. ข้อเสนอแนะระดับจังหวัด",
        "ประเด็นร่วมระดับจังหวัด : 1) การป้องกันโรคไข้เลือดออก",
    ])
    issues = [(i.district, i.text) for i in extract(parse(path)).issues]
    assert issues == [
        ("5505", "การจัดการขยะในชุมชน"), ("5505", "การป้องกันอุบัติเหตุทางถนน"),
        ("5506", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"), ("5506", "การป้องกันและแก้ไขปัญหายาเสพติด"),
        (None, "การป้องกันโรคไข้เลือดออก"),
    ]


def test_results_set_out_issue_by_issue_name_each_issue_once(tmp_path):
    path = write_docx(tmp_path / "memo.docx", paragraphs=[
        "บันทึกข้อความ",
        "ส่วนราชการ สำนักงานสาธารณสุขอำเภอปัว จังหวัดน่าน",
        "เรื่อง รายงานผลการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอปัว ครั้งที่ 2/2567",
        "ขอสรุปสาระสำคัญของการประชุม ดังนี้",
        "1. ผลการดำเนินงานตามประเด็นพัฒนาคุณภาพชีวิต ปีงบประมาณ 2567 (ตุลาคม 2566 – มีนาคม 2567)",
        ("1.1 การป้องกันอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่ เกิดอุบัติเหตุ 12 ครั้ง ลดลงจากปีก่อน "
         "ด่านชุมชนเปิดครบทุกตำบล มีผู้บาดเจ็บ 9 ราย ไม่มีผู้เสียชีวิต"),
        ("1.2 การจัดการขยะในครัวเรือน ครัวเรือนคัดแยกขยะ 3,120 ครัวเรือน คิดเป็นร้อยละ 78.00 "
         "(เป้าหมายร้อยละ 70) ธนาคารขยะเปิดเพิ่ม 4 แห่ง"),
        "2. มติที่ประชุม",
        "2.1 มอบหมายให้ อปท. ทุกแห่งจัดกิจกรรมรณรงค์คัดแยกขยะ",
    ])
    doc = parse(path)
    ex = extract(doc)
    assert [(i.district, i.text, i.category) for i in ex.issues] == [
        ("5505", "การป้องกันอุบัติเหตุทางถนน", "road_safety"),
        ("5505", "การจัดการขยะในครัวเรือน", "waste_environment"),
    ]
    facts = extract_facts(doc)
    assert facts.doc_type == "other"
    assert (facts.period_start, facts.period_end) == ("2023-10-01", "2024-03-31")


def test_a_visit_reports_dateline_is_its_period(tmp_path):
    path = write_docx(tmp_path / "visit.docx", paragraphs=[
        "สรุปผลการตรวจราชการ ประเด็นการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ปีงบประมาณ 2567",
        "จังหวัดน่าน",
        "ตรวจเยี่ยมพื้นที่ระหว่างวันที่ 4 – 6 มีนาคม 2567",
        "1. ภาพรวมระดับจังหวัด",
        "การประชุมระหว่างวันที่ 10 – 12 เมษายน 2567 มีผู้เข้าร่วม 40 คน",
    ])
    facts = extract_facts(parse(path))
    assert (facts.period_start, facts.period_end) == ("2024-03-04", "2024-03-06")


def test_a_meeting_range_in_the_body_is_no_period(tmp_path):
    path = write_docx(tmp_path / "visit.docx", paragraphs=[
        "สรุปผลการตรวจราชการ ประเด็นการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ปีงบประมาณ 2567",
        "1. ภาพรวมระดับจังหวัด",
        "ตรวจเยี่ยมพื้นที่ระหว่างวันที่ 4 – 6 มีนาคม 2567",
    ])
    facts = extract_facts(parse(path))
    assert (facts.period_start, facts.period_end) == ("2023-10-01", "2024-09-30")


def test_projects_with_their_own_durations_leave_the_fiscal_year_as_period(tmp_path):
    path = write_docx(tmp_path / "plan.docx", paragraphs=[
        "แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) อำเภอปัว จังหวัดน่าน",
        "ประจำปีงบประมาณ พ.ศ. 2568",
        "โครงการที่ 1 ขับขี่ปลอดภัย",
        "1. อสม. สำรวจจุดเสี่ยง ระหว่างเดือนตุลาคม – ธันวาคม 2567",
        "ระยะเวลาดำเนินการ ธันวาคม 2567 – กันยายน 2568",
        "โครงการที่ 2 ผู้สูงอายุไม่ทอดทิ้งกัน",
        "ระยะเวลาดำเนินการ พฤศจิกายน 2567 – กันยายน 2568",
    ])
    facts = extract_facts(parse(path))
    assert (facts.period_start, facts.period_end) == ("2024-10-01", "2025-09-30")


def test_one_repeated_duration_is_the_period(tmp_path):
    path = write_docx(tmp_path / "project.docx", paragraphs=[
        "โครงการพัฒนาศักยภาพคณะกรรมการ พชอ. อำเภอปัว จังหวัดน่าน ปีงบประมาณ 2568",
        "ระยะเวลาดำเนินการ ธันวาคม 2567 – มีนาคม 2568",
        "สรุป ระยะเวลาดำเนินการ ธันวาคม 2567 – มีนาคม 2568",
    ])
    facts = extract_facts(parse(path))
    assert (facts.period_start, facts.period_end) == ("2024-12-01", "2025-03-31")


PRACHUAP = "prachuap-khiri-khan-province-2566-inspection.pdf"


def test_inspection_pdf_gives_each_visited_district_its_issues(parsed):
    issues = extract(parsed(PRACHUAP)).issues
    by_district: dict[str | None, list[str]] = {}
    for issue in issues:
        by_district.setdefault(issue.district, []).append(issue.text)
    assert sorted(by_district, key=str) == ["7701", "7702", "7704", "7706", "7707"]
    assert by_district["7706"] == ["การจัดการขยะและสิ่งแวดล้อม", "การป้องกันและควบคุมโรคไข้เลือดออก"]
    assert len(issues) == 12


def test_inspection_pdf_period_is_the_visit_dates(parsed):
    facts = extract_facts(parsed(PRACHUAP))
    assert (facts.period_start, facts.period_end) == ("2023-07-10", "2023-07-14")


@pytest.mark.parametrize("name", ["tak-ban-tak-2566-summary.docx", "tak-ban-tak-2566-summary.pdf"])
def test_memo_summarising_minutes_reads_its_results_by_issue(parsed, name):
    doc = parsed(name)
    ex = extract(doc)
    assert [(i.district, i.text) for i in ex.issues] == [
        ("6302", "การป้องกันและควบคุมโรคไข้เลือดออก"),
        ("6302", "การดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง"),
        ("6302", "การลดปัญหาหมอกควันและไฟป่า (PM 2.5)"),
    ]
    assert ex.document.doc_type == "other"
    assert (ex.document.period_start, ex.document.period_end) == ("2022-10-01", "2023-05-31")


def test_plan_pdf_with_per_project_durations_covers_its_fiscal_year(parsed):
    facts = extract_facts(parsed("buri-ram-lam-plai-mat-2568-action-plan.pdf"))
    assert (facts.period_start, facts.period_end) == ("2024-10-01", "2025-09-30")
