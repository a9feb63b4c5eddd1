"""Read a PDF's text layer into blocks: prose paragraphs and table cells, page by page.

Each page's text comes from pdfium in drawing order (``pdf_text``), split into
lines and routed by position: lines inside a ruled table (found by
``pdf_tables``) go to the cell under each character, the rest are joined into
paragraphs by line geometry (same size and weight, usual pitch, the line
above reaching the right margin, indents), also across a page break.  Lines
repeated at the top or bottom of pages are marked ``header``/``footer``; a
table continued from the previous page has its repeated heading rows marked
``header`` and the rest of a row broken by the page joined back to its start.

``read_page`` and ``assemble_pages`` are the two halves of ``read_pdf``, so
``parsers.pdf_quality`` can check each page's text in between, read a page
again with a repair, or put another reader's blocks (OCR) in its place.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.parsers.pdf_row_numbers import (
    COLUMN_TOLERANCE,
    cell_spanning,
    unnumbered_between,
)
from pcc_ingest.parsers.pdf_side_by_side import side_by_side_rows
from pcc_ingest.parsers.pdf_tables import Cell, CellText, Table, find_tables
from pcc_ingest.parsers.pdf_text import (
    PAGE_NUMBER_RE,
    THAI_MARK_RE,
    Edit,
    Frame,
    Glyphs,
    Piece,
    TextLine,
    clean,
    join_lines,
    page_lines,
)

# A list label at the start of a line as Word and LibreOffice draw it: a bullet
# or dash, "1." "1)" "1.2" "1.2." "(1)" in ASCII or Thai digits, "ก)" "ก.".
# Clerks often type a dash or number flush against the text ("-ค่าอาหาร",
# "1)ให้"), so those labels may be followed by a Thai letter; "ก." may not
# (it would take "ก.พ.", an abbreviated month, for a label).
LIST_LABEL_RE = re.compile(
    r"^(?:(?:[-–•●○▪■◆❖➢✓·*]"
    r"|\(?[0-9๐-๙]{1,3}(?:[.)]|(?:\.[0-9๐-๙]{1,3})+\.?)"
    r"|\([0-9๐-๙]{1,3}\))(?=\s|[ก-ฮเ-ไ])"
    r"|\(?[ก-ฮ][.)](?=\s))"
)
# A range cut by the line end: a figure ends one line and the next opens with a
# dash and a figure ("เด็กอายุ 0" / "– 5 ปี"): the dash joins them, it is no bullet.
RANGE_GOES_ON_RE = re.compile(r"[0-9๐-๙]\s*\n[-–]\s*[0-9๐-๙]")
DIGITS_RE = re.compile(r"[0-9๐-๙]+")
# A cell that is only a figure ("4", "71.43", "1,250", "๘๐"): a figure does not
# wrap, so a figure above and one below a page break are two rows, not one.
FIGURE_ONLY_RE = re.compile(r"^[-(]?[0-9๐-๙][0-9๐-๙,]*(?:\.[0-9๐-๙]+)?%?\)?$")
# Text cut mid-phrase by a page break inside a vertically merged cell: the
# words above end on a joining word ("...ทบทวนแผนและ") or the words below
# open with the repetition mark, which never starts a phrase ("ๆ ละ 8 คน").
PHRASE_CUT_END_RE = re.compile(r"(?:และ|หรือ|กับ|แก่|ของ|ใน|ที่|เพื่อ|โดย|ให้|ต่อ|จาก|,)\s*$")
CONTINUATION_START_RE = re.compile(r"^\s*ๆ")

# Header/footer candidates: the first/last items of a page inside this share of its height.
MARGIN_ZONE = 0.15
HEADER_FOOTER_LINES = 2
# A paragraph's line ends "short" (so the paragraph ends) when it stops this
# share of the column width before the column's right edge.
SHORT_LINE_SHARE = 0.15
# A new line continues the paragraph when it follows at most this multiple of
# the document's usual line pitch for its font size.
PITCH_FACTOR = 1.3
# Pieces of text within this share of the font size of one baseline are one line.
SAME_BASELINE = 0.4
HEADING_SIZE_DELTA = 1.0  # points above the body size
HEADING_MAX_CHARS = 150
# An estimate of a text's width from its share of the line's letters may be
# off by this share of the rest of the line (digits are wider than Thai
# letters), and by this many font sizes.
CHUNK_WIDTH_MARGIN = 0.2
CHUNK_SLACK = 0.5
# A first line indented more than this many font sizes starts a block set in
# (signatures, quotations), whose lines all share that indent; a wrapped line
# may start at most the second figure right of its first line (a hanging label).
BLOCK_INDENT = 5.0
HANGING_INDENT = 3.0
# A centred line stands off the left edge by this many font sizes (equal room
# on the right); a clearly centred one (a title) by the second figure.
MIN_CENTRED_MARGIN = 0.25
CENTRED_MARGIN = 4.0


@dataclass
class _Line(TextLine):
    """One visual line of prose, as paragraph joining sees it."""

    kind: BlockKind = "paragraph"
    repaired: bool = False


@dataclass
class PageLayout:
    """One page as read: its prose lines and tables, or blocks another reader made for it."""

    number: int
    width: float  # of the page as displayed, in PDF units (y grows upwards from 0)
    top: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    text: str = ""  # pdfium's text of the page, line by line, before any joining (for the quality check)
    repaired: bool = False  # the text was repaired: every block of the page says so
    blocks: list[RawBlock] | None = None  # replaces lines and tables (OCR, a second reader)

    def mark_repaired(self) -> None:
        self.repaired = True
        for line in self.lines:
            line.repaired = True

    def items(self) -> list[_Line | Table]:
        """Lines and tables top to bottom; lines sharing a baseline left to right."""
        keyed: list[tuple[float, float, _Line | Table]] = [(-ln.baseline, ln.left, ln) for ln in self.lines]
        keyed += [(-t.top, t.left, t) for t in self.tables]
        keyed.sort(key=lambda k: (k[0], k[1]))
        out: list[_Line | Table] = []
        i = 0
        while i < len(keyed):
            j = i + 1
            item = keyed[i][2]
            if isinstance(item, _Line):
                while (
                    j < len(keyed)
                    and isinstance(keyed[j][2], _Line)
                    and keyed[j][0] - keyed[i][0] <= SAME_BASELINE * item.size
                ):
                    j += 1
            out.extend(k[2] for k in sorted(keyed[i:j], key=lambda k: k[1]))
            i = j
        return out

    def body_items(self) -> list[_Line | Table]:
        return [i for i in self.items() if not (isinstance(i, _Line) and i.kind != "paragraph")]

    def in_top_margin(self, line: _Line) -> bool:
        return line.baseline > (1 - MARGIN_ZONE) * self.top

    def in_bottom_margin(self, line: _Line) -> bool:
        return line.baseline < MARGIN_ZONE * self.top


def read_pdf(path: Path) -> tuple[list[RawBlock], int]:
    """The blocks of a PDF's text layer in reading order, and its page count.

    Raises ``pypdfium2.PdfiumError`` for a file pdfium cannot open (``parsers.parse``
    turns it into ``DamagedFile`` or ``EncryptedFile``).
    """
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [read_page(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()
    return assemble_pages(pages), len(pages)


def assemble_pages(pages: list[PageLayout]) -> list[RawBlock]:
    """The blocks of the pages read, in reading order, with running lines marked and tables joined."""
    _mark_running_lines(pages)
    pitch = _usual_pitch(pages)
    _join_tables_across_pages(pages, pitch)
    return _assemble(pages, pitch)


# ------------------------------------------------------------------ one page


def read_page(pdf: pdfium.PdfDocument, index: int, fix: Callable[[str], list[Edit]] | None = None) -> PageLayout:
    """Page ``index`` (0-based) as lines and tables; ``fix`` edits its text before layout (see ``page_lines``)."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        frame = Frame.of(page)
        glyphs = Glyphs(textpage, frame)
        result = PageLayout(number=index + 1, width=frame.display_width, top=frame.display_height)
        pieces = page_lines(textpage, glyphs, fix)
        result.text = "\n".join(p.text for p in pieces)
        result.tables = find_tables(page, frame)
        prose = pieces
        if result.tables:
            finders = [_CellFinder(t) for t in result.tables]
            prose = [p for p in pieces if not _route_to_cells(glyphs, p, finders)]
            for table in result.tables:
                _settle_cell_text(table)
        result.lines, rows = side_by_side_rows(_merge_same_line(prose))
        for row in rows:
            _settle_cell_text(row)
        result.tables += rows
        return result
    finally:
        textpage.close()
        page.close()


