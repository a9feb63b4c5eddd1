"""Round 30 budget rules.

A numbered activity row whose amount the unnumbered cost rows right under it add up to
("1 | กิจกรรมอบรม… | 18,800" over "- ค่าอาหารกลางวัน … | 5,600", …) is their subtotal, not a line,
and its cost rows take its source when they name none; rows under a sequence cell merged down from
it continue its item and are no children, and so do empty-sequence rows under a numbered row that
works out its own amount (a PDF shows a merged sequence cell as empty ones).
Money "จากงบของ" a body "ผ่าน" another (in a sentence or a source cell) is sourced by the first body.
A numbered row over unnumbered rows that do not add up to it stays a line.
The money an amounts cell says was spent after a line's allotted amount ("36,750 (35 คน × 5 วัน ×
210 บาท) เบิกจ่ายจริง 35,910") is no figure of its own: the line is the allotted amount.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, table_doc

from pcc_ingest.extract.budget.cells import cell_figures
from pcc_ingest.extract.budget.funders import clean_source, inline_source
from pcc_ingest.extract.budget.subrows import subtotal_parents
from pcc_ingest.extract.run import extract

OFFICE = "สสจ.ตัวอย่าง"
HEADER = ["ที่", "รายการค่าใช้จ่าย", "รายละเอียดการคำนวณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"]


# --- rules on small inputs ---------------------------------------------------------------


def test_unnumbered_rows_under_a_numbered_row_are_its_children_when_they_add_up_to_it():
    numbers = [(1,), None, (2,), None, None]
    blank = [False, True, False, True, True]
    assert subtotal_parents(numbers, [4200, 4200, 9200, 5600, 3600], blank) == {0: [1], 2: [3, 4]}


def test_rows_under_a_sequence_cell_merged_down_are_no_children_of_the_numbered_row():
    assert subtotal_parents([(1,), None], [3600, 3600], [False, False]) == {}


def test_a_numbered_row_over_unnumbered_rows_that_do_not_add_up_to_it_stays_a_line():
    assert subtotal_parents([(1,), None, None], [9000, 4000, 3000], [False, True, True]) == {}


def test_an_activity_row_over_its_dashed_cost_rows_gives_only_the_cost_lines_with_its_source():
    doc = table_doc([HEADER,
                     ["1", "กิจกรรมอบรมแกนนำชุมชน", "", "9,200", OFFICE],
                     ["", "- ค่าอาหารกลางวัน", "80 คน × 70 บาท", "5,600", None],
                     ["", "- ค่าตอบแทนวิทยากร", "6 ชม. × 600 บาท", "3,600", None]])
    assert budget_lines(doc) == [("ค่าอาหารกลางวัน", 5600.0, 70.0, 80.0, OFFICE),
                                 ("ค่าตอบแทนวิทยากร", 3600.0, 600.0, 6.0, OFFICE)]


def test_a_numbered_row_working_out_its_own_amount_stays_a_line_over_empty_sequence_cells():
    doc = table_doc([HEADER,
                     ["1", "ค่าอาหารกลางวัน 60 คน x 70 บาท", "", "4,200", OFFICE],
                     ["", "ค่าอาหารว่างและเครื่องดื่ม 60 คน x 2 มื้อ x 35 บาท", "", "4,200", OFFICE]])
    assert [d for d, *_ in budget_lines(doc)] == ["ค่าอาหารกลางวัน", "ค่าอาหารว่างและเครื่องดื่ม"]


def test_the_money_spent_noted_after_an_allotted_amount_is_no_figure_of_the_cell():
    cell = cell_block("36,750 (35 คน × 5 วัน × 210 บาท) เบิกจ่ายจริง 35,910", 1, 3)
    assert cell_figures(cell) == [(36750.0, 0, 6)]


def test_a_cell_of_two_plain_amounts_keeps_both():
    assert [v for v, _, _ in cell_figures(cell_block("5,000 3,000", 1, 3))] == [5000.0, 3000.0]


def test_a_sentences_money_of_a_body_passed_through_another_is_sourced_by_the_first_body():
    after = " จากงบของเทศบาลเมืองตัวอย่าง ผ่านศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอ (ศปถ.) ช่วง 7 วัน"
    assert inline_source(after) == "เทศบาลเมืองตัวอย่าง"


def test_a_source_cell_of_a_bodys_money_passed_through_another_names_the_first_body():
    assert clean_source("งบของเทศบาลตำบลตัวอย่าง ผ่านศูนย์ปฏิบัติการอำเภอ") == "เทศบาลตำบลตัวอย่าง"


# --- corpus files of set 30 ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["chon-buri-sattahip-2568-project.docx", "chon-buri-sattahip-2568-project.pdf"])
def test_activity_subtotal_rows_give_no_lines_and_the_cost_lines_match_the_gold_on_a_real_file(parsed, gold, name):
    found = sorted(i.amount_baht for i in extract(parsed(name)).budget_items)
    assert found == sorted(g["amount_baht"] for g in gold(name, "budget_items"))


def test_a_cells_spent_note_leaves_the_allotted_line_on_a_real_file(parsed):
    items = extract(parsed("uttaradit-phichai-2567-progress.pdf")).budget_items
    camp = [i for i in items if i.amount_baht == 36750]
    assert [(i.unit_cost_baht, i.quantity) for i in camp] == [(210.0, 175.0)]
