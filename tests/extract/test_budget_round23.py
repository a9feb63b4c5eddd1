"""Round 23 budget rules.

An amounts cell with a note under its one figure gives the row's amount, and the note names the
line's funder, or its purpose when it opens with a cost word; a note holding money of its own,
saying only "money", or a bare word outside brackets that is no funding body's name ("12 เดือน"),
is no such note.
A bracket giving counts on both sides of a price ("(2 มื้อๆ ละ 50 บาท x 32 คน)") is the line's whole
working: unit 50, quantity 64.
A funder named after an amount ends where the next sentence of minutes or a report opens with the
meeting as its subject ("... ที่ประชุมได้ติดตาม...").
Cost lines under a full-width "กิจกรรมที่ N" row of a budget table belong to activity N, so a
"แหล่งงบประมาณ:" line that splits the money between funders by activity gives each its funder.
A note under an activity table naming a sub-activity by its outline number ("หมายเหตุ กิจกรรม 3.2
ค่าอาหาร... และค่าอาหารว่าง...") itemises that row: its lines are the items, the row's figure their
subtotal, and they take the row's funder.
Money per issue written right before a total it adds up to ("ประเด็นที่ 1 จำนวน ... รวมใช้งบประมาณ
ทั้งสิ้น ...") recaps the other lines when those add up to the total too; with nothing else
itemising it, its amounts stay lines.
A budget category in brackets after a funder ("(ข้อบัญญัติ/เทศบัญญัติ)") is left out of the source.
"""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.budget.funders import clean_source, inline_source
from pcc_ingest.extract.budget.notes import noted_amount
from pcc_ingest.extract.budget.paragraphs import text_items
from pcc_ingest.extract.budget.refs import outline_ref
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document


def _doc(rows: list[list[str | None]], after: tuple[str, ...] = ()) -> Document:
    """A document of one table (``None`` for a cell merged into the one before) and paragraphs after it."""
    blocks: list[Block] = []
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text is not None:
                blocks.append(Block(kind="table_cell", raw_text=text, text=text, order=len(blocks),
                                    start=0, end=len(text), table=0, row=r, col=c))
    for text in after:
        blocks.append(Block(kind="paragraph", raw_text=text, text=text, order=len(blocks), start=0, end=len(text)))
    return Document(path="x.docx", sha256="0", format="docx", blocks=blocks)


def _lines(doc: Document) -> list[tuple[float, str | None]]:
    items, _ = extract_budget(doc, None)
    return [(i.amount_baht, i.source) for i in items]


# --- rules on strings and small documents ----------------------------------------------


@pytest.mark.parametrize(("cell", "funder"), [
    ("42,600 (กองทุน ศปถ.อำเภอ)", "กองทุน ศปถ.อำเภอ"),
    ("12,000 บาท (กองทุนหลักประกันสุขภาพ อบต.กร่ำ)", "กองทุนหลักประกันสุขภาพ อบต.กร่ำ"),
    # the arithmetic in brackets is skipped over; the funder is on the line after it
    ("17,500 (500 บาท x 35 ชุด) เหล่ากาชาดอำเภอแกลง", "เหล่ากาชาดอำเภอแกลง"),
])
def test_a_note_under_an_amounts_figure_names_the_lines_funder(cell, funder):
    noted = noted_amount(cell)
    assert noted is not None and noted.funder == funder and noted.purpose is None
    assert noted.amount == float(cell.split()[0].replace(",", ""))


def test_a_note_opening_with_a_cost_word_is_the_lines_purpose():
    noted = noted_amount("6,500 (ค่าน้ำยาพ่นหมอกควัน)")
    assert noted is not None and (noted.amount, noted.purpose, noted.funder) == (6500.0, "ค่าน้ำยาพ่นหมอกควัน", None)


@pytest.mark.parametrize("cell", ["7,000 (รางวัลที่ 1 7,000 บาท)", "5,000 (งบประมาณ)", "- (งบปกติ)", "42,600",
                                  # a bare word after a figure counts it (a plan's "12 เดือน" milestone)
                                  "12 เดือน", "35 คน"])
