"""Round 42 (outcomes A): a one-row header whose labels each name an indicator
with a bound target ("(เกณฑ์ ≥ 85%)") over figure cells, beside a district
column, gives percent columns named by those labels.  A single bound label, or
a table with no district column, changes nothing.  An indicator cell numbering
its names ("1) … 2) …") stacks that many indicators, the numbers no part of
the names.  A stacked figure may carry a rate's unit ("17.15 ต่อแสน").
Strings and small tables first, then a real corpus file of set 42."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.indicator_label_rows import indicator_label_rows
from pcc_ingest.extract.outcomes.stacked_cells import figure_parts, name_parts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from tests.extract.blocks import table_doc

SUKHOTHAI = "sukhothai-province-2566-inspection"
CARE = "กลุ่มเปราะบางได้รับการดูแลช่วยเหลือ (เกณฑ์ ≥ 85%)"
ADL = "ผู้สูงอายุได้รับการคัดกรอง ADL (เกณฑ์ ≥ 90%)"
PLANS = "แผนงาน/โครงการ พชอ. ดำเนินการแล้ว (เกณฑ์ ≥ 80%)"  # the header reader takes it for an activity column


def _table(head: list[str]):
    """``head`` and a plans column over two district rows of "n/d (p%)" cells."""
    rows = [[*head, PLANS], ["คีรีมาศ", "580/642 (90.34%)", "8,915/9,448 (94.36%)", "8/10 (80.00%)"],
            ["ศรีนคร", "412/447 (92.17%)", "5,128/5,402 (94.93%)", "6/6 (100.00%)"]]
    return read_tables(table_doc(rows))[0]


def test_header_labels_with_bound_targets_over_figures_are_percent_columns() -> None:
    table = indicator_label_rows(_table(["อำเภอ", CARE, ADL]))
    assert [(c.col, c.role, c.own) for c in table.columns][1:] == [
        (1, "percent", CARE), (2, "percent", ADL), (3, "percent", PLANS)]


@pytest.mark.parametrize("head", [
    ["อำเภอ", "กลุ่มเปราะบางได้รับการดูแลช่วยเหลือ", "ผู้สูงอายุได้รับการคัดกรอง ADL"],  # one bound label only
    ["ปีงบประมาณ", CARE, ADL],  # no district column names the rows
])
def test_labels_without_bounds_or_without_a_district_column_change_nothing(head) -> None:
    table = _table(head)
    assert indicator_label_rows(table) == table


def test_a_cell_numbering_its_indicators_lists_each_without_its_number() -> None:
    text = "1) ร้อยละของผู้ใช้ยาเสพติดได้รับการบำบัด 2) ร้อยละของผู้ผ่านการบำบัดกลับไปเสพซ้ำ"
    assert [text[s:e].strip() for s, e in name_parts(text)] == [
        "ร้อยละของผู้ใช้ยาเสพติดได้รับการบำบัด", "ร้อยละของผู้ผ่านการบำบัดกลับไปเสพซ้ำ"]
    assert name_parts("ร้อยละของครัวเรือน 1) ขยะ 2) น้ำ") == [(0, len("ร้อยละของครัวเรือน 1) ขยะ 2) น้ำ"))]


def test_a_stacked_figure_may_carry_a_rates_unit() -> None:
    assert len(figure_parts("17.15 ต่อแสน 56.96")) == 2
    assert len(figure_parts("ไม่เกิน 25 ต่อแสน ≥ 60%")) == 2
    assert figure_parts("18 ราย 712/1,250") == []


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_shared_indicators_by_district_and_numbered_stacks_in_a_real_inspection_report(parsed, suffix) -> None:
    got = {(o.indicator, o.district, o.value_pct, o.target_pct) for o in extract(parsed(SUKHOTHAI + suffix)).outcomes}
    assert {("ผู้สูงอายุได้รับการคัดกรอง ADL", "6401", 94.95, 90.0),
            ("แผนงาน/โครงการ พชอ. ดำเนินการแล้ว", "6405", 77.78, 80.0),
            ("ร้อยละของผู้ผ่านการบำบัดกลับไปเสพซ้ำ", "6405", 4.24, 5.0),
            ("ร้อยละของผู้ขับขี่และผู้ซ้อนท้ายรถจักรยานยนต์สวมหมวกนิรภัย", "6401", 56.96, 60.0)} <= got
    assert not any("/" in i.split()[0] for i, _, _, _ in got if i[0].isdigit())
