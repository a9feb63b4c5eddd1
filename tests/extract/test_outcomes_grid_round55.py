"""Round 55 (outcomes, grid shapes): the rules this round pins.

- A results label over quarter columns may name, in its bracket, what the
  cells count beside the percentage ("ผลการดำเนินงาน (หมู่บ้านผ่านเกณฑ์/ร้อยละ)"
  over "ไตรมาส 1 | ไตรมาส 2", cells "6 (75.00%)"): the quarters are results
  of the table's year, each named with its round (widened ``results_label``).
- A bare count in a target column ("จำนวนหมู่บ้าน": 8) beside quarter cells
  that give the count passed with its share ("6 (75.00%)") is the count they
  are out of, not their bar (widened ``table_targets.percent_target``).
- A round equal to the one before it stays its own figure when a round of
  any row of the table falls below the one before it: the table's rounds
  are not cumulative (widened ``round_columns._falls``).
- Of several KPIs sharing a subject word, a measure of a table takes the one
  holding most of its label's words, and keeps its own label's name
  (widened ``table_targets.kpi_of``, ``results_tables``).
- A heading opening a summary of results right under a table ("7.3 สรุปผล
  ตามตัวชี้วัดโครงการ") does not end the commentary on its rows (widened
  ``breakdown.paragraphs_under``, rule ``summary_heading``).

Strings first, then built .docx files, then set-55 corpus files.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TITLE = "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567 อำเภอวังสะพุง จังหวัดเลย"


def _outcomes(path: Path) -> set[tuple[str, float | None, float | None, int | None]]:
    return {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def test_results_label_may_name_the_counted_units_in_its_bracket() -> None:
    label = rule_re("table", "results_label")
    assert label.match("ผลการดำเนินงาน (หมู่บ้านผ่านเกณฑ์/ร้อยละ)")
    assert label.match("ผลการดำเนินงาน (คน/ร้อยละ)")
    assert label.match("ผลการดำเนินงาน (ร้อยละ)")
    assert not label.match("ผลการดำเนินงาน (หมู่บ้านผ่านเกณฑ์)")  # no percentage: not said to be results in percent


def test_summary_heading_opens_a_summary_of_results() -> None:
    heading = rule_re("table", "summary_heading")
    assert heading.match("7.3 สรุปผลตามตัวชี้วัดโครงการ")
    assert heading.match("สรุปผลการดำเนินงาน")
    assert not heading.match("8. ปัญหาอุปสรรค")


def _quarters_report(tmp_path: Path) -> Path:
    return write_parts(tmp_path / "quarters.docx", [
        TITLE,
        "ตารางที่ 1 ร้อยละของหมู่บ้านตัวอย่างที่ผ่านเกณฑ์ จำแนกรายตำบล รายไตรมาส (เกณฑ์ ≥ 90%)",
        [["ตำบล", "จำนวนหมู่บ้าน", "ผลการดำเนินงาน (หมู่บ้านผ่านเกณฑ์/ร้อยละ)", "", ""],
         ["", "", "ไตรมาส 1 (ต.ค.–ธ.ค. 66)", "ไตรมาส 2 (ม.ค.–มี.ค. 67)", "ไตรมาส 3 (เม.ย.–มิ.ย. 67)"],
         ["หนึ่ง", "8", "6 (75.00%)", "6 (75.00%)", "8 (100.00%)"],
         ["สอง", "10", "8 (80.00%)", "9 (90.00%)", "7 (70.00%)"],
         ["รวมอำเภอ", "18", "14 (77.78%)", "15 (83.33%)", "15 (83.33%)"]],
    ], merges={0: [(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1)]})


def test_built_quarters_under_a_results_label_with_counted_units_are_results(tmp_path: Path) -> None:
    got = _outcomes(_quarters_report(tmp_path))
    names = {name for name, *_ in got}
    assert any("ไตรมาส 1" in n and "หนึ่ง" in n for n in names)
    assert not any("(ต.ค." in n for n in names)  # the round's months are left out


def test_built_count_beside_counted_quarters_is_no_target(tmp_path: Path) -> None:
    got = _outcomes(_quarters_report(tmp_path))
    assert any(v == 80.0 and t == 90.0 for _, v, t, _ in got)  # the caption's bar
    assert not any(t in (8.0, 10.0, 18.0) for *_, t, _ in got)  # the village counts are no bars


def test_built_equal_rounds_stay_two_when_another_row_falls(tmp_path: Path) -> None:
    got = _outcomes(_quarters_report(tmp_path))
    first = {n for n, v, _, _ in got if v == 75.0 and "หนึ่ง" in n}
    assert len(first) == 2  # ไตรมาส 1 and ไตรมาส 2 of ตำบลหนึ่ง; ตำบลสอง falls from 90 to 70


def test_tha_sala_quarter_table_reads_every_round_with_the_caption_bar() -> None:
    got = extract(parse(CORPUS / "nakhon-si-thammarat-tha-sala-2568-progress.docx")).outcomes
    rounds = [o for o in got if o.evidence.table == 0]
    assert len(rounds) == 44
    assert all(o.target_pct == 90.0 and "ไตรมาส" in o.indicator for o in rounds)


def test_borabue_places_take_each_measures_own_objective_target() -> None:
    for ext in ("docx", "pdf"):
        got = _outcomes(CORPUS / f"maha-sarakham-borabue-2567-project.{ext}")
        assert ("ผู้สูงอายุได้รับการคัดกรอง ADL ตำบลวังใหม่", 98.34, 90.0, 2567) in got
        assert ("ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan ตำบลวังใหม่", 89.47, 95.0, 2567) in got
