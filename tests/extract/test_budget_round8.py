"""Ways clerks state a funder that earlier rules missed: a source label in a
project's key-value header table, a recommendation that names a fund, a
money word followed straight by the payer, a funder after a group's total,
the use stated after an amount, a result sentence after a funder, a
fiscal-year column, and group totals with no grand total: rules on
strings, then on real files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.budget import (
    extract_budget,
    inline_source,
    is_advice,
    is_source_label,
    stated_source,
    stated_use,
    total_funder,
)
from pcc_ingest.extract.records import DocumentFacts

# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize("cell", ["แหล่งงบประมาณ", "แหล่งงบประมาณ :", "ที่มาของงบประมาณ", "แหล่งเงิน"])
def test_a_cell_holding_only_a_source_label_is_one(cell):
    assert is_source_label(cell)


@pytest.mark.parametrize("cell", ["แหล่งงบประมาณ สสจ.ระนอง", "งบประมาณ", "ค่าอาหารกลางวัน"])
def test_a_cell_with_more_than_the_label_is_no_bare_label(cell):
    assert not is_source_label(cell)


@pytest.mark.parametrize("text", [
    "- ควรให้องค์การบริหารส่วนตำบลสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพระดับท้องถิ่นสำหรับการเยี่ยมบ้าน",
    "ข้อเสนอแนะ ขอรับงบประมาณจาก อบจ. ในปีต่อไป",
    "- หากได้รับงบประมาณจากกองทุนฯ จะขยายผลไปทุกตำบล",
])
def test_a_recommendation_or_wish_names_no_funder_of_the_lines(text):
    assert is_advice(text)


def test_a_report_of_money_received_is_no_advice():
    assert not is_advice("ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพ อบต.หนองบัว จำนวน 25,000 บาท")


@pytest.mark.parametrize(("before", "funder"), [
    ("ประชุมคณะกรรมการ พชอ. 2 ครั้ง งบประมาณ สสจ.ปทุมธานี ", "สสจ.ปทุมธานี"),
    ("ผู้เข้าร่วมประชุม 32 คน ใช้งบประมาณ สสจ.นครปฐม ", "สสจ.นครปฐม"),
    ("อบรม อสม. งบ อบต.หนองบัว ", "อบต.หนองบัว"),
])
def test_a_money_word_followed_by_the_payer_names_the_funder(before, funder):
    found = stated_source(before)
    assert found is not None and found[0] == funder


def test_a_money_word_followed_by_the_amount_names_no_funder():
    assert stated_source("อบรมเกษตรกร งบประมาณ ") is None


@pytest.mark.parametrize(("after", "funder"), [
    (" จาก ศปถ.อำเภอสามโคก อัตราการสวมหมวกนิรภัยจากการสำรวจ ร้อยละ 61.50", "ศปถ.อำเภอสามโคก"),
    (" จาก อปท. ในพื้นที่ หมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) ผ่านเกณฑ์", "อปท. ในพื้นที่"),
    (" จากกองทุนหลักประกันสุขภาพ อบต.บึงบา", "กองทุนหลักประกันสุขภาพ อบต.บึงบา"),
])
def test_a_result_sentence_running_on_after_the_funder_is_cut_off(after, funder):
    assert inline_source(after) == funder


@pytest.mark.parametrize(("text", "funder"), [
    ("รวมเป็นเงิน 18,750 บาท (หนึ่งหมื่นแปดพันเจ็ดร้อยห้าสิบบาทถ้วน) ขอรับการสนับสนุนจากเทศบาลตำบลบางคนที",
     "เทศบาลตำบลบางคนที"),
    ("รวมทั้งสิ้น 9,600 บาท จากกองทุนหลักประกันสุขภาพ อบต.ดอนยาง", "กองทุนหลักประกันสุขภาพ อบต.ดอนยาง"),
])
def test_a_funder_after_a_groups_total_funds_the_group(text, funder):
    assert total_funder(text) == funder


def test_a_cost_line_with_a_funder_after_it_is_no_group_total():
    assert total_funder("ค่าอาหารกลางวัน 50 คน x 60 บาท เป็นเงิน 3,000 บาท จากกองทุน LTC") is None


def test_the_use_stated_after_an_amount_describes_it():
    after = " บาท ใช้ในการประชุม พชอ. และเวทีแลกเปลี่ยนเรียนรู้ 1 ครั้ง เมื่อวันที่ 9 มิถุนายน 2565"
    assert stated_use("ผู้ป่วยควบคุมระดับน้ำตาลได้ดี ร้อยละ 31.20 งบประมาณ สสจ.ปทุมธานี ", after) == \
        "ประชุม พชอ. และเวทีแลกเปลี่ยนเรียนรู้"


def test_a_cost_line_keeps_its_own_words_over_a_stated_use():
    assert stated_use("ค่าอาหารว่าง 30 คน x 35 บาท ", " บาท ใช้ในการประชุมคณะทำงาน") is None


# --- rules on real files -------------------------------------------------------------


@pytest.mark.parametrize("name", ["ranong-kapoe-2567-project.docx", "ranong-kapoe-2567-project.pdf"])
def test_the_source_in_a_project_header_funds_every_line_and_is_no_line(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="project_report"))
    assert len(items) == 11
    assert {i.source for i in items} == {"สำนักงานสาธารณสุขจังหวัดระนอง"}
    assert 75000 not in {i.amount_baht for i in items}
    assert total is not None and total.amount_baht == 74120


@pytest.mark.parametrize("name", ["pathum-thani-province-2565-inspection.docx",
                                  "pathum-thani-province-2565-inspection.pdf"])
def test_funders_in_district_sentences_and_no_fiscal_years_as_money(parsed, name):
    items, _ = extract_budget(parsed(name), DocumentFacts(doc_type="inspection_report"))
    assert not [i for i in items if 2500 <= i.amount_baht <= 2600]
    by_amount = {(i.amount_baht, i.source) for i in items}
    assert (15600, "ศปถ.อำเภอสามโคก") in by_amount
    assert (18000, "อปท. ในพื้นที่") in by_amount
    assert sum(1 for i in items if i.source == "สสจ.ปทุมธานี") == 4
    assert "ประชุม พชอ. และเวทีแลกเปลี่ยนเรียนรู้" in {i.description for i in items}


@pytest.mark.parametrize("name", ["samut-songkhram-bang-khonthi-2565-minutes.docx",
                                  "samut-songkhram-bang-khonthi-2565-minutes.pdf"])
def test_two_proposals_group_totals_fund_their_own_lines_and_make_no_grand_total(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="other"))
    assert total is None
    sources = [i.source for i in items]
    assert sources[:2] == ["องค์การบริหารส่วนตำบลบางพรมและเทศบาลตำบลบางคนที"] * 2
    assert set(sources[2:]) == {"กองทุนการดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง"}