def _edge_slot(edges: list[float], v: float) -> int:
    """Where ``v`` falls among sorted ``edges``: 2i on edge i, 2i+1 between edges i and i+1.

    A box from edge a to edge b holds exactly the values of slots 2a..2b, so
    every value of one slot lies in the same boxes.
    """
    i = bisect_left(edges, v)
    return 2 * i if i < len(edges) and edges[i] == v else 2 * i - 1


class _CellFinder:
    """``Table.cell_at`` by bisecting the table's cell edges instead of trying every cell.

    Points in the same column slot and row slot (see ``_edge_slot``) lie in
    the same cells, so the plain scan's answer for one of them is remembered
    for all; a nested table gets its own finder.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.xs = sorted({v for c in table.cells for v in (c.box[0], c.box[2])})
        self.ys = sorted({v for c in table.cells for v in (-c.box[1], -c.box[3])})
        self.holders: dict[tuple[int, int], Cell | None] = {}
        self.inner: dict[int, list[_CellFinder]] = {}

    def contains(self, x: float, y: float) -> bool:
        return self.table.contains(x, y)

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The innermost cell holding the point (a nested table's cell before its holder)."""
        slot = (_edge_slot(self.xs, x), _edge_slot(self.ys, y))
        if slot not in self.holders:
            self.holders[slot] = next((c for c in self.table.cells if c.holds(x, y)), None)
        cell = self.holders[slot]
        if cell is None or not cell.nested:
            return cell
        inner = self.inner.get(id(cell))
        if inner is None:
            inner = self.inner[id(cell)] = [_CellFinder(t) for t in cell.nested]
        return next((found for f in inner if (found := f.cell_at(x, y)) is not None), cell)


