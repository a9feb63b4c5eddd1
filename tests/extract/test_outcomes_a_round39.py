"""Round 39 (outcomes a): a column's second header label stating its criterion after words naming
no measure ("ผลงาน/เป้าหมาย (ร้อยละ) เกณฑ์ ≥ 90%") splits into those words and the criterion.
Two or more columns each headed by an indicator over its criterion, districts as rows, are each an
indicator of their own: named by the top label without its percent unit, the criterion their target,
and a column of a rate per 100,000 is left out.  One such column alone leaves the table as read.
Strings and small tables first, then a real corpus file of set 39."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.indicator_columns import indicator_columns
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

NONG_KHAI = "nong-khai-province-2566-inspection.docx"
TOP = ("อำเภอ", "ผู้สูงอายุได้รับการคัดกรอง ADL", "เด็กปฐมวัยพัฒนาการสมวัย (ร้อยละ)",
       "อัตราตายจากอุบัติเหตุทางถนน (ต่อแสนประชากร)")
UNDER = ("", "ผลงาน/เป้าหมาย (ร้อยละ) เกณฑ์ ≥ 90%", "เกณฑ์ ≥ 85%", "เกณฑ์ ≤ 22")


def _criterion_table(n_cols: int = 4) -> Table:
    """อำเภอ | indicators over their criteria, one district row, as the header reader leaves it."""
    texts = [TOP[:n_cols], UNDER[:n_cols], ("สังคม", "4,612/4,790 (96.28)", "91.20", "18.62")[:n_cols]]
    cells = {(r, c): grid_cell(t, r, c) for r, row in enumerate(texts) for c, t in enumerate(row)}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2), n_cols=n_cols)
    roles = ("district", "result", "target_pct", "target_pct")
    columns = tuple(Column(c, roles[c], f"{TOP[c]} {UNDER[c]}".strip(), own=UNDER[c] or TOP[c])
                    for c in range(n_cols))
    labels = {0: ("อำเภอ",), **{c: (TOP[c], UNDER[c]) for c in range(1, n_cols)}}
    body = (Row(2, {c: cells[(2, c)] for c in range(n_cols)}),)
    return Table(grid, (0, 1), columns, body, labels=labels)


def test_a_criterion_label_splits_into_header_words_and_the_criterion() -> None:
    m = rule_re("table", "criterion_label").match("ผลงาน/เป้าหมาย (ร้อยละ) เกณฑ์ ≥ 90%")
    assert m is not None and (m["words"], m["criterion"]) == ("ผลงาน/เป้าหมาย (ร้อยละ)", "เกณฑ์ ≥ 90%")
    assert rule_re("table", "criterion_label").match("เกณฑ์ ≥ 85%")["words"] == ""
    assert rule_re("table", "criterion_label").match("ผลงาน (ร้อยละ)") is None


def test_columns_headed_by_indicators_over_criteria_are_each_an_indicator_with_its_target() -> None:
    table = indicator_columns(_criterion_table())
    assert [(c.col, c.role, c.label) for c in table.columns] == [
        (0, "district", "อำเภอ"),
        (1, "percent", "ผู้สูงอายุได้รับการคัดกรอง ADL (เกณฑ์ ≥ 90%)"),
        (2, "percent", "เด็กปฐมวัยพัฒนาการสมวัย (เกณฑ์ ≥ 85%)"),
    ]  # the rate per 100,000 is left out


def test_one_criterion_column_alone_leaves_the_table_as_read() -> None:
    table = _criterion_table(2)
    assert indicator_columns(table).columns == table.columns


def test_nong_khai_district_rows_take_each_columns_indicator_and_criterion(parsed) -> None:
    got = {(o.district, o.indicator, o.value_pct, o.target_pct)
           for o in extract(parsed(NONG_KHAI)).outcomes if o.evidence.table == 1}
    assert ("4301", "ผู้สูงอายุได้รับการคัดกรอง ADL", 92.7, 90.0) in got
    assert ("4314", "ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan", 92.42, 95.0) in got
    assert ("4308", "เด็กปฐมวัยพัฒนาการสมวัย", 91.2, 85.0) in got
    assert (None, "ผู้สูงอายุได้รับการคัดกรอง ADL", 93.78, 90.0) in got
    assert not any(value in (24.85, 18.62) for _, _, value, _ in got)  # road deaths are a rate
