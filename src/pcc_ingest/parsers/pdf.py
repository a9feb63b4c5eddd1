"""Read a PDF's text layer into blocks: prose paragraphs and table cells, page by page.

Text comes from pdfium (pypdfium2), which honours the ``ActualText`` spans
LibreOffice and Word wrap around Thai clusters, keeps marks in logical order
and is fast; pdfminer (under pdfplumber) ignores ``ActualText`` and doubles
sara am.  Table geometry comes from the page's ruling lines: the straight
segments of pdfium's path objects are handed to pdfplumber's grid algorithm
(``merge_edges`` -> intersections -> cells -> tables), so pdfminer never has
to lay out a page.  Each cell's text is then read with pdfium inside the
cell's box, and the prose outside tables is read line by line and joined into
paragraphs by line geometry.  Lines repeated at the top or bottom of pages are
marked ``header``/``footer``; a table header row that a continued table
repeats at the top of the next page is marked ``header`` too.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pcc_ingest.model import BlockKind, RawBlock

# A line of pdfium's page text: pdfium separates lines with generated "\r\n".
TEXT_LINE_RE = re.compile(r"[^\r\n]+")
# A Thai letter, digit or mark: two Thai lines wrapped inside a word or phrase
# join without a space (Thai has no spaces between words).
THAI_CHAR_RE = re.compile("[\u0e01-\u0e5b]")
# pdfium emits the space glyph LibreOffice draws before a justified word out of
# sequence, landing it before a following vowel ("ประจ ำปี"); ะ า ำ ๅ never
# start a syllable, so a space in front of one is that artefact.
SPACE_BEFORE_FOLLOWING_VOWEL_RE = re.compile("(?<=[\u0e01-\u0e2e\u0e31-\u0e3a\u0e47-\u0e4e]) +(?=[\u0e30\u0e32\u0e33\u0e45])")
# A list label at the start of a line as Word and LibreOffice draw it: a bullet
# or dash, "1." "1)" "1.2" "1.2." "(1)" in ASCII or Thai digits, "ก)" "ก.".
LIST_LABEL_RE = re.compile(
    r"^(?:[-–•●○▪■◆❖➢✓·*]"
    r"|\(?[0-9๐-๙]{1,3}(?:[.)]|(?:\.[0-9๐-๙]{1,3})+\.?)"
    r"|\([0-9๐-๙]{1,3}\)"
    r"|\(?[ก-ฮ][.)])(?=\s)"
)
# A line that is only a page number: "3", "- 3 -", "หน้า 3", "หน้า 3/12", "Page 3".
PAGE_NUMBER_RE = re.compile(
    r"^[-–—(\[]*\s*(?:หน้า(?:ที่)?|page)?\s*[0-9๐-๙]{1,4}\s*(?:(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?\s*[-–—)\]]*$",
    re.IGNORECASE,
)
DIGITS_RE = re.compile(r"[0-9๐-๙]+")

# pdfplumber's default tolerances for its "lines" table strategy, in points.
SNAP_TOLERANCE = 3.0
JOIN_TOLERANCE = 3.0
INTERSECTION_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
# Straight path segments at most this far from horizontal/vertical count as rulings.
AXIS_TOLERANCE = 0.5
# A cell box is shrunk by this much before its text is read, so a glyph of the
# neighbouring cell that touches the shared border is not picked up.
CELL_INSET = 1.0
# Header/footer candidates: the first/last lines of a page inside this share of its height.
MARGIN_ZONE = 0.15
HEADER_FOOTER_LINES = 2
# A paragraph's line ends "short" (so the paragraph ends) when it stops this
# share of the column width before the column's right edge.
SHORT_LINE_SHARE = 0.15
# A new line continues the paragraph when it follows at most this multiple of
# the document's usual line pitch for its font size.
PITCH_FACTOR = 1.3
HEADING_SIZE_DELTA = 1.0  # points above the body size
BOLD_WEIGHT = 600
HEADING_MAX_CHARS = 150


@dataclass
class _Line:
    """One visual line of prose, with the geometry paragraph joining needs."""

    text: str
    left: float
    right: float
    baseline: float
    size: float
    bold: bool
    trailing_space: bool
    kind: BlockKind = "paragraph"


Box = tuple[float, float, float, float]  # x0, top, x1, bottom; top-down (negated PDF y)


@dataclass
class _Cell:
    row: int
    col: int
    text: str
    kind: BlockKind = "table_cell"
    nested: list[_Table] = field(default_factory=list)


@dataclass
class _Table:
    left: float
    bottom: float
    right: float
    top: float
    cells: list[_Cell]
    col_lefts: list[float]

    def contains(self, x: float, y: float) -> bool:
        return self.left - 1 <= x <= self.right + 1 and self.bottom - 1 <= y <= self.top + 1

    def first_row(self) -> list[str]:
        return [c.text for c in self.cells if c.row == 0]


@dataclass
class _Page:
    number: int
    bottom: float  # of the page box, in PDF units (y grows upwards)
    top: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)

    def items(self) -> list[_Line | _Table]:
        """Lines and tables top to bottom (PDF y grows upwards); a row's lines left to right."""
        keyed: list[tuple[float, float, _Line | _Table]] = [(-ln.baseline, ln.left, ln) for ln in self.lines]
        keyed += [(-t.top, t.left, t) for t in self.tables]
        keyed.sort(key=lambda k: (k[0], k[1]))
        return [k[2] for k in _same_row_left_to_right(keyed)]

    def in_top_margin(self, line: _Line) -> bool:
        return line.baseline > self.top - MARGIN_ZONE * (self.top - self.bottom)

    def in_bottom_margin(self, line: _Line) -> bool:
        return line.baseline < self.bottom + MARGIN_ZONE * (self.top - self.bottom)


