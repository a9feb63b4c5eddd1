"""Read a PDF's text layer into blocks: prose paragraphs and table cells, page by page.

Text comes from pdfium (pypdfium2): it honours the ``ActualText`` spans that
LibreOffice and Word wrap around Thai clusters, keeps marks in logical order
and costs ~0.5 ms a page, where pdfminer (under pdfplumber) doubles sara am,
misorders marks and takes ~40x longer.  The page text is taken in content
order, split into pdfium's lines, and routed by position: lines inside a
ruled table (found by ``pdf_tables``) go to the cell under each character,
the rest are joined into paragraphs by line geometry (indent, pitch, a line
ending short of the right margin).  Lines repeated at the top or bottom of
pages are marked ``header``/``footer``; a table continued from the previous
page has its repeated heading row marked ``header`` and the rest of a row
broken by the page joined back to its start.
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
from pcc_ingest.parsers.pdf_tables import Cell, Table, find_tables

# A line of pdfium's page text: pdfium separates lines with generated "\r\n".
TEXT_LINE_RE = re.compile(r"[^\r\n]+")
# A Thai letter, digit or mark: two Thai lines wrapped inside a word or phrase
# join without a space (Thai has no spaces between words).
THAI_CHAR_RE = re.compile("[\u0e01-\u0e5b]")
THAI_CONSONANT_RE = re.compile("[\u0e01-\u0e2e]")
THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
THAI_TONES = "\u0e48-\u0e4c"
THAI_MARK_RE = re.compile(f"[{THAI_MARKS}]")
THAI_TONE_RE = re.compile(f"[{THAI_TONES}]")
THAI_VOWEL_MARKS = "\u0e31\u0e34-\u0e3a\u0e47"
# Where pdfium, reading in drawing order, can leave a Thai mark that
# LibreOffice drew late (after the next letter or the rest of the line:
# "ความร้ ู", "เรียนร้ กู าร", "ความร้ตู าม"): next to a space (pdfium generates
# one for the jump back), or a vowel mark on the letter after a toned letter.
# Candidates only: ``_reattach_orphan_marks`` checks where each one is drawn.
MISPLACED_MARK_RE = re.compile(
    f"(?<=[ \\n])[{THAI_MARKS}]+|[{THAI_MARKS}]+(?= )"
    f"|(?<=[{THAI_TONES}][\u0e01-\u0e2e])[{THAI_VOWEL_MARKS}]"
    f"|(?<=[{THAI_TONES}] [\u0e01-\u0e2e])[{THAI_VOWEL_MARKS}]"
)
# pdfium's code for a hyphen it judged to end a line (a noncharacter).
PDFIUM_LINE_END_HYPHEN = "\ufffe"
# pdfium emits the space glyph LibreOffice draws before a justified word out of
# sequence, landing it before a following vowel ("ประจ ำปี"); ะ า ำ ๅ never
# start a syllable, so a space in front of one is that artefact.
SPACE_BEFORE_FOLLOWING_VOWEL_RE = re.compile(
    "(?<=[\u0e01-\u0e2e\u0e31-\u0e3a\u0e47-\u0e4e]) +(?=[\u0e30\u0e32\u0e33\u0e45])"
)
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

# How far back (in characters) an orphan mark's letter is looked for.
ORPHAN_SEARCH = 200
# A mark's centre may stray this far (points) outside its letter's box
# (marks shifted left over ป ฝ ฟ) and still be in place.
MARK_SLACK = 1.0
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
# Column edges of a table continued on the next page agree within this (points).
COLUMN_TOLERANCE = 3.0
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


@dataclass
class _Page:
    number: int
    bottom: float  # of the page box, in PDF units (y grows upwards)
    top: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

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
    pitch = _usual_pitch(pages)
    _join_tables_across_pages(pages, pitch)
    return _assemble(pages, pitch), len(pages)


# ------------------------------------------------------------------ one page


@dataclass
class _Piece:
    """A pdfium text line before routing: text, char indices, and geometry."""

    text: str
    chars: list[int]
    left: float
    right: float
    baseline: float
    size: float
    bold: bool
    trailing_space: bool


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _Page:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        _, bottom, _, top = page.get_bbox()
        result = _Page(number=index + 1, bottom=bottom, top=top)
        pieces = _pieces(textpage)
        result.tables = find_tables(page)
        prose = pieces
        if result.tables:
            prose = [p for p in pieces if not _route_to_cells(textpage, p, result.tables)]
            for table in result.tables:
                _settle_cell_text(table)
        result.lines = _merge_same_line(prose)
        return result
    finally:
        textpage.close()
        page.close()


def _pieces(textpage: pdfium.PdfTextPage) -> list[_Piece]:
    """pdfium's text lines in content order, with orphaned Thai marks put back."""
    raw = textpage.raw
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:  # pdfium dropped or inserted chars: rebuild a 1:1 view
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(n))
    chars = list(text)
    order = list(range(n))
    if MISPLACED_MARK_RE.search(text):
        _reattach_orphan_marks(raw, chars, order)
    text = "".join(chars).replace(PDFIUM_LINE_END_HYPHEN, "-")
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pieces = []
    for m in TEXT_LINE_RE.finditer(text):
        s = m.group()
        body = s.strip()
        if not body:
            continue
        first = order[m.start() + len(s) - len(s.lstrip())]
        last = order[m.start() + len(s.rstrip()) - 1]
        pdfium_c.FPDFText_GetCharBox(raw, first, left, right, bottom, top)
        x0 = left.value
        pdfium_c.FPDFText_GetCharOrigin(raw, first, ox, oy)
        weight = min(pdfium_c.FPDFText_GetFontWeight(raw, first), pdfium_c.FPDFText_GetFontWeight(raw, last))
        pdfium_c.FPDFText_GetCharBox(raw, last, left, right, bottom, top)
        pieces.append(
            _Piece(
                text=s, chars=order[m.start() : m.end()], left=min(x0, ox.value), right=right.value,
                baseline=oy.value, size=pdfium_c.FPDFText_GetFontSize(raw, first),
                bold=weight >= BOLD_WEIGHT, trailing_space=s != s.rstrip(),
            )
        )
    return pieces


