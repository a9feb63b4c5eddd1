"""Outcome targets, indicators and merging: a year is never a target, a
table's target may stand in its intro sentence or a note under it, target
cues of the genre ("เป้า 70", "ยังไม่ถึงเป้า", "(เกณฑ์≥80%)"), a summary line
joins its KPI, a past year's aside is its own outcome, Latin words stay in
an indicator.  String edge cases first, then each rule on a real file."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes import (
    block_figures,
    cue_targets,
    indicator_words,
    is_aside,
    is_target,
    mask_years,
    names_no_subject,
    pair_figures,
    phrases,
    stated_target,
)
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse


def figures(text: str, default_target: bool = False) -> list[tuple[float, bool]]:
    return [(f.value, f.target) for f, _ in block_figures(text, default_target)]


# --- a year is never a target -------------------------------------------------------------


def test_a_year_in_a_caption_is_no_target():
    assert stated_target("ตารางที่ 1 ร้อยละของตำบลที่ผ่านเกณฑ์ จำแนกรายอำเภอ ปีงบประมาณ 2567") is None
    assert stated_target("ค่าเป้าหมาย 2568") is None


def test_a_target_written_after_a_year_is_still_read():
    m = stated_target("ผ่านเกณฑ์ ปี 2567 ไม่น้อยกว่าร้อยละ 60")
    assert m is not None and float(m["t"]) == 60


def test_masking_years_keeps_every_span_in_place():
    text = "เป้าหมายปี 2568 ร้อยละ 80 (พ.ศ.2567 ร้อยละ 75)"
    masked = mask_years(text)
    assert len(masked) == len(text)
    assert "2568" not in masked and "2567" not in masked and "80" in masked and "75" in masked


# --- target cues of the genre ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("หมู่บ้านคัดแยกขยะต้นทาง ร้อยละ68 (เป้า 70)", [(68, False), (70, True)]),
    ("สรุป ผ่าน 3/5 อำเภอ = ร้อยละ60 ยังไม่ถึงเป้า(ร้อยละ 70)", [(60, False), (70, True)]),
    ("ผู้สูงอายุได้รับการดูแล ร้อยละ 91.3 (เกณฑ์≥80%)", [(91.3, False), (80, True)]),
    ("ผู้สูงอายุได้รับการดูแล 91.3% (เป้าหมาย ≥ 80)", [(91.3, False), (80, True)]),
    ("ครัวเรือนมีถังขยะเปียก ร้อยละ 88.4 ค่าเป้าหมาย 80", [(88.4, False), (80, True)]),
    ("ผู้พิการได้รับการเยี่ยม ร้อยละ 96.87 ยังไม่ถึง 100%", [(96.87, False), (100, True)]),
])
def test_a_figure_after_a_target_cue_is_the_target(text, found):
    assert figures(text) == found


@pytest.mark.parametrize("text", [
    "อ.เวียงป่าเป้า ครัวเรือนคัดแยกขยะ ร้อยละ 85",  # a place name, not a target word
    "ตามเป้าประสงค์ของแผน ครัวเรือนคัดแยกขยะ ร้อยละ 85",  # an aim
    "กลุ่มเป้าหมาย ผู้สูงอายุ ร้อยละ 85",  # a target group
])
def test_words_that_only_look_like_target_words_leave_a_result(text):
    assert figures(text) == [(85, False)]


def test_a_bare_figure_after_a_target_word_is_no_target_when_it_counts_or_dates():
    assert list(cue_targets("ร้อยละ 85 (เป้าหมาย 60 คน)")) == []
    assert list(cue_targets("ร้อยละ 85 (เป้าหมายปี 2568)")) == []
    assert [v for v, *_ in cue_targets("ร้อยละ 85 (เป้า 70)")] == [70]


def test_a_bare_cued_figure_far_from_any_percentage_is_not_read():
    assert figures("ทุกอำเภอตั้งเป้า 70 ไว้ในแผนปฏิบัติการประจำปีของคณะกรรมการ") == []


# --- a past year's result in an aside --------------------------------------------------------


def test_a_past_years_result_in_brackets_is_its_own_record():
    text = "หมู่บ้านมีการคัดแยกขยะต้นทาง ร้อยละ 70 (ปี 2567 ทำได้ร้อยละ 62.5)"
    figs = block_figures(text, True)  # a plan: bare figures are targets
    assert [(f.value, f.target) for f, _ in figs] == [(70, True), (62.5, False)]
    paired = pair_figures(figs, text, 2568)
    assert [(f.value, t) for f, t, _ in paired] == [(70, None), (62.5, None)]
    assert is_aside(text[paired[1][2]:paired[1][0].start])


def test_got_words_make_a_result_but_aim_words_do_not():
    assert is_target("ปี 2567 ทำได้", default=True) is False
    assert is_target("ผู้สูงอายุได้รับการคัดกรองได้", default=True) is False
    assert is_target("ผู้สูงอายุต้องได้รับการคัดกรองให้ได้", default=True) is True


def test_figures_of_two_years_are_not_one_record_but_of_one_year_are():
    text = "ผลงานปี 2566 ร้อยละ 85 (เป้าหมายปี 2566 ร้อยละ 80)"
    assert [(f.value, t.value if t else None) for f, t, _ in pair_figures(block_figures(text, False), text, 2567)] \
        == [(85, 80)]


# --- indicators -----------------------------------------------------------------------------------


def test_latin_words_do_not_split_a_thai_phrase():
    assert phrases("ผู้สูงอายุ ได้รับการดูแลตาม care plan ภาพรวม") == [
        "ผู้สูงอายุ", "ได้รับการดูแลตาม care plan ภาพรวม"]
    words = indicator_words("LTC ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตาม care plan ")
    assert words == "LTC ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตาม care plan"


def test_a_long_thai_lead_in_is_still_cut():
    words = indicator_words("จากการดำเนินงานตลอดปีงบประมาณที่ผ่านมาของคณะกรรมการทุกระดับ "
                            "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตามแผน ")
    assert words == "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตามแผน"


def test_a_summary_with_only_counts_names_no_subject():
    assert names_no_subject("ผ่าน 3/")
    assert not names_no_subject("ผู้สูงอายุได้รับการคัดกรอง")


# --- on real files -----------------------------------------------------------------------------------


def test_a_note_under_a_table_gives_every_row_its_target(tmp_path):
    paragraphs = [
        "รายงานผลการดำเนินงาน คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ จังหวัดแพร่ ปีงบประมาณ 2566",
        "ตารางที่ 2 ร้อยละของหมู่บ้านที่จัดการขยะผ่านเกณฑ์ จำแนกรายอำเภอ ปีงบประมาณ 2566",
    ]
    rows = [
        ["อำเภอ", "หมู่บ้านทั้งหมด", "ผ่านเกณฑ์", "ร้อยละ"],
        ["เมืองแพร่", "10", "8", "80.00"],
        ["ร้องกวาง", "20", "12", "60.00"],
        ["รวม", "30", "20", "66.67"],
    ]
    after = ["หมายเหตุ เป้าหมาย ร้อยละ 70", "ปัญหาอุปสรรค การติดตามข้อมูลยังไม่ต่อเนื่อง"]
    outcomes = extract(parse(write_docx(tmp_path / "note.docx", paragraphs, rows, after=after))).outcomes
    assert sorted((o.value_pct, o.target_pct, o.year_be) for o in outcomes) == [
        (60, 70, 2566), (66.67, 70, 2566), (80, 70, 2566)]
    assert {o.indicator for o in outcomes} == {"ร้อยละของหมู่บ้านที่จัดการขยะผ่านเกณฑ์"}


def test_a_summary_line_gives_the_result_of_the_kpi_stated_above(tmp_path):
    paragraphs = [
        "แบบรายงานการตรวจราชการ จังหวัดน่าน ปีงบประมาณ พ.ศ. 2566",
        "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ (เป้าหมาย ร้อยละ 80)",
        "1. ผลการดำเนินงาน",
        "ทีมจังหวัดออกประเมินตามองค์ประกอบ UCCARE ครบทุกอำเภอ",
        "สรุป ผ่าน 12/15 อำเภอ = ร้อยละ 80",
    ]
    outcomes = extract(parse(write_docx(tmp_path / "summary.docx", paragraphs))).outcomes
    assert [(o.indicator, o.value_pct, o.target_pct) for o in outcomes] == [
        ("ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ", 80, 80)]


def test_a_caption_year_is_no_target_and_the_intro_sentence_target_applies(parsed):
    outcomes = extract(parsed("uttaradit-province-2567-progress.pdf")).outcomes
    tabled = [o for o in outcomes if o.evidence.table is not None]
    assert len(tabled) == 10  # nine districts and the total
    assert {o.target_pct for o in tabled} == {60}
    assert {o.indicator for o in tabled} == {"ร้อยละของตำบลที่มีการขับเคลื่อน พชต. ผ่านเกณฑ์"}
    assert not [o for o in outcomes if o.value_pct is None]  # the stated target joined the rows


def test_inspection_cues_and_summary_make_one_record_each(parsed):
    outcomes = extract(parsed("kamphaeng-phet-province-2568-inspection.pdf")).outcomes
    got = {(o.district, o.value_pct, o.target_pct) for o in outcomes}
    assert got == {(None, 60, 70), ("6203", 68, 70), (None, 91.3, 80)}
    summary = next(o for o in outcomes if o.value_pct == 60)
    assert summary.indicator.startswith("ร้อยละของอำเภอผ่านเกณฑ์")
    ltc = next(o for o in outcomes if o.value_pct == 91.3)
    assert ltc.indicator.startswith("LTC ผู้สูงอายุ") and "care plan" in ltc.indicator


@pytest.mark.parametrize("name", ["loei-dan-sai-2568-action-plan.docx", "loei-dan-sai-2568-action-plan.pdf"])
def test_a_plan_target_and_last_years_result_are_two_records(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    waste = [(o.value_pct, o.target_pct, o.year_be) for o in outcomes if o.indicator == "หมู่บ้านมีการคัดแยกขยะต้นทาง"]
    assert sorted(waste, key=str) == sorted([(None, 70, 2568), (62.5, None, 2567)], key=str)


@pytest.mark.parametrize("name", ["sukhothai-si-samrong-2567-progress.docx", "sukhothai-si-samrong-2567-progress.pdf"])
def test_a_note_naming_one_rows_subject_is_that_rows_target_only(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    tabled = {o.value_pct: o.target_pct for o in outcomes if o.evidence.table is not None}
    assert tabled == {95.51: None, 73: 80, 84.9: None}


@pytest.mark.parametrize("name", ["amnat-charoen-province-2565-inspection.docx", "amnat-charoen-province-2565-inspection.pdf"])
def test_a_percent_column_is_named_by_the_count_column_before_it(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    tabled = {o.indicator for o in outcomes if o.evidence.table is not None}
    assert tabled == {"พชต. มีแผนสอดคล้องกับประเด็น พชอ."}


def test_a_summary_result_is_named_by_the_kpi_line_without_a_target(parsed):
    outcomes = extract(parsed("sakon-nakhon-province-2566-inspection.pdf")).outcomes
    summary = next(o for o in outcomes if o.value_pct == 83.33)
    assert summary.indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"