def read_pdf(path: Path) -> tuple[list[RawBlock], int]:
    """The blocks of a PDF's text layer in reading order, and its page count.

    Raises ``pypdfium2.PdfiumError`` for a file pdfium cannot open (``parsers.parse``
    turns it into ``DamagedFile`` or ``EncryptedFile``).
    """
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [_read_page(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()
    _mark_running_lines(pages)
    _join_tables_across_pages(pages)
    return _assemble(pages), len(pages)


# ------------------------------------------------------------------ one page


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _Page:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        _, bottom, _, top = page.get_bbox()
        result = _Page(number=index + 1, bottom=bottom, top=top)
        lines = _text_lines(textpage)
        edges = _ruling_edges(page)
        if edges:
            result.tables = _read_tables(textpage, _table_cells(edges))
        result.lines = [
            ln for ln in lines
            if not any(t.contains(ln.left + 1, ln.baseline + 0.2 * ln.size) for t in result.tables)
        ]
        return result
    finally:
        textpage.close()
        page.close()


def _text_lines(textpage: pdfium.PdfTextPage) -> list[_Line]:
    """pdfium's text lines with their geometry, in content order.

    pdfium starts a new line when a glyph's position jumps, which a Thai mark
    placed by its own offset can trigger mid-line; pieces on one baseline that
    continue rightwards are joined back into one line.
    """
    raw = textpage.raw
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:  # pdfium dropped or inserted chars: rebuild a 1:1 view
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(n))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    lines: list[_Line] = []
    for m in TEXT_LINE_RE.finditer(text):
        s = m.group()
        body = s.strip()
        if not body:
            continue
        first = m.start() + len(s) - len(s.lstrip())
        last = m.start() + len(s.rstrip()) - 1
        pdfium_c.FPDFText_GetCharBox(raw, first, left, right, bottom, top)
        x0 = left.value
        pdfium_c.FPDFText_GetCharOrigin(raw, first, ox, oy)
        baseline = oy.value
        size = pdfium_c.FPDFText_GetFontSize(raw, first)
        bold = min(pdfium_c.FPDFText_GetFontWeight(raw, first), pdfium_c.FPDFText_GetFontWeight(raw, last))
        pdfium_c.FPDFText_GetCharBox(raw, last, left, right, bottom, top)
        line = _Line(
            text=body, left=min(x0, ox.value), right=right.value, baseline=baseline, size=size,
            bold=bold >= BOLD_WEIGHT, trailing_space=s != s.rstrip(),
        )
        prev = lines[-1] if lines else None
        if prev is not None and _same_visual_line(prev, line):
            gap = line.left - prev.right
            sep = " " if prev.trailing_space or gap > 0.25 * line.size else ""
            prev.text = prev.text + sep + line.text
            prev.right = max(prev.right, line.right)
            prev.trailing_space = line.trailing_space
        else:
            lines.append(line)
    return lines


def _same_visual_line(prev: _Line, cur: _Line) -> bool:
    size = max(prev.size, cur.size, 1.0)
    return abs(prev.baseline - cur.baseline) <= 0.4 * size and cur.left >= prev.right - 0.5 * size


def _same_row_left_to_right(keyed: list[tuple[float, float, _Line | _Table]]) -> list[tuple[float, float, _Line | _Table]]:
    """Order items whose tops are within half a line of each other by x."""
    out: list[tuple[float, float, _Line | _Table]] = []
    i = 0
    while i < len(keyed):
        j = i + 1
        tol = 0.4 * (keyed[i][2].size if isinstance(keyed[i][2], _Line) else 10.0)
        while j < len(keyed) and keyed[j][0] - keyed[i][0] <= tol:
            j += 1
        out.extend(sorted(keyed[i:j], key=lambda k: k[1]))
        i = j
    return out


# ------------------------------------------------------------------ tables


def _ruling_edges(page: pdfium.PdfPage) -> list[dict]:
    """Horizontal and vertical straight segments of the page's path objects.

    Shaped like pdfplumber's edges (top-down coordinates, here the negated PDF
    y, which keeps every distance).  A page without at least two rulings each
    way cannot hold a ruled table, so text-only pages stop here cheaply.
    """
    raw = page.raw
    paths = []
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths.append(obj)
    if len(paths) < 4:
        return []
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict] = []
    for obj in paths:
        pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for s in range(pdfium_c.FPDFPath_CountSegments(obj)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, s)
            pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
            pt = (
                matrix.a * x.value + matrix.c * y.value + matrix.e,
                matrix.b * x.value + matrix.d * y.value + matrix.f,
            )
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and points:
                _add_edge(edges, points[-1], pt)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = pt
            points.append(pt)
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_edge(edges, pt, start)
    h = sum(e["orientation"] == "h" for e in edges)
    return edges if h >= 2 and len(edges) - h >= 2 else []


