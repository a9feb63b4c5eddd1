"""Undo what a page break does to a PDF table that runs on to the next page.

The heading rows repeated on the new page (``pdf_repeated_heading``) are
marked ``header``, and the
first row there is joined back to the row above when it is that row's rest;
words a break cut from a merged cell go back to it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pcc_ingest.parsers.pdf_layout import PageLayout
from pcc_ingest.parsers.pdf_repeated_heading import repeated_heading_cells
from pcc_ingest.parsers.pdf_row_numbers import (
    COLUMN_TOLERANCE,
    cell_spanning,
    row_number,
    unnumbered_between,
)
from pcc_ingest.parsers.pdf_tables import Cell, Table
from pcc_ingest.parsers.pdf_text import join_lines

# A cell that is only a figure ("4", "71.43", "1,250", "๘๐"): a figure does not
# wrap, so a figure above and one below a page break are two rows, not one.
FIGURE_ONLY_RE = re.compile(r"^[-(]?[0-9๐-๙][0-9๐-๙,]*(?:\.[0-9๐-๙]+)?%?\)?$")
# Text cut mid-phrase by a page break inside a vertically merged cell: the
# words above end on a joining word ("...ทบทวนแผนและ") or the words below
# open with the repetition mark, which never starts a phrase ("ๆ ละ 8 คน").
PHRASE_CUT_END_RE = re.compile(r"(?:และ|หรือ|กับ|แก่|ของ|ใน|ที่|เพื่อ|โดย|ให้|ต่อ|จาก|,)\s*$")
CONTINUATION_START_RE = re.compile(r"^\s*ๆ")
# A cell's rest below a break that opens on a joining word ("และผู้ป่วยติดเตียง"
# under "2) การดูแลกลุ่มเปราะบาง ผู้พิการ"): no numbered row starts that way.
JOINING_START_RE = re.compile(r"^\s*(?:และ|หรือ|ๆ)")


def join_tables_across_pages(pages: list[PageLayout], pitch: dict[int, float]) -> None:
    """Undo what a page break does to a table that runs on to the next page.

    A table continues when it is the last thing on one page and the first on
    the next, and repeats the heading row(s) or has the same column edges.
    Word and LibreOffice repeat the heading rows on the new page (page
    furniture like a running header, so they are marked ``header``), and by
    default let a row break across the page.  The first row on the new page
    is taken for the rest of the row above only when the table above
    reaches within a line of the lowest body position seen in the document
    (its page was full: the next line of the cell did not fit) and the rows
    show the cut (``_append_row_fragment``): merging two
    real rows would be a worse mistake than leaving one row broken.
    """
    floor = _body_floor(pages)
    line = max(pitch.values(), default=20.0)
    for prev, page in pairwise(pages):
        before, after = prev.body_items(), page.body_items()
        if not before or not after or not isinstance(before[-1], Table) or not isinstance(after[0], Table):
            continue
        upper, lower = before[-1], after[0]
        heading = repeated_heading_cells(upper, lower)
        for cell in heading:
            cell.kind = "header"
        if not (heading or _same_columns(upper, lower)) or upper.bottom > floor + line:
            continue
        if _append_row_fragment(upper, lower) and not lower.cells:
            page.tables.remove(lower)


def _body_floor(pages: list[PageLayout]) -> float:
    """The lowest y any body line or table reaches on any page: the bottom of the text area."""
    lows = [t.bottom for p in pages for t in p.tables]
    lows += [ln.baseline - 0.3 * ln.size for p in pages for ln in p.lines if ln.kind == "paragraph"]
    return min(lows, default=0.0)


def _same_columns(a: Table, b: Table) -> bool:
    return len(a.col_lefts) == len(b.col_lefts) and all(
        abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.col_lefts, b.col_lefts)
    )


def _append_row_fragment(upper: Table, lower: Table) -> bool:
    """Move the first body row of ``lower`` into the last row of ``upper`` if it is that row's rest.

    It is when the short first cell ended above (empty below, filled above),
    when the row above was cut in every column (it has a cell of several
    lines and every cell that goes on below runs down to the row's last
    line, ``_same_last_line``), or when
    the row below has no number of its own between numbered rows
    (``pdf_row_numbers.unnumbered_between``), and never when a column holds a figure on
    both sides.  Cells pair up by their left and right edges.
    Returns False (and moves nothing) otherwise or when some filled cell has
    no partner above.  An empty cell may have none: the column's cell above
    is merged down from an earlier row (a source written once for two
    activities), and an empty cell carries nothing to move.
    """
    body_rows = sorted({c.row for c in lower.cells if c.kind == "table_cell"})
    if not body_rows:
        return False
    row = sorted((c for c in lower.cells if c.row == body_rows[0] and c.kind == "table_cell"), key=lambda c: c.box[0])
    above = [c for c in upper.cells if c.row == upper.rows()[-1]]
    matched = {id(c): cell_spanning(above, c) for c in row}
    if any(matched[id(c)] is None and c.text for c in row) or any(c.nested for c in row):
        return False
    fragment = [c for c in row if matched[id(c)] is not None]
    partner = {id(c): matched[id(c)] for c in fragment}
    if not fragment:
        return False
    if any(FIGURE_ONLY_RE.match(c.text) and FIGURE_ONLY_RE.match(partner[id(c)].text) for c in fragment):
        _rejoin_cut_phrases(fragment, partner)  # figures on both sides: a row of its own
        return False
    lead = fragment[0]
    first_cell_ended = not lead.text and bool(partner[id(lead)].text)
    filled = [c.baselines() for c in above if c.text]
    cut_everywhere = (
        any(len(b) > 1 for b in filled)
        and _same_last_line([partner[id(c)] for c in fragment if c.text], above)
        and all(partner[id(c)].text for c in fragment if c.text)
    )
    if not (
        first_cell_ended
        or cut_everywhere
        or unnumbered_between(upper, lower, body_rows)
        or _number_runs_on(fragment, partner, filled)
    ):
        return False
    for cell in row:
        target = matched[id(cell)]
        if cell.text and target is not None:
            target.text = join_lines([target.text, cell.text])
        lower.cells.remove(cell)
    return True


def _same_last_line(cut: list[Cell], row: list[Cell]) -> bool:
    """Whether every cell in ``cut`` runs down to the row's last line, within half a text size.

    The cells that go on below the break were all cut at the foot of the
    page; a cell that ends a line higher and goes on below is a row of its
    own, while a cell of the row kept whole (a figure) may end anywhere.
    A cell set in another size or spacing (a numbered activity) sits a few
    points off its neighbours' lines, a line higher is a whole pitch.
    """
    lasts = [(c.baselines()[-1], max(p.size for p in c.pieces)) for c in row if c.text and c.pieces]
    if not cut or not lasts:
        return False
    lowest = min(b for b, _ in lasts)
    tolerance = 0.5 * min(size for _, size in lasts)
    return all(c.pieces and c.baselines()[-1] - lowest <= tolerance for c in cut)


def _number_runs_on(fragment: list[Cell], partner: dict[int, Cell], filled: list[list[float]]) -> bool:
    """Whether the row below goes on the numbered cells above without numbers of its own.

    A row of its own numbers itself again in the columns where the row above
    did ("๕.๑" then "๕.๒"), so the row below must carry no number in any of
    them and show that the page cut the row: text in two numbered columns
    (one unnumbered column may be a row's wrapped label, two are not), or in
    one, text that opens on a joining word or goes on a phrase above that
    ends on one, or a cell above that ran to several lines down to the row's
    last line (the page ended inside it, while a cell of its row that ended
    earlier may have been kept whole); or, in any column, a bracket opened
    above and closed below (``_bracket_cut``).
    """
    numbered = [c for c in fragment if row_number(partner[id(c)].text)]
    if not numbered or any(row_number(c.text) for c in numbered):
        return False
    if sum(bool(c.text) for c in numbered) >= 2 or any(_bracket_cut(partner[id(c)].text, c.text) for c in fragment):
        return True
    last = round(min(b[-1] for b in filled)) if filled else None
    for cell in numbered:
        above = partner[id(cell)]
        lines = above.baselines()
        if cell.text and (
            _phrase_cut(above.text, cell.text, JOINING_START_RE) or (len(lines) > 1 and round(lines[-1]) == last)
        ):
            return True
    return False


def _phrase_cut(above: str, below: str, start_re: re.Pattern[str]) -> bool:
    """Whether the page cut one phrase: ``above`` ends on a joining word or ``below`` opens as ``start_re`` says a rest does."""
    return bool(start_re.match(below) or PHRASE_CUT_END_RE.search(above))


def _bracket_cut(above: str, below: str) -> bool:
    """Whether a bracket left open above is closed below: one phrase cut by the page.

    "(งบ" above and "สนับสนุน พชอ.)" below; a list label below ("๒) ค่า...")
    closes nothing.
    """
    if not below or row_number(below) or "(" not in above or above.rfind("(") < above.rfind(")"):
        return False
    close = below.find(")")
    return close > 0 and "(" not in below[:close]


def _rejoin_cut_phrases(fragment: list[Cell], partner: dict[int, Cell]) -> None:
    """Give back to the cell above the words a page break cut from it mid-phrase.

    The row below is a row of its own, but a cell merged down over it and the
    row above (an activity's name over its budget lines) was cut by the page:
    its words below go on the phrase above.
    """
    for cell in fragment:
        above = partner[id(cell)]
        if cell.text and above.text and _phrase_cut(above.text, cell.text, CONTINUATION_START_RE):
            above.text = join_lines([above.text, cell.text])
            cell.text = ""
