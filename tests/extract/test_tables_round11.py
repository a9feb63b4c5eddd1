"""Round-11 table rules: a column for a part of the year (a round, a visit,
a quarter, months into the year) names a period; under a results label each
such column is a result of the table's year, with the row's target; a
target cell after a bound ("≥ 60") sets the row's target; a text figure to
hundredths that a table gives as a result is no target.  Each rule on
strings first, then on real files."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument

from pcc_ingest.extract.outcomes.row_outcomes import bar_target
from pcc_ingest.extract.outcomes.table_years import column_year
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role, map_columns, part_year
from pcc_ingest.parsers import parse


@pytest.mark.parametrize("label", [
    "รอบที่ 1 (31 ม.ค. 65)", "รอบ 2", "รอบ 6 เดือน", "ครั้งที่ 2", "ไตรมาสที่ 3",
    "Q2", "6 เดือน", "12 เดือน (สะสม)", "ครึ่งปีแรก",
])
def test_a_part_of_the_year_names_a_period_column(label):
    assert label_role(label) == "period"


@pytest.mark.parametrize("label", ["ครั้งที่", "รอบการประเมิน", "Quality", "ตัวชี้วัด"])
def test_a_label_without_a_round_number_names_no_period(label):
    assert label_role(label) != "period"


@pytest.mark.parametrize(("label", "year"), [("6 เดือน ปี 2567", 2567), ("ครั้งที่ 2/2566", 2566)])
def test_months_or_a_visit_with_a_year_give_that_year(label, year):
    assert part_year(label) == year


@pytest.mark.parametrize("upper", ["ผลการดำเนินงาน (ร้อยละ)", "ผลการดำเนินงาน", "ร้อยละ"])
def test_rounds_under_a_results_label_are_results_of_the_tables_year(upper):
    columns = map_columns({0: ["ตัวชี้วัด"], 1: ["เป้าหมาย (ร้อยละ)"], 2: [upper, "รอบที่ 1"], 3: [upper, "รอบที่ 2"]})
    rounds = [c for c in columns if c.col in (2, 3)]
    assert [(c.role, c.year_be) for c in rounds] == [("year", None), ("year", None)]
    assert [column_year(c, 2565) for c in rounds] == [2565, 2565]


def test_rounds_under_a_schedule_label_stay_a_schedule():
    columns = map_columns({0: ["กิจกรรม"], 1: ["ระยะเวลาดำเนินการ", "ไตรมาส 1"], 2: ["ระยะเวลาดำเนินการ", "ไตรมาส 2"]})
    assert {c.role for c in columns if c.col in (1, 2)} == {"period"}


@pytest.mark.parametrize(("text", "target"), [("≥ 60", 60), ("ไม่น้อยกว่า 90", 90), ("ร้อยละ 80", 80), ("75", 75),
                                             ("ลดลง 10", None), ("ทุกตำบล", None)])
def test_a_target_cell_after_a_bound_sets_the_rows_target(text, target):
    assert bar_target(text) == target


def _outcomes(doc, indicator):
    """Results whose indicator is ``indicator``, a part of the year's column name after it or not."""
    return sorted((o.value_pct, o.target_pct, o.year_be) for o in extract(doc).outcomes
                  if o.indicator.startswith(indicator))


def test_each_inspection_round_is_a_result_with_the_rows_target(parsed):
    doc = parsed("maha-sarakham-na-chueak-2565-inspection.pdf")
    vaccine = "ความครอบคลุมวัคซีนเข็มกระตุ้น (เข็ม 3) ในผู้สูงอายุ 60 ปีขึ้นไป"
    assert _outcomes(doc, vaccine) == [(21.34, 60, 2565), (47.86, 60, 2565)]
    names = sorted(o.indicator for o in extract(doc).outcomes if o.indicator.startswith(vaccine))
    assert names == [f"{vaccine} รอบที่ 1", f"{vaccine} รอบที่ 2"]  # each round's result names its round
    outcomes = extract(doc).outcomes
    assert not any(o.target_pct == 47.86 for o in outcomes)  # the text restating round 2 sets no target
    kpi = [o for o in outcomes if o.indicator.startswith("ร้อยละของอำเภอผ่านเกณฑ์") and o.target_pct == 75]
    assert [o.value_pct for o in kpi] == [None]  # the KPI's stated target, no result of its own


def test_a_six_month_column_beside_last_years_is_this_years_result(parsed):
    doc = parsed("nakhon-si-thammarat-sichon-2567-progress.docx")
    years = {o.year_be for o in extract(doc).outcomes if o.evidence.table is not None}
    assert {2566, 2567} <= years


def test_quarter_columns_under_a_results_label_in_a_word_table(tmp_path):
    word = DocxDocument()
    word.add_paragraph("รายงานผลการดำเนินงาน พชอ. อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ ปีงบประมาณ 2567")
    table = word.add_table(rows=3, cols=4)
    top, sub, body = table.rows
    top.cells[0].text, top.cells[1].text, top.cells[2].text = "ตัวชี้วัด", "ค่าเป้าหมาย (ร้อยละ)", "ผลการดำเนินงาน (ร้อยละ)"
    top.cells[2].merge(top.cells[3])
    top.cells[0].merge(sub.cells[0])
    top.cells[1].merge(sub.cells[1])
    sub.cells[2].text, sub.cells[3].text = "ไตรมาสที่ 2", "ไตรมาสที่ 3"
    for cell, text in zip(body.cells, ["ร้อยละของครัวเรือนคัดแยกขยะ", "ไม่น้อยกว่า 70", "55.20", "72.40"]):
        cell.text = text
    path = tmp_path / "quarters.docx"
    word.save(path)
    assert _outcomes(parse(path), "ร้อยละของครัวเรือนคัดแยกขยะ") == [(55.2, 70, 2567), (72.4, 70, 2567)]
