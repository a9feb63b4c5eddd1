"""Outcome figures in running text, third round: the size of a change
against the earlier level it is compared with, the counts a change is told
by, an earlier year's figures in a plan (baselines, not targets), "only"
so much (a result), a result restated by a KPI table, and the labels and
codes around an indicator.  Rules on strings first, then a small built
.docx file, then real corpus files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes import (
    block_figures,
    indicator_words,
    is_compared,
    merge,
    pair_figures,
    year_before,
)
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse


def kinds(text: str, plan: bool = False, year: int | None = None) -> list[tuple[float, bool]]:
    """(value, is target) of each figure of ``text``."""
    return [(f.value, f.target) for f, _ in block_figures(text, plan, year)]


# --- a change, and the figure it is compared with ------------------------------------------


@pytest.mark.parametrize(("before", "compared"), [
    # the size of the change, written right after the period it is from
    ("จำนวนผู้ป่วยลดลงจากปี 2566 ", False),
    ("ผู้เสียชีวิตลดลงจากปีก่อน", False),
    ("อัตราการสวมหมวกนิรภัยเพิ่มขึ้นจากไตรมาสที่แล้ว คิดเป็น", False),
    ("เมื่อเทียบกับปี 2566 ลดลง", False),
    # the earlier level itself: after "ซึ่งมี" or in a bracket
    ("ลดลงจากฤดูการผลิตปี 2564/65 ซึ่งมี", True),
    ("เพิ่มขึ้นจากปี 2566 (", True),
    ("เมื่อเทียบกับปีที่แล้ว ", True),
])
def test_a_figure_right_after_a_change_is_its_size_not_the_earlier_level(before, compared):
    assert is_compared(before) is compared


def test_the_size_of_a_change_pairs_with_its_target_in_its_own_year():
    text = ("ในปีงบประมาณ 2567 มีผู้ป่วย 28 ราย จำนวนผู้ป่วยลดลงจากปี 2566 ร้อยละ 67.82 "
            "(เป้าหมายลดลงไม่น้อยกว่าร้อยละ 20)")
    figs = block_figures(text, False)
    assert [(f.value, f.target) for f, _ in figs] == [(67.82, False), (20.0, True)]
    assert year_before(text, figs[0][0].start) == 2567
    [(value, target, _)] = pair_figures(figs, text, 2567)
    assert (value.value, target.value) == (67.82, 20.0)


@pytest.mark.parametrize(("text", "year"), [
    # the compared count stands before the comparison's year: the year is that count's
    ("ผู้บาดเจ็บในเขตตำบลปี 2566 มี 31 ราย ลดลงจาก 37 ราย ในปี 2565 คิดเป็นร้อยละ 16.22", 2566),
    # the size of a change after the year it is counted from
    ("ในปีงบประมาณ 2567 จำนวนผู้ป่วยลดลงจากปี 2566 ร้อยละ 67.82", 2567),
    ("เมื่อเทียบกับปี 2566 ลดลงร้อยละ 10", None),
    # the compared level keeps its year
    ("ลดลงจากฤดูการผลิตปี 2564/65 ซึ่งมีร้อยละ 27.30", 2565),
])
def test_a_comparisons_year_is_not_the_year_of_a_change_or_of_a_figure_after_its_count(text, year):
    assert year_before(text, text.rindex("ร้อยละ")) == year


@pytest.mark.parametrize(("clause", "words"), [
    # the counts and the earlier period a change was told by go, the change word once
    ("จุดความร้อน (Hotspot) ในเขตตำบลลดลงจาก 38 จุด ในปี 2565 เหลือ 29 จุด ลดลง",
     "จุดความร้อน (Hotspot) ในเขตตำบลลดลง"),
    ("ผู้บาดเจ็บจากอุบัติเหตุทางถนนในเขตตำบล มี 31 ราย ลดลงจาก 37 ราย ในปี 2565 คิดเป็น",
     "ผู้บาดเจ็บจากอุบัติเหตุทางถนนในเขตตำบล ลดลง"),
    ("ผู้ป่วยรายใหม่เพิ่มขึ้นจาก 120 คน เป็น 150 คน คิดเป็น", "ผู้ป่วยรายใหม่เพิ่มขึ้น"),
    # a change told before another statement ends that statement
    ("ผู้เสียชีวิตจากอุบัติเหตุทางถนนลดลงจาก 31 ราย ในปี 2566 เหลือ 24 ราย "
     "จุดเสี่ยงได้รับการแก้ไข 12 จุด จาก 15 จุด คิดเป็น", "จุดเสี่ยงได้รับการแก้ไข"),
])
def test_an_indicator_keeps_what_changed_without_the_counts_it_changed_between(clause, words):
    assert indicator_words(clause) == words


# --- words around an indicator --------------------------------------------------------------


@pytest.mark.parametrize(("clause", "words"), [
    # the part of a base that passed: the base's count goes, its words stay
    ("นักเรียนที่ผ่านการอบรมขับขี่ปลอดภัย 80 คน ผ่านการทดสอบหลังอบรม 72 คน คิดเป็น",
     "นักเรียนที่ผ่านการอบรมขับขี่ปลอดภัยผ่านการทดสอบหลังอบรม"),
    # a paragraph's label
    ("ผลการดำเนินงาน ผู้สูงอายุได้รับการคัดกรองสุขภาพ 8,921 คน จาก 9,632 คน คิดเป็น",
     "ผู้สูงอายุได้รับการคัดกรองสุขภาพ"),
    ("สถานการณ์ ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", "ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี"),
    # "only" so much
    ("ผู้ผ่านการบำบัดได้รับการติดตามครบตามเกณฑ์เพียง", "ผู้ผ่านการบำบัดได้รับการติดตามครบตามเกณฑ์"),
])
def test_an_indicator_leaves_out_labels_bases_counts_and_only(clause, words):
    assert indicator_words(clause) == words


def test_a_latin_code_in_brackets_is_no_inline_list_number():
    text = ("เด็กอายุครบ 1 ปี ได้รับวัคซีน MMR1 ร้อยละ 63.84 และเด็กอายุครบ 5 ปี "
            "ได้รับวัคซีนคอตีบ เข็มที่ 5 (DTP5) ร้อยละ 52.10")
    _, (second, clause) = block_figures(text, False)
    assert text[clause:second.start].strip() == "และเด็กอายุครบ 5 ปี ได้รับวัคซีนคอตีบ เข็มที่ 5 (DTP5)"


# --- results and targets in a plan ------------------------------------------------------------


def test_a_plans_figure_of_an_earlier_year_is_a_baseline_result():
    text = "ในปีงบประมาณ 2567 เด็กอายุครบ 1 ปี ได้รับวัคซีน MMR1 ร้อยละ 63.84"
    assert kinds(text, plan=True, year=2568) == [(63.84, False)]
    assert kinds(text, plan=True, year=2567) == [(63.84, True)]  # the plan's own year: a target


@pytest.mark.parametrize("text", [
    "ผู้ผ่านการบำบัดได้รับการติดตามครบตามเกณฑ์เพียงร้อยละ 48.41",
    "ผู้สูงอายุได้รับการคัดกรองแค่ร้อยละ 40",
])
def test_only_so_much_is_a_result_even_in_a_plan(text):
    assert kinds(text, plan=True) == [(kinds(text)[0][0], False)]


def test_enough_is_no_only_and_a_plans_figure_stays_a_target():
    assert kinds("หมู่บ้านมีอุปกรณ์ดับไฟป่าเพียงพอ ร้อยละ 90", plan=True) == [(90.0, True)]


def test_a_plans_target_words_still_make_a_target_in_an_earlier_year():
    text = "ปี 2567 กำหนดค่าเป้าหมาย ร้อยละ 80"
    assert kinds(text, plan=True, year=2568) == [(80.0, True)]


# --- one figure in text and in a table -------------------------------------------------------


def record(indicator: str, value: float | None, target: float | None, table: int | None, block: int) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="5803", value_pct=value, target_pct=target, year_be=2566,
                         evidence=Evidence(block=block, table=table, start=0, end=1, text="x"))


def test_a_result_in_text_restated_by_a_kpi_table_is_the_tables_record():
    prose = record("ผู้สูงอายุได้รับการคัดกรองความสามารถในการทำกิจวัตรประจำวัน (ADL)", 96.5, None, None, 3)
    other = record("ครัวเรือนคัดแยกขยะต้นทาง", 96.5, None, None, 4)  # the same figure, another subject
    table = record("ร้อยละของผู้สูงอายุได้รับการคัดกรอง ADL", 96.5, 90.0, 1, 9)
    assert merge([prose, other, table]) == [other, table]


# --- a built .docx ----------------------------------------------------------------------------


def test_a_report_gives_a_changes_size_with_its_target_and_no_rate_or_population_share(tmp_path: Path):
    path = write_docx(tmp_path / "report.docx", [
        "รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเขาชัยสน จังหวัดพัทลุง ปีงบประมาณ 2567",
        "สถานการณ์ อำเภอเขาชัยสนมีผู้สูงอายุ 9,632 คน คิดเป็นร้อยละ 21.50 ของประชากรทั้งหมด",
        "ผลการดำเนินงาน ในปีงบประมาณ 2567 มีผู้ป่วยโรคไข้เลือดออก 28 ราย อัตราป่วย 62.49 ต่อแสนประชากร "
        "จำนวนผู้ป่วยลดลงจากปี 2566 ร้อยละ 67.82 (เป้าหมายลดลงไม่น้อยกว่าร้อยละ 20)",
        "ผู้บาดเจ็บจากอุบัติเหตุทางถนนปี 2567 มี 31 ราย ลดลงจาก 37 ราย ในปี 2566 คิดเป็นร้อยละ 16.22",
    ])
    outcomes = extract(parse(path)).outcomes
    assert [(o.value_pct, o.target_pct, o.year_be) for o in outcomes] == [(67.82, 20.0, 2567), (16.22, None, 2567)]
    assert outcomes[1].indicator.endswith("ลดลง")


# --- real corpus files ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["narathiwat-tak-bai-2568-project.docx", "narathiwat-tak-bai-2568-project.pdf"])
def test_a_plans_baselines_are_results_of_their_year_and_its_kpis_are_targets(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    assert {(o.value_pct, o.target_pct, o.year_be) for o in outcomes} == {
        (63.84, None, 2567), (52.1, None, 2567), (48.41, None, 2567),
        (None, 80.0, 2568), (None, 70.0, 2568), (None, 100.0, 2568),
    }
    baselines = [o.indicator for o in outcomes if o.year_be == 2567]
    assert baselines[1].startswith("เด็กอายุครบ 5 ปี") and baselines[1].endswith("(DTP5)")
    assert not any("เพียง" in words for words in baselines)


def test_prose_changes_are_results_of_the_reports_year_paired_with_their_targets(parsed):
    outcomes = extract(parsed("phatthalung-khao-chaison-2567-progress.pdf")).outcomes
    found = {o.value_pct: (o.target_pct, o.year_be) for o in outcomes}
    assert found[67.82] == (20.0, 2567) and found[36.36] == (10.0, 2567)
    assert 21.5 not in found and 62.49 not in found  # a population share, a rate per 100,000
    assert all(o.value_pct is not None for o in outcomes)


def test_a_sub_districts_prose_results_join_its_kpi_table_and_changes_keep_their_year(parsed):
    outcomes = extract(parsed("mae-hong-son-pai-2566-progress.pdf")).outcomes
    current = {o.value_pct: o for o in outcomes if o.year_be == 2566}
    assert current[96.5].target_pct == 90.0 and current[96.5].evidence.table is not None
    assert [o.value_pct for o in outcomes].count(96.5) == 1
    assert current[16.22].indicator.startswith("ผู้บาดเจ็บจากอุบัติเหตุทางถนน")
    assert current[23.68].indicator == "จุดความร้อน (Hotspot) ในเขตตำบลลดลง"
    assert current[23.68].target_pct == 20.0
