"""Round 23 outcome rules for a ตำบล breakdown and prose results.
A paragraph giving only earlier years' results before a breakdown table introduces it: its target is every row's.
The KPI such a paragraph names ahead of its target names the table's percent column.
A result of the KPI's earlier year that says only "ผลการดำเนินงาน" takes the KPI's name.
A KPI's target goes no further than a later result that states that target itself.
A summary line restating the KPI's target is the KPI's result whatever its words.
A bracket opening a criterion ("(เกณฑ์") after a KPI's name leaves its indicator.
A change told by this year's and the earlier year's counts ("9 ราย ลดลงจากปี 2565 ซึ่งมี 14 ราย") keeps the change and its period only.
Each rule on strings or small files first, then on a real corpus file of set 23."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.breakdown import reports_current_result
from pcc_ingest.extract.outcomes.clause_words import drop_change_counts, indicator_words, names_only_result
from pcc_ingest.extract.outcomes.kpi_names import attach_kpi_targets, name_by_kpi
from pcc_ingest.extract.outcomes.summary_lines import join_summaries
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document
from pcc_ingest.parsers import parse

KPI = "ร้อยละของประชาชนอายุ 40 ปีขึ้นไปได้รับการตรวจคัดกรองพยาธิใบไม้ตับ"


def record(indicator: str, value: float | None, target: float | None, year: int = 2566,
           block: int = 0, start: int = 0) -> OutcomeRecord:
    """An outcome of district 4708 read from running text at ``block``."""
    return OutcomeRecord(indicator=indicator, district="4708", value_pct=value, target_pct=target, year_be=year,
                         evidence=Evidence(block=block, start=start, end=start + 1, text="x"))


# --- a breakdown's introducing paragraph -------------------------------------------------


def test_a_paragraph_with_only_earlier_years_results_reports_no_current_result() -> None:
    text = (f"ตัวชี้วัด {KPI} (เกณฑ์ ร้อยละ 90) ผลการดำเนินงานปี 2564 ร้อยละ 82.15 ปี 2565 ร้อยละ 88.60 "
            "ผลการดำเนินงานปี 2566 แยกรายตำบล ดังตาราง")
    assert not reports_current_result(text, 2566)


def test_a_paragraph_stating_this_years_result_reports_the_kpis_own_result() -> None:
    text = ("ผู้สูงอายุกลุ่มติดเตียงได้รับการดูแลตาม Care plan 126 คน คิดเป็นร้อยละ 94.03 "
            "ต่ำกว่าค่าเป้าหมายเล็กน้อย (ร้อยละ 95) รายละเอียดรายตำบลดังตาราง")
    assert reports_current_result(text, 2566)


TAMBON_ROWS = [
    ["ตำบล", "กลุ่มเป้าหมาย (คน)", "ตรวจคัดกรอง (คน)", "ร้อยละ"],
    ["นาซอ", "260", "249", "95.77"],
    ["นาคำ", "250", "231", "92.40"],
    ["รวม", "510", "480", "94.12"],
]


def test_an_introducing_paragraph_gives_every_tambon_row_its_target_and_kpi(tmp_path: Path) -> None:
    paragraphs = ["สรุปผลการดำเนินงาน พชอ.วานรนิวาส จังหวัดสกลนคร ปีงบประมาณ 2566",
                  f"ตัวชี้วัด {KPI} (เกณฑ์ ร้อยละ 90) ผลการดำเนินงานปี 2564 ร้อยละ 82.15 "
                  "ผลการดำเนินงานปี 2566 แยกรายตำบล ดังตาราง"]
    outcomes = extract(parse(write_docx(tmp_path / "tambon.docx", paragraphs, TAMBON_ROWS))).outcomes
    tabled = [o for o in outcomes if o.evidence.table is not None]
    assert {(o.value_pct, o.target_pct) for o in tabled} == {(95.77, 90.0), (92.4, 90.0), (94.12, 90.0)}
    assert all(o.indicator.startswith(KPI) for o in tabled)
    assert [(o.indicator, o.year_be) for o in outcomes if o.value_pct == 82.15] == [(KPI, 2564)]


# --- naming and targets in running text -----------------------------------------------------


@pytest.mark.parametrize(("words", "only"), [
    ("ผลการดำเนินงาน", True),
    ("ผลการดำเนินงาน ", True),
    ("ผลการดำเนินงาน อำเภอผ่านเกณฑ์ 5 อำเภอ", False),
    ("อำเภอผ่านเกณฑ์", False),
])
def test_an_indicator_saying_only_result_names_no_subject(words: str, only: bool) -> None:
    assert names_only_result(words) is only


def test_a_baseline_saying_only_result_takes_the_nearest_kpis_name() -> None:
    records = [record("ร้อยละของอำเภอผ่านเกณฑ์การประเมิน", None, 80.0), record(KPI, None, 90.0, block=1),
               record("ผลการดำเนินงานปี 2564", 82.15, None, year=2564, block=1, start=5)]
    assert name_by_kpi(records)[2].indicator == KPI


def test_a_kpis_target_stops_at_a_result_stating_that_target_itself() -> None:
    records = [record(KPI, None, 90.0), record("ภาพรวมอำเภอคัดกรอง", 95.04, 90.0, block=3),
               record("พบไข่พยาธิใบไม้ตับ", 1.47, None, block=3, start=9)]
    assert [(r.value_pct, r.target_pct) for r in attach_kpi_targets(records)] == [
        (None, 90.0), (95.04, 90.0), (1.47, None)]


def test_a_summary_restating_the_kpis_target_is_the_kpis_result() -> None:
    summary = "สรุป ทุกตำบลผ่านเกณฑ์ร้อยละ 90 ภาพรวมอำเภอคัดกรองได้ร้อยละ 95.04 พบไข่พยาธิ 54 ราย คิดเป็นร้อยละ 1.47"
    blocks = [Block(kind="paragraph", raw_text=t, text=t, order=i, start=0, end=len(t))
              for i, t in enumerate([f"ตัวชี้วัด {KPI} (เกณฑ์ ร้อยละ 90)", summary])]
    doc = Document(path="x.docx", sha256="0", format="docx", blocks=blocks)
    records = [record(KPI, None, 90.0), record("ภาพรวมอำเภอคัดกรอง", 95.04, 90.0, block=1,
                                                start=summary.index("ร้อยละ 95.04")),
               record("พบไข่พยาธิ", 1.47, None, block=1, start=summary.index("ร้อยละ 1.47"))]
    joined = join_summaries(doc, records)
    assert [(r.indicator, r.value_pct, r.target_pct) for r in joined] == [
        (KPI, 95.04, 90.0), ("พบไข่พยาธิ", 1.47, None)]


def test_a_bracket_opening_a_criterion_leaves_the_kpis_name() -> None:
    assert indicator_words(f"ตัวชี้วัด {KPI} (เกณฑ์ ") == KPI
    assert indicator_words("ตำบลที่เข้าร่วมระบบ LTC และผ่านเกณฑ์") == "ตำบลที่เข้าร่วมระบบ LTC และผ่านเกณฑ์"


@pytest.mark.parametrize(("words", "expected"), [
    ("ผู้เสียชีวิตจากอุบัติเหตุทางถนน 9 ราย ลดลงจากปี 2565 ซึ่งมี 14 ราย คิดเป็นลดลง",
     "ผู้เสียชีวิตจากอุบัติเหตุทางถนน ลดลงจากปี 2565"),
    ("ผู้บาดเจ็บ 31 ราย เพิ่มขึ้นจากปี 2566 ซึ่งมีผู้บาดเจ็บ 25 ราย",
     "ผู้บาดเจ็บ เพิ่มขึ้นจากปี 2566"),
])
def test_a_change_told_by_two_years_counts_keeps_the_change_and_its_period(words: str, expected: str) -> None:
    assert drop_change_counts(words) == expected


def test_a_change_followed_by_more_words_keeps_its_counts() -> None:
    words = "ผู้เสียชีวิต 9 ราย ลดลงจากปี 2565 ซึ่งมี 14 ราย ด่านชุมชนผ่านเกณฑ์"
    assert drop_change_counts(words) == words


# --- a real corpus file ------------------------------------------------------------------------


def test_a_tambon_breakdown_and_prose_results_of_a_damaged_summary(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("sakon-nakhon-wanon-niwat-2566-summary.pdf")).outcomes
    tabled = [o for o in outcomes if o.evidence.table is not None]
    assert len(tabled) == 15 and all(o.target_pct == 90.0 for o in tabled)
    assert all(o.indicator.startswith("ร้อยละของประชาชนอายุ 40 ปีขึ้นไป") for o in tabled)
    assert [(o.year_be, o.target_pct) for o in outcomes if o.value_pct in (82.15, 88.6)] == [(2564, None), (2565, None)]
    assert [o.target_pct for o in outcomes if o.value_pct == 1.47] == [None]
    deaths = [o for o in outcomes if o.value_pct == 35.71]
    assert [o.target_pct for o in deaths] == [20.0] and "ลดลงจากปี 2565" in deaths[0].indicator
    assert [o.target_pct for o in outcomes if o.value_pct == 100.0 and o.evidence.table is None] == [None]
