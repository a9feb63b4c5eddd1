"""Stated counts and what they count; money, percentages, dates and list numbers are not counts."""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.counts import block_counts, extract_counts
from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts


def counts(text: str) -> list[tuple[str, float, str]]:
    return [(what, value, unit) for what, value, unit, _, _ in block_counts(text_block(text))]


def test_counts_name_what_they_count():
    text = ("2) เกิดธนาคารอาหารในชุมชนต้นแบบ 76 แห่ง และโครงการโคกหนองนาโมเดล 8 ตำบล 39 ครัวเรือน "
            "3) การจัดการขยะต้นทางเกิดกองทุนขยะ 244 แห่ง")
    assert counts(text) == [
        ("ธนาคารอาหารในชุมชนต้นแบบ", 76, "แห่ง"),
        ("โครงการโคกหนองนาโมเดล", 8, "ตำบล"),
        ("โครงการโคกหนองนาโมเดล", 39, "ครัวเรือน"),
        ("กองทุนขยะ", 244, "แห่ง"),
    ]


def test_a_count_after_jamnuan_is_described_by_the_words_before_it():
    assert counts("ผู้ได้รับผลกระทบจากโควิด-19 จำนวน 1,132 คน") == [("ผู้ได้รับผลกระทบจากโควิด-19", 1132, "คน")]


@pytest.mark.parametrize(
    "text",
    [
        "ค่าอาหาร คนละ 50 บาท x 100 คน",      # rate and budget arithmetic
        "ครอบคลุมร้อยละ 80 ของครัวเรือน",      # a percentage
        "ประชุมวันที่ 12 มกราคม 2565",         # a date
        "ครั้งที่ 1/2566 ณ ห้องประชุม",         # an ordinal
        "ปีงบประมาณ 2565 รายอำเภอ",             # a year, "per district"
        "1.1 คณะกรรมการ/คณะทำงาน ประเมินผล",    # a sub-item number before a longer word
    ],
)
def test_money_percentages_dates_ordinals_and_list_numbers_are_not_counts(text):
    assert counts(text) == []


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_wang_chin_report_counts_committees_and_people_in_its_district(parsed, ext):
    doc = parsed(f"phrae-wang-chin-2567-project.{ext}")
    facts = extract_facts(doc)
    records = extract_counts(doc, facts, extract_districts(doc, facts))
    got = {(r.value, r.unit) for r in records}
    assert {(17, "คณะ"), (27, "คน"), (357, "คน"), (1, "ครั้ง")} <= got
    assert {r.district for r in records} == {"5407"}
    first = next(r for r in records if r.value == 17)
    assert "อนุกรรมการคุณภาพชีวิตระดับตำบล" in first.what


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_khon_kaen_counts_of_food_banks_waste_funds_and_people(parsed, ext):
    doc = parsed(f"khon-kaen-province-2565-inspection.{ext}")
    facts = extract_facts(doc)
    records = extract_counts(doc, facts, extract_districts(doc, facts))
    got = {(r.what, r.value, r.unit) for r in records}
    assert {
        ("ธนาคารอาหารในชุมชนต้นแบบ", 76, "แห่ง"), ("กองทุนขยะ", 244, "แห่ง"), ("ธนาคารขยะ", 182, "แห่ง"),
    } <= got
    assert (1132, "คน") in {(r.value, r.unit) for r in records}
