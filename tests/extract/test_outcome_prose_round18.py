"""Outcome figures in running text, round 18: the indicator named by what a
figure measures rather than by the clause right before it (a finding among
those screened, a part of a target count, a spending rate and the budget it
is of, a numbered thing in brackets, a base "จาก..."), targets set by a verb
however long their subject, the comparison written after a figure kept with
it, the strength of a thing bought, and a PDF paragraph broken between
"ร้อยละ" and its number read as one.  Rules on strings first, then real
corpus files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words, qualifier
from pcc_ingest.extract.outcomes.figures import block_figures, clause_start, percentages
from pcc_ingest.extract.run import extract


def kinds(text: str, plan: bool = False, year: int | None = None) -> list[tuple[float, bool]]:
    """(value, is target) of each figure of ``text``."""
    return [(f.value, f.target) for f, _ in block_figures(text, plan, year)]


def clauses(text: str) -> list[str]:
    """The clause before each figure of ``text``, stripped."""
    return [text[c:f.start].strip() for f, c in block_figures(text, False, 2567)]


# --- the words that name what a figure measures ---------------------------------------------


@pytest.mark.parametrize(("clause", "expected"), [
    # what was found among those screened: the screening and the finding
    ("และตรวจหาสารเคมีตกค้างในเลือดเกษตรกร 420 คน พบผลไม่ปลอดภัย 135 คน คิดเป็น",
     "ตรวจหาสารเคมีตกค้างในเลือดเกษตรกรพบผลไม่ปลอดภัย"),
    ("ตรวจปัสสาวะกลุ่มเสี่ยง 50 คน พบสารเสพติด 3 ราย คิดเป็น", "ตรวจปัสสาวะกลุ่มเสี่ยงพบสารเสพติด"),
    # a spending rate: the money in figures and in words goes, the base stays
    (("รวมใช้จ่ายงบประมาณในรอบ 6 เดือน ทั้งสิ้น 183,600 บาท (หนึ่งแสนแปดหมื่นสามพันหกร้อยบาทถ้วน) "
      "จากแผนงบประมาณทั้งปี 265,000 บาท คิดเป็น"),
     "รวมใช้จ่ายงบประมาณในรอบ 6 เดือน จากแผนงบประมาณทั้งปี"),
    ("ทั้งนี้ เบิกจ่ายงบประมาณแล้วทั้งสิ้น 56,050 บาท คิดเป็น", "เบิกจ่ายงบประมาณ"),
    # the base a figure is out of never begins the indicator
    ("ผู้ผ่านการบำบัดได้รับการติดตามดูแลต่อเนื่อง จำนวน 173 ราย จากผู้ที่ครบกำหนดติดตาม 214 ราย คิดเป็น",
     "ผู้ผ่านการบำบัดได้รับการติดตามดูแลต่อเนื่อง จากผู้ที่ครบกำหนดติดตาม"),
    # the verb that sets a target and whoever set it go
    ("จังหวัดได้กำหนดให้การพัฒนาคุณภาพชีวิตเป็นตัวชี้วัด โดยกำหนดเป้าหมายให้อำเภอผ่านเกณฑ์การประเมิน",
     "อำเภอผ่านเกณฑ์การประเมิน"),
])
def test_an_indicator_names_what_the_figure_measures_not_the_clause_before_it(clause, expected):
    assert indicator_words(clause) == expected


def test_a_part_of_a_target_count_so_far_keeps_the_target_count_subject():
    words = indicator_words("ได้รับเป้าหมายการนำผู้ใช้ยาเสพติดเข้าสู่กระบวนการบำบัดฟื้นฟู 64 ราย "
                            "ขณะนี้เข้ารับการบำบัดแล้ว 58 ราย คิดเป็น")
    assert words.startswith("นำผู้ใช้ยาเสพติด") and words.endswith("เข้ารับการบำบัด")


def test_a_count_followed_by_a_new_statement_still_ends_the_earlier_one():
    assert indicator_words("กลุ่มติดเตียง 187 คน ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแล") == \
        "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแล"


@pytest.mark.parametrize(("after", "expected"), [
    (" ของงบประมาณที่ได้รับจัดสรร", "ของงบประมาณที่ได้รับจัดสรร"),
    (" ของงบประมาณที่ได้รับอนุมัติ และ", "ของงบประมาณที่ได้รับอนุมัติ"),
    (" เมื่อเทียบกับสงกรานต์ปี 2566 และ", "เมื่อเทียบกับสงกรานต์ปี 2566"),
    (" ของผู้ที่มีภาวะพึ่งพิง", ""),  # the whole restating the subject is left out
])
def test_the_budget_a_spending_rate_is_of_and_the_comparison_stay_with_the_figure(after, expected):
    text = "ร้อยละ 100" + after
    assert qualifier(text, len("ร้อยละ 100")) == expected


# --- clauses -----------------------------------------------------------------------------------


def test_a_number_closing_a_bracket_that_names_a_thing_opens_no_clause():
    text = "ความพึงพอใจของผู้เข้าร่วมเวที (กิจกรรมที่ 5) อยู่ในระดับมากถึงมากที่สุด ร้อยละ 92.50"
    assert clause_start(text, 0, text.index("ร้อยละ")) == 0
    listed = "ผลงาน 1) ครัวเรือนคัดแยกขยะ ร้อยละ 80"
    assert listed[clause_start(listed, 0, listed.index("ร้อยละ")):].startswith("ครัวเรือน")


def test_the_comparison_after_a_figure_is_not_the_next_figures_subject():
    text = ("เสนอให้ตั้งเป้าหมายลดจำนวนผู้บาดเจ็บลงร้อยละ 10 เมื่อเทียบกับสงกรานต์ปี 2566 "
            "และเพิ่มอัตราการสวมหมวกนิรภัยให้ได้อย่างน้อยร้อยละ 70")
    assert clauses(text)[1] == "และเพิ่มอัตราการสวมหมวกนิรภัยให้ได้อย่างน้อย"


def test_a_comparison_leading_to_the_earlier_figure_stays_that_figures_clause():
    text = "ครัวเรือนคัดแยกขยะร้อยละ 61.25 เพิ่มขึ้นจากปี 2566 ที่ร้อยละ 55.80"
    assert clauses(text)[1] == "เพิ่มขึ้นจากปี 2566 ที่"


# --- results and targets -----------------------------------------------------------------------


def test_a_verb_setting_a_target_makes_the_figure_a_target_however_long_its_subject():
    text = ("โดยกำหนดเป้าหมายให้อำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ "
            "ร้อยละ 80 ของอำเภอทั้งหมด")
    assert kinds(text, year=2567) == [(80.0, True)]


def test_result_words_nearer_than_a_set_target_make_a_result():
    text = ("ได้รับเป้าหมายการนำผู้ใช้ยาเสพติดเข้าสู่การบำบัด 64 ราย ขณะนี้เข้ารับการบำบัดแล้ว 58 ราย "
            "คิดเป็นร้อยละ 90.63")
    assert kinds(text, year=2567) == [(90.63, False)]


@pytest.mark.parametrize("text", [
    "จัดซื้อทรายกำจัดลูกน้ำ (ทีมีฟอส 1%) 15 ถัง x 3,200 บาท = 48,000 บาท",
    "ค่าแอลกอฮอล์ 70% 20 ขวด × 120 บาท",
])
def test_the_strength_of_a_thing_bought_is_no_percentage(text):
    assert list(percentages(text)) == []


def test_a_percentage_in_a_cost_line_without_a_price_is_still_one():
    assert [v for v, _, _ in percentages("เบิกจ่าย 48,000 บาท คิดเป็นร้อยละ 90 ของงบประมาณ")] == [90.0]


# --- real corpus files ------------------------------------------------------------------------


def test_a_target_after_a_pdf_line_break_pairs_with_its_result(parsed):
    outcomes = extract(parsed("phetchabun-lom-sak-2567-minutes.pdf")).outcomes
    found = {(o.value_pct, o.target_pct) for o in outcomes}
    assert (47.8, 90.0) in found and (None, 90.0) not in found and (47.8, None) not in found
    assert (None, 80.0) in found  # the province's target set for the district


@pytest.mark.parametrize("name", ["phetchaburi-province-2568-inspection.pdf", "rayong-province-2567-minutes.pdf"])
def test_a_figure_after_a_pdf_line_break_keeps_its_paragraphs_district(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    broken = {"phetchaburi-province-2568-inspection.pdf": (71.25, 66.8),
              "rayong-province-2567-minutes.pdf": (47.95, 83.33)}[name]
    districts = {o.value_pct: o.district for o in outcomes if o.value_pct in broken}
    assert set(districts) == set(broken) and None not in districts.values()


@pytest.mark.parametrize("name", ["ubon-ratchathani-det-udom-2567-progress.pdf", "uttaradit-lap-lae-2568-project.docx"])
def test_a_chemicals_strength_in_a_purchase_line_is_no_outcome(parsed, name):
    assert all(o.value_pct != 1.0 for o in extract(parsed(name)).outcomes)


def test_prose_indicators_name_the_measure(parsed):
    outcomes = extract(parsed("nan-pua-2566-project.docx")).outcomes
    by_value = {o.value_pct: o.indicator for o in outcomes if o.target_pct is None}
    assert by_value[92.5].startswith("ความพึงพอใจของผู้เข้าร่วมเวที")
    assert by_value[100.0].startswith("เบิกจ่ายงบประมาณ") and "ของงบประมาณที่ได้รับจัดสรร" in by_value[100.0]
