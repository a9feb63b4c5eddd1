"""Round 29 issue rules (a PDF table row cut by a page break), on small cells, then on set-29 corpus files against their gold.

A row at the top of a page that carries no number where the row above the break had one, and whose text shows the cut (it opens on a joining word, or the numbered cell above ran to several lines down to the row's last line), is the rest of that row.
A row below the break that numbers itself again in a column numbered above is a row of its own.
A row below without numbers but with no sign of a cut is left a row of its own.
An issue cell a page break cut in a PDF plan or inspection table is read whole, so the issue is named as in the .docx and a management row group is still no issue.
"""

from __future__ import annotations

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers.pdf_page_breaks import JOINING_START_RE, _number_runs_on
from pcc_ingest.parsers.pdf_tables import Cell, CellText


def _cell(col: int, text: str, baselines: tuple[float, ...] = (70.0,)) -> Cell:
    left = 100.0 * col
    pieces = [CellText(baseline=b, text=text, left=left, right=left + 90, size=14.0) for b in baselines]
    return Cell(box=(left, -90.0, left + 100.0, -60.0), row=0, col=col, pieces=pieces, text=text)


def _runs_on(above: list[Cell], below: list[Cell]) -> bool:
    partner = {id(b): a for a, b in zip(above, below)}
    filled = [c.baselines() for c in above if c.text]
    return _number_runs_on(below, partner, filled)


# --- rules on small cells -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "joins"), [("และผู้ป่วยติดเตียง", True), ("หรือผู้ดูแล", True),
                                             ("ๆ ละ 8 คน", True), ("การป้องกันอุบัติเหตุ", False)])
def test_a_cell_opening_on_a_joining_word_is_the_rest_of_a_cut_cell(text, joins):
    assert bool(JOINING_START_RE.match(text)) is joins


def test_an_unnumbered_rest_opening_on_a_joining_word_goes_back_to_the_numbered_row():
    above = [_cell(1, "2) การดูแลกลุ่มเปราะบาง ผู้พิการ"), _cell(2, "1. สำรวจกลุ่มเปราะบาง ธันวาคม 2567 – มกราคม")]
    below = [_cell(1, "และผู้ป่วยติดเตียง"), _cell(2, "2568 2. อบรม อสม.")]
    assert _runs_on(above, below)


def test_a_numbered_cell_filling_the_rows_last_line_goes_on_below_without_a_number():
    above = [_cell(0, "5. การบริหาร", (78.0, 63.0)), _cell(1, "5.1", (78.0,)), _cell(2, "กรรมการ 30 คน", (78.0, 63.0))]
    below = [_cell(0, "จัดการ พชอ."), _cell(1, ""), _cell(2, "")]
    assert _runs_on(above, below)


def test_a_row_numbering_itself_again_below_the_break_is_a_row_of_its_own():
    above = [_cell(0, "1. หมอกควัน", (78.0, 63.0)), _cell(1, "1.1", (78.0,))]
    below = [_cell(0, "และฝุ่นละออง"), _cell(1, "1.2")]
    assert not _runs_on(above, below)


def test_an_unnumbered_row_without_a_sign_of_a_cut_stays_a_row_of_its_own():
    above = [_cell(0, "1. การจัดการขยะมูลฝอย"), _cell(1, "ประชาชน 300 คน")]
    below = [_cell(0, "การป้องกันอุบัติเหตุทางถนน"), _cell(1, "นักเรียน 200 คน")]
    assert not _runs_on(above, below)


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # an inspection table's "2) การดูแลกลุ่มเปราะบาง ผู้พิการ" | page break | "และผู้ป่วยติดเตียง"
    "surat-thani-province-2568-inspection.pdf",
    # a plan's row group "๕. การบริหาร" | page break | "จัดการ พชอ." (a management group, no issue)
    "chiang-rai-wiang-pa-pao-2568-action-plan.pdf",
])
def test_issues_cut_by_a_page_break_match_their_gold(parsed, gold, name):
    result = extract(parsed(name))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(name, "issues"))
