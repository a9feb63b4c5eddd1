"""Round 42 budget rules (funders named in a two-row header).

A cost table whose two-row header spans "แหล่งงบประมาณ (บาท)" over one column per funder gives
each line the funder whose column holds its money, and its amount from that column.
A cost table whose header names funders but whose lines each have one payer keeps its lines.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc

from pcc_ingest.extract.run import extract

OFFICE = "สสจ.ตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง"
HOSPITAL = "เงินบำรุง รพ.ตัวอย่าง"


def test_a_two_row_headers_funder_names_give_each_line_its_column_funder_and_amount():
    doc = table_doc([["รายการ", "แหล่งงบประมาณ (บาท)", None, None, "รวม (บาท)"],
                     [None, OFFICE, FUND, HOSPITAL, None],
                     ["กิจกรรมที่ 1 ประชุมคณะกรรมการ", None, None, None, None],
                     ["ค่าอาหารว่างและเครื่องดื่ม 32 คน × 35 บาท", "1,120", "-", "-", "1,120"],
                     ["ค่าอาหารกลางวัน 2 วันๆ ละ 80 บาท x 120 คน", "-", "19,200", "-", "19,200"],
                     ["ค่าทรายกำจัดลูกน้ำยุงลาย 5 ถัง ถังละ 2,900 บาท", "-", "-", "14,500", "14,500"]])
    assert budget_lines(doc) == [("ค่าอาหารว่างและเครื่องดื่ม", 1120.0, 35.0, 32.0, OFFICE),
                                 ("ค่าอาหารกลางวัน", 19200.0, 80.0, 240.0, FUND),
                                 ("ค่าทรายกำจัดลูกน้ำยุงลาย", 14500.0, 2900.0, 5.0, HOSPITAL)]


def test_cost_lines_under_funder_named_columns_with_one_payer_each_stay_lines():
    doc = table_doc([["รายการ", OFFICE, FUND, "รวม (บาท)"],
                     ["ค่าอาหารกลางวัน 40 คน × 80 บาท", "3,200", "-", "3,200"],
                     ["ค่าป้ายไวนิล 9 ผืน × 500 บาท", "-", "4,500", "4,500"],
                     ["รวม", "3,200", "4,500", "7,700"]])
    assert budget_lines(doc) == [("ค่าอาหารกลางวัน", 3200.0, 80.0, 40.0, OFFICE),
                                 ("ค่าป้ายไวนิล", 4500.0, 500.0, 9.0, FUND)]


# --- corpus files of set 42 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["phitsanulok-bang-krathum-2568-project.docx",
                                  "phitsanulok-bang-krathum-2568-project.pdf"])
def test_a_two_row_funder_header_gives_the_gold_amounts_and_sources_on_a_real_file(parsed, gold, name):
    def fold(source: str | None) -> str | None:
        return source.replace(" ", "") if source else source

    found = sorted((i.amount_baht, i.unit_cost_baht, i.quantity, fold(i.source))
                   for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["unit_cost_baht"], g["quantity"], fold(g["source"]))
                           for g in gold(name, "budget_items"))