def _reattach_orphan_marks(raw, chars: list[str], order: list[int]) -> None:
    """Move each Thai mark pdfium read out of place back after the letter it is drawn over.

    A candidate (``MISPLACED_MARK_RE``) is out of place when it follows a
    space or line break, or when the letter before it does not lie under it.  Its letter is the nearest
    earlier consonant on the same baseline whose box spans the mark's
    centre; the generated spaces around the mark's old place are dropped.
    Marks whose letter is not found stay where they are.
    """
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()

    def generated_space(k: int) -> bool:
        return 0 <= k < len(chars) and chars[k] == " " and pdfium_c.FPDFText_IsGenerated(raw, order[k]) == 1

    def spans(k: int, centre: float, baseline: float) -> bool:
        pdfium_c.FPDFText_GetCharOrigin(raw, order[k], ox, oy)
        if abs(oy.value - baseline) > 1.0:
            return False
        pdfium_c.FPDFText_GetCharBox(raw, order[k], left, right, bottom, top)
        return left.value - MARK_SLACK <= centre <= right.value + MARK_SLACK

    pos = 0
    while (m := MISPLACED_MARK_RE.search("".join(chars), pos)) is not None:
        start, end = m.span()
        pos = end
        after_break = chars[start - 1] in " \n"
        pdfium_c.FPDFText_GetCharBox(raw, order[start], left, right, bottom, top)
        centre = (left.value + right.value) / 2
        pdfium_c.FPDFText_GetCharOrigin(raw, order[start], ox, oy)
        baseline = oy.value
        consonants = [k for k in range(start - 1, max(start - ORPHAN_SEARCH, 0) - 1, -1) if THAI_CONSONANT_RE.match(chars[k])]
        if not after_break and consonants and spans(consonants[0], centre, baseline):
            continue  # the mark sits over the letter before it: in place
        base = next((k for k in consonants if spans(k, centre, baseline)), None)
        if base is None:
            continue
        insert = base + 1
        if THAI_TONE_RE.match(chars[start]):  # a tone goes after the letter's vowel marks
            while insert < start and THAI_MARK_RE.match(chars[insert]):
                insert += 1
        lo = start - 1 if generated_space(start - 1) else start
        hi = end + 1 if generated_space(end) else end
        run_chars, run_order = chars[start:end], order[start:end]
        del chars[lo:hi], order[lo:hi]
        chars[insert:insert] = run_chars
        order[insert:insert] = run_order
        pos = lo + (end - start)


def _route_to_cells(textpage: pdfium.PdfTextPage, piece: _Piece, tables: list[Table]) -> bool:
    """Send a line lying in a table to the cells under its characters; False if it is prose."""
    probe_y = piece.baseline + 0.2 * piece.size
    table = next((t for t in tables if t.contains(piece.left + 1, probe_y)), None)
    if table is None:
        return False
    raw = textpage.raw
    ox, oy = ctypes.c_double(), ctypes.c_double()
    runs: dict[int, tuple[Cell, list[str]]] = {}
    for ch, index in zip(piece.text, piece.chars):
        pdfium_c.FPDFText_GetCharOrigin(raw, index, ox, oy)
        cell = table.cell_at(ox.value, oy.value + 0.2 * piece.size)
        if cell is None:
            continue
        runs.setdefault(id(cell), (cell, []))[1].append(ch)
    for cell, text in runs.values():
        cell.pieces.append((piece.baseline, "".join(text)))
    return True


