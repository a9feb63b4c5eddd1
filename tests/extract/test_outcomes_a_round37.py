"""Round 37 outcome rules (set 37, A).

A running total beside rounds under one results label ("สะสม 9 เดือน" beside "ไตรมาส 1 | ไตรมาส 2") is one more result of the rounds' year, named by its own label.
A running total's column of a results table of no year stated is the table's own year, like its rounds.
The latest round a running total named by its own label restates is one figure, kept as the running total's record.
A percent column headed by its unit as a sign and its target as a criterion ("MMR1 % (เกณฑ์ ≥ 95%)") is a percent column.
"ครบเกณฑ์" ("to the full criterion") is part of what is measured, no target word.
Each rule on small strings or blocks first, then on a real corpus file of set 37.
"""

import re
from collections.abc import Callable

import pytest

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import outcome_rules
from pcc_ingest.extract.outcomes.round_columns import drop_restated_rounds
from pcc_ingest.extract.outcomes.table_years import column_year
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Column, Grid, Table
from pcc_ingest.model import Block, Document

BANNANG_SATA = "yala-bannang-sata-2568-progress.pdf"
UPPER = "ผลงาน/เป้าหมาย (ร้อยละ)"


def _block(text: str, order: int = 0, kind: str = "paragraph", **place: int) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text), **place)


def _quarter_table(total: str) -> Table:
    columns = (
        Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"),
        Column(1, "year", f"{UPPER} ไตรมาส 1 (ต.ค.–ธ.ค. 67)", own="ไตรมาส 1 (ต.ค.–ธ.ค. 67)"),
        Column(2, "year", f"{UPPER} ไตรมาส 2", own="ไตรมาส 2"),
        Column(3, "percent", f"{UPPER} {total}", own=UPPER),
    )
    labels = {0: ("ตัวชี้วัด",), 1: (UPPER, "ไตรมาส 1 (ต.ค.–ธ.ค. 67)"), 2: (UPPER, "ไตรมาส 2"), 3: (UPPER, total)}
    first = _block("x", kind="table_cell", table=0, row=0, col=0)
    return Table(Grid(table=0, cells={(0, 0): first}, rows=(0,), n_cols=4), (0,), columns, (), labels=labels)


@pytest.mark.parametrize("total", ["สะสม 9 เดือน", "ผลสะสม 6 เดือน", "รวม 2 ไตรมาส"])
def test_a_running_total_beside_rounds_is_a_result_named_by_its_own_label(total: str) -> None:
    col = year_parts(_quarter_table(total)).columns[3]
    assert (col.role, col.own) == ("year", total)


def test_a_percent_column_beside_rounds_naming_no_running_total_stays_a_percent_column() -> None:
    assert year_parts(_quarter_table("ร้อยละ")).columns[3].role == "percent"


def test_a_running_totals_column_is_the_tables_own_year() -> None:
    assert column_year(Column(3, "year", f"{UPPER} สะสม 9 เดือน", own="สะสม 9 เดือน"), 2568) == 2568


def _record(indicator: str, col: int, value: float) -> OutcomeRecord:
    cell = _block(str(value), order=col, kind="table_cell", table=0, row=1, col=col)
    return OutcomeRecord(indicator=indicator, district="9503", value_pct=value, target_pct=80.0,
                         year_be=2568, evidence=evidence(cell))


def test_the_latest_round_a_named_running_total_restates_is_kept_once_as_the_total() -> None:
    care = "ครัวเรือนได้รับการดูแลตาม Care plan"
    kept = drop_restated_rounds([_record(f"{care} ไตรมาส 2", 1, 61.21), _record(f"{care} ไตรมาส 3", 2, 83.18),
                                 _record(f"{care} สะสม 9 เดือน", 3, 83.18)])
    assert [o.indicator for o in kept] == [f"{care} ไตรมาส 2", f"{care} สะสม 9 เดือน"]


def test_a_round_differing_from_the_running_total_stays() -> None:
    kept = drop_restated_rounds([_record("MMR1 ไตรมาส 3", 2, 88.54), _record("MMR1 สะสม 9 เดือน", 3, 81.98)])
    assert len(kept) == 2


@pytest.mark.parametrize("label", ["MMR1 % (เกณฑ์ ≥ 95%)", "ครัวเรือนเปราะบางได้รับการดูแล % (เกณฑ์ ≥ 80%)",
                                   "DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)"])
def test_a_measure_headed_by_a_percent_sign_and_its_criterion_is_a_percent_column(label: str) -> None:
    assert label_role(label) == "percent"


@pytest.mark.parametrize(("text", "names_target"), [
    ("การบำบัดผู้ใช้ยาเสพติดครบเกณฑ์ ปี 2566", False),
    ("บำบัดครบ เกณฑ์", False),
    ("(เกณฑ์ ≥ 80%)", True),
    ("ยังไม่ถึงเกณฑ์ร้อยละ 95", True),
])
def test_full_criterion_is_no_target_word(text: str, names_target: bool) -> None:
    words = [re.compile(w) for w in outcome_rules()["words"]["target"]]
    assert any(w.search(text) for w in words) is names_target


def test_quarters_running_totals_and_a_tambon_table_in_a_real_progress_report(
        parsed: Callable[[str], Document]) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(BANNANG_SATA)).outcomes}
    assert ("ความครอบคลุมวัคซีน MMR1 เด็กอายุครบ 1 ปี สะสม 9 เดือน", 81.98, 95.0, 2568) in got
    assert ("ผู้ใช้ยาเสพติดได้รับการบำบัดครบตามเกณฑ์ สะสม 9 เดือน", 64.34, 60.0, 2568) in got
    assert not any(i.startswith("ครัวเรือนเปราะบางได้รับการดูแลตาม Care plan ไตรมาส 3") for i, *_ in got)
    assert ("MMR2 % ตำบลตาเนาะปูเต๊ะ", 70.73, 95.0, 2568) in got
    assert ("การบำบัดผู้ใช้ยาเสพติดครบเกณฑ์ ปี 2566", 41.3, None, 2566) in got
