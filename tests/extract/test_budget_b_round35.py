"""Round 35 budget rules (one amount column per funder; working written twice).

A row of a funder-column table with nothing under any funder (an activity's name over its cost
lines, its subtotal only in the total column, the funder columns merged across) is no line.
An amount column whose label says the money is split by source ("งบประมาณจำแนกตามแหล่ง (บาท)")
spans the funder columns named in the row under it, a total column among them ("รวม") being no
funder; each line of a row's activity cell is paid by the one funder column holding the row's
figure.
A line that shows its working twice, bare and then worded ("(7x7x200) (7 ด่าน x 7 วัน x 200
บาท)"), takes its unit cost and quantity from the worded bracket alone.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc

from pcc_ingest.extract.budget.lines import arithmetic
from pcc_ingest.extract.run import extract

OFFICE = "สสจ.ตัวอย่าง"
FUND = "กปท.ตัวอย่าง"
TOWN = "ทต.ตัวอย่าง"


# --- rules on small documents ----------------------------------------------------------


def test_a_row_with_nothing_under_any_funder_column_is_a_heading_not_a_line():
    doc = table_doc([["รายการ / รายละเอียดการคำนวณ", "แหล่งงบประมาณ (บาท)", None, None, "รวม (บาท)"],
                     [None, OFFICE, FUND, TOWN, None],
                     ["กิจกรรมที่ 1 ประชุมคณะกรรมการ", None, None, None, "4,950"],
                     ["- ค่าอาหารว่าง 2 มื้อๆ ละ 25 บาท x 45 คน", "2,250", "-", "-", "2,250"],
                     ["- ค่าอาหารกลางวัน 45 คน × 60 บาท", "-", "2,700", "-", "2,700"]])
    assert budget_lines(doc) == [("ค่าอาหารว่าง", 2250.0, 25.0, 90.0, OFFICE),
                                 ("ค่าอาหารกลางวัน", 2700.0, 60.0, 45.0, FUND)]


def test_an_amount_column_split_by_source_spans_funder_columns_and_their_total():
    doc = table_doc([["ที่", "กิจกรรม / รายละเอียดค่าใช้จ่าย", "งบประมาณจำแนกตามแหล่ง (บาท)", None, None, None],
                     [None, None, FUND, OFFICE, TOWN, "รวม"],
                     ["1", "1. อบรมแกนนำ - ค่าอาหารกลางวัน 40 คน × 70 บาท = 2,800 บาท"
                      " - ค่าตอบแทนวิทยากร 6 ชม. x 600 บาท = 3,600 บาท", "-", "6,400", "-", "6,400"],
                     ["2", "2. ด่านชุมชน - ป้ายรณรงค์ไวนิล 22 ป้ายๆ ละ 500 บาท = 11,000 บาท",
                      "-", "-", "11,000", "11,000"]])
    assert budget_lines(doc) == [("ค่าอาหารกลางวัน", 2800.0, 70.0, 40.0, OFFICE),
                                 ("ค่าตอบแทนวิทยากร", 3600.0, 600.0, 6.0, OFFICE),
                                 ("ป้ายรณรงค์ไวนิล", 11000.0, 500.0, 22.0, TOWN)]


def test_working_written_bare_then_worded_is_read_from_the_worded_bracket():
    line = "- ค่าอาหารอาสาสมัครประจำด่าน (7x7x200) (7 ด่าน x 7 วัน x 200 บาท)"
    assert arithmetic(line, 9800.0) == (9800.0, 200.0, 49.0)


# --- corpus files of set 35 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["kamphaeng-phet-khanu-woralaksaburi-2568-action-plan.docx",
                                  "kamphaeng-phet-khanu-woralaksaburi-2568-action-plan.pdf",
                                  "ranong-kra-buri-2568-project.docx",
                                  "ranong-kra-buri-2568-project.pdf"])
def test_funder_column_tables_give_the_gold_lines_and_sources_on_a_real_file(parsed, gold, name):
    def line(amount, unit, qty, source):
        return (float(amount), None if unit is None else float(unit), None if qty is None else float(qty), source)

    found = sorted((line(i.amount_baht, i.unit_cost_baht, i.quantity, i.source)
                    for i in extract(parsed(name)).budget_items), key=repr)
    expected = sorted((line(g["amount_baht"], g["unit_cost_baht"], g["quantity"], g["source"])
                       for g in gold(name, "budget_items")), key=repr)
    assert found == expected