def _settle_cell_text(table: Table) -> None:
    """Join each cell's pieces: one baseline is one line, lines wrap Thai-aware."""
    for cell in table.cells:
        lines: list[tuple[float, str]] = []
        for baseline, text in cell.pieces:
            if lines and abs(lines[-1][0] - baseline) <= 1.0:
                lines[-1] = (baseline, lines[-1][1] + text)
            else:
                lines.append((baseline, text))
        cell.text = join_lines([t for _, t in lines])
        for inner in cell.nested:
            _settle_cell_text(inner)


def _merge_same_line(pieces: list[_Piece]) -> list[_Line]:
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


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: Thai to Thai (or after a hyphen) without a space, anything else with one.

    A line that already ends in a space (a space glyph drawn before the wrap)
    keeps it.
    """
    out = ""
    for line in lines:
        if not line.strip():
            continue
        if out:
            line = line.lstrip()
            glued = THAI_CHAR_RE.match(out[-1]) and THAI_CHAR_RE.match(line[0])
            if out[-1].isspace() or not (glued or out[-1] == "-"):
                out = out.rstrip() + " "
        out += line
    return _clean(out)


def _clean(text: str) -> str:
    return SPACE_BEFORE_FOLLOWING_VOWEL_RE.sub("", " ".join(text.split()))


# ------------------------------------------------------------------ across pages


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


def _join_tables_across_pages(pages: list[_Page], pitch: dict[int, float]) -> None:
    """Undo what a page break does to a table that runs on to the next page.

    A table continues when it is the last thing on one page and the first on
    the next, and it repeats the heading row(s) or has the same column edges.  Word and LibreOffice repeat its
    heading row on the new page (the copy is page furniture like a running
    header, so it is marked ``header``), and by default let a row break
    across the page.  The first row on the next page is taken for the rest
    of the row above only when the table above reaches the lowest body
    position seen in the document (its page was full) and the rows show
    the cut (see ``_append_row_fragment``): merging two real rows would be
    a worse mistake than leaving a broken one.
    """
    floor = _body_floor(pages)
    half_line = 0.5 * max(pitch.values(), default=20.0)
    for prev, page in zip(pages, pages[1:]):
        before, after = prev.body_items(), page.body_items()
        if not before or not after or not isinstance(before[-1], Table) or not isinstance(after[0], Table):
            continue
        upper, lower = before[-1], after[0]
        heading = _repeated_heading_cells(upper, lower)
        for cell in heading:
            cell.kind = "header"
        if not (heading or _same_columns(upper, lower)) or upper.bottom > floor + half_line:
            continue
        if _append_row_fragment(upper, lower) and not lower.cells:
            page.tables.remove(lower)


def _repeated_heading_cells(upper: Table, lower: Table) -> list[Cell]:
    """The cells of ``lower``'s leading rows that repeat ``upper``'s leading rows (at least one body row left).

    Rows compare by their non-empty texts: the grid below may be cut into
    more columns than the one above when other rows there split cells.
    """
    upper_rows, lower_rows = upper.rows(), lower.rows()
    repeated = 0
    while repeated < min(len(upper_rows), len(lower_rows) - 1):
        below = [c.text for c in lower.cells if c.row == lower_rows[repeated] and c.text]
        above = [c.text for c in upper.cells if c.row == upper_rows[repeated] and c.text]
        if not below or below != above:
            break
        repeated += 1
    return [c for c in lower.cells if c.row in lower_rows[:repeated]]


def _body_floor(pages: list[_Page]) -> float:
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
    or when the row above was cut in every column: it has a cell of several
    lines and all its filled cells run down to the same last line.  Cells
    pair up by their left edge.  Returns False (and moves nothing) otherwise
    or when some cell has no partner above.
    """
    body_rows = sorted({c.row for c in lower.cells if c.kind == "table_cell"})
    if not body_rows:
        return False
    fragment = sorted((c for c in lower.cells if c.row == body_rows[0] and c.kind == "table_cell"), key=lambda c: c.box[0])
    above = [c for c in upper.cells if c.row == upper.rows()[-1]]
    partner = {id(c): _cell_starting_at(above, c.box[0]) for c in fragment}
    if any(p is None for p in partner.values()) or any(c.nested for c in fragment):
        return False
    lead = fragment[0]
    first_cell_ended = not lead.text and bool(partner[id(lead)].text)
    filled = [c.baselines() for c in above if c.text]
    cut_everywhere = (
        any(len(b) > 1 for b in filled)
        and len({round(b[-1]) for b in filled}) == 1
        and all(partner[id(c)].text for c in fragment if c.text)
    )
    if not (first_cell_ended or cut_everywhere):
        return False
    for cell in fragment:
        target = partner[id(cell)]
        if cell.text:
            target.text = join_lines([target.text, cell.text])
        lower.cells.remove(cell)
    return True


