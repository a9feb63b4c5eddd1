"""Read the fiscal year a document reports on, its title's before its body's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pcc_ingest.extract.document_facts.found import Found, fact_rules
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_fiscal_year


def _fiscal_years(block: Block) -> Iterator[tuple[int, int, int]]:
    """Every fiscal-year phrase in a block: (year B.E., start, end)."""
    pos = 0
    while (found := find_fiscal_year(block.text[pos:])) is not None:
        year, (start, end) = found
        yield year, pos + start, pos + end
        pos += end


def _title_year(block: Block) -> Found[int] | None:
    for pattern in fact_rules()["year"]["title_patterns"]:
        m = re.search(pattern, block.text)
        if m:
            return Found(int(m["year"]), block, m.start(), m.end())
    return None


def is_plausible_year(year_be: int) -> bool:
    """Whether a report of this genre can be of fiscal year ``year_be``: not
    before the committees were set up (RECORDS-wide bound in doc_types.toml)."""
    return year_be >= fact_rules()["year"]["min_fiscal_year"]


def read_fiscal_year(doc: Document, title: list[Block]) -> Found[int] | None:
    """The title's fiscal year, else its plain year, else the body's most named one.

    A body also names earlier years (baselines, last year's results); on a
    tie the later year wins, since reports look back, not forward.  A year
    before the committees existed is a misread one (OCR reading "๒๕๖๗" as
    "2520") and is passed over.
    """
    for block in title:
        for year, start, end in _fiscal_years(block):
            if is_plausible_year(year):
                return Found(year, block, start, end)
    for block in title:
        if (found := _title_year(block)) and is_plausible_year(found.value):
            return found
    counts: Counter[int] = Counter()
    first: dict[int, Found[int]] = {}
    for block in doc.body():
        for year, start, end in _fiscal_years(block):
            if not is_plausible_year(year):
                continue
            counts[year] += 1
            first.setdefault(year, Found(year, block, start, end))
    if not counts:
        return None
    return first[max(counts, key=lambda y: (counts[y], y))]

