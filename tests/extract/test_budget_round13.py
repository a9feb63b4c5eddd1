"""Round 13 budget rules: money told twice (a sentence and a summary's line),
a bracket showing an amount's working and sizes per unit that multiply
nothing; pure functions on strings, then each rule on real corpus files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.budget import line_arithmetic
from pcc_ingest.extract.budget.paragraphs import shows_working
from pcc_ingest.extract.budget.retold import is_cost_line, retells
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def test_a_summary_line_sharing_the_activitys_words_retells_it():
    assert retells("อบรม อสม. เฝ้าระวังลูกน้ำยุงลาย",
                   "- อบรม อสม. เฝ้าระวังและควบคุมลูกน้ำยุงลาย 11 ตำบล จำนวน 220 คน งบประมาณ 22,000 บาท")
    assert retells("2) กองทุนหลักประกันสุขภาพเทศบาลตำบลX (โครงการ 1,000 วันแรกของชีวิต) จำนวน 9,900 บาท",
                   "- อบรมแกนนำครอบครัว \"มหัศจรรย์ 1,000 วันแรกของชีวิต\" งบประมาณ 9,900 บาท")


def test_lines_sharing_only_money_words_do_not_retell_each_other():
    assert not retells("ประชุมคณะกรรมการ พชอ. งบประมาณ 5,000 บาท", "ตั้งด่านชุมชน จำนวน 5,000 บาท")


@pytest.mark.parametrize(("text", "cost"), [
    ("ค่าอาหารว่างและเครื่องดื่ม", True), ("รางวัลที่ 1", True), ("ค่ายบำบัด CBTx", False),
    ("อบรม อสม.", False),
])
def test_cost_lines_itemise_and_never_retell(text, cost):
    assert is_cost_line(text) is cost


def test_a_bracket_after_an_amount_shows_its_working():
    assert shows_working(" (90 คน x ", 9900.0, 110.0, 90.0, None)
    assert not shows_working(" (90 คน x ", 9000.0, 110.0, 90.0, None)  # does not give the amount
    assert not shows_working(" ค่าอาหาร 90 คน x ", 9900.0, 110.0, 90.0, None)  # a line of its own


@pytest.mark.parametrize(("line", "amount", "unit", "qty"), [
    ("ค่ายบำบัด CBTx จำนวน 3 รุ่น ๆ ละ 30 คน รุ่นละ 15,000 บาท", 45000.0, 15000.0, 3.0),
    ("ค่ายปรับเปลี่ยนพฤติกรรม 2 รุ่นๆ ละ 40 คน คนละ 600 บาท", 48000.0, 600.0, 80.0),
    ("ค่าเบี้ยเลี้ยง 12 อำเภอๆละ 2 วันๆละ 5 คนๆละ 240 บาท", 28800.0, 240.0, 120.0),
])
def test_a_size_per_unit_multiplies_only_below_the_costs_own_unit(line, amount, unit, qty):
    assert line_arithmetic(line, amount) == (amount, unit, qty)


@pytest.mark.parametrize("name", [
    "phitsanulok-nakhon-thai-2567-minutes.docx", "phitsanulok-nakhon-thai-2567-minutes.pdf",
])
def test_money_told_in_text_and_a_spending_table_is_the_tables_line(parsed, name):
    ex = extract(parsed(name))
    found = sorted((b.amount_baht, b.unit_cost_baht, b.quantity) for b in ex.budget_items)
    gold = sorted((b["amount_baht"], b["unit_cost_baht"], b["quantity"]) for b in _gold(name)["budget_items"])
    assert found == gold


def test_a_funding_list_retells_the_activities_but_two_districts_grants_stay_two(parsed):
    name = "trang-province-2568-inspection.pdf"
    found = sorted(b.amount_baht for b in extract(parsed(name)).budget_items)
    assert found.count(9900) == 1 and found.count(40000) == 1
    assert set(found) <= {b["amount_baht"] for b in _gold(name)["budget_items"]}


@pytest.mark.parametrize("name", [
    # a revised plan table after the progress text: its lines are its own
    "nakhon-sawan-tha-tako-2566-minutes.pdf",
    # one project per year of a three-year plan, the same project twice
    "phetchaburi-tha-yang-2567-action-plan.docx",
])
def test_a_plan_restating_a_projects_amount_keeps_both_lines(parsed, name):
    ex = extract(parsed(name))
    found = sorted(b.amount_baht for b in ex.budget_items)
    assert found == sorted(b["amount_baht"] for b in _gold(name)["budget_items"])
    assert ex.budget_total.amount_baht == _gold(name)["budget_total_baht"]