def _route_to_cells(glyphs: Glyphs, piece: Piece, tables: list[_CellFinder]) -> bool:
    """Send a line lying in a table to the cells under its characters; False if it is prose."""
    probe_y = piece.baseline + 0.2 * piece.size
    table = next((t for t in tables if t.contains(piece.left + 1, probe_y)), None)
    if table is None:
        return False
    runs: dict[int, tuple[Cell, list[str], list[float]]] = {}
    cell: Cell | None = None
    for ch, index in zip(piece.text, piece.chars):
        x, y = glyphs.origin(index)
        y += 0.2 * piece.size
        if cell is None or cell.nested or not cell.holds(x, y):  # most chars fall in the cell of the one before
            cell = table.cell_at(x, y) or cell  # a char on a ruling stays with the text before it
        if cell is not None:
            _, chars, xs = runs.setdefault(id(cell), (cell, [], []))
            chars.append(ch)
            xs.append(x)
    for target, chars, xs in runs.values():
        # an origin is a glyph's left edge: half a size more is about where the last glyph ends
        text = "".join(chars)
        target.pieces.append(CellText(piece.baseline, text, min(xs), max(xs) + 0.5 * piece.size, piece.size))
    return True


def _settle_cell_text(table: Table) -> None:
    """Each cell's text: runs on one baseline are one line; lines join as in a paragraph.

    A line that stops with room left in the cell for the next line's first
    word group ended a paragraph of the cell, so a space follows it even
    between Thai words.
    """
    for cell in table.cells:
        lines: list[CellText] = []
        for run in cell.pieces:
            if lines and abs(lines[-1].baseline - run.baseline) <= 1.0:
                last = lines[-1]
                lines[-1] = last._replace(text=last.text + run.text, right=max(last.right, run.right))
            else:
                lines.append(run)
        cell_right = cell.box[2]
        texts = [
            ln.text + " " if nxt is not None and cell_right - ln.right > first_chunk_width(nxt.text, nxt.right - nxt.left, nxt.size) else ln.text
            for ln, nxt in zip(lines, lines[1:] + [None])
        ]
        cell.text = join_lines(texts)
        for inner in cell.nested:
            _settle_cell_text(inner)