def _add_edge(edges: list[dict], p0: tuple[float, float], p1: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p0, p1
    if abs(y0 - y1) <= AXIS_TOLERANCE and abs(x0 - x1) >= 1:
        top = -(y0 + y1) / 2
        edges.append(_edge("h", min(x0, x1), max(x0, x1), top, top))
    elif abs(x0 - x1) <= AXIS_TOLERANCE and abs(y0 - y1) >= 1:
        x = (x0 + x1) / 2
        edges.append(_edge("v", x, x, -max(y0, y1), -min(y0, y1)))


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {
        "object_type": "line", "orientation": orientation, "x0": x0, "x1": x1,
        "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top,
    }


def _table_cells(edges: list[dict]) -> list[list[Box]]:
    """pdfplumber's grid algorithm on our edges: one list of cell boxes per table."""
    # Imported here: pdfplumber (and pdfminer under it) costs ~0.1 s to import
    # and only pages with ruling lines need it.
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    merged = merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= EDGE_MIN_LENGTH]
    intersections = edges_to_intersections(merged, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    return cells_to_tables(intersections_to_cells(intersections))


def _read_tables(textpage: pdfium.PdfTextPage, groups: list[list[Box]]) -> list[_Table]:
    """Tables in page order, cells in row order, each read with pdfium inside its own box.

    A table drawn inside a cell shows up as cells lying inside that cell's
    box (in the same grid or as a grid of their own): those become a nested
    table of that cell, read right after it, and the cell's own text is what
    lies around them.  Rows and columns are the distinct tops and lefts of a
    table's own cells, so a cell merged across columns or rows sits at its
    first row and column.
    """
    boxes = [b for group in groups for b in group]
    container = {b: _smallest_container(b, boxes) for b in boxes}
    tables = []
    for group in groups:
        top_level = [b for b in group if container[b] is None]
        if top_level:
            tables.append(_build_table(textpage, top_level, container))
    return tables


def _build_table(textpage: pdfium.PdfTextPage, boxes: list[Box], container: dict[Box, Box | None]) -> _Table:
    tops = sorted({round(b[1], 1) for b in boxes})
    lefts = sorted({round(b[0], 1) for b in boxes})
    cells = []
    for box in sorted(boxes, key=lambda b: (round(b[1], 1), b[0])):
        inner = [b for b, c in container.items() if c == box]
        cell = _Cell(row=tops.index(round(box[1], 1)), col=lefts.index(round(box[0], 1)), text="")
        if inner:
            cell.text = join_lines([_text_in(textpage, part) for part in _around(box, inner)])
            groups = _group_tables(inner)
            cell.nested = [_build_table(textpage, group, container) for group in groups]
        else:
            cell.text = _text_in(textpage, box)
        cells.append(cell)
    return _Table(
        left=min(b[0] for b in boxes), bottom=-max(b[3] for b in boxes),
        right=max(b[2] for b in boxes), top=-min(b[1] for b in boxes), cells=cells, col_lefts=lefts,
    )


def _smallest_container(box: Box, boxes: list[Box]) -> Box | None:
    tol = SNAP_TOLERANCE
    holders = [
        b for b in boxes
        if b != box and b[0] - tol <= box[0] and box[2] <= b[2] + tol and b[1] - tol <= box[1] and box[3] <= b[3] + tol
    ]
    return min(holders, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), default=None)


