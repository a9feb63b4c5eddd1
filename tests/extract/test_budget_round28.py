"""Round 28 budget rules.

A detail column labelled as the working ("รายละเอียดการคำนวณ") names each row again when the
activity column beside it is merged down over several of its rows: the activity names a group of
lines, and each detail cell names its own line as well as working it.
A working column beside an item column that is never merged still leaves the rows named by the
item column.
A summary table that gives each funder a column and each place a row ("อำเภอ | สสจ.X | กองทุน… |
รวม"), when it is the document's only statement of money, gives one line per place and funder,
described by the place as its label names it and sourced by the column's funder; the total
column and the total row are no lines.
A table whose columns name no funders gives no such lines.
A count a row states claims one factor of a bare product, so a price equal to it is still the
price ("(50x50x2)" beside 50 people: 50 baht x 100).
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc

from pcc_ingest.extract.budget.bare import split_bare
from pcc_ingest.extract.run import extract

OFFICE = "สสจ.ตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพ อปท."


WORKING_HEADER = ["ที่", "กิจกรรม", "รายละเอียดการคำนวณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"]


# --- rules on small documents ----------------------------------------------------------


def test_a_working_column_under_an_activity_merged_over_its_rows_names_each_line():
    doc = table_doc([WORKING_HEADER,
                     ["1", "อบรมแกนนำด่านชุมชน", "ค่าอาหารกลางวัน 60 คน × 60 บาท", "3,600", OFFICE],
                     [None, None, "ค่าตอบแทนวิทยากร 6 ชั่วโมง x 600 บาท", "3,600", None],
                     [None, None, "ค่าป้ายไวนิลรณรงค์", "1,200", None]])
    assert budget_lines(doc) == [("ค่าอาหารกลางวัน", 3600.0, 60.0, 60.0, OFFICE),
                           ("ค่าตอบแทนวิทยากร", 3600.0, 600.0, 6.0, OFFICE),
                           ("ค่าป้ายไวนิลรณรงค์", 1200.0, None, None, OFFICE)]


def test_a_working_column_beside_an_unmerged_item_column_still_leaves_the_item_naming_the_row():
    doc = table_doc([WORKING_HEADER,
                     ["1", "ค่าตอบแทนวิทยากร", "6 ชม. ชม.ละ 600 บาท", "3,600", OFFICE],
                     ["2", "ค่าวัสดุอุปกรณ์การอบรม", "เหมาจ่าย", "2,500", OFFICE]])
    assert [d for d, *_ in budget_lines(doc)] == ["ค่าตอบแทนวิทยากร", "ค่าวัสดุอุปกรณ์การอบรม"]


def test_a_summary_with_a_column_per_funder_gives_one_line_per_place_and_funder():
    doc = table_doc([["อำเภอ", OFFICE, FUND, "รวม"],
                     ["ตัวอย่างเหนือ", "20,000", "65,000", "85,000"],
                     ["ตัวอย่างใต้", "20,000", "42,500", "62,500"],
                     ["รวมทั้งสิ้น", "40,000", "107,500", "147,500"]])
    assert budget_lines(doc) == [("อำเภอตัวอย่างเหนือ", 20000.0, None, None, OFFICE),
                           ("อำเภอตัวอย่างเหนือ", 65000.0, None, None, FUND),
                           ("อำเภอตัวอย่างใต้", 20000.0, None, None, OFFICE),
                           ("อำเภอตัวอย่างใต้", 42500.0, None, None, FUND)]


def test_a_table_whose_columns_name_no_funders_gives_no_lines():
    doc = table_doc([["อำเภอ", "ปี 2566", "ปี 2567", "รวม"],
                     ["ตัวอย่างเหนือ", "20", "65", "85"]])
    assert budget_lines(doc) == []


# --- corpus files of set 28 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["sing-buri-in-buri-2567-project.docx", "sing-buri-in-buri-2567-project.pdf"])
def test_a_working_column_under_merged_activities_gives_the_gold_lines_on_a_real_file(parsed, gold, name):
    found = {(i.description, i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    expected = {(g["description"], g["amount_baht"], g["source"]) for g in gold(name, "budget_items")}
    assert expected == found


@pytest.mark.parametrize("name", ["nakhon-pathom-province-2567-summary.docx",
                                  "nakhon-pathom-province-2567-summary.pdf"])
def test_a_provincial_summarys_funder_columns_give_the_gold_amounts_and_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))


def test_a_stated_count_claims_one_factor_of_a_bare_product_though_the_price_is_the_same_figure():
    assert split_bare([50.0, 50.0, 2.0], {50.0}) == (50.0, 100.0)
    assert split_bare([25.0, 50.0, 4.0], {50.0}) == (25.0, 200.0)
