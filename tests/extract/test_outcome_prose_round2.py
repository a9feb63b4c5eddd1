"""Outcome figures in running text of documents the extractors were not
tuned on: which district's section a paragraph stands in, which year a
figure is for (a heading's year, a season "2565/66", a comparison's year),
which figure is a result, a target, a comparison, a slogan or a bound, and
what the figure measures.  Rules on strings first, then on small built
.docx files and on real corpus files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes import (
    block_figures,
    indicator_words,
    is_kpi_of,
    is_slogan,
    merge,
    percentages,
    period_last,
    qualifier,
    season_year,
    section_districts,
    section_years,
    trim_ends,
    year_before,
)
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse


def record(indicator: str, value: float | None, target: float | None, year: int, block: int = 0) -> OutcomeRecord:
    """An outcome read from running text (no table) at ``block``."""
    return OutcomeRecord(indicator=indicator, value_pct=value, target_pct=target, year_be=year,
                         evidence=Evidence(block=block, start=0, end=1, text="x"))


# --- years ---------------------------------------------------------------------------


@pytest.mark.parametrize(("year", "second", "fiscal"), [
    (2565, "66", 2566), (2564, "2565", 2565), (2565, None, 2565), (2565, "70", 2565),
])
def test_a_season_across_two_years_is_counted_in_the_later_one(year, second, fiscal):
    assert season_year(year, second) == fiscal


def test_a_season_written_before_a_figure_gives_its_fiscal_year():
    text = "ฤดูการผลิตปี 2565/66 มีอ้อยไฟไหม้เข้าหีบ ร้อยละ 18.60"
    assert year_before(text, text.index("ร้อยละ")) == 2566


@pytest.mark.parametrize(("text", "year"), [
    # the comparison's own figure (a count) stands between: not this figure's year
    ("ลดลงจากไตรมาสเดียวกันของปี 2565 ซึ่งมีผู้เสียชีวิต 5 ราย พบผู้สวมหมวกนิรภัย ร้อยละ 52.40", None),
    # the compared figure itself
    ("และเพิ่มขึ้นจากปี 2566 ซึ่งผ่านเกณฑ์ร้อยละ 71.43", 2566),
    ("ลดลงจากฤดูการผลิตปี 2564/65 ซึ่งมีร้อยละ 27.30", 2565),
    # a comparison that looks back ends its statement; the next subject is not of its year
    ("อัตรา 24.6 ต่อประชากรแสนคน ลดลงจากปี 2565 ส่วนผู้สูงอายุได้รับการดูแลตาม Care Plan ร้อยละ 96.2", None),
    ("ลดลงจาก 31 ราย ในปี 2566 เหลือ 24 ราย จุดเสี่ยงได้รับการแก้ไข คิดเป็นร้อยละ 80", None),
    # a year that compares nothing stays the figure's
    ("ในปีงบประมาณ 2564 มีผู้ป่วย 120 คน ได้รับการดูแล 100 คน คิดเป็นร้อยละ 83.33", 2564),
])
def test_a_comparison_year_is_only_the_compared_figures(text, year):
    assert year_before(text, text.rindex("ร้อยละ")) == year


# --- which figure is what ----------------------------------------------------------------


def kinds(text: str) -> list[tuple[float, bool]]:
    return [(f.value, f.target) for f, _ in block_figures(text, False)]


def test_the_earlier_figure_of_a_comparison_is_a_result_even_after_a_target_word():
    text = ("คิดเป็นร้อยละ 85.71 สูงกว่าค่าเป้าหมาย (ร้อยละ 80) และเพิ่มขึ้นจากปี 2566 "
            "ซึ่งผ่านเกณฑ์ร้อยละ 71.43 และปี 2565 ร้อยละ 57.14")
    assert kinds(text) == [(85.71, False), (80.0, True), (71.43, False), (57.14, False)]
    assert kinds("ผลงานร้อยละ 75 เมื่อเทียบกับเป้าหมาย ร้อยละ 80") == [(75.0, False), (80.0, True)]


def test_a_figure_inside_a_bracket_opened_by_a_target_word_is_a_target_however_far():
    text = "การดูแลผู้สูงอายุ (เป้าหมาย ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ 90)"
    assert kinds(text) == [(90.0, True)]
    assert kinds("ผู้สูงอายุได้รับการดูแลตาม Care Plan ร้อยละ 90 (ปี 2566 ร้อยละ 85)") == [(90.0, False), (85.0, False)]


@pytest.mark.parametrize(("before", "value", "slogan"), [
    ("ตั้งจุดตรวจและรณรงค์สวมหมวกนิรภัย ", 100, True),
    ("คำขวัญ ขับขี่ปลอดภัย ", 100, True),
    ("รณรงค์สวมหมวกนิรภัย ผลการดำเนินงาน ", 100, False),
    ("พบผู้ขับขี่และผู้ซ้อนท้ายสวมหมวกนิรภัย ", 100, False),
    ("รณรงค์ให้ครัวเรือนมีถังขยะเปียก ", 88.4, False),
])
def test_a_hundred_in_a_campaigns_words_is_a_slogan(before, value, slogan):
    assert is_slogan(before, value) is slogan


def test_a_bound_inside_a_subject_is_no_figure_but_a_bound_target_is():
    text = ("หมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) ไม่เกินร้อยละ 10 จำนวน 13 หมู่บ้าน "
            "จากทั้งหมด 15 หมู่บ้าน คิดเป็นร้อยละ 86.67")
    assert [v for v, _, _ in percentages(text)] == [86.67]
    assert [v for v, _, _ in percentages("คิดเป็นร้อยละ 11.76 (เป้าหมาย ไม่เกินร้อยละ 13)")] == [11.76, 13.0]


# --- what a figure measures --------------------------------------------------------------


@pytest.mark.parametrize(("clause", "words"), [
    # a count out of a total of any unit word written twice
    ("ตัวอย่างผักและผลไม้ตรวจไม่พบสารตกค้าง 110 ตัวอย่าง จาก 120 ตัวอย่าง",
     "ตัวอย่างผักและผลไม้ตรวจไม่พบสารตกค้าง"),
    # the base, then what part of it received: one statement
    ("ผู้ใช้ยาเสพติดเข้ารับการบำบัด 86 ราย ได้รับการติดตามครบตามเกณฑ์ 71 ราย คิดเป็น",
     "ผู้ใช้ยาเสพติดเข้ารับการบำบัดได้รับการติดตามครบตามเกณฑ์"),
    # rates and sums of money end the statement before
    ("อัตราป่วย 38.16 ต่อแสนประชากร หมู่บ้านที่มีค่า HI ไม่เกิน 10 จำนวน 88 หมู่บ้าน จาก 104 หมู่บ้าน คิดเป็น",
     "หมู่บ้านที่มีค่า HI ไม่เกิน 10"),
    ("อัตราคลอด 27.5 ต่อพันประชากรหญิงอายุ 15 – 19 ปี การตั้งครรภ์ซ้ำในหญิงอายุต่ำกว่า 20 ปี 2 ราย จาก 17 ราย คิดเป็น",
     "การตั้งครรภ์ซ้ำในหญิงอายุต่ำกว่า 20 ปี"),
    ("ได้รับจัดสรร 39,500 บาท เบิกจ่ายจริง 39,280 บาท คิดเป็น", "เบิกจ่ายจริง"),
    # a date says when, not what
    ("ตรวจคัดกรองหาไข่พยาธิในประชาชนอายุ 15 ปีขึ้นไป ระหว่างเดือน ม.ค. – มี.ค. 2566 ตรวจได้ 1,820 ราย คิดเป็น",
     "ตรวจคัดกรองหาไข่พยาธิในประชาชนอายุ 15 ปีขึ้นไป ตรวจ"),
    # a number stays with the words it bounds
    ("ผู้สูงอายุอายุ 60 ปีขึ้นไปได้รับการคัดกรองความสามารถในการทำกิจวัตรประจำวัน (ADL) 10,452 คน คิดเป็น",
     "ผู้สูงอายุอายุ 60 ปีขึ้นไปได้รับการคัดกรองความสามารถในการทำกิจวัตรประจำวัน (ADL)"),
    # a closing bracket of a gloss stays
    ("ผู้สูงอายุติดเตียงได้รับการดูแลตามแผนการดูแลรายบุคคล (Care plan) 126 คน คิดเป็น",
     "ผู้สูงอายุติดเตียงได้รับการดูแลตามแผนการดูแลรายบุคคล (Care plan)"),
])
def test_an_indicator_keeps_the_subject_without_its_counts(clause, words):
    assert indicator_words(clause) == words


@pytest.mark.parametrize(("words", "kept"), [
    ("(เป้าหมาย ผู้ผ่านการบำบัด", "เป้าหมาย ผู้ผ่านการบำบัด"),
    ("ค่าดัชนี (HI) ไม่เกิน 10)", "ค่าดัชนี (HI) ไม่เกิน 10"),
    (" ดูแลตาม (Care plan) ,", "ดูแลตาม (Care plan)"),
    ("ผู้ป่วย (", "ผู้ป่วย"),
])
def test_only_brackets_left_open_or_unopened_are_trimmed(words, kept):
    assert trim_ends(words) == kept


def test_a_period_opening_an_indicator_goes_after_its_subject():
    assert period_last("ฤดูการผลิตปี 2565/66 มีอ้อยไฟไหม้เข้าหีบ") == ("อ้อยไฟไหม้เข้าหีบ", "ฤดูการผลิตปี 2565/66")
    assert period_last("ครัวเรือนคัดแยกขยะต้นทาง") == ("ครัวเรือนคัดแยกขยะต้นทาง", "")


def test_what_a_figure_is_compared_with_belongs_to_its_indicator():
    text = "ปริมาณขยะลดลง ร้อยละ 12.50 เมื่อเทียบกับปี 2566"
    assert qualifier(text, text.index(" เมื่อ")) == "เมื่อเทียบกับปี 2566"
    text = "ร้อยละ 18.60 ของปริมาณอ้อยเข้าหีบทั้งหมด ลดลงจาก"
    assert qualifier(text, text.index(" ของ")) == ""
    assert qualifier("ร้อยละ 80 ซึ่งผ่านเกณฑ์", len("ร้อยละ 80")) == ""


# --- one record per figure and subject ----------------------------------------------------


def test_a_result_in_other_words_is_its_kpis_in_the_kpis_year_or_as_a_baseline():
    kpi = record("ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ", None, 75, 2566)
    assert is_kpi_of(kpi, record("ผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิต", 80, 75, 2566))
    assert is_kpi_of(kpi, record("ผ่านเกณฑ์ ปี 2564", 62.5, None, 2564))
    assert not is_kpi_of(kpi, record("ผ่านเกณฑ์", 62.5, None, 2566))  # the KPI's year needs its target
    assert not is_kpi_of(kpi, record("ครัวเรือนคัดแยกขยะต้นทาง", 78.4, None, 2565))


def test_two_bare_targets_of_one_figure_and_two_subjects_are_two_records():
    a = record("พชต. ผ่านเกณฑ์การประเมินคุณภาพ", None, 80, 2568, block=1)
    b = record("ผู้ผ่านการบำบัดยาเสพติดได้รับการติดตามดูแลต่อเนื่อง", None, 80, 2568, block=2)
    again = record("พชต. ผ่านเกณฑ์การประเมินคุณภาพระดับตำบล", None, 80, 2568, block=3)
    assert merge([a, b, again]) == [a, b]


# --- sections of a built .docx ------------------------------------------------------------


@pytest.fixture
def inspection(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "inspection.docx", [
        "สรุปผลการนิเทศติดตาม พชอ. จังหวัดชุมพร ปีงบประมาณ 2566",
        "3. ผลการนิเทศติดตามรายอำเภอ",
        "3.1 อำเภอท่าแซะ (นิเทศวันที่ 14 มิถุนายน 2566)",
        "ครัวเรือนคัดแยกขยะต้นทาง ร้อยละ 78.40 (เป้าหมายร้อยละ 70)",
        "ข้อเสนอแนะ ผู้สูงอายุได้รับการคัดกรอง ADL ร้อยละ 96.30",
        "3.2 อำเภอปะทิว (นิเทศวันที่ 15 มิถุนายน 2566)",
        "ผู้ผ่านการบำบัดได้รับการติดตามครบ 1 ปี คิดเป็นร้อยละ 68.92",
        "- อ.หลังสวน ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี ร้อยละ 31.45",
        "ผู้ป่วยความดันโลหิตสูง ภาพรวมจังหวัด ควบคุมได้ ร้อยละ 58.20",
        "4. สรุปผลตามตัวชี้วัด",
        "อำเภอผ่านเกณฑ์การประเมิน คิดเป็นร้อยละ 80",
        "3.3 อำเภอหลังสวน",
        "ผู้สูงอายุได้รับการเยี่ยมบ้าน ร้อยละ 91.50",
        "ภาพรวมจังหวัด",
        "ผู้สูงอายุได้รับการดูแลตาม Care Plan ร้อยละ 92.10",
    ])


def test_a_paragraph_belongs_to_the_district_its_section_opens_with(inspection):
    outcomes = extract(parse(inspection)).outcomes
    assert {o.value_pct: o.district for o in outcomes} == {
        78.4: "8602", 96.3: "8602", 68.92: "8603",
        31.45: "8604",  # a bullet naming its own district
        58.2: None,  # the whole province's, inside a district's section
        80.0: None,  # a heading of the section above closes the district's
        91.5: "8604", 92.1: None,  # and so does a line opening with the province
    }


def test_a_bulleted_district_opens_no_section(inspection):
    doc = parse(inspection)
    sections = section_districts(doc, "86")
    def section_of(opening: str) -> str | None:
        return next(sections.get(b.order) for b in doc.body() if b.text.startswith(opening))

    assert section_of("- อ.หลังสวน") == section_of("ผู้ป่วยความดันโลหิตสูง") == "8603"


def test_a_headings_year_is_the_year_of_the_paragraphs_under_it(tmp_path):
    path = write_docx(tmp_path / "minutes.docx", [
        "รายงานการประชุม พชอ.ห้วยยอด ครั้งที่ 1/2567",
        "3.1 สรุปผลการดำเนินงาน ปีงบประมาณ 2566",
        "ผู้ผ่านการบำบัดได้รับการติดตามครบ 1 ปี ร้อยละ 68.5",
        "3.1.1 รายละเอียด",
        "ผู้สูงอายุได้รับการดูแลตาม Care Plan ร้อยละ 96.2",
        "3.2 แผนการดำเนินงาน",
        "ผู้สูงอายุได้รับการคัดกรอง ร้อยละ 90",
    ])
    doc = parse(path)
    years = section_years(doc)
    assert [years.get(b.order) for b in doc.body()] == [None, 2566, 2566, 2566, 2566, None, None]


# --- real corpus files --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["chumphon-province-2566-inspection.docx", "chumphon-province-2566-inspection.pdf"])
def test_per_district_paragraphs_give_their_districts_figures(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    prose = {o.value_pct: o.district for o in outcomes if o.evidence.table is None}
    assert prose[78.4] == prose[64.25] == prose[93.81] == "8601"
    assert prose[84.62] == prose[96.3] == "8602"
    assert prose[68.92] == "8603" and prose[31.45] == "8604" and prose[11.76] == "8607"
    assert prose[80.0] is None  # section 4, the province's KPI


@pytest.mark.parametrize("name", ["chumphon-province-2566-inspection.docx", "chumphon-province-2566-inspection.pdf"])
def test_a_kpis_baselines_and_result_in_other_words_take_its_name(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    kpi = "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"
    named = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes if o.indicator == kpi}
    assert named == {(62.5, None, 2564), (75.0, None, 2565), (80.0, 75.0, 2566)}


@pytest.mark.parametrize("name", ["chaiyaphum-phu-khiao-2566-minutes.docx", "chaiyaphum-phu-khiao-2566-minutes.pdf"])
def test_sugar_cane_seasons_compare_two_fiscal_years_of_one_subject(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    cane = {o.value_pct: o for o in outcomes if "อ้อยไฟไหม้" in o.indicator}
    assert (cane[18.6].year_be, cane[27.3].year_be) == (2566, 2565)
    assert cane[27.3].indicator.endswith("ฤดูการผลิตปี 2564/65")
    assert cane[18.6].target_pct is cane[27.3].target_pct is None


@pytest.mark.parametrize("name", ["chaiyaphum-phu-khiao-2566-minutes.docx", "chaiyaphum-phu-khiao-2566-minutes.pdf"])
def test_a_paragraph_pointing_to_a_table_keeps_its_own_results_and_a_slogan_is_none(parsed, name):
    doc = parsed(name)
    outcomes = extract(doc).outcomes
    helmets = next(o for o in outcomes if o.value_pct == 52.4)
    assert (helmets.target_pct, helmets.year_be) == (60.0, 2566)
    assert any(o.value_pct == 88.01 and "(ADL)" in o.indicator for o in outcomes)
    assert not any("รณรงค์" in doc.blocks[o.evidence.block].text for o in outcomes)


def test_the_earlier_figures_of_a_comparison_are_results_of_their_years(parsed):
    outcomes = extract(parsed("mukdahan-province-2567-progress.pdf")).outcomes
    kpi = next(o for o in outcomes if o.value_pct == 85.71 and o.target_pct == 80)
    earlier = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes if o.indicator == kpi.indicator}
    assert {(71.43, None, 2566), (57.14, None, 2565)} <= earlier


@pytest.mark.parametrize("name", ["kanchanaburi-thong-pha-phum-2568-action-plan.docx",
                                  "kanchanaburi-thong-pha-phum-2568-action-plan.pdf"])
def test_one_target_set_for_two_kpis_is_two_records(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    assert len([o for o in outcomes if o.value_pct is None and o.target_pct == 80]) == 2


@pytest.mark.parametrize("name", ["trang-huai-yot-2567-minutes.docx", "trang-huai-yot-2567-minutes.pdf"])
def test_a_summary_of_last_years_results_is_of_the_year_its_heading_states(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    assert {o.value_pct: o.year_be for o in outcomes} == {68.5: 2566, 96.2: 2566}