def _group_tables(boxes: list[Box]) -> list[list[Box]]:
    """The nested cells of one cell, as tables (a lone cell is a table of its own)."""
    from pdfplumber.table import cells_to_tables

    groups = cells_to_tables(boxes)
    grouped = {b for g in groups for b in g}
    return groups + [[b] for b in boxes if b not in grouped]


def _around(box: Box, inner: list[Box]) -> list[Box]:
    """The parts of ``box`` above, left of, right of and below the union of ``inner``."""
    x0, top, x1, bottom = box
    ux0, utop = min(b[0] for b in inner), min(b[1] for b in inner)
    ux1, ubottom = max(b[2] for b in inner), max(b[3] for b in inner)
    parts = [(x0, top, x1, utop), (x0, utop, ux0, ubottom), (ux1, utop, x1, ubottom), (x0, ubottom, x1, bottom)]
    return [p for p in parts if p[2] - p[0] > 2 * CELL_INSET and p[3] - p[1] > 2 * CELL_INSET]


def _text_in(textpage: pdfium.PdfTextPage, box: Box) -> str:
    x0, top, x1, bottom = box
    text = textpage.get_text_bounded(
        left=x0 + CELL_INSET, bottom=-bottom + CELL_INSET, right=x1 - CELL_INSET, top=-top - CELL_INSET
    )
    return join_lines(text.splitlines())


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: Thai to Thai without a space, anything else with one.

    A line that already ends in a space (a space glyph drawn before the wrap)
    keeps it.
    """
    out = ""
    for line in lines:
        if not line.strip():
            continue
        if out:
            if out[-1].isspace() or not (THAI_CHAR_RE.match(out[-1]) and THAI_CHAR_RE.match(line.lstrip()[0])):
                out = out.rstrip() + " "
            line = line.lstrip()
        out += line
    return SPACE_BEFORE_FOLLOWING_VOWEL_RE.sub("", out.strip())


# ------------------------------------------------------------------ running lines


def _mark_running_lines(pages: list[_Page]) -> None:
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


def _join_tables_across_pages(pages: list[_Page]) -> None:
    """Undo what a page break does to a table that runs on to the next page.

    Word and LibreOffice repeat the table's heading row on every page (the
    copies are page furniture like a running header, so they are marked
    ``header``), and by default let a row break across the page, leaving the
    rest of its cells as a first row with an empty first column.  Such a
    fragment is appended to the last row of the previous page's table.  A
    table continues when it is the last thing on one page and the first on
    the next, with the same column edges.
    """
    for prev, page in zip(pages, pages[1:]):
        before = [i for i in prev.items() if not (isinstance(i, _Line) and i.kind != "paragraph")]
        after = [i for i in page.items() if not (isinstance(i, _Line) and i.kind != "paragraph")]
        if not before or not after or not isinstance(before[-1], _Table) or not isinstance(after[0], _Table):
            continue
        upper, lower = before[-1], after[0]
        if not _same_columns(upper, lower):
            continue
        head = lower.first_row()
        if any(head) and head == upper.first_row() and len({c.row for c in lower.cells}) > 1:
            for cell in lower.cells:
                if cell.row == 0:
                    cell.kind = "header"
        _append_row_fragment(upper, lower)
        if not lower.cells:
            page.tables.remove(lower)


def _same_columns(a: _Table, b: _Table) -> bool:
    return len(a.col_lefts) == len(b.col_lefts) and all(
        abs(x - y) <= SNAP_TOLERANCE for x, y in zip(a.col_lefts, b.col_lefts)
    )


def _append_row_fragment(upper: _Table, lower: _Table) -> None:
    """Move the first body row of ``lower`` into the last row of ``upper`` if it is a fragment."""
    body_rows = sorted({c.row for c in lower.cells if c.kind == "table_cell"})
    if not body_rows:
        return
    first = [c for c in lower.cells if c.row == body_rows[0] and c.kind == "table_cell"]
    last_row = max(c.row for c in upper.cells)
    last = {c.col: c for c in upper.cells if c.row == last_row}
    lead = min(first, key=lambda c: c.col)
    if lead.text or lead.col not in last or not last[lead.col].text:
        return
    if any(cell.col not in last for cell in first):
        return
    for cell in first:
        if cell.text:
            last[cell.col].text = join_lines([last[cell.col].text, cell.text])
        lower.cells.remove(cell)


# ------------------------------------------------------------------ paragraphs


def _assemble(pages: list[_Page]) -> list[RawBlock]:
    """Turn every page's lines and tables into blocks in reading order."""
    pitch = _usual_pitch(pages)
    body_size = _body_size(pages)
    blocks: list[RawBlock] = []
    table_index = 0
    for page in pages:
        prose = [ln for ln in page.lines if ln.kind == "paragraph"]
        col_left = min((ln.left for ln in prose), default=0.0)
        col_right = max((ln.right for ln in prose), default=0.0)
        paragraph: list[_Line] = []
        for item in page.items():
            if isinstance(item, _Table):
                blocks += _paragraph_block(paragraph, page.number, body_size)
                paragraph = []
                table_index = _table_blocks(item, page.number, table_index, None, blocks)
            elif item.kind != "paragraph":
                blocks += _paragraph_block(paragraph, page.number, body_size)
                paragraph = []
                blocks.append(RawBlock(kind=item.kind, raw_text=_clean(item.text), page=page.number))
            elif paragraph and _continues(paragraph, item, col_left, col_right, pitch):
                paragraph.append(item)
            else:
                blocks += _paragraph_block(paragraph, page.number, body_size)
                paragraph = [item]
        blocks += _paragraph_block(paragraph, page.number, body_size)
    return blocks


