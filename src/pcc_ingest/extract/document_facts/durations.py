"""The dates under "ระยะเวลา…" labels: a stated duration, in prose or a form's cell."""

from __future__ import annotations

import re
from itertools import pairwise

from pcc_ingest.extract.document_facts.found import Found, Period, fact_rules
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import strip_list_marker


def labelled_durations(doc: Document) -> list[Found[Period]]:
    """Every "ระยะเวลา…" label's dates, in document order (its own block or the next; not in tables).

    One duration, however often repeated, is the document's period.  A plan
    that gives each of its projects a duration ("ระยะเวลาดำเนินการ ธันวาคม
    2567 – กันยายน 2568" under one, "ตุลาคม 2567 – …" under another) states
    none of its own.
    """
    label = re.compile(fact_rules()["period"]["duration_label"])
    inline_label = re.compile(fact_rules()["period"]["duration_label"] + fact_rules()["period"]["inline_label_trail"])
    prose = [b for b in doc.body() if b.kind != "table_cell"]
    out: list[Found[Period]] = []
    pairs = [*zip(prose, [*prose[1:], None]), *_label_cells(doc)]
    for block, after in sorted(pairs, key=lambda p: p[0].order):
        m = label.match(strip_list_marker(block.text))
        if m is not None:
            offset = len(block.text) - len(strip_list_marker(block.text)) + m.end()
        elif glued := inline_label.search(block.text):
            offset = glued.end()
        else:
            continue
        for holder, start in ((block, offset), (after, 0)):
            dates = find_dates(holder.text[start:]) if holder is not None else []
            if holder is not None and dates:
                d = dates[0]
                period = (d.start.first_day(), d.end.last_day())
                out.append(Found(period, holder, start + d.span[0], start + d.span[1]))
                break
    return out


def _label_cells(doc: Document) -> list[tuple[Block, Block]]:
    """Each table cell that holds only a duration label, with the next cell of
    its row: a project form's "ระยะเวลาดำเนินการ" | "1 ธันวาคม 2565 – 31
    สิงหาคม 2566".  The value cell must hold dates, so a plan table's
    "ระยะเวลา" header (beside another header) gives none."""
    rules = fact_rules()["period"]
    label = re.compile(rules["duration_label"] + rules["label_cell_trail"])
    cells = [b for b in doc.body() if b.kind == "table_cell"]
    return [(cell, after) for cell, after in pairwise(cells)
            if (cell.table, cell.row) == (after.table, after.row)
            and label.match(strip_list_marker(cell.text)) and find_dates(after.text)]

