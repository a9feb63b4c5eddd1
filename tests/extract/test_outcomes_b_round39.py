"""Round 39 (outcomes B): a bar in a count column's label followed by its
fraction spelt in brackets ("หมู่บ้าน HI < 10 (ผ่าน/ทั้งหมด)") says who the
count holds, no target, while a bar in a verdict column's label stays one.
Such a label names the percent column beside it by the words before the
bracket, without the bracket's words.  A clause naming only a year called
whole and how the figure came about ("ปี 2565 ทั้งปีทำได้ร้อยละ 71.20") goes
on with the subject of the figure before.  Strings first, then a real corpus
file of set 39."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import Figure
from pcc_ingest.extract.outcomes.running_text import figure_subject
from pcc_ingest.extract.run import extract

CHOM_PHRA = "surin-chom-phra-2566-minutes"


def test_a_bar_before_a_bracketed_fraction_is_no_target() -> None:
    bound = rule_re("table", "label_bound")
    assert bound.search("หมู่บ้าน HI < 10 (ผ่าน/ทั้งหมด)") is None
    assert bound.search("หมู่บ้าน HI<10 / ทั้งหมด") is None
    m = bound.search("ผลการประเมิน (HI < 10)")
    assert m is not None and float(m["t"]) == 10.0


def test_a_fraction_spelt_in_brackets_leaves_the_name_before_it() -> None:
    fraction = rule_re("table", "fraction_count")
    assert fraction.match("หมู่บ้าน HI < 10 (ผ่าน/ทั้งหมด)")["num"].strip() == "หมู่บ้าน HI < 10"
    assert fraction.match("หมู่บ้าน HI<10 / ทั้งหมด")["num"].strip() == "หมู่บ้าน HI<10"


def test_a_whole_year_and_a_verb_go_on_with_the_subject_before() -> None:
    assert rule_re("figure", "period_verb_only").match(") ปี 2565 ทั้งปีทำได้")
    assert rule_re("figure", "period_verb_only").match("ปี 2566 ทำได้")
    text = "ปี 2565 ทั้งปีทำได้ร้อยละ 71.20"
    start = text.index("ร้อยละ")
    subject, period = figure_subject(text, 0, Figure(71.2, start, len(text), False),
                                     "ผู้ใช้ยาเสพติดสมัครใจเข้ารับการบำบัด")
    assert subject == "ผู้ใช้ยาเสพติดสมัครใจเข้ารับการบำบัด"
    assert "ทั้งปี" not in period


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_minutes_results_table_by_tambon_and_a_whole_year_line(parsed, suffix) -> None:
    outcomes = extract(parsed(CHOM_PHRA + suffix)).outcomes
    hi = [o for o in outcomes if o.value_pct in (87.5, 76.92, 81.82)]
    assert len(hi) == 3
    assert all(o.target_pct is None and o.indicator.startswith("หมู่บ้าน HI < 10")
               and "ผ่าน" not in o.indicator for o in hi)
    assert not any(o.target_pct == 10.0 for o in outcomes)
    last_year = [o for o in outcomes if o.value_pct == 71.2]
    assert len(last_year) == 1 and last_year[0].year_be == 2565
    assert "ผู้ใช้ยาเสพติดสมัครใจเข้ารับการบำบัด" in last_year[0].indicator
