"""Round 27 (b): a table's title target set for a year later than its
columns ("ค่าเป้าหมายปี 2568" over 2566 | 2567) gives its figures none.  A
label spanning year columns gives them its target and names their measure.
Two objectives' lead-in "เพื่อให้" is no shared subject.  Bare targets of
one figure in two tables are one when one's words restate the other's; in a
table and running text, only when their words share a subject.  After a
closed bracket and "และ"/"โดย" the figure's own subject begins, when those
words name a subject and a predicate.  "เพิ่มจาก" compares like
"เพิ่มขึ้นจาก".  A change's size that is the gap between the result before it and the compared
year's figure (percentage points) is no outcome.  Strings first, then real
corpus files of set 27."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.figure_years import is_compared
from pcc_ingest.extract.outcomes.merging import merge, same_subject
from pcc_ingest.extract.outcomes.point_changes import drop_point_changes
from pcc_ingest.extract.outcomes.table_years import target_year
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

SI_CHIANG_MAI = "nong-khai-si-chiang-mai-2568-action-plan"
KAPONG = "phang-nga-kapong-2566-project"
ROI_ET = "roi-et-province-2567-inspection"


def _record(indicator: str, value: float | None, target: float | None, year: int,
            table: int | None = None, block: int = 1, start: int = 0) -> OutcomeRecord:
    ev = Evidence(block=block, start=start, end=start + 5, text="ร้อยละ", table=table, row=0 if table is not None else None)
    return OutcomeRecord(indicator=indicator, district="4307", value_pct=value, target_pct=target,
                         year_be=year, evidence=ev)


def test_a_target_names_the_year_it_is_set_for() -> None:
    assert target_year("ตารางที่ 1 ... (ค่าเป้าหมายปี 2568 ร้อยละ 75 ทุกตำบล)") == 2568
    assert target_year("(ค่าเป้าหมาย ร้อยละ 60)") is None


def test_an_objectives_lead_in_is_no_shared_subject() -> None:
    care = "เพื่อให้ผู้สูงอายุที่มีภาวะพึ่งพิงและผู้ป่วยติดเตียงได้รับการดูแลตามแผนการดูแลรายบุคคล (Care Plan)"
    drugs = "เพื่อให้ผู้ใช้ยาเสพติดที่ผ่านการบำบัดในชุมชน (CBTx) ได้รับการติดตามต่อเนื่อง"
    assert not same_subject(care, drugs)


def test_two_tables_bare_targets_of_one_subject_are_one() -> None:
    issue = _record("ร้อยละของหมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) น้อยกว่า 10", None, 80, 2568, table=0)
    heading = _record("หมู่บ้านค่า HI < 10", None, 80, 2568, table=2, block=5)
    other = _record("ร้อยละของโรงเรียนผ่านเกณฑ์อาหารปลอดภัย", None, 80, 2568, table=3, block=9)
    assert merge([issue, heading, other]) == [issue, other]


def test_a_bare_target_in_running_text_of_another_subject_stays_beside_a_tables() -> None:
    issue = _record("ร้อยละของครัวเรือนที่มีการคัดแยกขยะต้นทาง", None, 75, 2568, table=0)
    plan = _record("พชต. ผ่านเกณฑ์", None, 75, 2568, block=7)
    assert merge([issue, plan]) == [issue, plan]


@pytest.mark.parametrize("clause", [
    "พชอ.ศรีเชียงใหม่ผ่านเกณฑ์การประเมิน (ระดับ 3 ขึ้นไปทุกองค์ประกอบ UCCARE) และ พชต. ผ่านเกณฑ์ไม่น้อยกว่า",
    "พชอ. ที่มีคุณภาพ (ระดับ 3 ขึ้นไปทุกองค์ประกอบ) โดย พชต. ผ่านเกณฑ์",
])
def test_a_conjunction_after_a_closed_bracket_opens_the_figures_subject(clause: str) -> None:
    assert indicator_words(clause) == "พชต. ผ่านเกณฑ์"


@pytest.mark.parametrize("clause", [
    "ผู้สูงอายุและผู้ป่วยติดเตียงได้รับการดูแล",
    "ผู้สูงอายุได้รับการดูแลตามแผน (Care Plan) โดย Care Giver",
])
def test_words_after_a_conjunction_naming_no_clause_of_their_own_stay(clause: str) -> None:
    assert indicator_words(clause) == clause


def test_a_short_increase_word_compares_with_the_year_after_it() -> None:
    assert is_compared("ครัวเรือนคัดแยกขยะ ร้อยละ 78.50 เพิ่มจากปี 2566 (")


def test_a_change_in_percentage_points_is_no_outcome() -> None:
    text = "ในปี 2566 ได้รับการดูแล 59 คน จาก 64 คน คิดเป็นร้อยละ 92.19 ผ่านเป้าหมาย เพิ่มขึ้นจากปี 2565 ร้อยละ 6.48"
    doc = Document(path="x", sha256="0", format="docx", blocks=[
        Block(kind="paragraph", raw_text="", text="", order=0, start=0, end=0),
        Block(kind="paragraph", raw_text=text, text=text, order=1, start=0, end=len(text))])
    result = _record("ได้รับการดูแล ปี 2566", 92.19, None, 2566, start=text.index("ร้อยละ 92"))
    gap = _record("ผ่านเป้าหมาย เพิ่มขึ้นจากปี 2565", None, 6.48, 2566, start=text.index("ร้อยละ 6"))
    earlier = _record("ได้รับการดูแล", 85.71, None, 2565, table=0)
    assert drop_point_changes(doc, [result, gap], [earlier]) == [result]
    assert drop_point_changes(doc, [result, gap], []) == [result, gap]  # no compared figure: a change of its own


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_plans_title_target_for_a_later_year_and_its_success_indicator(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(SI_CHIANG_MAI + suffix)).outcomes}
    by_figure = {(v, t, y) for _, v, t, y in got}
    assert (70.05, None, 2567) in by_figure and (66.52, None, 2567) in by_figure
    assert not any(t == 75 and v is not None for v, t, _ in by_figure)
    assert ("พชต. ผ่านเกณฑ์", None, 75.0, 2568) in got
    assert sum(1 for v, t, _ in by_figure if v is None and t in (80, 95)) == 2  # the plan's headings add none


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_group_label_over_years_gives_its_target_and_name_in_a_real_report(parsed, suffix) -> None:
    outcomes = extract(parsed(KAPONG + suffix)).outcomes
    got = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes}
    assert {(94.44, 90.0, 2566), (92.19, 90.0, 2566), (78.57, None, 2564)} <= got
    assert not any(o.target_pct == 6.48 or o.value_pct == 6.48 for o in outcomes)
    named = [o.indicator.replace(" ", "") for o in outcomes if o.value_pct == 94.44]
    assert named and named[0].startswith("ร้อยละผู้ป่วยติดเตียงได้รับการดูแลตามCarePlan")


def test_a_compared_figure_in_a_result_cell_takes_its_subject(parsed) -> None:
    named = [o.indicator for o in extract(parsed(ROI_ET + ".docx")).outcomes if o.value_pct == 64.2]
    assert named and named[0].startswith("ครัวเรือนคัดแยกขยะ")
