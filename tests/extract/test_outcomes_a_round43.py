"""Round 43 (outcomes A): a row of indicator labels each carrying a target
bracket ("(เกณฑ์ ร้อยละ 80)") under a spanning label naming indicators
("ตัวชี้วัดร่วมระดับจังหวัด") is a header row of percent columns, one per
indicator, beside the district column; the spanning label is then no indicator
column of its own.  A spanning label that neither says percent nor names
indicators leaves the table as it was.  Small tables first, then a variant
built as a real .docx, then a real corpus file of set 43."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.indicator_label_rows import indicator_label_rows
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse
from tests.extract.blocks import table_doc

LOEI = "loei-province-2568-inspection"
TAMBON = "ตำบลผ่านเกณฑ์ พชต. คุณภาพ (เกณฑ์ ร้อยละ 80)"
WASTE = "หมู่บ้านจัดการขยะต้นทาง (เกณฑ์ ร้อยละ 70)"


def _table(upper: str):
    """A two-row header: ``upper`` spanning a row of bracketed-target labels, over two district rows."""
    rows = [["อำเภอ", upper, None], [None, TAMBON, WASTE],
            ["ปากชม", "5/6 (83.33)", "38/53 (71.70)"], ["ท่าลี่", "6/6 (100)", "41/49 (83.67)"]]
    return read_tables(table_doc(rows))[0]


def test_target_brackets_under_an_indicators_label_head_percent_columns() -> None:
    table = indicator_label_rows(_table("ตัวชี้วัดร่วมระดับจังหวัด"))
    assert [(c.role, c.own) for c in table.columns if c.role == "percent"] == [("percent", TAMBON), ("percent", WASTE)]
    assert table.column("indicator") is None


def test_a_spanning_label_naming_no_indicator_or_percent_changes_nothing() -> None:
    table = _table("ผลการดำเนินงาน")
    assert indicator_label_rows(table) == table


def test_a_built_docx_variant_gives_each_district_and_indicator_its_result_and_target(tmp_path) -> None:
    """Other words: "ตัวชี้วัดสำคัญ" spanning "(เป้าหมาย ร้อยละ 85)" labels, Thai digits, other districts."""
    rows = [["อำเภอ", "ตัวชี้วัดสำคัญของจังหวัด", ""],
            ["", "ครัวเรือนคัดแยกขยะ (เป้าหมาย ร้อยละ ๘๕)", "ผู้สูงอายุได้รับการคัดกรอง (เป้าหมาย ร้อยละ ๙๐)"],
            ["ด่านซ้าย", "๑๒๐/๑๕๐ (๘๐.๐๐)", "๙๐/๑๐๐ (๙๐.๐๐)"],
            ["นาแห้ว", "๔๕/๕๐ (๙๐.๐๐)", "๘๘/๑๐๐ (๘๘.๐๐)"]]
    path = write_docx(tmp_path / "kpi.docx", ["ผลการดำเนินงานตามตัวชี้วัด อำเภอด่านซ้าย อำเภอนาแห้ว จังหวัดเลย ปีงบประมาณ 2568"],
                      rows, merges=[(0, 1, 0, 2), (0, 0, 1, 0)])
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert {("ครัวเรือนคัดแยกขยะ", 80.0, 85.0), ("ครัวเรือนคัดแยกขยะ", 90.0, 85.0),
            ("ผู้สูงอายุได้รับการคัดกรอง", 90.0, 90.0), ("ผู้สูงอายุได้รับการคัดกรอง", 88.0, 90.0)} <= got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_shared_indicators_with_bracketed_targets_in_a_real_inspection_report(parsed, suffix) -> None:
    got = {(o.indicator, o.district, o.value_pct, o.target_pct) for o in extract(parsed(LOEI + suffix)).outcomes}
    assert {("ตำบลผ่านเกณฑ์ พชต. คุณภาพ", "4210", 75.0, 80.0),
            ("กลุ่มเปราะบางได้รับการดูแลตาม Care Plan", "4212", 95.18, 90.0),
            ("หมู่บ้านจัดการขยะต้นทาง", None, 72.51, 70.0)} <= got