def _merge_same_line(pieces: list[Piece]) -> list[_Line]:
    """Prose lines: consecutive pieces on one baseline continuing rightwards are one line.

    pdfium starts a new line when a glyph's position jumps, which a Thai mark
    placed by its own offset can trigger mid-line.
    """
    lines: list[_Line] = []
    for p in pieces:
        prev = lines[-1] if lines else None
        size = max(p.size, prev.size if prev else 0.0, 1.0)
        if prev is not None and abs(prev.baseline - p.baseline) <= SAME_BASELINE * size and p.left >= prev.right - 0.5 * size:
            sep = " " if prev.trailing_space or p.left - prev.right > 0.25 * size else ""
            prev.text = prev.text + sep + p.text.strip()
            prev.right = max(prev.right, p.right)
            prev.trailing_space = p.trailing_space
        else:
            lines.append(
                _Line(
                    text=p.text.strip(), left=p.left, right=p.right, baseline=p.baseline, size=p.size,
                    bold=p.bold, trailing_space=p.trailing_space,
                )
            )
    return lines


# ------------------------------------------------------------------ across pages


def _mark_running_lines(pages: list[PageLayout]) -> None:
    """Mark page headers and footers: lines repeated in the top or bottom margin.

    A candidate is one of the first/last items of a page, a line inside the
    margin zone; it is a header/footer when the same text (digits ignored,
    so page numbers match) is a candidate on another page, or when it is
    only a page number.
    """
    candidates: list[tuple[_Line, str, BlockKind]] = []
    for page in pages:
        items = page.items()
        tops = [i for i in items[:HEADER_FOOTER_LINES] if isinstance(i, _Line) and page.in_top_margin(i)]
        bottoms = [
            i for i in items[-HEADER_FOOTER_LINES:]
            if isinstance(i, _Line) and page.in_bottom_margin(i) and i not in tops
        ]
        candidates += [(ln, _running_key(ln.text), "header") for ln in tops]
        candidates += [(ln, _running_key(ln.text), "footer") for ln in bottoms]
    counts = Counter((key, kind) for _, key, kind in candidates)
    for line, key, kind in candidates:
        if counts[key, kind] >= 2 or PAGE_NUMBER_RE.match(line.text):
            line.kind = kind


def _running_key(text: str) -> str:
    return DIGITS_RE.sub("#", "".join(text.split()))


def _join_tables_across_pages(pages: list[PageLayout], pitch: dict[int, float]) -> None:
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
    for prev, page in zip(pages, pages[1:]):
        before, after = prev.body_items(), page.body_items()
        if not before or not after or not isinstance(before[-1], Table) or not isinstance(after[0], Table):
            continue
        upper, lower = before[-1], after[0]
        heading = _repeated_heading_cells(upper, lower)
        for cell in heading:
            cell.kind = "header"
        if not (heading or _same_columns(upper, lower)) or upper.bottom > floor + line:
            continue
        if _append_row_fragment(upper, lower) and not lower.cells:
            page.tables.remove(lower)


