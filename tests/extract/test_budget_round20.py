"""Budget rules found on held-out set 20: a working bracket after an amount
read to its close (its cost's name, its count after the price, a per-head
price counting the sentence's heads, the funder after it), a figure a PDF
broke with a space, and a table cell whose cost lines close on bare figures."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.budget.lines import shown_arithmetic
from pcc_ingest.extract.budget.working import bracket_close, bracket_name, head_count
from pcc_ingest.extract.run import extract

SARABURI = ["saraburi-kaeng-khoi-2568-minutes.docx", "saraburi-kaeng-khoi-2568-minutes.pdf"]


def test_a_bracket_closes_after_its_last_figure():
    text = "9,000 บาท (ค่าอาหาร 50 บาท x 180 คน) จากกองทุน"
    inside = text.index("50 บาท") + len("50 บาท")
    assert text[:bracket_close(text, inside)].endswith("180 คน)")
    assert bracket_close("9,000 บาท (ค่าอาหาร 50 บาท (มื้อ) x 180 คน)", inside) is None


@pytest.mark.parametrize(("before", "name"), [
    (" (ค่าอาหารกลางวัน ", "ค่าอาหารกลางวัน"),
    (" (ทรายอะเบท 10 ถัง ๆ ละ ", "ทรายอะเบท"),
    (" (", None),
    (" (90 คน x ", None),
])
def test_a_working_bracket_names_the_cost_its_words_open_with(before, name):
    assert bracket_name(before) == name


def test_a_per_head_price_counts_the_heads_the_sentence_stated():
    sentence = "ประชุมเชิงปฏิบัติการ ณ โรงพยาบาล จำนวน 120 คน งบประมาณ 12,000 บาท"
    assert head_count(sentence, " (ค่าอาหารกลางวันและอาหารว่าง คนละ ", 100, 12000) == 120
    assert head_count(sentence, " (ค่าอาหารกลางวันและอาหารว่าง ", 100, 12000) is None
    assert head_count(sentence, " (ค่าอาหาร คนละ ", 150, 12000) is None


def test_a_figure_a_pdf_broke_with_a_space_is_closed_when_it_gives_the_amount():
    text = "อบรมฟื้นฟู Caregiver (30 0 บาท x 60 คน)"
    assert shown_arithmetic(text, 18000) == (300, 60)
    assert shown_arithmetic(text, 12000) == (None, None)


def test_a_workings_name_count_and_funder_describe_a_paragraphs_line(parsed):
    items = extract(parsed("yasothon-loeng-nok-tha-2567-progress.pdf")).budget_items
    found = {(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items}
    assert {
        ("ค่าอาหารกลางวัน", 9000, 50, 180, "กองทุนหลักประกันสุขภาพเทศบาลตำบลเลิงนกทา"),
        ("ทรายอะเบท", 15000, 1500, 10, "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
        ("ค่าอาหารกลางวันและอาหารว่าง", 12000, 100, 120, "กองทุนหลักประกันสุขภาพเทศบาลตำบลเลิงนกทา"),
    } <= found


@pytest.mark.parametrize("name", SARABURI)
def test_cost_lines_closing_on_bare_figures_replace_their_rows_amount(parsed, name):
    items = extract(parsed(name)).budget_items
    found = {(i.description, i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert {("อาหารกลางวัน", 6000, 60, 100), ("อาหารว่าง", 7000, 35, 200), ("ป้ายไวนิล", 1500, None, None)} <= found
    assert 14500 not in {i.amount_baht for i in items}
