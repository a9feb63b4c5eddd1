"""A table of UCCARE levels: one row per component ("U: Unity District Health
Team | 3 | 4 | คำสั่งแต่งตั้ง..."), its cells the levels and the evidence for
them ("มอบเกียรติบัตรหมู่บ้าน...", "อบรม อสม.นักจัดการสุขภาพ 120 คน").  What
the evidence cites was done and told elsewhere, and the headers name the
assessment the levels come from: none of it is an activity of its own."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.tables import Table
from pcc_ingest.extract.uccare import component_of


def level_grids(tables: list[Table]) -> set[int]:
    """Orders of the cells of the tables whose first column names at least
    ``[levels] components`` UCCARE components, one a row."""
    least = activity_rules()["levels"]["components"]
    out: set[int] = set()
    for t in tables:
        named = {component_of(b.text) for (_, col), b in t.grid.cells.items() if col == 0 and b.text.strip()}
        if len(named - {None}) >= least:
            out |= {b.order for b in t.grid.cells.values()}
    return out
