"""The issue category lexicon: first-named category wins, `other` when none matches."""

from typing import get_args

import pytest

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.records import Category
from pcc_ingest.rules import load_rules


def test_lexicon_names_only_record_categories():
    names = set(load_rules("categories")["categories"])
    assert names <= set(get_args(Category)) - {"other"}


def test_every_category_but_other_has_keywords():
    table = load_rules("categories")["categories"]
    assert {c for c, words in table.items() if words} == set(get_args(Category)) - {"other"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("การดูแลผู้สูงอายุและผู้ด้อยโอกาส", "elderly"),
        ("การดูแลผู้ด้อยโอกาสและผู้สูงอายุ", "vulnerable_groups"),
        ("การดูแลผู้สูงอายุในเขตอำเภอเมืองแพร่", "elderly"),
        ("การลดและป้องกันอุบัติเหตุทางถนน", "road_safety"),
        ("การบริหารจัดการขยะและสิ่งแวดล้อม", "waste_environment"),
        ("การคุ้มครองผู้บริโภคด้านอาหาร ปลอดภัย ปลอดโรค", "food_safety"),
        ("เกษตรอินทรีย์", "agriculture_food_security"),
        ("การดูแลสุขภาพผู้ป่วยติดเตียง", "vulnerable_groups"),
        ("การส่งเสริมสุขภาพมารดาและเด็กปฐมวัย", "maternal_child"),
        ("การป้องกันยาเสพติดในเด็กและเยาวชน", "substance_abuse"),
        ("การป้องกันการฆ่าตัวตาย", "mental_health"),
        ("การสร้างงาน สร้างอาชีพ สร้างภูมิคุ้มกันทางสังคม", "livelihood"),
        ("โรคไข้เลือดออกและชิกุนคุนยา", "communicable_disease"),
    ],
)
def test_category_is_the_first_one_named(text, category):
    assert categorize(text) == category


def test_non_communicable_disease_is_not_read_as_communicable():
    assert categorize("การป้องกันโรคไม่ติดต่อเรื้อรัง") == "ncd"
    assert categorize("การเฝ้าระวังโรคติดต่อ") == "communicable_disease"


def test_children_as_such_are_not_maternal_and_child_health():
    assert categorize("การป้องกันการจมน้ำในเด็ก") == "other"
    assert categorize("เด็กบ้านไผ่ เก่ง ดี มีสุข (พัฒนาการเด็กปฐมวัย)") == "maternal_child"


def test_longer_keyword_wins_when_two_start_at_the_same_place():
    # "สุขาภิบาล" (sanitation) and "สุขาภิบาลอาหาร" (food hygiene) both start at 0.
    assert categorize("สุขาภิบาลอาหารในตลาด") == "food_safety"
    assert categorize("สุขาภิบาลในชุมชน") == "waste_environment"


def test_matching_ignores_case_and_stray_spaces():
    assert categorize("การป้องกันโรค covid-19") == "communicable_disease"
    assert categorize("การดูแลผู้สูง อายุ") == "elderly"


def test_text_without_keyword_is_other():
    assert categorize("การพัฒนาระบบบริการปฐมภูมิ") == "other"
    assert categorize("") == "other"
