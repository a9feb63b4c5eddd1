"""Round 37 budget rules (line-items tables and one amount column per funder).

A referral word after a source label ("จำแนกตามแหล่งงบประมาณ ดังนี้", "… ดังตาราง") names no
funder, so the lines near it take no source from it.
A budget table whose header heads each amount column with a funder and ends with a total column
("รายการ | กปท. | อบจ.X | เงินบำรุง รพ.X | รวม (บาท)") gives each cost line the funder of the one
column its money is written in, the group rows merged across being no lines.
A grid of years that adds up to a total, however its rows lie, names no funders.
A funder column headed by a budget category with the funder in brackets ("งบ อปท. (อบต.X)")
names the bracketed funder.
A table of sources with a row per numbered activity and a column per funder gives that funder to
the cost lines another table groups under the activity ("กิจกรรมที่ 1 …").
Of the factors of a bare product the row's counts leave, the one the table states as a price
elsewhere is the price ("(6x50x25)" under "6 ตำบล", another line "ละ 25 บาท": 25 x 300).
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, table_doc, text_block

from pcc_ingest.extract.budget import clean_source
from pcc_ingest.extract.budget.bare import split_bare
from pcc_ingest.extract.budget.funder_columns import header_funder_columns
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables

FUND = "กปท."
PAO = "อบจ.ตัวอย่าง"
HOSPITAL = "เงินบำรุง รพ.ตัวอย่าง"
OFFICE = "สสจ.ตัวอย่าง"


# --- rules on small documents ----------------------------------------------------------


@pytest.mark.parametrize("text", ["ดังนี้", "ดังตาราง", "ตามรายละเอียดข้างล่าง"])
def test_a_referral_word_is_no_source(text):
    assert clean_source(text) is None


def test_lines_after_a_referral_to_the_sources_take_no_source_from_it():
    lead = text_block("เสนอรายละเอียดงบประมาณจำแนกตามแหล่งงบประมาณ ดังนี้")
    cells = [cell_block(t, r, c) for r, row in enumerate([["รายการ", "จำนวนเงิน (บาท)"],
                                                        ["ค่าอาหารกลางวัน 60 คน × 80 บาท", "4,800"]])
             for c, t in enumerate(row)]
    assert [line[4] for line in budget_lines(doc_of([lead, *cells]))] == [None]


def test_each_cost_line_takes_the_funder_heading_the_column_its_money_is_in():
    doc = table_doc([["ที่", "รายการ", FUND, PAO, HOSPITAL, "รวม (บาท)"],
                     ["1", "อบรมผู้ดูแลผู้สูงอายุ", None, None, None, None],
                     [None, "- ค่าอาหารกลางวัน 60 คน × 80 บาท", "-", "-", "4,800", "4,800"],
                     [None, "- ค่าป้าย 10 ป้าย × 600 บาท", "-", "6,000", "-", "6,000"],
                     [None, "- ค่าน้ำยาพ่นหมอกควัน 30 ลิตร × 1,450 บาท", "43,500", "-", "-", "43,500"],
                     ["รวม", "", "43,500", "6,000", "4,800", "54,300"]])
    assert [(line[1], line[4]) for line in budget_lines(doc)] == [(4800.0, HOSPITAL), (6000.0, PAO),
                                                                   (43500.0, FUND)]


def test_a_grid_of_years_adding_up_to_a_total_names_no_funders():
    doc = table_doc([["รายการ", "ปี 2566", "ปี 2567", "รวม (บาท)"],
                     ["ค่าอาหาร", "4,800", "-", "4,800"],
                     ["ค่าป้าย", "-", "6,000", "6,000"]])
    assert header_funder_columns(read_tables(doc)[0]) == {}


def test_a_category_header_names_the_funder_in_its_brackets():
    doc = table_doc([["กิจกรรม", f"{OFFICE} (งบ พชอ.)", "งบ อปท. (อบต.ตัวอย่าง)", "รวม (บาท)"],
                     ["1. ประชุมจัดทำแผน", "28,200", "-", "28,200"],
                     ["2. ด่านชุมชน", "-", "39,000", "39,000"]])
    assert set(header_funder_columns(read_tables(doc)[0]).values()) == {OFFICE, "อบต.ตัวอย่าง"}


def test_an_activitys_funder_in_a_table_of_sources_funds_its_cost_lines_in_another_table():
    items = [["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"],
             ["กิจกรรมที่ 1 ประชุมจัดทำแผน", None, None, None, None],
             ["ค่าอาหารกลางวัน", "120", "มื้อ", "80", "9,600"],
             ["ค่าตอบแทนวิทยากร", "12", "ชั่วโมง", "600", "7,200"],
             ["รวมกิจกรรมที่ 1", None, None, None, "16,800"],
             ["กิจกรรมที่ 2 ด่านชุมชน", None, None, None, None],
             ["ค่าอาหารอาสาสมัคร", "280", "มื้อ", "50", "14,000"],
             ["ค่าหมวกนิรภัยสำหรับเด็ก", "100", "ใบ", "250", "25,000"],
             ["รวมกิจกรรมที่ 2", None, None, None, "39,000"],
             ["รวมงบประมาณทั้งสิ้น", None, None, None, "55,800"]]
    sources = [["กิจกรรม", OFFICE, "งบ อปท. (อบต.ตัวอย่าง)", "รวม (บาท)"],
               ["1. ประชุมจัดทำแผน", "16,800", "-", "16,800"],
               ["2. ด่านชุมชน", "-", "39,000", "39,000"],
               ["รวม", "16,800", "39,000", "55,800"]]
    blocks = [cell_block(t, r, c, table=k) for k, rows in enumerate([items, sources])
              for r, row in enumerate(rows) for c, t in enumerate(row) if t is not None]
    assert [(line[0], line[4]) for line in budget_lines(doc_of(blocks))] == [
        ("ค่าอาหารกลางวัน", OFFICE), ("ค่าตอบแทนวิทยากร", OFFICE),
        ("ค่าอาหารอาสาสมัคร", "อบต.ตัวอย่าง"), ("ค่าหมวกนิรภัยสำหรับเด็ก", "อบต.ตัวอย่าง")]


def test_of_the_factors_the_counts_leave_the_one_the_table_prices_is_the_price():
    assert split_bare([6.0, 50.0, 25.0], {6.0}, lambda: {25.0, 600.0}) == (25.0, 300.0)
    assert split_bare([6.0, 50.0, 25.0], {6.0}) == (50.0, 150.0)


# --- corpus files of set 37 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["mukdahan-don-tan-2567-project.docx", "mukdahan-don-tan-2567-project.pdf",
                                  "phuket-thalang-2566-minutes.docx", "phuket-thalang-2566-minutes.pdf"])
def test_funder_columns_give_the_gold_amounts_and_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.unit_cost_baht, i.quantity, _spaceless(i.source))
                   for i in extract(parsed(name)).budget_items)
    expected = sorted((g["amount_baht"], g["unit_cost_baht"], g["quantity"], _spaceless(g["source"]))
                      for g in gold(name, "budget_items"))
    assert found == expected


def _spaceless(text: str | None) -> str | None:
    """A source as the scorer compares it: a PDF's header cell may lose the space in a name."""
    return text.replace(" ", "") if text else text
