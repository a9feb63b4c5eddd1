"""Round 39 (outcomes C): a sentence over a table that labels its target
"เป้าหมาย:" names the measure after the label and before the bound.  A change
told from this period's count to the earlier one's, in any unit word, leaves
only what changed and which way, the change said again after "คิดเป็น" or
"หรือ" kept once.  A target the text says the result is better than
("ดีกว่าเป้าหมาย") is that result's target.  A share of the land that is one
kind of land, the elderly's share that makes an aged society, and a group's
share of a population counted beside its households are background, no
results.  Strings first, then real corpus files of set 39."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.figure_pairs import pair_figures
from pcc_ingest.extract.outcomes.figures import block_figures, percentages
from pcc_ingest.extract.outcomes.table_titles import measured_clause
from pcc_ingest.extract.run import extract

BAN_LAT = "phetchaburi-ban-lat-2567-project"
BAN_THI = "lamphun-ban-thi-2568-progress.pdf"


def test_a_target_label_before_a_colon_opens_the_measured_clause() -> None:
    text = ("เป้าหมาย: ครัวเรือนในตำบลนำร่องคัดแยกขยะต้นทาง ไม่น้อยกว่าร้อยละ 80 "
            "ผลการดำเนินงานรายตำบลเปรียบเทียบกับข้อมูลพื้นฐาน 2 ปีย้อนหลัง")
    assert measured_clause(text) == "ครัวเรือนในตำบลนำร่องคัดแยกขยะต้นทาง"


@pytest.mark.parametrize(("clause", "name"), [
    ("จุดความร้อนสะสม 14 จุด ลดลงจาก 31 จุด หรือลดลง", "จุดความร้อนสะสม ลดลง"),
    ("จำนวนวันที่ค่าฝุ่นเกินมาตรฐาน มี 38 วัน ลดลงจาก 52 วันในช่วงเดียวกันของปี 2567 คิดเป็นลดลง",
     "จำนวนวันที่ค่าฝุ่นเกินมาตรฐาน ลดลง"),
])
def test_a_change_between_two_counts_of_any_unit_leaves_what_changed(clause: str, name: str) -> None:
    assert indicator_words(clause) == name


def test_a_target_the_result_is_said_to_be_better_than_is_its_target() -> None:
    text = "จุดความร้อนสะสมลดลงร้อยละ 54.84 ซึ่งดีกว่าเป้าหมายที่ตั้งไว้ให้ลดลงไม่น้อยกว่าร้อยละ 30"
    pairs = pair_figures(block_figures(text, False, 2568), text, 2568)
    assert [(v.value, t.value if t else None) for v, t, _ in pairs] == [(54.84, 30.0)]


@pytest.mark.parametrize("text", [
    "พื้นที่ร้อยละ 60 เป็นป่าและสวนลำไย",
    "เป็นสังคมสูงวัยโดยสมบูรณ์ (ผู้สูงอายุ 20.22%)",
    "ประชากร 17,436 คน ครัวเรือน 6,000 หลังคาเรือน ผู้สูงอายุ 3,526 คน (20.22%)",
])
def test_shares_of_land_or_population_are_background(text: str) -> None:
    assert list(percentages(text)) == []


def test_a_coverage_of_the_area_is_still_a_figure() -> None:
    assert [v for v, _, _ in percentages("ครอบคลุมพื้นที่ร้อยละ 100")] == [100.0]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_tambon_table_under_a_labelled_target_sentence_is_named_by_its_measure(parsed, suffix: str) -> None:
    outcomes = extract(parsed(BAN_LAT + suffix)).outcomes
    tabled = [o for o in outcomes if o.value_pct in (85.06, 61.2, 81.62)]
    assert {(o.value_pct, o.target_pct, o.year_be) for o in tabled} == {
        (85.06, 80.0, 2567), (61.2, None, 2565), (81.62, 80.0, 2567)}
    assert all(not o.indicator.startswith("เป้าหมาย") and "คัดแยกขยะ" in o.indicator for o in tabled)


def test_a_progress_reports_findings_give_a_change_with_its_target_and_no_shares(parsed) -> None:
    outcomes = extract(parsed(BAN_THI)).outcomes
    figures = {(o.value_pct, o.target_pct) for o in outcomes}
    assert (54.84, 30.0) in figures and (None, 30.0) not in figures
    assert not {60.0, 20.22} & {o.value_pct for o in outcomes}