def test_a_note_with_money_of_its_own_saying_only_money_or_counting_is_no_note(cell):
    assert noted_amount(cell) is None


def test_counts_on_both_sides_of_a_price_are_the_whole_working():
    text = "ใช้งบประมาณค่าอาหารว่างและเครื่องดื่ม 3,200 บาท (2 มื้อๆ ละ 50 บาท x 32 คน) จากงบดำเนินงานสำนักงานสาธารณสุขอำเภอX"
    [item] = text_items(text_block(text))
    assert (item.amount_baht, item.unit_cost_baht, item.quantity) == (3200.0, 50.0, 64.0)


def test_a_price_times_a_count_in_brackets_is_still_read_as_before():
    [item] = text_items(text_block("ค่าอาหารกลางวัน 1,500 บาท (50 บาท x 30 คน)"))
    assert (item.unit_cost_baht, item.quantity) == (50.0, 30.0)


def test_a_funder_after_an_amount_ends_where_the_meeting_opens_the_next_sentence():
    after = " จากงบดำเนินงานสำนักงานสาธารณสุขอำเภอแกลง ที่ประชุมได้ติดตามความก้าวหน้าของคณะทำงานรายประเด็น"
    assert inline_source(after) == "งบดำเนินงานสำนักงานสาธารณสุขอำเภอแกลง"


