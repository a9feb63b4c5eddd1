"""Document types from a request for approval and an assessment summary; a counted list
of issues with a qualifier before its introducer; a list ending where an act begins; a
range cut by a PDF line end."""

from __future__ import annotations

import re

import pytest

from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers.pdf_line_joining import LIST_LABEL_RE, RANGE_GOES_ON_RE
from pcc_ingest.rules import load_rules


@pytest.mark.parametrize(("text", "count"), [
    ("เห็นชอบให้ขับเคลื่อน 2 ประเด็นต่อเนื่องจากปีที่ผ่านมา คือ การส่งเสริม", "2"),
    ("เลือก 3 ประเด็น ได้แก่ การดูแลผู้สูงอายุ", "3"),
    ("จำนวน 2 ประเด็นหลัก คือ", "2"),
])
def test_a_counted_list_may_have_a_short_qualifier_before_its_introducer(text, count):
    assert re.search(load_rules("issues")["counted_list"], text)["count"] == count


def test_a_qualifier_with_a_figure_is_no_part_of_a_counted_list():
    assert re.search(load_rules("issues")["counted_list"], "2 ประเด็น ในปี 2567 คือ") is None


@pytest.mark.parametrize(("prev", "line", "goes_on"), [
    ("ได้รับวัคซีนตามเกณฑ์อายุในเด็กอายุ 0", "– 5 ปี และการป้องกัน", True),
    ("ระหว่าง ต.ค. 66", "- 31 ธ.ค. 66", True),
    ("ผู้เข้าร่วม 40 คน", "- ค่าอาหารว่าง 2 มื้อ", False),
    ("จำนวน 40", "- ค่าอาหารว่าง", False),
])
def test_a_dash_and_a_figure_after_a_line_ending_in_a_figure_go_on_with_a_range(prev, line, goes_on):
    assert LIST_LABEL_RE.match(line)
    assert bool(RANGE_GOES_ON_RE.search(prev + "\n" + line)) is goes_on


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_request_for_approval_of_a_project_is_an_action_plan(parsed, ext):
    facts = extract_facts(parsed(f"narathiwat-tak-bai-2568-project.{ext}"))
    assert facts.doc_type == "action_plan"
    assert "ขออนุมัติโครงการ" in facts.evidence["doc_type"].context


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_summary_of_a_self_assessment_is_a_progress_report(parsed, ext):
    assert extract_facts(parsed(f"sing-buri-province-2566-summary.{ext}")).doc_type == "progress_report"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_issues_counted_after_a_qualifier_are_read_also_when_a_range_wraps_in_the_pdf(parsed, ext):
    issues = extract(parsed(f"narathiwat-tak-bai-2568-project.{ext}")).issues
    assert [i.text for i in issues] == [
        "การส่งเสริมการได้รับวัคซีนตามเกณฑ์อายุในเด็กอายุ 0 – 5 ปี",
        "การป้องกันและแก้ไขปัญหายาเสพติดในกลุ่มเยาวชน",
    ]


def test_an_issue_list_ends_where_an_act_begins(parsed):
    issues = extract(parsed("phatthalung-khao-chaison-2567-progress.pdf")).issues
    assert "การป้องกันและลดอุบัติเหตุทางถนน" in [i.text for i in issues]
    assert not any("แต่งตั้ง" in i.text for i in issues)
