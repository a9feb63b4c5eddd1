"""Round 44 budget rules (budget a).

A money column split into baht and satang ("จำนวนเงิน" over "บาท | สต.") gives each line the baht
cell with the satang cell as its fraction, and the satang column is no amount of its own.
A satang cell of "00" (or none) leaves the baht amount as written.
The satang column is read from its label ("สต." or "สตางค์"), in Thai or Arabic digits, under
any amount header.
"""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.budget.satang import join_satang
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

# --- rules on small documents ----------------------------------------------------------


def _spending(tmp_path, head: str, satang: str, rows: list[list[str]]):
    table = [["ที่", "รายการ", head, ""], ["", "", "บาท", satang], *rows]
    path = write_docx(tmp_path / "minutes.docx", ["รายงานการใช้จ่ายงบประมาณ สสอ.ตัวอย่าง"], table,
                      merges=[(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1)])
    return parse(path)


def test_a_satang_column_gives_the_baht_cell_its_fraction(tmp_path):
    doc = _spending(tmp_path, "จำนวนเงิน", "สต.", [["1", "ค่าน้ำมันเชื้อเพลิง 5 วัน วันละ 1,250.75 บาท", "6,253", "75"],
                                                  ["2", "ค่าอาหารกลางวัน 40 คน × 70 บาท", "2,800", "00"]])
    items, _ = extract_budget(doc, DocumentFacts())
    assert sorted(i.amount_baht for i in items) == [2800.0, 6253.75]


def test_a_zero_satang_cell_leaves_the_amount_as_written(tmp_path):
    doc = _spending(tmp_path, "จำนวนเงิน", "สต.", [["1", "ค่าป้ายไวนิล 3 ผืน × 500 บาท", "1,500", "00"]])
    items, _ = extract_budget(doc, DocumentFacts())
    assert [i.amount_baht for i in items] == [1500.0]


def test_the_satang_column_is_dropped_from_the_table_read_for_money(tmp_path):
    doc = _spending(tmp_path, "จำนวนเงิน", "สต.", [["1", "ค่าวัสดุ 7 ชุด × 1,285.50 บาท", "8,998", "50"]])
    table = join_satang(next(t for t in read_tables(doc) if t.rows))
    assert [c.col for c in table.columns if c.role == "budget_amount"] == [2]
    assert table.rows[0].cells[2].text == "8,998.50" and 3 not in table.rows[0].cells


def test_a_variant_with_thai_digits_and_another_header_reads_the_satang(tmp_path):
    doc = _spending(tmp_path, "งบประมาณ", "สตางค์",
                    [["๑", "ค่าจัดทำเอกสาร ๖๕ ชุด ชุดละ ๔๒.๒๕ บาท (อำเภอแม่สาย)", "๒,๗๔๖", "๒๕"],
                     ["๒", "ค่าอาหารว่าง ๒ มื้อๆ ละ ๓๐ บาท x ๖๕ คน", "๓,๙๐๐", "๐๐"]])
    items, _ = extract_budget(doc, DocumentFacts())
    assert sorted(i.amount_baht for i in items) == [2746.25, 3900.0]


# --- real files of set 44 ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["narathiwat-province-2568-inspection.docx", "narathiwat-province-2568-inspection.pdf",
                                  "pathum-thani-nong-suea-2566-minutes.docx"])
def test_baht_and_satang_columns_join_on_a_real_file(parsed, gold, name):
    found = {i.amount_baht for i in extract(parsed(name)).budget_items}
    wanted = {g["amount_baht"] for g in gold(name, "budget_items") if g["amount_baht"] % 1}
    assert wanted and wanted <= found
