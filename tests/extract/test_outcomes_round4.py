"""Round 4 outcome rules: result columns that hold percentages (by the row's
unit or the label over them), a clause naming several districts, and one
figure in two tables.  Pure functions on strings first, then real files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes import alike, clause_district
from pcc_ingest.extract.run import extract


def test_a_clause_naming_one_district_is_that_districts():
    assert clause_district(["7701"]) == "7701"
    assert clause_district(["7701", "7701"]) == "7701"


def test_a_clause_listing_several_districts_is_of_them_all():
    assert clause_district(["7701", "7702", "7704"]) is None


def test_a_total_row_and_its_kpi_rows_read_alike():
    assert alike("(เป้าหมาย หมู่บ้านมีการคัดแยกขยะต้นทาง", "ร้อยละของหมู่บ้านที่มีการคัดแยกขยะต้นทาง")


def test_two_issues_sharing_only_an_opening_do_not_read_alike():
    assert not alike("ร้อยละของตำบลที่มีด่านชุมชนในช่วงเทศกาลปีใหม่และสงกรานต์",
                     "ร้อยละของตำบลที่มีชมรมผู้สูงอายุคุณภาพ")


def _records(doc):
    return {(o.district, o.value_pct, o.target_pct, o.year_be) for o in extract(doc).outcomes}


@pytest.mark.parametrize("name", [
    "chachoengsao-phanom-sarakham-2567-progress.docx",
    "chachoengsao-phanom-sarakham-2567-progress.pdf",
])
def test_a_unit_of_percent_makes_the_target_and_result_columns_percentages(parsed, name):
    found = _records(parsed(name))
    assert ("2406", 63.75, 60.0, 2567) in found  # helmet row, unit ร้อยละ
    assert ("2406", 87.5, 87.5, 2567) in found
    assert ("2406", None, 75.0, 2567) in found  # N/A result keeps its target


@pytest.mark.parametrize("name", [
    "chachoengsao-phanom-sarakham-2567-progress.docx",
    "chachoengsao-phanom-sarakham-2567-progress.pdf",
])
def test_rows_counted_in_other_units_give_no_outcome(parsed, name):
    found = _records(parsed(name))
    assert not any(v in (23.57, 0.98, 7.0) for _, v, _, _ in found)  # a rate, kg per person, points


def test_two_issue_tables_sharing_a_baseline_figure_keep_both(parsed):
    outcomes = extract(parsed("chachoengsao-phanom-sarakham-2567-progress.docx")).outcomes
    twins = [o for o in outcomes if o.value_pct == 62.5 and o.year_be == 2565]
    assert len({o.evidence.table for o in twins}) == 2


def test_a_kpi_label_over_target_and_result_columns_gives_each_district_both(parsed):
    found = _records(parsed("prachuap-khiri-khan-province-2566-inspection.pdf"))
    assert ("7701", 83.33, 80.0, 2566) in found
    assert ("7701", 94.12, 90.0, 2566) in found
    assert ("7704", 97.5, 95.0, 2566) in found  # the piece after the page break
    assert (None, 81.25, 80.0, 2566) in found  # the total row


def test_a_kpi_said_of_a_list_of_districts_is_the_provinces(parsed):
    found = _records(parsed("prachuap-khiri-khan-province-2566-inspection.pdf"))
    assert (None, 80.0, 75.0, 2566) in found
    assert not any(t == 75.0 and d is not None for d, _, t, _ in found)
