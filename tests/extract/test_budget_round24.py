"""Round 24 budget rules.

A product of bare figures ("(50x22x14)") beside a line's amount gives its unit cost and quantity
when the row states some of them as counts (a participants cell "22 คน", "240"): those are counts,
the largest figure left is the price; a row stating none of them leaves the line without them.
A detail cell whose cost lines Word kept as paragraphs (folded into one line, no bullets) beside
an amounts cell of as many figures is split at its cost words, one line per figure.
An amounts cell closing on a bracketed subtotal ("13,440 11,520 3,600 (รวม 28,560)") gives the
figures before it, the subtotal no line of its own; one that does not add them up is not read so.
A line named only by its rank ("ที่ 2") after a ranked line ("เงินรางวัล ที่ 1 5,000 บาท") takes
that line's name with its own rank.
Bulleted lines under a sentence stating their sum take a bare product's counts from that sentence
("ผู้เข้าอบรม 45 คน ... ดังนี้ - ค่าอาหาร (45x120x2) = 10,800 บาท": unit 120, quantity 90).
A source cell Word merged down over an activity's lines runs on past a subtotal row between them
("รวมกิจกรรมที่ 1"): a row with no cell at all in the source column takes the one above.
A fund's English acronym in brackets ("กองทุนดูแลระยะยาว (LTC) เทศบาลตำบล X") stays inside the name
of a funder named after an amount.
"""

from __future__ import annotations

import pytest
from extracted import paragraph as _block

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.budget.bare import bare_products, split_bare
from pcc_ingest.extract.budget.cells import cell_figures
from pcc_ingest.extract.budget.funders import inline_source
from pcc_ingest.extract.budget.paragraphs import text_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

HEADER = ["กิจกรรม", "กลุ่มเป้าหมาย", "รายละเอียดงบประมาณ", "งบประมาณ (บาท)", "แหล่งงบประมาณ"]


def _doc(rows: list[list[str | None]]) -> Document:
    """A document of one table, its first row the header (``None`` for no cell: merged above)."""
    blocks: list[Block] = []
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text is None:
                continue
            blocks.append(Block(kind="table_cell", raw_text=text, text=text, order=len(blocks),
                                start=0, end=len(text), table=0, row=r, col=c))
    return Document(path="x.docx", sha256="0", format="docx", blocks=blocks)


def _items(rows: list[list[str | None]]) -> list[tuple[float, float | None, float | None]]:
    items, _ = extract_budget(_doc([HEADER, *rows]), None)
    return [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items]


# --- rules on strings and small documents ----------------------------------------------


def test_bare_products_are_read_from_brackets_and_a_size_is_not():
    assert bare_products("ค่าอาหาร (50x22x14)") == [[50.0, 22.0, 14.0]]
    assert bare_products("ค่าป้ายไวนิล ขนาด 1.2x3 เมตร") == []


@pytest.mark.parametrize(("factors", "counts", "split"), [
    ([50.0, 22.0, 14.0], {22.0}, (50.0, 308.0)),
    ([25.0, 220.0], {220.0}, (25.0, 220.0)),
    ([80.0, 60.0, 1.0], {80.0}, (60.0, 80.0)),
    ([80.0, 60.0, 1.0], set(), None),
])
def test_the_rows_counts_tell_a_bare_products_price_from_its_counts(factors, counts, split):
    assert split_bare(factors, counts) == split


def test_a_bare_product_beside_a_participants_cell_gives_unit_and_quantity():
    rows = [["อบรม อสม.", "240", "ค่าอาหารกลางวัน (50x240x2)", "24,000", "อบจ."]]
    assert _items(rows) == [(24000.0, 50.0, 480.0)]


def test_a_bare_product_in_a_row_stating_no_count_is_left_unread():
    rows = [["อบรม อสม.", "", "ค่าอาหารกลางวัน (80x60x1)", "4,800", "อบจ."]]
    assert _items(rows) == [(4800.0, None, None)]


def test_bulleted_lines_take_a_bare_products_counts_from_the_sentence_over_them():
    texts = ["อบรมผู้ดูแล ผู้เข้าอบรม 45 คน ใช้งบประมาณ 16,800 บาท จากกองทุน X ดังนี้",
             "- ค่าอาหารกลางวันและอาหารว่าง (45x120x2) = 10,800 บาท",
             "- ค่าตอบแทนวิทยากร 10 ชั่วโมงๆ ละ 600 บาท = 6,000 บาท"]
    blocks = [Block(kind="paragraph", raw_text=t, text=t, order=k, start=0, end=len(t)) for k, t in enumerate(texts)]
    items, _ = extract_budget(Document(path="x.docx", sha256="0", format="docx", blocks=blocks), None)
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [(10800.0, 120.0, 90.0),
                                                                           (6000.0, 600.0, 10.0)]


