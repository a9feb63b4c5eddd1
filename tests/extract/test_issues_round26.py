"""Round 26 issue rules, on small block lists, then on set-26 corpus files against their gold.

In a plan table whose issue column labels its groups as numbered issues ("ประเด็นที่ 1 …"), an unnumbered group beside them (the committee's running) names no issue.
An issue column with no numbered label still reads its unnumbered names as issues.
"""

from __future__ import annotations

import pytest
from blocks import cell_block, doc_of
from issue_pairs import squashed

from pcc_ingest.extract.issues.items import item_text
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block


def _plan_table(groups: list[str]) -> list[Block]:
    cells = [cell_block("ประเด็น", 0, 0, 0), cell_block("กิจกรรมหลัก", 0, 1, 0), cell_block("งบประมาณ", 0, 2, 0)]
    for row, group in enumerate(groups, start=1):
        cells += [cell_block(group, row, 0, 0), cell_block("1. ประชุมชี้แจง", row, 1, 0), cell_block("2,100", row, 2, 0)]
    return cells


# --- rules on blocks ------------------------------------------------------------------------


def test_an_unnumbered_group_beside_numbered_issues_in_a_plan_table_names_no_issue():
    table = _plan_table([
        "ด้านการพัฒนาระบบสนับสนุนการดำเนินงาน",
        "ประเด็นที่ 1 การดูแลผู้สูงอายุและผู้พิการ",
        "ประเด็นที่ 2 การจัดการขยะในชุมชน",
    ])
    found = table_items(doc_of(table), "50", "5001")
    assert [item_text(i) for i in found] == ["การดูแลผู้สูงอายุและผู้พิการ", "การจัดการขยะในชุมชน"]


def test_an_issue_column_without_numbered_labels_still_reads_its_names():
    table = _plan_table(["การดูแลผู้สูงอายุและผู้พิการ", "การจัดการขยะในชุมชน"])
    found = table_items(doc_of(table), "50", "5001")
    assert [item_text(i) for i in found] == ["การดูแลผู้สูงอายุและผู้พิการ", "การจัดการขยะในชุมชน"]


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # a plan table: "ด้านการบริหารจัดการกลไก พชอ." above "ประเด็นที่ ๑ …", "ประเด็นที่ ๒ …", "ประเด็นที่ ๓ …"
    "phayao-chun-2568-action-plan.docx",
    "phayao-chun-2568-action-plan.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((g["district"], g["text"]) for g in gold(name, "issues"))
