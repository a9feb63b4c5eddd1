"""Budget and document rules found on set 13: a project's one funder stated
as support received, a sum written out with "+", a summary by funding source
as a document's only money, money stated as spent so far, "และ" before an
amount, a summary titled by its project, and a title's as-of date."""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.budget import clean_source, is_not_a_line
from pcc_ingest.extract.budget.lines import money_in
from pcc_ingest.extract.budget.parts import listed_parts
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.sources import received_from
from pcc_ingest.extract.budget.summaries import is_source_summary
from pcc_ingest.extract.document_facts import as_of_period, extract_facts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables


def test_and_before_an_amount_is_not_a_per_unit_word():
    assert [m.per_unit for m in money_in("ค่าป้าย 3,000 บาท และ 5,000 บาท")] == [False, False]
    assert [m.per_unit for m in money_in("ครอบครัวละ 5,000 บาท")] == [True]


def test_support_received_from_a_body_is_an_allocation_funded_by_it_without_its_channel():
    before = "7. งบประมาณ ได้รับการสนับสนุนจากสำนักงานหลักประกันสุขภาพแห่งชาติ เขต 2 (งบบริการส่งเสริมสุขภาพ) จำนวน "
    assert is_not_a_line(before)
    assert received_from(before) == "สำนักงานหลักประกันสุขภาพแห่งชาติ เขต 2"


@pytest.mark.parametrize(("text", "source"), [
    ("งบ อปท. (เทศบาลตำบลหนองแวง สนับสนุนธนาคารขยะ)", "งบ อปท."),
    ("กองทุนหลักประกันสุขภาพ อบต.X (สำหรับกลุ่มเปราะบาง)", "กองทุนหลักประกันสุขภาพ อบต.X"),
    ("งบ พชอ. (สสจ.นนทบุรี)", "งบ พชอ. (สสจ.นนทบุรี)"),
])
def test_a_bracket_saying_what_money_supports_is_left_out_of_the_source(text, source):
    assert clean_source(text) == source


def test_a_sum_written_out_with_plus_lists_parts_named_by_the_words_before_its_bracket():
    found = listed_parts("เงินรางวัลชนะเลิศ รองชนะเลิศอันดับ 1 และ 2 (5,000 + 3,000 + 2,000 บาท)")
    assert found is not None
    assert found[0].startswith("เงินรางวัลชนะเลิศ") and [v for v, _, _ in found[1]] == [5000, 3000, 2000]


@pytest.mark.parametrize(("before", "spent"), [
    ("ผลการเบิกจ่าย ณ วันที่ 31 สิงหาคม 2567 เบิกจ่ายแล้ว ", True),
    ("ใช้จ่ายสะสมถึงสิ้นไตรมาสที่ 3 จำนวน ", True),
    ("ใช้ไปแล้ว ", True),
    ("เบิกจ่ายแล้ว คงเหลือ ", False),
    ("ได้รับจัดสรร ", False),
])
def test_money_stated_as_spent_so_far_is_read_up_to_its_amount(before, spent):
    assert bool(rule_re("total.spent_to_date").search(before)) is spent


def test_a_title_as_of_date_ends_the_fiscal_year_to_date():
    found = as_of_period(text_block("ประจำปีงบประมาณ พ.ศ. 2567 (ข้อมูล ณ วันที่ 31 สิงหาคม 2567)"), 2567)
    assert found is not None
    assert [d.isoformat() for d in found.value] == ["2023-10-01", "2024-08-31"]
    assert as_of_period(text_block("ประชุมเมื่อวันที่ 31 สิงหาคม 2567"), 2567) is None


def test_a_projects_one_funder_stated_as_support_received_funds_every_cost_line(parsed):
    items = extract(parsed("sukhothai-sawankhalok-2566-project.pdf")).budget_items
    assert len(items) >= 10
    assert {i.source for i in items} == {"สำนักงานหลักประกันสุขภาพแห่งชาติ เขต 2 พิษณุโลก"}


@pytest.mark.parametrize("name", ["kalasin-kuchinarai-2568-action-plan.docx", "kalasin-kuchinarai-2568-action-plan.pdf"])
def test_prizes_summed_with_plus_are_one_line_each(parsed, name):
    amounts = [i.amount_baht for i in extract(parsed(name)).budget_items if "รางวัล" in i.description]
    assert amounts == [5000, 3000, 2000]


def test_a_summary_by_source_is_the_lines_of_a_document_with_no_other_money(parsed):
    items = extract(parsed("maha-sarakham-na-chueak-2565-inspection.pdf")).budget_items
    assert [(i.amount_baht, i.source) for i in items] == [
        (210000, "กองทุนหลักประกันสุขภาพระดับพื้นที่ 10 แห่ง"),
        (18500, "งบดำเนินงาน สำนักงานสาธารณสุขอำเภอนาเชือก"),
        (95000, "งบ อปท."),
    ]


def test_a_summary_by_source_beside_itemised_lines_stays_subtotals(parsed):
    doc = parsed("saraburi-wihan-daeng-2566-action-plan.docx")
    summaries = [t for t in read_tables(doc) if is_source_summary(t)]
    funders = {table.cell(row, "source").text for table in summaries for row in table.rows if table.cell(row, "source")}
    items = extract(doc).budget_items
    assert summaries and items
    assert not {i.evidence.text for i in items} & funders


@pytest.mark.parametrize(("name", "total"), [
    ("sa-kaeo-province-2567-summary.docx", 219460),
    ("trang-yan-ta-khao-2566-progress.pdf", 131390),
    ("ratchaburi-photharam-2567-progress.docx", 13150),
])
def test_a_report_total_is_the_money_stated_as_spent(parsed, name, total):
    found = extract(parsed(name)).budget_total
    assert found is not None and found.amount_baht == total


def test_spending_of_one_lines_money_makes_no_total(parsed):
    assert extract(parsed("nong-bua-lam-phu-province-2567-progress.pdf")).budget_total is None


def test_a_summary_titled_by_its_project_is_a_project_report_as_of_its_date(parsed):
    facts = extract_facts(parsed("sa-kaeo-province-2567-summary.pdf"))
    assert facts.doc_type == "project_report"
    assert (facts.period_start, facts.period_end) == ("2023-10-01", "2024-08-31")
