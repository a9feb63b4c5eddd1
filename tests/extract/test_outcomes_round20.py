"""Round 20 outcome rules: a scoring table is no target column, a lead-in
naming targets makes its listed figures targets, and a long numbered
lead-in's year dates the items under it."""

from collections.abc import Callable

from pcc_ingest.extract.outcomes.figures import block_figures, target_list_start
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Document


def test_target_lead_in_list_makes_listed_figures_targets() -> None:
    text = "ค่าเป้าหมายของปี 2568 ได้แก่ ผู้สวมหมวกนิรภัย ร้อยละ 65 และผู้สูงอายุได้รับการดูแล ร้อยละ 95"
    assert [f.target for f, _ in block_figures(text, False, 2568)] == [True, True]


def test_result_lead_in_list_stays_results() -> None:
    text = "ผลการดำเนินงานเทียบกับเป้าหมาย ดังนี้ ผู้สวมหมวกนิรภัย ร้อยละ 54.2"
    assert target_list_start(text) == float("inf")
    assert [f.target for f, _ in block_figures(text, False, 2567)] == [False]


def test_passed_list_is_no_target_list() -> None:
    assert target_list_start("อำเภอที่ผ่านเกณฑ์ ได้แก่ อำเภอ ก ร้อยละ 80") == float("inf")


def test_minutes_read_scores_targets_and_year_of_last_results(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("saraburi-kaeng-khoi-2568-minutes.docx")).outcomes
    assert all(o.target_pct is None or o.target_pct >= 60 for o in outcomes)  # no 4.8 scores
    helmet = {(o.year_be, o.value_pct, o.target_pct) for o in outcomes if "หมวกนิรภัย" in o.indicator}
    assert (2568, None, 65.0) in helmet
    assert (2567, 54.2, 60.0) in helmet
