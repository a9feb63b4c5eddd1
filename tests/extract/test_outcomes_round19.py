"""Round 19 outcome rules: a long group label spanning sub-columns still
heads a table; a figure cell's bracketed year dates it; a paragraph opening
"จากตาราง" repeats its table's figures; a target said after a comparison's
earlier figure is the current result's; a comparison followed by the
earlier level is no part of the indicator; a figure inside a quoted name is
no outcome; a predicate phrase keeps its subject.  Strings first, then real
.docx files and corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.clause_words import indicator_words, qualifier
from pcc_ingest.extract.outcomes.figure_pairs import pair_figures, skips_comparison
from pcc_ingest.extract.outcomes.figures import Figure, is_slogan
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.outcomes.table_readouts import reads_table
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse


@pytest.mark.parametrize(("text", "value", "year"), [
    ("14.80 (ปี 2565)", 14.8, 2565),
    ("12.03 (2566)", 12.03, 2566),
    ("ร้อยละ 61.22 (ปีงบประมาณ 2565)", 61.22, 2565),
    ("81.58 (ปีงบฯ 66)", 81.58, 2566),
    ("ร้อยละ 80", 80.0, None),
])
def test_a_figure_cell_gives_the_year_its_bracket_names(text, value, year):
    figure = cell_figure(text)
    assert figure is not None and (figure.value, figure.year_be) == (value, year)


def test_a_bare_two_digit_bracket_is_no_year():
    assert cell_figure("90 (65)") is None


@pytest.mark.parametrize("text", ["จากตาราง ก่อนการอบรมแกนนำ...", "ดังตารางที่ 2 พบว่า", "จากข้อมูลในตาราง อำเภอ..."])
def test_a_paragraph_pointing_at_a_table_reads_it_out(text):
    assert reads_table(text)


@pytest.mark.parametrize("text", ["จากการสำรวจ พบว่า ร้อยละ 60", "ตารางที่ 2 ผลการดำเนินงาน"])
def test_other_paragraphs_do_not_read_a_table_out(text):
    assert not reads_table(text)


HELMET = "อัตราการสวมหมวกนิรภัย ร้อยละ 78.40 เพิ่มขึ้นจากปี 2565 ซึ่งอยู่ที่ร้อยละ 71.20 แต่ยังต่ำกว่าเป้าหมายร้อยละ 80"


def _figure(text: str, number: str, target: bool) -> Figure:
    start = text.index(number)
    return Figure(float(number), start, start + len(number), target)


def test_a_target_after_a_comparisons_earlier_figure_is_the_current_results():
    now, before, bar = (_figure(HELMET, "78.40", False), _figure(HELMET, "71.20", False), _figure(HELMET, "80", True))
    assert skips_comparison(HELMET, now, before, bar, 2566)
    pairs = pair_figures([(now, 0), (before, 0), (bar, 0)], HELMET, 2566)
    assert (now, bar) in [(v, t) for v, t, _ in pairs]
    assert (before, None) in [(v, t) for v, t, _ in pairs]


def test_three_results_of_one_year_are_no_comparison():
    text = "ร้อยละ 78.40 และร้อยละ 71.20 และเป้าหมายร้อยละ 80"
    assert not skips_comparison(text, _figure(text, "78.40", False), _figure(text, "71.20", False),
                                _figure(text, "80", True), 2566)


def test_a_comparison_followed_by_the_earlier_level_is_no_qualifier():
    assert qualifier(HELMET, HELMET.index("78.40") + 5) == ""


def test_a_comparison_alone_still_qualifies_a_change():
    text = "ปริมาณขยะลดลงร้อยละ 12.40 เมื่อเทียบกับปีงบประมาณ 2565"
    assert qualifier(text, text.index("12.40") + 5) == "เมื่อเทียบกับปีงบประมาณ 2565"


def test_a_figure_inside_a_quoted_name_is_a_slogan():
    assert is_slogan("ดำเนินโครงการ “เขาสมิงขับขี่ปลอดภัย สวมหมวก ", 100)
    assert not is_slogan("ดำเนินโครงการ “เขาสมิงขับขี่ปลอดภัย” ผู้ขับขี่สวมหมวก ", 100)


def test_a_predicate_phrase_keeps_the_subject_before_it():
    words = indicator_words("ผลการประเมินตนเองตามองค์ประกอบ UCCARE พชต. ผ่านเกณฑ์ระดับ 3 ขึ้นไปทุกข้อ 7 ตำบล จาก 8 ตำบล คิดเป็น")
    assert words.startswith("ผลการประเมินตนเอง")


TWO_MEASURES = [
    ["อำเภอ", "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตามแผนการดูแลรายบุคคล Care Plan (ค่าเป้าหมาย ร้อยละ 90)", "", "",
     "ครัวเรือนมีการคัดแยกขยะต้นทาง (ค่าเป้าหมาย ร้อยละ 80)", "", ""],
    ["", "เป้าหมาย (คน)", "ผลงาน (คน)", "ร้อยละ", "เป้าหมาย (ครัวเรือน)", "ผลงาน (ครัวเรือน)", "ร้อยละ"],
    ["เมืองกาฬสินธุ์", "612", "571", "93.30", "21,480", "17,850", "83.10"],
    ["กมลาไสย", "298", "270", "90.60", "9,865", "8,120", "82.31"],
]
MERGES = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]


def test_a_long_group_label_over_sub_columns_heads_the_table(tmp_path):
    doc = parse(write_docx(tmp_path / "kpi.docx", paragraphs=["ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2567"],
                           rows=TWO_MEASURES, merges=MERGES))
    table = read_tables(doc)[0]
    assert len(table.header_rows) == 2
    assert len(set(table.group(3)) & set(table.group(6))) == 0


def test_each_measure_under_a_long_group_label_keeps_its_own_name_and_target(tmp_path):
    doc = parse(write_docx(tmp_path / "kpi.docx", paragraphs=["ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2567"],
                           rows=TWO_MEASURES, merges=MERGES))
    found = {(o.value_pct, o.target_pct): o.indicator for o in extract(doc).outcomes}
    assert (93.3, 90) in found and (83.1, 80) in found
    assert found[(83.1, 80)].startswith("ครัวเรือน")
    assert "เป้าหมาย" not in found[(93.3, 90)]


@pytest.mark.parametrize("name", ["kalasin-province-2567-progress.docx", "kalasin-province-2567-progress.pdf"])
def test_kalasin_two_indicators_side_by_side_keep_their_own_targets(parsed, name):
    found = {(o.value_pct, o.target_pct, o.indicator) for o in extract(parsed(name)).outcomes}
    assert (93.3, 90, "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan") in found
    assert (83.1, 80, "ครัวเรือนมีการคัดแยกขยะต้นทาง") in found


@pytest.mark.parametrize("name", ["prachuap-khiri-khan-bang-saphan-2566-project.docx",
                                  "prachuap-khiri-khan-bang-saphan-2566-project.pdf"])
def test_before_after_cells_with_years_give_baselines_and_results(parsed, name):
    found = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(name)).outcomes}
    assert {(14.8, None, 2565), (12.03, 13, 2566), (61.22, None, 2565), (81.58, 80, 2566)} <= found
    assert len([f for f in found if f[0] == 53.7]) == 1  # the "จากตาราง" sentence adds none


def test_loei_target_after_last_years_figure_is_this_years(parsed):
    found = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed("loei-chiang-khan-2566-progress.pdf")).outcomes}
    assert (78.4, 80, 2566) in found
    assert (71.2, None, 2565) in found


@pytest.mark.parametrize("name", ["trat-khao-saming-2567-inspection.docx", "trat-khao-saming-2567-inspection.pdf"])
def test_a_quoted_project_name_gives_no_outcome(parsed, name):
    found = [o for o in extract(parsed(name)).outcomes if "เขาสมิงขับขี่" in o.indicator]
    assert not found
