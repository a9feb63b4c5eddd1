"""Round 21 outcome rules: a count out of its target count, a part of a
count named after it, an agency table's result sentence naming its row, a
remark's target for a result above it, districts side by side in columns,
"ตามเกณฑ์" naming a criterion, and a semicolon ending a year's item.
Each rule on strings first, then on a real corpus file."""

from collections.abc import Callable

import pytest

from pcc_ingest.extract.outcomes.clause_words import drop_counts, is_part_count
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.figures import is_target
from pcc_ingest.extract.outcomes.row_subjects import counted_subject
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Document


def test_a_count_out_of_its_target_count_of_any_unit_word_goes():
    text = "ซ่อมแซมบ้านผู้สูงอายุที่มีฐานะยากจน 6 หลัง จากเป้าหมาย 10 หลัง"
    assert counted_subject(text) == "ซ่อมแซมบ้านผู้สูงอายุที่มีฐานะยากจน"


def test_a_smaller_count_of_the_same_unit_is_a_part_of_the_count_before():
    assert is_part_count("3,650 ราย", " สวมหมวก 2,541 ราย")
    assert drop_counts("ตรวจวัดการสวมหมวกนิรภัยผู้ขับขี่ 3,650 ราย สวมหมวก 2,541 ราย") == "ตรวจวัดการสวมหมวกนิรภัยผู้ขับขี่ สวมหมวก"


@pytest.mark.parametrize(("count", "rest"), [
    ("8 แห่ง", " รวมเป็น 23 แห่ง"),  # a larger count is a new total, not a part
    ("40,000 บาท", " ใช้จ่ายจริง 38,000 บาท"),  # money names its spending by its own words
    ("400 คน", " อบรม 3 ครั้ง"),  # another unit
])
def test_no_part_count_for_a_larger_count_money_or_another_unit(count, rest):
    assert not is_part_count(count, rest)


def test_according_to_the_criterion_is_no_target_word():
    assert not is_target("ผู้ผ่านการบำบัดได้รับการติดตามครบตามเกณฑ์ ", default=False)
    assert is_target("ผลงาน 85.6 (เกณฑ์ ", default=False)


def test_a_semicolon_ends_the_item_a_year_dates():
    text = "ร้อยละ 56.20 (ปี 2567 ร้อยละ 51.70; เป้าหมายร้อยละ 60)"
    assert year_before(text, text.index("51.70")) == 2567
    assert year_before(text, text.index("60)")) is None


def test_agency_table_rows_are_named_by_their_result_sentence(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("chon-buri-phanat-nikhom-2567-minutes.docx")).outcomes
    by_value = {o.value_pct: o for o in outcomes}
    assert by_value[81.0].indicator.startswith("ครัวเรือนคัดแยกขยะต้นทาง")
    assert by_value[69.62].indicator.startswith("ตรวจวัดการสวมหมวกนิรภัยผู้ขับขี่และผู้ซ้อนท้าย")
    assert by_value[90.0].indicator == "หมู่บ้าน/ชุมชนผ่านการประเมินหมู่บ้านกองทุนแม่ของแผ่นดิน"
    assert not any("ผู้แทนหน่วยงาน" in o.indicator for o in outcomes)


def test_a_remark_after_the_table_gives_its_target_to_the_result(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("chon-buri-phanat-nikhom-2567-minutes.docx")).outcomes
    by_value = {o.value_pct: o for o in outcomes}
    assert (by_value[81.0].target_pct, by_value[69.62].target_pct) == (85.0, 80.0)
    assert not any(o.value_pct is None for o in outcomes)
    assert by_value[92.0].target_pct is None  # a row the remark does not name keeps none


def test_district_columns_side_by_side_give_each_column_its_district(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("nong-bua-lam-phu-province-2568-inspection.pdf")).outcomes
    found = {(o.district, o.value_pct, o.target_pct, o.year_be) for o in outcomes}
    assert {("3902", 81.03, 80.0, 2568), ("3902", 29.65, 40.0, 2568),
            ("3904", 88.14, 85.0, 2568), ("3904", 56.2, 60.0, 2568), ("3904", 51.7, None, 2567)} <= found
    assert not any(o.district is None for o in outcomes)
