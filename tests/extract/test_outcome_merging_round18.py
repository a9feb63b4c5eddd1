"""Round 18: rows of a results table broken across PDF pages are rows of one
table when repeats are dropped, so two ตำบล that happen to share a figure on
either side of the page break both keep their record."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.outcomes import continued_tables
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
DET_UDOM = CORPUS / "ubon-ratchathani-det-udom-2567-progress.pdf"


def test_a_table_continued_on_the_next_page_maps_to_its_first_part():
    tables = read_tables(parse(DET_UDOM))
    roots = continued_tables(tables)
    continued = [t for t in tables if t.continues]
    assert continued
    assert all(roots[t.grid.table] < t.grid.table for t in continued)
    assert all(t.grid.table not in roots for t in tables if not t.continues)


def test_two_tambons_sharing_a_figure_across_the_page_break_both_keep_it():
    outcomes = extract(parse(DET_UDOM)).outcomes
    hi = [o for o in outcomes if "HI" in o.indicator and o.value_pct == 88.89]
    assert {o.evidence.table for o in hi} == {1, 2}
    assert any("แก้ง" in o.indicator for o in hi)
