"""Activity rules added after the round-4 held-out documents: dashed items of
one cell, labelled result lines, counts that close a clause, projects, memo
minutes, recommendation tables.  Pure functions on strings first, then each rule
on a real file (corpus files, or a .docx written with python-docx)."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.activities import (
    after_count,
    bulleted_items,
    extract_activities,
    same_activity,
)
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CELL = ("- ประชุมคณะทำงาน วันที่ 19 ธ.ค. 66 ผู้เข้าร่วม 38 คน "
        "- อบรมอาสาสมัคร ต.ค. – ธ.ค. 66 จำนวน 150 คน")


def _titles(doc) -> dict[str, object]:
    return {a.title: a for a in extract(doc).activities}


def _find(doc, words: str):
    return next((a for a in extract(doc).activities if words in a.title), None)


def test_a_cell_of_dashed_lines_gives_one_item_per_dash_and_a_date_range_dash_is_none():
    items = bulleted_items(CELL)
    assert [CELL[s:e].split()[0] for s, e in items] == ["ประชุมคณะทำงาน", "อบรมอาสาสมัคร"]


def test_a_cell_with_one_dashed_line_or_none_has_no_dashed_items():
    assert bulleted_items("- ประชุมคณะทำงาน วันที่ 19 ธ.ค. 66") == []
    assert bulleted_items("ประชุมคณะทำงาน - อบรมอาสาสมัคร") == []


def test_an_activity_word_after_a_closing_count_opens_the_next_act():
    text = "จัดอบรมทีม เมื่อวันที่ 15 ธันวาคม 2566 ผู้เข้าร่วม 64 คน ตั้งด่านชุมชนช่วงปีใหม่"
    opener = after_count(text, 0, len(text))
    assert opener is not None and text[opener.span[0]:opener.span[1]].startswith("ตั้งด่านชุมชน")
    assert after_count("ผู้เข้าร่วม 64 คน คิดเป็นร้อยละ 80", 0, 34) is None


def test_a_meeting_named_with_its_district_or_its_bracketed_abbreviation_is_one_meeting():
    assert same_activity("การประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอบ้านนา ครั้งที่ 3/2566",
                         "ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ครั้งที่ 3/2566")
    assert not same_activity("ประชุม พชอ.เมือง ครั้งที่ 1/2567", "ประชุม พชอ.ปง ครั้งที่ 1/2567")


def test_every_dashed_line_of_a_results_table_cell_is_an_activity_with_its_own_fields(parsed):
    doc = parsed("nong-bua-lam-phu-province-2567-progress.pdf")
    trained = _find(doc, "อบรมอาสาสมัครด่านชุมชน")
    assert trained is not None
    assert (trained.start, trained.participants, trained.budget_baht) == ("2023-12-22", 150, 18000)
    screened = _find(doc, "คัดกรองผู้สูงอายุ ADL")
    assert screened is not None and screened.participants is None  # the results cell's count is not its
    assert _find(doc, "ซ่อมแซมบ้านผู้ยากไร้") is not None


def test_a_labelled_results_line_names_its_acts_split_at_each_closing_count(parsed):
    doc = parsed("chachoengsao-phanom-sarakham-2567-progress.docx")
    trained = _find(doc, "ทีมสอบสวนอุบัติเหตุ")
    assert trained is not None and (trained.start, trained.end, trained.participants) == ("2023-12-15", "2023-12-15", 64)
    checkpoints = _find(doc, "ตั้งด่านชุมชน")
    assert checkpoints is not None and checkpoints.start == "2023-12-29"
    survey = _find(doc, "สำรวจและแก้ไขจุดเสี่ยง")
    assert survey is not None and "ได้ 7 จุด" not in survey.title


def test_projects_are_no_activities_and_a_listed_date_series_starts_at_its_first(parsed):
    doc = parsed("buri-ram-lam-plai-mat-2568-action-plan.docx")
    titles = _titles(doc)
    assert not [t for t in titles if t.startswith("โครงการ")]
    quarterly = _find(doc, "ไตรมาสละ 1 ครั้ง")
    assert quarterly is not None and (quarterly.start, quarterly.end) == ("2024-12", "2025-09")


def test_a_memo_of_minutes_gives_the_meeting_once_and_each_decision_under_its_heading(parsed):
    doc = parsed("tak-ban-tak-2566-summary.docx")
    meetings = [a for a in extract(doc).activities if "3/2566" in a.title]
    assert len(meetings) == 1 and meetings[0].participants == 34
    campaign = _find(doc, "Big Cleaning Day")
    assert campaign is not None and campaign.start == "2023-06-23"
    lessons = _find(doc, "สรุปบทเรียนการควบคุมไฟป่า")
    # the party asked stays in the title, the "มอบหมายให้" lead-in does not (gold/README conventions)
    assert lessons is not None and not lessons.title.startswith(("มอบหมาย", "ให้"))


def test_recommendations_with_deadlines_are_planned_activities(parsed):
    doc = parsed("prachuap-khiri-khan-province-2566-inspection.pdf")
    order = _find(doc, "ปรับปรุงคำสั่งคณะกรรมการ")
    # a completion deadline is an end only (gold/README conventions: "ภายใน <day>")
    assert order is not None and (order.start, order.end) == (None, "2023-07-31")


def test_an_orders_table_with_a_completion_column_gives_dated_activities(tmp_path):
    path = write_docx(tmp_path / "orders.docx", ["สรุปผลการตรวจราชการ ปีงบประมาณ 2567"], [
        ["ที่", "ข้อสั่งการ", "ผู้รับผิดชอบ", "ระยะเวลาแล้วเสร็จ"],
        ["1", "จัดประชุมชี้แจงแนวทางการดำเนินงานแก่ พชต. ทุกตำบล", "สสอ.", "15 ม.ค. 2567"],
        ["2", "ติดตามเยี่ยมบ้านผู้ป่วยติดเตียงร่วมกับ อปท.", "รพ.สต.", "ยังไม่กำหนด"],
    ])
    titles = _titles(parse(path))
    dated = titles.get("จัดประชุมชี้แจงแนวทางการดำเนินงานแก่ พชต. ทุกตำบล")
    assert dated is not None and (dated.start, dated.end) == (None, "2024-01-15")
    assert "ติดตามเยี่ยมบ้านผู้ป่วยติดเตียงร่วมกับ อปท." not in titles  # no deadline, no row activity


def test_a_plan_that_lists_only_projects_keeps_them_as_its_planned_activities(tmp_path):
    path = write_docx(tmp_path / "plan.docx", [
        "แผนพัฒนาคุณภาพชีวิตอำเภอตัวอย่าง ปีงบประมาณ 2568",
        "โครงการในปี 2568",
        "1. โครงการอบรมแกนนำป้องกันอุบัติเหตุทางถนน (ธ.ค. 67 – ม.ค. 68) งบประมาณ 15,000 บาท",
        "2. โครงการคัดกรองผู้สูงอายุในชุมชน (มี.ค. – พ.ค. 68) งบประมาณ 20,000 บาท",
    ])
    titles = [a.title for a in extract_activities(parse(path), DocumentFacts(fiscal_year_be=2568))]
    assert [t[:12] for t in titles] == ["โครงการอบรมแ", "โครงการคัดกร"]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_projects_that_head_their_own_activities_are_none_themselves(parsed, ext):
    doc = parsed(f"buri-ram-lam-plai-mat-2568-action-plan.{ext}")
    titles = [a.title for a in extract_activities(doc, extract_facts(doc))]
    assert titles and not any(t.startswith("โครงการ") for t in titles)