def _cell_starting_at(cells: list[Cell], x0: float) -> Cell | None:
    return next((c for c in cells if abs(c.box[0] - x0) <= COLUMN_TOLERANCE), None)


# ------------------------------------------------------------------ paragraphs


def _assemble(pages: list[_Page], pitch: dict[int, float]) -> list[RawBlock]:
    """Turn every page's lines and tables into blocks in reading order."""
    body_size = _body_size(pages)
    blocks: list[RawBlock] = []
    table_index = 0
    for page in pages:
        prose = [ln for ln in page.lines if ln.kind == "paragraph"]
        column = (min((ln.left for ln in prose), default=0.0), max((ln.right for ln in prose), default=0.0))
        paragraph: list[_Line] = []
        for item in page.items():
            if isinstance(item, _Line) and item.kind == "paragraph" and paragraph and _continues(paragraph, item, column, pitch):
                paragraph.append(item)
                continue
            blocks += _paragraph_block(paragraph, page.number, body_size)
            paragraph = []
            if isinstance(item, Table):
                table_index = _table_blocks(item, page.number, table_index, None, blocks)
            elif item.kind != "paragraph":
                blocks.append(RawBlock(kind=item.kind, raw_text=_clean(item.text), page=page.number))
            else:
                paragraph = [item]
        blocks += _paragraph_block(paragraph, page.number, body_size)
    return blocks


def _table_blocks(table: Table, page: int, index: int, parent: int | None, out: list[RawBlock]) -> int:
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


def _continues(paragraph: list[_Line], line: _Line, column: tuple[float, float], pitch: dict[int, float]) -> bool:
    """Whether ``line`` wraps on from the paragraph's last line.

    It does when it follows at the usual line pitch in the same size and
    weight, the previous line ran (nearly) to the right edge of the column,
    it does not start with a list label, and it keeps the paragraph's left
    edge: a first line may be indented or hang out, but a line that repeats
    an indented first line's indent starts a paragraph of its own, and a
    centred line stands alone.
    """
    prev = paragraph[-1]
    col_left, col_right = column
    if abs(prev.size - line.size) > 0.5 or prev.bold != line.bold:
        return False
    step = prev.baseline - line.baseline
    usual = pitch.get(round(prev.size), 1.25 * prev.size)
    if step <= SAME_BASELINE * prev.size or step > PITCH_FACTOR * usual:
        return False
    if prev.right < col_right - SHORT_LINE_SHARE * max(col_right - col_left, 1.0):
        return False
    if LIST_LABEL_RE.match(line.text) or _centred(prev, column) != _centred(line, column):
        return False
    tolerance = 0.5 * line.size
    if len(paragraph) > 1:
        return abs(line.left - prev.left) <= tolerance
    return not (prev.left > col_left + tolerance and abs(line.left - prev.left) <= tolerance)


def _centred(line: _Line, column: tuple[float, float]) -> bool:
    left_gap, right_gap = line.left - column[0], column[1] - line.right
    return min(left_gap, right_gap) > 2 * line.size and abs(left_gap - right_gap) < 1.5 * line.size


def _usual_pitch(pages: list[_Page]) -> dict[int, float]:
    """The most common distance between consecutive baselines, per font size."""
    steps: dict[int, list[float]] = {}
    for page in pages:
        lines = sorted((ln for ln in page.lines if ln.kind == "paragraph"), key=lambda ln: -ln.baseline)
        for a, b in zip(lines, lines[1:]):
            step = a.baseline - b.baseline
            if abs(a.size - b.size) <= 0.5 and SAME_BASELINE * a.size < step < 3 * a.size:
                steps.setdefault(round(a.size), []).append(round(step, 1))
    return {size: Counter(values).most_common(1)[0][0] for size, values in steps.items()}


def _body_size(pages: list[_Page]) -> float:
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
    return [RawBlock(kind=kind, raw_text=text, page=page, list_label=label.group() if label else None)]
