"""Round 42 budget rules (budget b).

A plain "รวม" row of a summary by funding source (funders in rows) is the document's grand
total, over an amount a sentence approves for part of the year (written out in words too).
The minutes of set 42 take the year's budget, the รวม of their table by funder, as the total.
"""

from __future__ import annotations

import pytest
from blocks import cell_block, doc_of, text_block

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.run import extract

APPROVAL = ("มติที่ประชุม อนุมัติแผนกิจกรรมทั้ง 3 กิจกรรม งบประมาณ 60,000 บาท (หกหมื่นบาทถ้วน) "
            "โดยให้รายงานผลทุกเดือน")


def _with_table(rows: list[list[str]]) -> list:
    return [cell_block(text, r, c) for r, cells in enumerate(rows) for c, text in enumerate(cells)]


def test_a_source_summarys_plain_total_row_is_the_grand_total_over_an_approved_part():
    doc = doc_of([*_with_table([["แหล่งงบประมาณ", "จำนวนเงิน (บาท)", "ร้อยละ"],
                                ["กองทุนหลักประกันสุขภาพ", "70,000.00", "70.00"],
                                ["สสจ.ตัวอย่าง", "30,000.00", "30.00"],
                                ["รวม", "100,000.00", "100.00"]]),
                  text_block(APPROVAL)])
    _, total = extract_budget(doc, None)
    assert total is not None and total.amount_baht == 100000.0


# --- corpus files of set 42 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["nakhon-pathom-don-tum-2566-minutes.docx",
                                  "nakhon-pathom-don-tum-2566-minutes.pdf"])
def test_minutes_take_the_years_budget_by_funder_as_the_total_on_a_real_file(parsed, name):
    total = extract(parsed(name)).budget_total
    assert total is not None and total.amount_baht == 150000.0
