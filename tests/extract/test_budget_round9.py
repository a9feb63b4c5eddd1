"""Budget rules found on held-out set 11: a detail column whose label also
names money, a funder in the bracket closing a priced detail cell, source
group rows in a budget table, a summary table by funder, and funder phrases
("เบิกจาก ...", "... เป็นค่า ...")."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.budget import inline_source, stated_source
from pcc_ingest.extract.budget.funders import priced_bracket_source
from pcc_ingest.extract.budget.groups import group_sources
from pcc_ingest.extract.budget.table_kinds import is_account_table, is_budget_table
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables

SONGKHLA = ["songkhla-chana-2568-progress.docx", "songkhla-chana-2568-progress.pdf"]
UBON = ["ubon-ratchathani-phibun-mangsahan-2565-project.docx", "ubon-ratchathani-phibun-mangsahan-2565-project.pdf"]


@pytest.mark.parametrize(("text", "funder"), [
    ("ค่าอาหาร 45 คน x 100 บาท (งบ พชอ. สสจ.ตาก)", "งบ พชอ. สสจ.ตาก"),
    ("ชุดตรวจ 600 ชุด x 25 บาท (ศป.ปส.อ.เมือง)", "ศป.ปส.อ.เมือง"),
    ("ถุงยังชีพ 200 ชุด x 350 บาท (เหล่ากาชาดจังหวัดน่าน)", "เหล่ากาชาดจังหวัดน่าน"),
])
def test_a_bracket_closing_a_priced_cell_names_its_funder(text, funder):
    assert priced_bracket_source(text) == funder


@pytest.mark.parametrize("text", [
    "ค่าอาหาร 45 คน x 100 บาท (ต่อวัน)",
    "ค่าอาหาร 45 คน x 100 บาท (รวมภาษี)",
    "ค่าอาหาร 45 คน x 100 บาท",
    "ค่าอาหาร (งบ สสอ.) 45 คน x 100 บาท ต่อมื้อ",
])
def test_a_price_note_or_no_closing_bracket_names_no_funder(text):
    assert priced_bracket_source(text) is None


@pytest.mark.parametrize(("after", "funder"), [
    (" เบิกจากเงินบำรุงโรงพยาบาลโนนไทย", "เงินบำรุงโรงพยาบาลโนนไทย"),
    (" ตั้งจ่ายจากกองทุนหลักประกันสุขภาพ อบต.บ้านใหม่", "กองทุนหลักประกันสุขภาพ อบต.บ้านใหม่"),
])
def test_the_account_a_line_is_charged_to_is_its_source(after, funder):
    assert inline_source(after) == funder


def test_the_purpose_after_a_funder_is_no_part_of_its_name():
    found = stated_source("ใช้งบประมาณจากสำนักงานสาธารณสุขจังหวัดลำพูน เป็นค่าอาหารกลางวัน 45 คน x 120 บาท")
    assert found is not None and found[0] == "สำนักงานสาธารณสุขจังหวัดลำพูน"


@pytest.mark.parametrize("name", SONGKHLA)
def test_a_column_labelled_activity_and_money_is_the_activity_column_not_money(parsed, name):
    table = next(t for t in read_tables(parsed(name)) if is_budget_table(t))
    activity = table.column("activity")
    assert activity is not None and "งบประมาณ" in activity.own
    assert all("งบประมาณ" not in c.own or not c.own.startswith("กิจกรรม") for c in table.columns_of("budget_amount"))


@pytest.mark.parametrize("name", SONGKHLA)
def test_priced_activity_cells_give_lines_with_their_bracketed_funders(parsed, name):
    items = extract(parsed(name)).budget_items
    by_amount = {i.amount_baht: i for i in items}
    assert by_amount[15000].source == "ศป.ปส.อ.จะนะ" and by_amount[15000].unit_cost_baht == 25
    assert by_amount[43200].quantity == 10800 and by_amount[43200].source == "กองทุน กปท. ในพื้นที่"
    assert 7500 not in by_amount  # the quarter's spending column is no line


@pytest.mark.parametrize("name", UBON)
def test_lines_under_a_source_group_row_take_its_funder(parsed, name):
    doc = parsed(name)
    table = next(t for t in read_tables(doc) if is_budget_table(t))
    assert len(set(group_sources(table).values())) == 2
    by_amount = {i.amount_baht: i.source for i in extract(doc).budget_items}
    assert by_amount[4200] == "สำนักงานสาธารณสุขจังหวัดอุบลราชธานี"
    assert by_amount[21000] == "กองทุนหลักประกันสุขภาพเทศบาลเมืองพิบูลมังสาหาร"


def test_a_summary_table_by_funder_gives_no_lines(parsed):
    doc = parsed("samut-sakhon-krathum-baen-2567-action-plan.pdf")
    summary = [t for t in read_tables(doc) if t.column("source") is not None and t.column("activity") is None]
    assert summary and all(is_account_table(t) for t in summary)
    assert 43600 not in {i.amount_baht for i in extract(doc).budget_items}


@pytest.mark.parametrize("name", ["chiang-mai-province-2565-summary.docx", "chiang-mai-province-2565-summary.pdf"])
def test_one_funding_sentence_gives_both_its_lines_the_bare_funder(parsed, name):
    items = [i for i in extract(parsed(name)).budget_items if i.amount_baht in (5400, 6300)]
    assert len(items) == 2 and {i.source for i in items} == {"สำนักงานสาธารณสุขจังหวัดเชียงใหม่"}


def test_money_drawn_from_an_account_names_that_account(parsed):
    items = extract(parsed("nakhon-ratchasima-non-sung-2567-minutes.pdf")).budget_items
    assert next(i for i in items if i.amount_baht == 11520).source == "เงินบำรุงโรงพยาบาลโนนสูง"