def _repeated_heading_cells(upper: Table, lower: Table) -> list[Cell]:
    """The cells of ``lower``'s leading rows that repeat ``upper``'s leading rows (at least one body row left).

    Rows compare by their non-empty texts, spaces and figures aside (pdfium
    may read "( บาท)" on one page and "(บาท)" on the next; a page number in
    a heading row changes): the grid below may be cut into more columns than
    the one above when other rows there split cells.
    """
    upper_rows, lower_rows = upper.rows(), lower.rows()
    repeated = 0
    while repeated < min(len(upper_rows), len(lower_rows) - 1):
        below = [_running_key(c.text) for c in lower.cells if c.row == lower_rows[repeated] and c.text]
        above = [_running_key(c.text) for c in upper.cells if c.row == upper_rows[repeated] and c.text]
        if not below or below != above:
            break
        repeated += 1
    return [c for c in lower.cells if c.row in lower_rows[:repeated]]


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
    lines and all its filled cells run down to the same last line), or when
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
        and len({round(b[-1]) for b in filled}) == 1
        and all(partner[id(c)].text for c in fragment if c.text)
    )
    if not (first_cell_ended or cut_everywhere or unnumbered_between(upper, lower, body_rows)):
        return False
    for cell in row:
        target = matched[id(cell)]
        if cell.text and target is not None:
            target.text = join_lines([target.text, cell.text])
        lower.cells.remove(cell)
    return True


def _rejoin_cut_phrases(fragment: list[Cell], partner: dict[int, Cell]) -> None:
    """Give back to the cell above the words a page break cut from it mid-phrase.

    The row below is a row of its own, but a cell merged down over it and the
    row above (an activity's name over its budget lines) was cut by the page:
    its words below go on the phrase above.
    """
    for cell in fragment:
        above = partner[id(cell)]
        if cell.text and above.text and (PHRASE_CUT_END_RE.search(above.text) or CONTINUATION_START_RE.match(cell.text)):
            above.text = join_lines([above.text, cell.text])
            cell.text = ""


# ------------------------------------------------------------------ paragraphs


def _assemble(pages: list[PageLayout], pitch: dict[int, float]) -> list[RawBlock]:
    """Turn every page's lines and tables into blocks in reading order.

    A paragraph that runs on from the bottom of one page to the top of the
    next is one block, on the page where it starts.  Running headers and
    footers (each with its page) come after the body, as the .docx reader
    gives them, so they cut no paragraph or table off from its rest.  A page
    read by another reader (``PageLayout.blocks``) ends any open paragraph
    and gives its own blocks.
    """
    body_size = _body_size(pages)
    blocks: list[RawBlock] = []
    running: list[RawBlock] = []
    table_index = 0
    paragraph: list[_Line] = []
    started = (0, (0.0, 0.0))  # page number and column of the open paragraph
    columns = _text_columns(pages)
    for page in pages:
        if page.blocks is not None:
            blocks += _paragraph_block(paragraph, started[0], body_size)
            blocks += [b for b in page.blocks if not _is_running(b)]
            running += [b for b in page.blocks if _is_running(b)]
            paragraph = []
            continue
        column = columns[page.number]
        first_body = True
        for item in page.items():
            if isinstance(item, _Line) and item.kind != "paragraph":
                running.append(RawBlock(kind=item.kind, raw_text=clean(item.text), page=page.number, repaired=page.repaired))
                continue
            if isinstance(item, _Line) and paragraph:
                if first_body and started[0] != page.number:
                    goes_on = _continues_on_next_page(paragraph[-1], item, started[1], column)
                else:
                    goes_on = _continues(paragraph, item, column, pitch)
                if goes_on:
                    paragraph.append(item)
                    first_body = False
                    continue
            first_body = False
            blocks += _paragraph_block(paragraph, started[0], body_size)
            paragraph = []
            if isinstance(item, Table):
                table_index = _table_blocks(item, page.number, table_index, None, blocks, page.repaired)
            else:
                paragraph, started = [item], (page.number, column)
    return blocks + _paragraph_block(paragraph, started[0], body_size) + running