def _table_blocks(table: _Table, page: int, index: int, parent: int | None, out: list[RawBlock]) -> int:
    """Append a table's cells (each followed by its nested tables); return the next free table index."""
    next_index = index + 1
    for cell in table.cells:
        out.append(
            RawBlock(
                kind=cell.kind, raw_text=cell.text, page=page, table=index, row=cell.row, col=cell.col,
                parent_table=parent,
            )
        )
        for nested in cell.nested:
            next_index = _table_blocks(nested, page, next_index, index, out)
    return next_index


def _continues(paragraph: list[_Line], line: _Line, col_left: float, col_right: float, pitch: dict[float, float]) -> bool:
    """Whether ``line`` wraps on from the paragraph's last line.

    It does when it follows at the usual line pitch in the same font size,
    the previous line ran (nearly) to the right edge of the column, it does
    not start with a list label, and it keeps the paragraph's left edge (a
    first line may be indented or hang out; later lines may not change).
    """
    prev = paragraph[-1]
    if abs(prev.size - line.size) > 0.5:
        return False
    step = prev.baseline - line.baseline
    usual = pitch.get(round(prev.size), 1.25 * prev.size)
    if step <= 0.4 * prev.size or step > PITCH_FACTOR * usual:
        return False
    if prev.right < col_right - SHORT_LINE_SHARE * max(col_right - col_left, 1.0):
        return False
    if LIST_LABEL_RE.match(line.text):
        return False
    if len(paragraph) > 1 and abs(line.left - prev.left) > 0.5 * line.size:
        return False
    return True


def _usual_pitch(pages: list[_Page]) -> dict[float, float]:
    """The most common distance between consecutive baselines, per font size."""
    steps: dict[float, list[float]] = {}
    for page in pages:
        lines = sorted((ln for ln in page.lines if ln.kind == "paragraph"), key=lambda ln: -ln.baseline)
        for a, b in zip(lines, lines[1:]):
            step = a.baseline - b.baseline
            if abs(a.size - b.size) <= 0.5 and 0.4 * a.size < step < 3 * a.size:
                steps.setdefault(round(a.size), []).append(round(step, 1))
    return {size: Counter(values).most_common(1)[0][0] for size, values in steps.items()}


def _body_size(pages: list[_Page]) -> float:
    sizes = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _paragraph_block(lines: list[_Line], page: int, body_size: float) -> list[RawBlock]:
    if not lines:
        return []
    text = _clean(join_lines([ln.text + (" " if ln.trailing_space else "") for ln in lines]))
    label = LIST_LABEL_RE.match(text)
    size = statistics.median(ln.size for ln in lines)
    kind: BlockKind = "paragraph"
    larger = size >= body_size + HEADING_SIZE_DELTA
    if len(text) <= HEADING_MAX_CHARS and (larger or (len(lines) == 1 and lines[0].bold)):
        kind = "heading"
    elif label:
        kind = "list_item"
    return [RawBlock(kind=kind, raw_text=text, page=page, list_label=label.group() if label else None)]


def _clean(text: str) -> str:
    return SPACE_BEFORE_FOLLOWING_VOWEL_RE.sub("", " ".join(text.split()))