def test_cost_lines_folded_into_one_line_are_split_at_their_cost_words():
    detail = "ค่าอาหารกลางวัน 120 คน x 50 บาท ค่าอาหารว่าง 2 มื้อๆ ละ 25 บาท x 120 คน ค่าตอบแทนวิทยากร 6 ชม. x 600 บาท"
    rows = [["ประชุมชี้แจง", "120", detail, "6,000 6,000 3,600", "สสจ."]]
    assert _items(rows) == [(6000.0, 50.0, 120.0), (6000.0, 25.0, 240.0), (3600.0, 600.0, 6.0)]


def test_a_bracketed_subtotal_closing_an_amounts_cell_is_no_figure():
    assert [f[0] for f in cell_figures(_block("13,440 11,520 3,600 (รวม 28,560)"))] == [13440.0, 11520.0, 3600.0]
    assert cell_figures(_block("13,440 11,520 (รวม 28,560)")) == []


def test_a_line_named_only_by_its_rank_takes_the_prize_name_before_it():
    items = text_items(_block("เงินรางวัล ที่ 1 5,000 บาท ที่ 2 3,000 บาท ที่ 3 2,000 บาท"))
    assert [i.description for i in items] == ["เงินรางวัล ที่ 1", "เงินรางวัล ที่ 2", "เงินรางวัล ที่ 3"]


def test_a_merged_source_cell_runs_on_past_a_subtotal_row():
    rows = [["ประชุม", "45", "ค่าอาหารกลางวัน 45 คน x 60 บาท", "2,700", "สสจ.ระยอง"],
            ["รวมกิจกรรมที่ 1", None, None, "2,700", None],
            ["อบรม", "70", "ค่าอาหารกลางวัน 70 คน x 60 บาท", "4,200", None]]
    items, _ = extract_budget(_doc([HEADER, *rows]), None)
    assert [(i.amount_baht, i.source) for i in items] == [(2700.0, "สสจ.ระยอง"), (4200.0, "สสจ.ระยอง")]


def test_an_empty_source_cell_takes_no_source_from_above():
    rows = [["ประชุม", "45", "ค่าอาหารกลางวัน 45 คน x 60 บาท", "2,700", "สสจ.ระยอง"],
            ["รวมกิจกรรมที่ 1", None, None, "2,700", None],
            ["อบรม", "70", "ค่าอาหารกลางวัน 70 คน x 60 บาท", "4,200", ""]]
    items, _ = extract_budget(_doc([HEADER, *rows]), None)
    assert items[-1].source is None


def test_a_funds_english_acronym_stays_inside_its_name():
    after = " จากกองทุนดูแลระยะยาว (LTC) เทศบาลตำบลห้างฉัตร ดังนี้"
    assert inline_source(after) == "กองทุนดูแลระยะยาว (LTC) เทศบาลตำบลห้างฉัตร"


# --- corpus files of set 24 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["nakhon-ratchasima-sung-noen-2568-action-plan.docx",
                                  "maha-sarakham-province-2567-summary.docx",
                                  "surat-thani-phunphin-2567-progress.pdf",
                                  "lampang-hang-chat-2567-progress.pdf"])
def test_an_action_plans_bare_products_and_folded_lines_give_gold_arithmetic_on_a_real_file(parsed, gold, name):
    ex = extract(parsed(name))
    found = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in ex.budget_items}
    for g in gold(name, "budget_items"):
        if g["unit_cost_baht"] is not None:
            assert (g["amount_baht"], g["unit_cost_baht"], g["quantity"]) in found


@pytest.mark.parametrize("name", ["rayong-ban-khai-2567-project.docx", "rayong-ban-khai-2567-project.pdf"])
def test_a_projects_merged_source_cell_funds_the_lines_past_a_subtotal_row_on_a_real_file(parsed, gold, name):
    ex = extract(parsed(name))
    assert sorted((i.amount_baht, i.source or "") for i in ex.budget_items) == sorted(
        (g["amount_baht"], g["source"] or "") for g in gold(name, "budget_items"))