def _is_running(block: RawBlock) -> bool:
    """A page header or footer line (a table's repeated heading row keeps its table's place)."""
    return block.kind in ("header", "footer") and block.table is None


def _table_blocks(
    table: Table, page: int, index: int, parent: int | None, out: list[RawBlock], repaired: bool = False
) -> int:
    """Append a table's cells (each followed by its nested tables); return the next free table index."""
    next_index = index + 1
    for cell in table.cells:
        out.append(
            RawBlock(
                kind=cell.kind, raw_text=cell.text, page=page, table=index, row=cell.row, col=cell.col,
                parent_table=parent, repaired=repaired,
            )
        )
        for nested in cell.nested:
            next_index = _table_blocks(nested, page, next_index, index, out, repaired)
    return next_index


def _continues(paragraph: list[_Line], line: _Line, column: tuple[float, float], pitch: dict[int, float]) -> bool:
    """Whether ``line`` wraps on from the paragraph's last line on the same page.

    It does when the last line wrapped into it (``_wrapped``), it follows at
    the usual line pitch, both are centred or neither is clearly centred,
    and it keeps the paragraph's left edge: a first line may be indented or
    hang out by a label's width, but a line that repeats a first line's
    small indent starts a paragraph of its own (a block set far in, like a
    signature, keeps its indent on every line).
    """
    prev = paragraph[-1]
    if not _wrapped(prev, line, column):
        return False
    step = prev.baseline - line.baseline
    usual = pitch.get(round(prev.size), 1.25 * prev.size)
    if step <= SAME_BASELINE * prev.size or step > PITCH_FACTOR * usual:
        return False
    if _centred(prev, column) and _centred(line, column):
        return True  # a centred paragraph wrapping: its lines have no common left edge
    if _centred(prev, column, CENTRED_MARGIN) or _centred(line, column, CENTRED_MARGIN):
        return False  # a centred title next to ordinary text
    tolerance = 0.5 * line.size
    same_left = abs(line.left - prev.left) <= tolerance
    if len(paragraph) > 1:
        return same_left
    indent = prev.left - column[0]
    if same_left:  # a first line's indent repeated starts a new paragraph, unless the block is set in
        return indent <= tolerance or indent > BLOCK_INDENT * line.size
    return line.left <= prev.left + hang_limit(prev) + tolerance  # further in: not a wrap of this line


def hang_limit(line: TextLine) -> float:
    """How far right of ``line``'s left edge its wrapped lines may start.

    Under a list label they hang by the label's width (and its gap), so a
    line set in further, at a paragraph's first-line indent, starts a new
    paragraph after a one-line list item; unlabelled, a hanging label pdfium
    did not read as one is allowed for.
    """
    label = LIST_LABEL_RE.match(line.text.lstrip())
    if label is None:
        return HANGING_INDENT * line.size
    share = len(label.group()) / max(len(THAI_MARK_RE.sub("", line.text.strip())), 1)
    return min(HANGING_INDENT * line.size, share * (line.right - line.left) + CHUNK_SLACK * line.size)


def _continues_on_next_page(prev: _Line, line: _Line, prev_column: tuple[float, float], column: tuple[float, float]) -> bool:
    """Whether the first line of a page wraps on from the last line of the page before.

    It must sit at the column's left edge, as a wrapped line does, not
    indented as a paragraph's first line.
    """
    return _wrapped(prev, line, prev_column) and abs(line.left - column[0]) <= 0.5 * line.size


