"""A table row at the top of a page under a merged first cell is a row of its own,
and the words a page break cut from a merged cell go back to it (real corpus PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_page_breaks import (
    CONTINUATION_START_RE,
    FIGURE_ONLY_RE,
    PHRASE_CUT_END_RE,
)

from .table_rows import rows_of

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def corpus_rows(name: str) -> list[list[str]]:
    return rows_of(CORPUS / name)


@pytest.mark.parametrize(("text", "figure"), [("4", True), ("71.43", True), ("1,250", True), ("๘๐", True),
                                              ("(12)", True), ("4 3", False), ("ผ่าน", False), ("ร้อยละ 80", False)])
def test_a_figure_only_cell_is_recognised(text, figure):
    assert bool(FIGURE_ONLY_RE.match(text)) is figure


@pytest.mark.parametrize(("above", "below", "cut"), [
    ("ประชุมเชิงปฏิบัติการทบทวนแผนและ", "พัฒนาศักยภาพ", True),
    ("แกนนำ พชต. 7 ตำบล", "ๆ ละ 8 คน", True),
    ("การจัดการขยะมูลฝอยและสิ่งแวดล้อม", "การป้องกันและลดอุบัติเหตุทางถนน", False),
])
def test_a_phrase_cut_mid_way_is_told_by_its_joining_word_or_repetition_mark(above, below, cut):
    assert bool(PHRASE_CUT_END_RE.search(above) or CONTINUATION_START_RE.match(below)) is cut


def test_scores_under_a_merged_district_at_a_page_top_stay_a_row_of_their_own():
    rows = corpus_rows("chumphon-province-2566-inspection.pdf")
    scores = [r for r in rows if any(c.startswith("การป้องกันและลดอุบัติเหตุทางถนน") for c in r)]
    assert len(scores) == 1
    assert [c for c in scores[0] if c][1:] == ["3"] * 6
    assert not any("4 3" in c for r in rows for c in r)


def test_an_activity_name_cut_by_the_page_goes_back_to_its_merged_cell_and_the_budget_lines_stay_two():
    rows = corpus_rows("kanchanaburi-thong-pha-phum-2568-action-plan.pdf")
    named = [r for r in rows if any("ประชุมเชิงปฏิบัติการทบทวนแผนและพัฒนาศักยภาพคณะกรรมการ" in c for c in r)]
    assert len(named) == 1
    assert any("ๆ ละ 8 คน" in c for c in named[0])
    lines = [r for r in rows if any(c.startswith("ค่าอาหารว่างและเครื่องดื่ม 60 คน") for c in r)]
    assert len(lines) == 1 and "4,200" in lines[0]


def test_a_row_cut_under_a_repeated_heading_spaced_otherwise_goes_back_to_its_row():
    """pdfium reads the heading "งบประมาณ ( บาท)" on one page and "(บาท)" on the next, and the
    table above stops less than a line short of the lowest body line: still one row."""
    doc = parse(CORPUS / "bueng-kan-seka-2568-action-plan.pdf")
    rows = corpus_rows("bueng-kan-seka-2568-action-plan.pdf")
    first = [r for r in rows if any(c.startswith("อบรมแกนนำ อสม.") for c in r)]
    assert len(first) == 1 and "ค่าตอบแทนวิทยากร 3 ชั่วโมง x 600 บาท = 1,800 บาท" in first[0][1]
    assert not any(r[1].startswith("- ค่าตอบแทนวิทยากร") for r in rows if len(r) > 1)
    headings = [b for b in doc.blocks if b.text == "กิจกรรม / รายละเอียดงบประมาณ"]
    assert headings[0].kind == "table_cell" and all(b.kind == "header" for b in headings[1:])


def test_a_cost_line_cut_by_the_page_goes_back_to_its_row_under_a_source_merged_from_above():
    """The row's source cell is merged down from the activity above, so the fragment's empty
    cell in that column has no partner in the last row: the fragment is still that row's rest."""
    rows = corpus_rows("nonthaburi-sai-noi-2566-action-plan.pdf")
    [lessons] = [r for r in rows if any(c.startswith("ถอดบทเรียนและประเมินตนเอง") for c in r)]
    assert any(c.endswith("ค่าจัดทำรูปเล่มรายงาน 5 เล่ม x 300 บาท = 1,500 บาท") for c in lessons)
    assert not any(c.startswith("300 บาท") for r in rows for c in r)