COST_TABLE = [
    ["รายการ", "จำนวน", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"],
    ["กิจกรรมที่ 1 ประชุมคณะทำงาน", None, None, None],
    ["- ค่าอาหารว่างและเครื่องดื่ม", "70 มื้อ", "35", "2,450"],
    ["กิจกรรมที่ 2 จุดสาธิต", None, None, None],
    ["- ค่าวัสดุจุดสาธิต", "15 จุด", "1,200", "18,000"],
    ["- ค่าป้าย", "1 ผืน", "500", "500"],
    ["รวมทั้งสิ้น", None, None, "20,950"],
]


def test_cost_lines_under_an_activity_row_take_the_funder_a_source_line_gives_that_activity():
    split = ("แหล่งงบประมาณ: สำนักงานสาธารณสุขจังหวัดX จำนวน 2,450 บาท สำหรับกิจกรรมที่ 1 "
             "และองค์การบริหารส่วนจังหวัดX จำนวน 18,500 บาท สำหรับกิจกรรมที่ 2")
    assert _lines(_doc(COST_TABLE, (split,))) == [
        (2450.0, "สำนักงานสาธารณสุขจังหวัดX"), (18000.0, "องค์การบริหารส่วนจังหวัดX"),
        (500.0, "องค์การบริหารส่วนจังหวัดX"),
    ]


@pytest.mark.parametrize(("text", "outline"), [
    ("หมายเหตุ กิจกรรม 3.2 ค่าอาหารกลางวัน", (3, 2)),
    ("กิจกรรมที่ 1.1.2 ค่าป้าย", (1, 1, 2)),
    ("กิจกรรมที่ 3 ค่าอาหาร", None),
])
def test_a_sub_activity_is_named_by_its_outline_number(text, outline):
    assert outline_ref(text) == outline


ACTIVITY_TABLE = [
    ["กิจกรรม", "งบประมาณ (บาท)", "ผลการดำเนินงาน"],
    ["3.1 รณรงค์ Big Cleaning Day", "12,000 (กองทุนหลักประกันสุขภาพ อบต.กร่ำ)", "ทำลายแหล่งเพาะพันธุ์"],
    ["3.2 ประชุมชี้แจง อสม. และครู", "9,000 (สสอ.แกลง)", "รายงานผ่านแอปพลิเคชันได้"],
]
NOTE = ("หมายเหตุ กิจกรรม 3.2 ค่าอาหารกลางวัน 1 มื้อๆ ละ 50 บาท x 90 คน = 4,500 บาท "
        "และค่าอาหารว่าง 2 มื้อๆ ละ 25 บาท x 90 คน = 4,500 บาท")


def test_a_note_itemising_a_numbered_row_makes_the_rows_figure_their_subtotal():
    assert _lines(_doc(ACTIVITY_TABLE, (NOTE,))) == [
        (12000.0, "กองทุนหลักประกันสุขภาพ อบต.กร่ำ"), (4500.0, "สสอ.แกลง"), (4500.0, "สสอ.แกลง"),
    ]


def test_money_per_issue_before_a_total_the_other_lines_add_up_to_is_a_recap():
    recap = "ประเด็นที่ 1 จำนวน 12,000 บาท ประเด็นที่ 2 จำนวน 9,000 บาท รวมใช้งบประมาณทั้งสิ้น 21,000 บาท"
    assert [a for a, _ in _lines(_doc(ACTIVITY_TABLE, (NOTE, recap)))] == [12000.0, 4500.0, 4500.0]


def test_money_per_issue_before_a_total_stays_when_nothing_else_itemises_it():
    recap = "ประเด็นที่ 1 จำนวน 12,000 บาท ประเด็นที่ 2 จำนวน 9,000 บาท รวมใช้งบประมาณทั้งสิ้น 21,000 บาท"
    assert [a for a, _ in _lines(_doc([], (recap,)))] == [12000.0, 9000.0]


@pytest.mark.parametrize(("written", "source"), [
    ("งบประมาณ อปท. (ข้อบัญญัติ/เทศบัญญัติ)", "งบประมาณ อปท."),
    ("อบต.X (ตามข้อบัญญัติ)", "อบต.X"),
    ("กองทุนดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง (LTC)", "กองทุนดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง (LTC)"),
])
def test_a_local_ordinance_in_brackets_after_a_funder_is_its_category(written, source):
    assert clean_source(written) == source


# --- corpus files of set 23 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["rayong-klaeng-2567-progress.docx", "rayong-klaeng-2567-progress.pdf"])
def test_a_progress_reports_noted_cells_note_lines_and_recap_give_its_gold_lines(parsed, gold, name):
    ex = extract(parsed(name))
    found = sorted((i.amount_baht, i.unit_cost_baht, i.quantity) for i in ex.budget_items)
    assert found == sorted((g["amount_baht"], g["unit_cost_baht"], g["quantity"]) for g in gold(name, "budget_items"))
    by_amount = {i.amount_baht: i for i in ex.budget_items}
    assert by_amount[42600.0].source == "กองทุน ศปถ.อำเภอ"
    assert by_amount[17500.0].source == "เหล่ากาชาดอำเภอแกลง"
    assert by_amount[6500.0].description == "ค่าน้ำยาพ่นหมอกควัน"
    assert {i.source for i in ex.budget_items if i.amount_baht == 4500.0} == {"สสอ.แกลง"}
    assert "ที่ประชุม" not in (by_amount[3200.0].source or "")
    assert ex.budget_total is not None and ex.budget_total.amount_baht == 138100.0


@pytest.mark.parametrize("name", ["nakhon-pathom-kamphaeng-saen-2568-project.docx",
                                  "nakhon-pathom-kamphaeng-saen-2568-project.pdf"])
def test_a_projects_lines_take_the_funder_of_their_activity_on_a_real_file(parsed, name):
    ex = extract(parsed(name))
    sources = {}
    for item in ex.budget_items:
        sources[item.source] = sources.get(item.source, 0.0) + item.amount_baht
    assert sources == {"สำนักงานสาธารณสุขจังหวัดนครปฐม": 61600.0, "องค์การบริหารส่วนจังหวัดนครปฐม": 40500.0}


@pytest.mark.parametrize("name", ["nong-khai-tha-bo-2567-inspection.docx", "nong-khai-tha-bo-2567-inspection.pdf"])
def test_an_inspections_source_table_leaves_the_ordinance_out_on_a_real_file(parsed, name):
    ex = extract(parsed(name))
    local = next(i for i in ex.budget_items if i.amount_baht == 95000.0)
    assert local.source == "งบประมาณ อปท."
