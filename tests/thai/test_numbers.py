"""Numbers and money amounts as Thai reports write them."""

import pytest

from pcc_ingest.thai.numbers import (
    NUMBER,
    find_amounts,
    find_thai_money_words,
    parse_number,
    thai_words_to_number,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("5,000", 5000.0),
        ("๕,๐๐๐", 5000.0),
        ("10,000 บาท", 10000.0),
        ("๑๐,๐๐๐บาท", 10000.0),
        ("5,000.-", 5000.0),
        ("5,000 บาท.-", 5000.0),
        ("1,234.50", 1234.5),
        ("66.67", 66.67),
        ("1,234,567", 1234567.0),
        ("(10,000)", 10000.0),
        ("  120  ", 120.0),
    ],
)
def test_parse_number_reads_one_amount(cell: str, expected: float) -> None:
    assert parse_number(cell) == expected


@pytest.mark.parametrize(
    "cell",
    ["-", "", "บูรณาการงบฯ แต่ละหน่วยงาน", "๕,๐๐๐ ๕,๐๐๐", "12,34", "ไม่ใช้งบประมาณ"],
)
def test_parse_number_refuses_what_is_not_one_number(cell: str) -> None:
    assert parse_number(cell) is None


def test_number_regex_finds_grouped_and_plain_figures() -> None:
    text = "ร้อยละ 66.67 งบ ๑๐,๐๐๐ คน 120"
    assert [m.group() for m in NUMBER.finditer(text)] == ["66.67", "๑๐,๐๐๐", "120"]


def test_number_regex_does_not_split_a_dotted_section_number_into_decimals() -> None:
    assert [m.group() for m in NUMBER.finditer("ข้อ 2.5.1")] == []


def test_find_amounts_reads_unit_cost_glued_to_baht() -> None:
    text = "-ค่าอาหารกลางวัน๑มื้อ คนละ๕๐บาทx๑๐๐คน"
    assert [(v, text[i:j]) for v, i, j in find_amounts(text)] == [(50.0, "๕๐บาท")]


def test_find_amounts_reads_baht_abbreviation_and_dash_tail() -> None:
    text = "รวม 10,000.- และ 2,500 บ. ค่าเดินทาง 300 บาท"
    assert [v for v, _, _ in find_amounts(text)] == [10000.0, 2500.0, 300.0]


def test_find_amounts_applies_multiplier_words() -> None:
    assert [v for v, _, _ in find_amounts("งบประมาณ 1.5 ล้านบาท")] == [1_500_000.0]


def test_find_amounts_ignores_years_and_counts() -> None:
    assert find_amounts("ปีงบประมาณ 2565 จำนวน 120 คน ร้อยละ 80") == []


def test_find_amounts_ignores_a_word_starting_with_bo() -> None:
    assert find_amounts("รถโดยสาร 2 บ.ขนส่ง") == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("(หนึ่งหมื่นบาทถ้วน)", 10000),
        ("สองหมื่นห้าพันบาทถ้วน", 25000),
        ("หนึ่งแสนสองหมื่นบาท", 120000),
        ("หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน", 1250000),
        ("สามพันหนึ่งร้อยเอ็ดบาท", 3101),
        ("ยี่สิบห้าบาท", 25),
        ("สองหมื่นห้าพัน", 25000),
        ("หนึ่ง หมื่น บาท ถ้วน", 10000),
        ("สองพันบาทห้าสิบสตางค์", 2000.5),
    ],
)
def test_thai_words_to_number_reads_amounts_in_words(words: str, expected: float) -> None:
    assert thai_words_to_number(words) == expected


@pytest.mark.parametrize("words", ["บาท", "", "()", "งบประมาณ", "สองพันบาทร้อยสตางค์"])
def test_thai_words_to_number_refuses_non_numerals(words: str) -> None:
    assert thai_words_to_number(words) is None


def test_find_thai_money_words_locates_the_total_in_words() -> None:
    text = "รวมงบประมาณ 10,000 บาท (หนึ่งหมื่นบาทถ้วน)"
    [(value, i, j)] = find_thai_money_words(text)
    assert (value, text[i:j]) == (10000, "หนึ่งหมื่นบาทถ้วน")
