"""Budget totals when a report states money received and money spent, funders noted
in short ("งปม."), and a title broken over lines read whole for the document type."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.budget import (
    abbreviated_source,
    extract_budget,
    shown_arithmetic,
)
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers.pdf_line_joining import LIST_LABEL_RE


@pytest.mark.parametrize(("text", "funder"), [
    ("พชต. จัดอบรมแกนนำ 14 ม.ค. 68 ผู้เข้าร่วม 40 คน งปม.กองทุนฯอบต.หนองทอง", "กองทุนฯอบต.หนองทอง"),
    ("ประชุมเชิงปฏิบัติการ งบฯ สสจ.ลำปาง", "สสจ.ลำปาง"),
    ("รณรงค์ลดอุบัติเหตุ งปม. เทศบาลตำบลบ้านใหม่", "เทศบาลตำบลบ้านใหม่"),
])
def test_a_funder_noted_after_an_abbreviated_budget_word_is_the_source(text, funder):
    assert abbreviated_source(text) == funder


@pytest.mark.parametrize("text", [
    "สสจ.จัดประชุมแลกเปลี่ยนเรียนรู้ ก.ค.68 งปม.15,000 บาท",  # an amount, not a funder
    "งบประมาณจากกองทุนหลักประกันสุขภาพ",  # the full word is read by stated_source
    "ค่าอาหารว่าง 2 มื้อๆละ 25 บาท",
])
def test_no_abbreviated_source_without_a_funding_body_after_it(text):
    assert abbreviated_source(text) is None


@pytest.mark.parametrize(("line", "label"), [
    ("-ค่าอาหารว่าง 2 มื้อๆละ25บ.", "-"),
    ("1)ให้ พชอ.ทุกแห่งจัดเวทีคืนข้อมูล", "1)"),
    ("๒.สถานการณ์", "๒."),
    ("- ประชุม พชอ.", "-"),
    ("ก) ผู้สูงอายุ", "ก)"),
])
def test_a_typed_label_flush_against_thai_text_is_a_list_label(line, label):
    assert LIST_LABEL_RE.match(line).group() == label


@pytest.mark.parametrize("line", ["ก.พ.68 ทีมจังหวัด", "2567 เป็นต้นไป", "-5 องศา"])
def test_a_month_abbreviation_or_a_figure_is_no_list_label(line):
    assert LIST_LABEL_RE.match(line) is None


def test_a_flush_dash_cost_line_starts_its_own_pdf_paragraph(parsed):
    doc = parsed("kamphaeng-phet-province-2568-inspection.pdf")
    lines = [b.text for b in doc.body()]
    activity = next(t for t in lines if "จัดอบรมแกนนำคัดแยกขยะ" in t)
    assert "ค่าอาหารว่าง" not in activity
    assert any(t.startswith(("ค่าอาหารว่าง 2 มื้อ", "-ค่าอาหารว่าง 2 มื้อ")) for t in lines)


def test_cost_lines_under_an_activity_take_its_abbreviated_funder_and_own_arithmetic(parsed):
    items, _ = extract_budget(parsed("kamphaeng-phet-province-2568-inspection.pdf"), DocumentFacts())
    snack = next(i for i in items if i.amount_baht == 2000)
    assert (snack.unit_cost_baht, snack.quantity, snack.source) == (25, 80, "กองทุนฯอบต.หนองทอง")


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_the_total_is_the_spending_the_lines_add_up_to_not_the_money_received(parsed, ext):
    # "ได้รับ ... 58,400 บาท (ห้าหมื่น...ถ้วน) ใช้จ่ายจริงทั้งสิ้น 57,150 บาท ได้แก่ ..." and five lines
    items, total = extract_budget(parsed(f"prachin-buri-kabin-buri-2566-project.{ext}"), DocumentFacts())
    assert sum(i.amount_baht for i in items) == 57150
    assert total.amount_baht == 57150


def test_a_table_total_the_lines_add_up_to_beats_a_smaller_spent_figure(parsed):
    # table "รวม 39,500"; below it "ได้รับจัดสรร 39,500 บาท เบิกจ่ายจริง 39,280 บาท"
    items, total = extract_budget(parsed("kalasin-yang-talat-2566-project.pdf"), DocumentFacts())
    assert sum(i.amount_baht for i in items) == total.amount_baht == 39500


def test_a_deliberately_wrong_total_is_kept_as_stated(parsed):
    # phichit's lines add up to 47,000; its total row says 48,600 (an auditor finding)
    items, total = extract_budget(parsed("phichit-province-2565-progress.pdf"), DocumentFacts())
    assert sum(i.amount_baht for i in items) == 47000
    assert total.amount_baht == 48600


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_title_broken_over_lines_is_read_whole_for_the_type(parsed, ext):
    # "รายงานสรุปผลการดำเนินงาน" / "โครงการขับเคลื่อน…": the report of one project
    facts = extract_facts(parsed(f"prachin-buri-kabin-buri-2566-project.{ext}"))
    assert facts.doc_type == "project_report"
    assert facts.evidence["doc_type"].text.startswith("รายงานสรุปผลการดำเนินงาน")


def test_a_labelled_reporting_period_is_the_documents_period(parsed):
    # "ช่วงเวลาที่รายงาน 1 ตุลาคม 2565 – 31 มีนาคม 2566" under an inspection report's title
    facts = extract_facts(parsed("sakon-nakhon-province-2566-inspection.pdf"))
    assert (facts.period_start, facts.period_end) == ("2022-10-01", "2023-03-31")
    assert "ช่วงเวลาที่รายงาน" in facts.evidence["period_start"].context


@pytest.mark.parametrize(("text", "amount", "shown"), [
    ("ค่ายปรับเปลี่ยนพฤติกรรม (CBTx) (30 คน x 3 วัน x 400 บาท)", 36000, (400, 90)),
    ("ติดตามเยี่ยมเสริมพลัง (ค่าชดเชยน้ำมันเชื้อเพลิง 6 ตำบล x 600 บาท)", 3600, (600, 6)),
    # figures that do not multiply to the amount in the other cell are no arithmetic
    ("อบรมแกนนำ 45 คน 2 วัน ค่าอาหาร 50 บาท", 9000, (None, None)),
    ("ประชุมคณะกรรมการ 4 ครั้ง", 3600, (None, None)),
])
def test_an_activity_cell_shows_the_arithmetic_of_the_amount_beside_it_only_when_it_multiplies(text, amount, shown):
    assert shown_arithmetic(text, amount) == shown


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_plan_rows_with_their_working_in_the_activity_cell_keep_unit_and_quantity(parsed, ext):
    items, _ = extract_budget(parsed(f"satun-la-ngu-2567-progress.{ext}"), DocumentFacts())
    assert {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items} >= {(3600, 600, 6), (36000, 400, 90)}
