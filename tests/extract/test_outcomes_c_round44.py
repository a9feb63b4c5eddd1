"""Round 44 (outcomes C): a result row of a later table takes the name and
target of the KPI an earlier issues × indicators × targets table lists with no
district, and that bare target is dropped (a province inspection, set 44).
A row pairs with the one listed KPI its words stand in; two KPIs fitting
equally well lend nothing; a row stating its own target keeps it; a bare
target no row borrows stays.  Small blocks first, then a variant built as a
real .docx, then the real corpus file of set 44."""

from __future__ import annotations

import docx
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.kpi_table_targets import lend_kpi_targets
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Document
from pcc_ingest.parsers import parse
from tests.extract.blocks import cell_block, doc_of

NARATHIWAT = "narathiwat-province-2568-inspection"
KPI = "ร้อยละครัวเรือนมีการคัดแยกขยะต้นทาง"


def _bare(indicator: str, target: float, block: int = 1) -> OutcomeRecord:
    """A district-less target read from row ``block`` of table 0 (the KPI table)."""
    ev = Evidence(block=block, table=0, row=block, col=2, start=0, end=2, text=str(target))
    return OutcomeRecord(indicator=indicator, target_pct=target, year_be=2568, evidence=ev)


def _result(row_cells: list[str], value: float, target: float | None = None) -> OutcomeRecord:
    """A district's result read from row 1 of table 1 (the results table)."""
    ev = Evidence(block=10, table=1, row=1, col=len(row_cells) - 1, start=0, end=2, text=str(value))
    return OutcomeRecord(indicator=row_cells[1], district="9605", value_pct=value, target_pct=target,
                         year_be=2568, evidence=ev)


def _doc(row_cells: list[str]) -> Document:
    """A document holding the result's row of table 1."""
    return doc_of([cell_block(t, 1, c, table=1) for c, t in enumerate(row_cells)])


ROW = ["บาเจาะ", "ครัวเรือนคัดแยกขยะต้นทาง", "9,840", "6,715", "68.24"]


def test_a_result_row_takes_the_name_and_target_of_the_one_kpi_it_names() -> None:
    kpis = [_bare(KPI, 70.0, 1), _bare("ร้อยละผู้ผ่านการบำบัดได้รับการติดตามดูแลต่อเนื่อง", 80.0, 2)]
    prose, tabled = lend_kpi_targets(_doc(ROW), kpis, [_result(ROW, 68.24)])
    assert [(o.indicator, o.value_pct, o.target_pct) for o in tabled] == [(KPI, 68.24, 70.0)]
    assert [p.target_pct for p in prose] == [80.0]


def test_two_kpis_fitting_equally_well_lend_nothing() -> None:
    kpis = [_bare(KPI, 70.0, 1), _bare(KPI, 80.0, 2)]
    prose, tabled = lend_kpi_targets(_doc(ROW), kpis, [_result(ROW, 68.24)])
    assert [(o.indicator, o.target_pct) for o in tabled] == [("ครัวเรือนคัดแยกขยะต้นทาง", None)]
    assert len(prose) == 2


def test_a_row_stating_its_own_target_keeps_it() -> None:
    row = ["บาเจาะ", "ครัวเรือนคัดแยกขยะต้นทาง", "ร้อยละ 75", "68.24"]
    prose, tabled = lend_kpi_targets(_doc(row), [_bare(KPI, 70.0)], [_result(row, 68.24, 75.0)])
    assert [(o.indicator, o.target_pct) for o in tabled] == [("ครัวเรือนคัดแยกขยะต้นทาง", 75.0)]
    assert [p.target_pct for p in prose] == [70.0]


def test_a_bare_target_no_row_borrows_stays() -> None:
    row = ["บาเจาะ", "เด็กอายุครบ 1 ปี ได้รับวัคซีน MMR1", "412", "318", "77.18"]
    prose, tabled = lend_kpi_targets(_doc(row), [_bare(KPI, 70.0)], [_result(row, 77.18)])
    assert [p.target_pct for p in prose] == [70.0] and tabled[0].target_pct is None


def test_a_built_docx_variant_lends_the_kpi_target_to_each_district_row(tmp_path) -> None:
    """Other words, Thai digits, other districts: a KPI table, then results by district."""
    path = tmp_path / "r.docx"
    write_docx(path, ["สรุปประเด็น ตัวชี้วัด และค่าเป้าหมาย ปีงบประมาณ ๒๕๖๗"],
               [["ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย"],
                ["ผู้สูงอายุ", "ร้อยละผู้สูงอายุได้รับการคัดกรองสุขภาพ", "≥ ๘๕%"],
                ["ยาเสพติด", "ร้อยละผู้ผ่านการบำบัดได้รับการติดตามดูแลต่อเนื่อง", "ไม่น้อยกว่าร้อยละ ๗๐"]])
    d = docx.Document(str(path))
    d.add_paragraph("ผลการดำเนินงานตามประเด็นขับเคลื่อน ปีงบประมาณ ๒๕๖๗")
    rows = [["อำเภอ", "ประเด็น", "ตัวชี้วัด", "เป้าหมาย", "ผลงาน", "คิดเป็น %"],
            ["ท่าแพ", "ผู้สูงอายุ", "ผู้สูงอายุคัดกรองสุขภาพ", "๕๒๐", "๔๗๐", "๙๐.๓๘"],
            ["ละงู", "ยาเสพติด", "ผู้ผ่านการบำบัดได้รับการติดตาม", "๘๐", "๖๐", "๗๕.๐๐"]]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.save(str(path))
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert ("ร้อยละผู้สูงอายุได้รับการคัดกรองสุขภาพ", 90.38, 85.0) in got
    assert ("ร้อยละผู้ผ่านการบำบัดได้รับการติดตามดูแลต่อเนื่อง", 75.0, 70.0) in got
    assert not any(v is None and t in (85.0, 70.0) for _, v, t in got)


def test_a_district_result_row_takes_the_target_of_the_kpi_table_above(parsed) -> None:
    got = {(o.district, o.value_pct, o.target_pct) for o in extract(parsed(NARATHIWAT + ".docx")).outcomes}
    assert ("9603", 68.24, 70.0) in got and ("9605", 82.79, 75.0) in got
    assert not any(d is None and v is None and t == 70.0 for d, v, t in got)
