"""Budget tables that only recap itemised costs, totals read from the items'
own column, sources named once for a whole project, and counts that are no
part of a line's sum: rules on strings, then on real files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.budget import (
    LIST_NUMBER_RE,
    arithmetic,
    clean_source,
    extract_budget,
    splits_into,
    stated_source,
)
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize(("amounts", "parts", "expected"), [
    ([18000, 33200], [5600, 5600, 4800, 2000, 7200, 26000], True),
    ([1250, 21000], [1250, 8400, 7000, 3600, 2000], True),
    ([1250, 21000], [1250, 8400, 7000, 3600], False),          # a row left unmatched
    ([1250, 21000], [1250, 8400, 7000, 3600, 2000, 500], False),  # a line left over
    ([3000], [2000, 2000], False),                              # overshoots
])
def test_rows_split_the_itemised_lines_only_when_runs_add_up_to_each(amounts, parts, expected):
    assert splits_into(amounts, parts) is expected


@pytest.mark.parametrize(("text", "amount", "unit", "qty"), [
    # a count far before the arithmetic is no factor
    ("จัดกิจกรรมทั้ง 7 ตำบล ในวันที่ 23 มิถุนายน 2566 จากกองทุน อปท. 8 แห่ง ๆ ละ 3,000 บาท", 24000, 3000, 8),
    # a size is no count
    ("ค่าป้ายไวนิล ขนาด 1.2 x 2.4 เมตร 16 ป้าย x 450 บาท", 7200, 450, 16),
    # counts on both sides of the unit cost still multiply
    ("ค่าอาหารว่าง 2 มื้อ ๆ ละ 25 บาท x 100 คน", 5000, 25, 200),
    ("ค่าอาหารว่าง ประชุม 4 ครั้ง ๆ ละ 40 คน x 35 บาท", 5600, 35, 160),
    ("ค่าอาหาร 40 คน จำนวน 2 มื้อ มื้อละ 25 บาท", 2000, 25, 80),
    # none chained: the count of what the cost is per, not every count
    ("จังหวัดมี 8 อำเภอ ทุกอำเภอได้รับงบ 2 รอบ อำเภอละ 15,000 บาท", 120000, 15000, 8),
])
def test_quantity_multiplies_only_counts_joined_to_the_unit_cost(text, amount, unit, qty):
    assert arithmetic(text, amount) == (amount, unit, qty)


@pytest.mark.parametrize(("text", "source"), [
    ("สำนักงานสาธารณสุขจังหวัดนาดี (งบดำเนินงาน) ได้รับอนุมัติ 40,000 บาท",
     "สำนักงานสาธารณสุขจังหวัดนาดี"),  # the bracketed budget category is no part of the funder
    ("สสจ.นาดี 30,500 บาท สำหรับกิจกรรมที่ 1", "สสจ.นาดี"),
    ("สำนักงาน ป.ป.ส. ภาค 3", "สำนักงาน ป.ป.ส. ภาค 3"),
])
def test_a_source_loses_the_amount_it_gives_but_keeps_numbers_of_its_name(text, source):
    assert clean_source(text) == source


def test_a_fund_named_for_the_people_it_serves_keeps_its_whole_name():
    text = "งบประมาณ จากกองทุนการดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง จำนวน 17,160 บาท"
    assert stated_source(text)[0] == "กองทุนการดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง"
    purpose = "งบสนับสนุนจากอำเภอสำหรับอุปกรณ์ดับไฟป่า 40,000 บาท"
    assert stated_source(purpose)[0] == "งบสนับสนุนจากอำเภอ"  # the purpose is cut off


@pytest.mark.parametrize(("text", "number"), [
    ("1. ประชุมคณะกรรมการ", 1), ("12) อบรมแกนนำ", 12), ("1.5 ล้านบาท", None), ("1/2567 ประชุม", None),
])
def test_a_list_number_opening_a_cell_is_read_but_not_a_decimal_or_a_date(text, number):
    m = LIST_NUMBER_RE.match(text)
    assert (int(m.group(1)) if m else None) == number


# --- real files -----------------------------------------------------------------------


def test_a_summary_table_of_subtotals_gives_no_lines_of_its_own(tmp_path):
    paragraphs = [
        "โครงการที่ 1 อบรมแกนนำ",
        "งบประมาณ จากสำนักงานสาธารณสุขจังหวัดนาดี จำนวน 5,000 บาท รายละเอียดดังนี้",
        "- ค่าอาหารกลางวัน 40 คน x 75 บาท เป็นเงิน 3,000 บาท",
        "- ค่าวัสดุ เป็นเงิน 2,000 บาท",
        "ตัวชี้วัด แกนนำผ่านการอบรมทุกตำบล",
        "โครงการที่ 2 รณรงค์",
        "งบประมาณ จากเทศบาลตำบลนาดี จำนวน 1,500 บาท รายละเอียดดังนี้",
        "- ค่าป้ายไวนิล 3 ป้าย x 500 บาท เป็นเงิน 1,500 บาท",
        "สรุปงบประมาณ",
    ]
    rows = [["ลำดับ", "โครงการ", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
            ["1", "โครงการอบรมแกนนำ", "5,000", "สสจ.นาดี"],
            ["2", "โครงการรณรงค์", "1,500", "ทต.นาดี"],
            ["รวมทั้งสิ้น", "", "6,500", ""]]
    items, total = extract_budget(parse(write_docx(tmp_path / "plan.docx", paragraphs, rows)), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [
        (3000, "สำนักงานสาธารณสุขจังหวัดนาดี"), (2000, "สำนักงานสาธารณสุขจังหวัดนาดี"), (1500, "เทศบาลตำบลนาดี")]
    assert total.amount_baht == 6500


def test_a_received_spent_remaining_table_totals_the_received_column_and_sources_by_activity(tmp_path):
    rows = [["กิจกรรม", "งบที่ได้รับ (บาท)", "เบิกจ่าย (บาท)", "คงเหลือ (บาท)"],
            ["1. ประชุมคณะกรรมการ", "12,000", "11,250", "750"],
            ["2. อบรมอาสาสมัคร", "18,500", "18,500", "-"],
            ["3. รณรงค์คัดแยกขยะ", "15,000", "14,200", "800"],
            ["รวม", "45,500", "43,950", "1,550"]]
    after = ["แหล่งงบประมาณ : สำนักงานสาธารณสุขจังหวัดนาดี 30,500 บาท สำหรับกิจกรรมที่ 1, 2 "
             "และกองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี 15,000 บาท สำหรับกิจกรรมที่ 3"]
    items, total = extract_budget(parse(write_docx(tmp_path / "progress.docx", ["สรุปการใช้จ่ายงบประมาณ"], rows, after=after)),
                                  DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [
        (12000, "สำนักงานสาธารณสุขจังหวัดนาดี"), (18500, "สำนักงานสาธารณสุขจังหวัดนาดี"),
        (15000, "กองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี")]
    assert total.amount_baht == 45500


def test_a_projects_one_source_funds_cost_lines_far_below_it(tmp_path):
    paragraphs = ["โครงการปรับเปลี่ยนพฤติกรรมสุขภาพ",
                  "แหล่งงบประมาณ : สำนักงานสาธารณสุขจังหวัดนาดี ได้รับอนุมัติ 10,000 บาท",
                  *[f"ความเป็นมา ย่อหน้าที่ {n}" for n in range(1, 12)],
                  "- ค่าอาหารกลางวัน 1 มื้อ ๆ ละ 60 บาท x 100 คน เป็นเงิน 6,000 บาท",
                  "- ค่าวัสดุ เป็นเงิน 2,000 บาท"]
    items, _ = extract_budget(parse(write_docx(tmp_path / "project.docx", paragraphs)), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [
        (6000, "สำนักงานสาธารณสุขจังหวัดนาดี"), (2000, "สำนักงานสาธารณสุขจังหวัดนาดี")]


# --- corpus files -------------------------------------------------------------------------


def _budget(parsed, name: str):
    return extract_budget(parsed(name), DocumentFacts())


def test_a_closing_summary_by_project_adds_no_lines_in_the_pdf(parsed):
    items, total = _budget(parsed, "buri-ram-lam-plai-mat-2568-action-plan.pdf")
    amounts = [i.amount_baht for i in items]
    assert not {18000, 33200, 17160, 16800} & set(amounts)
    assert sum(amounts) == total.amount_baht


def test_activity_amounts_beside_their_cost_lines_are_subtotals_and_the_spending_is_the_total(parsed):
    items, total = _budget(parsed, "phang-nga-takua-thung-2568-project.pdf")
    assert not {21000, 8750} & {i.amount_baht for i in items}
    assert total.amount_baht == sum(i.amount_baht for i in items)
    sources = {i.source for i in items}  # the heading's one source, without its approved amount
    assert len(sources) == 1 and sources.pop().startswith("สำนักงานสาธารณสุขจังหวัดพังงา")


def test_per_source_amounts_for_numbered_rows_decide_each_rows_source(parsed):
    items, total = _budget(parsed, "chachoengsao-phanom-sarakham-2567-progress.docx")
    assert total.amount_baht == sum(i.amount_baht for i in items)
    sources = [i.source for i in items]
    assert None not in sources and len(set(sources)) == 2
    assert sources == sorted(sources, key=sources.index)  # one run per source, in order


def test_a_count_of_places_before_the_arithmetic_is_not_multiplied(parsed):
    items, _ = _budget(parsed, "tak-ban-tak-2566-summary.docx")
    line = next(i for i in items if i.unit_cost_baht)
    assert line.unit_cost_baht * line.quantity == line.amount_baht