def _wrapped(prev: _Line, line: _Line, column: tuple[float, float]) -> bool:
    """Whether ``prev`` ran on into ``line``: same size and weight, no list label (a dash
    going on with a range is none), no room left.

    ``prev`` left no room when it stops within a share of the column width
    of the right edge and too close to it for ``line``'s first word group.
    """
    if abs(prev.size - line.size) > 0.5 or prev.bold != line.bold:
        return False
    if LIST_LABEL_RE.match(line.text) and not RANGE_GOES_ON_RE.search(prev.text + "\n" + line.text):
        return False
    room = column[1] - prev.right
    return room <= SHORT_LINE_SHARE * max(column[1] - column[0], 1.0) and room <= first_chunk_width(line.text, line.right - line.left, line.size)


def first_chunk_width(text: str, width: float, size: float) -> float:
    """About how wide a line's text up to its first space is, the line being ``width`` wide.

    Estimated from the chunk's share of the line's letters (marks take no
    width), with a margin that shrinks to none when the chunk is the line.
    If that much would have fitted at the end of the line above, the line
    above did not wrap: it ended its paragraph.
    """
    chunk = text.split(" ", 1)[0]
    share = len(THAI_MARK_RE.sub("", chunk)) / max(len(THAI_MARK_RE.sub("", text)), 1)
    return share * width * (1 + CHUNK_WIDTH_MARGIN * (1 - share)) + CHUNK_SLACK * size


def _centred(line: _Line, column: tuple[float, float], margin: float = MIN_CENTRED_MARGIN) -> bool:
    """Centred: off the left edge by at least ``margin`` font sizes, with equal room both sides."""
    left_gap, right_gap = line.left - column[0], column[1] - line.right
    return left_gap > margin * line.size and abs(left_gap - right_gap) < 1.5 * line.size


def _text_columns(pages: list[PageLayout]) -> dict[int, tuple[float, float]]:
    """The left and right edge of the text column of each page.

    Pages of one width share a column: its left edge is where most lines
    start, its right edge the furthest any line reaches.  A page of a few
    centred lines thus keeps the document's margins.
    """
    by_width: dict[int, list[_Line]] = {}
    for page in pages:
        by_width.setdefault(round(page.width), []).extend(ln for ln in page.lines if ln.kind == "paragraph")
    edges = {}
    for width, lines in by_width.items():
        lefts = Counter(round(ln.left) for ln in lines)
        edges[width] = (lefts.most_common(1)[0][0] if lefts else 0.0, max((ln.right for ln in lines), default=0.0))
    return {page.number: edges[round(page.width)] for page in pages}


def _usual_pitch(pages: list[PageLayout]) -> dict[int, float]:
    """The most common distance between consecutive baselines, per font size."""
    steps: dict[int, list[float]] = {}
    for page in pages:
        lines = sorted((ln for ln in page.lines if ln.kind == "paragraph"), key=lambda ln: -ln.baseline)
        for a, b in zip(lines, lines[1:]):
            step = a.baseline - b.baseline
            if abs(a.size - b.size) <= 0.5 and SAME_BASELINE * a.size < step < 3 * a.size:
                steps.setdefault(round(a.size), []).append(round(step, 1))
    return {size: Counter(values).most_common(1)[0][0] for size, values in steps.items()}


def _body_size(pages: list[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _paragraph_block(lines: list[_Line], page: int, body_size: float) -> list[RawBlock]:
    if not lines:
        return []
    text = join_lines([ln.text + (" " if ln.trailing_space else "") for ln in lines])
    label = LIST_LABEL_RE.match(text)
    size = statistics.median(ln.size for ln in lines)
    kind: BlockKind = "paragraph"
    larger = size >= body_size + HEADING_SIZE_DELTA
    if len(text) <= HEADING_MAX_CHARS and (larger or (len(lines) == 1 and lines[0].bold)):
        kind = "heading"
    elif label:
        kind = "list_item"
    return [
        RawBlock(
            kind=kind, raw_text=text, page=page, list_label=label.group() if label else None,
            repaired=any(ln.repaired for ln in lines),
        )
    ]
