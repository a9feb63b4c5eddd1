"""A table row at the top of a page under a merged first cell is a row of its own,
the words a page break cut from a merged cell go back to it, and a plan row cut
by a page break goes back to its row, each cell to its column (real corpus PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_page_breaks import (
    CONTINUATION_START_RE,
    FIGURE_ONLY_RE,
    PHRASE_CUT_END_RE,
    _bracket_cut,
)
from pcc_ingest.parsers.pdf_row_numbers import row_number

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


def test_a_plan_row_cut_in_every_column_goes_back_to_its_row_though_one_cell_sits_off_the_line():
    """The numbered activity cell's last line sits a few points below its neighbours' and the
    amount cell ended a line higher: the cells carried over still go back each to its own column."""
    rows = corpus_rows("phayao-chun-2568-action-plan.pdf")
    row = next(r for r in rows if any(c.startswith("1. ตั้งด่านชุมชน") for c in r))
    assert row[0] == "ประเด็นที่ 3 การป้องกันและลดอุบัติเหตุทางถนน"
    assert row[2] == "ด่านชุมชน 24 ด่าน อาสาสมัคร 240 คน"
    assert row[3] == "27 ธันวาคม 2567 – 2 มกราคม 2568 และ 11–17 เมษายน 2568"
    assert row[4].endswith("x 200 บาท")
    assert not any(r[0] == "อุบัติเหตุทางถนน" for r in rows)


def test_a_one_line_row_cut_by_the_page_goes_back_by_its_unspaced_number_and_an_open_bracket():
    """"๑๒.ประชุม…" is numbered though no space follows the dot, and "(งบ" above is closed
    by "สนับสนุน พชอ.)" below: the page cut the row."""
    rows = corpus_rows("sakon-nakhon-sawang-daen-din-2567-action-plan.pdf")
    row = next(r for r in rows if any(c.startswith("12.ประชุมคณะกรรมการ") for c in r))
    assert row[:3] == ["12.ประชุมคณะกรรมการ พชอ. ไตรมาสละ 1 ครั้ง", "คณะกรรมการ 35 คน",
                       "ธันวาคม 2566, มีนาคม, มิถุนายน, กันยายน 2567"]
    assert row[5] == "สสจ.สกลนคร (งบสนับสนุน พชอ.)"


def test_a_one_line_row_goes_back_when_two_numbered_columns_run_on_without_numbers():
    rows = corpus_rows("chiang-rai-wiang-pa-pao-2568-action-plan.pdf")
    row = next(r for r in rows if r and r[0].startswith("1. หมอก"))
    assert row[0] == "1. หมอกควันและ PM2.5"
    assert row[2].startswith("1. ประชุมคณะทำงานเฝ้าระวังไฟป่า")
    assert not any(r and r[0] == "ควันและ PM2.5" for r in rows)


@pytest.mark.parametrize(("above", "below", "cut"), [
    ("สสจ.สกลนคร (งบ", "สนับสนุน พชอ.)", True),
    ("สสจ.สกลนคร (งบ)", "สนับสนุน พชอ.)", False),
    ("ค่าวัสดุ (ชุด", "2) ค่าอาหาร", False),
    ("ค่าวัสดุ", "สนับสนุน พชอ.)", False),
])
def test_a_bracket_opened_above_and_closed_below_shows_a_cut(above, below, cut):
    assert _bracket_cut(above, below) is cut


@pytest.mark.parametrize(("text", "number"), [("๑๒.ประชุม", (12,)), ("2.1 ประชุม", (2, 1)), ("12.5%", None),
                                              ("ละ ๑ ครั้ง", None)])
def test_a_row_number_may_run_into_its_thai_text(text, number):
    assert row_number(text) == number
