"""Round 19 budget rules: a spending table that a sentence introduces as the
money used ("… ใช้งบประมาณจากหลายแหล่ง สรุปได้ดังนี้") retells the activities'
sentences; "จากหลายแหล่ง" names no funder; money named for the programme it
supports ("งบประมาณสนับสนุนการขับเคลื่อน พชอ. จาก…") gives the funder alone; a
funder's name ends where its amount begins; a sentence's funder of its own
amount funds no other paragraph; "รวม" may stand between a fund and its
money; rules on strings, then real files against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.budget import extract_budget, giver_source, stated_source
from pcc_ingest.extract.records import DocumentFacts

GOLD = Path(__file__).resolve().parents[2] / "gold"

# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ในปีงบประมาณ 2566 การดำเนินงานของ พชอ. ใช้งบประมาณจากหลายแหล่ง สรุปได้ดังนี้",
    "ใช้งบประมาณจาก 4 แหล่ง รายละเอียดดังนี้",
    "ได้รับงบประมาณจากแหล่งต่าง ๆ ดังนี้",
])
def test_money_from_several_sources_names_no_funder(text):
    assert stated_source(text) is None


@pytest.mark.parametrize(("text", "funder"), [
    ("โดยใช้งบประมาณสนับสนุนการขับเคลื่อน พชอ. จากสำนักงานสาธารณสุขจังหวัดนครศรีธรรมราช ดังนี้",
     "สำนักงานสาธารณสุขจังหวัดนครศรีธรรมราช"),
    ("ใช้งบสนับสนุนการดำเนินงาน พชอ. จากสำนักงานสาธารณสุขจังหวัดชุมพร", "สำนักงานสาธารณสุขจังหวัดชุมพร"),
    ("งบประมาณเพื่อการพัฒนา จาก อบต.หนองบัว", "อบต.หนองบัว"),
])
def test_money_named_for_the_programme_it_supports_gives_the_funder_alone(text, funder):
    assert stated_source(text)[0] == funder


def test_a_short_kind_of_money_still_stays_in_the_source():
    assert stated_source("งบสนับสนุนจากอำเภอสำหรับการประชุม")[0] == "งบสนับสนุนจากอำเภอ"


def test_money_usually_coming_from_a_fund_is_no_programme():
    text = "งบประมาณสนับสนุนการขับเคลื่อนประเด็นส่วนใหญ่มาจากกองทุนหลักประกันสุขภาพระดับพื้นที่"
    assert stated_source(text) is None or stated_source(text)[0] != "กองทุนหลักประกันสุขภาพระดับพื้นที่"


def test_a_funders_name_ends_where_its_amount_begins():
    text = "ระหว่างเดือนมกราคม – กุมภาพันธ์ 2567 งบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลเขาสมิง 48,000 บาท"
    assert stated_source(text)[0] == "กองทุนหลักประกันสุขภาพเทศบาลตำบลเขาสมิง"


@pytest.mark.parametrize(("text", "funder"), [
    ("อปท. ทั้ง 8 แห่ง เข้าร่วมระบบการดูแลระยะยาว (LTC) งบประมาณกองทุน LTC รวม 1,188,000 บาท", "กองทุน LTC"),
    ("ใช้งบประมาณ สสจ.ชุมพร จำนวน 10,000 บาท", "สสจ.ชุมพร"),
    ("งบประมาณกองทุนหลักประกันสุขภาพ 5,000 บาท", "กองทุนหลักประกันสุขภาพ"),
])
def test_a_fund_named_before_its_money_may_be_followed_by_a_word_for_in_all(text, funder):
    assert giver_source(text)[0] == funder


# --- corpus files -----------------------------------------------------------------------


def _lines(items) -> list[tuple[float, float | None, float | None, str | None]]:
    return sorted((i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items)


def _gold_lines(name: str) -> list[tuple[float, float | None, float | None, str | None]]:
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["budget_items"]
    return sorted((float(g["amount_baht"]), g["unit_cost_baht"], g["quantity"], g["source"]) for g in gold)


@pytest.mark.parametrize(("name", "doc_type"), [
    # activity sentences "… ใช้งบประมาณ 24,000 บาท" then "… ใช้งบประมาณจากหลายแหล่ง
    # สรุปได้ดังนี้" over "ที่ | รายการ | จำนวนเงิน (บาท) | แหล่งงบประมาณ"
    ("loei-chiang-khan-2566-progress.pdf", "progress_report"),
    # minutes: "ใช้งบประมาณจากกองทุน… รวม 96,000 บาท" (its own funder), a reported
    # 480,000 with none, bullets under "โดยใช้งบประมาณสนับสนุนการขับเคลื่อน พชอ. จาก สสจ.X ดังนี้"
    ("nakhon-si-thammarat-pak-phanang-2568-minutes.docx", "other"),
    ("nakhon-si-thammarat-pak-phanang-2568-minutes.pdf", "other"),
    # "งบประมาณจากกองทุน…เขาสมิง 48,000 บาท" and "งบประมาณกองทุน LTC รวม 1,188,000 บาท"
    ("trat-khao-saming-2567-inspection.docx", "inspection_report"),
    ("trat-khao-saming-2567-inspection.pdf", "inspection_report"),
])
def test_budget_lines_and_their_sources_match_the_gold(parsed, name, doc_type):
    items, _ = extract_budget(parsed(name), DocumentFacts(doc_type=doc_type))
    assert _lines(items) == _gold_lines(name)


def test_a_spending_table_a_sentence_introduces_keeps_its_rows_not_the_activity_sentences(parsed):
    doc = parsed("loei-chiang-khan-2566-progress.pdf")
    items, _ = extract_budget(doc, DocumentFacts(doc_type="progress_report"))
    assert items and all(doc.blocks[i.evidence.block].kind == "table_cell" for i in items)
