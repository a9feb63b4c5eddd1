"""One PDF page as read: its prose lines and tables, kept apart until assembly.

Reading a page (``pdf_page_reader``), marking running lines, joining tables
across pages and assembling blocks all work on these two types, so they live
apart from every step that uses them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.parsers.pdf_tables import Table
from pcc_ingest.parsers.pdf_text import TextLine

# Header/footer candidates: the first/last items of a page inside this share of its height.
MARGIN_ZONE = 0.15
# Pieces of text within this share of the font size of one baseline are one line.
SAME_BASELINE = 0.4


@dataclass
class ProseLine(TextLine):
    """One visual line of prose, as paragraph joining sees it."""

    kind: BlockKind = "paragraph"
    repaired: bool = False


@dataclass
class PageLayout:
    """One page as read: its prose lines and tables, or blocks another reader made for it."""

    number: int
    width: float  # of the page as displayed, in PDF units (y grows upwards from 0)
    top: float
    lines: list[ProseLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    text: str = ""  # pdfium's text of the page, line by line, before any joining (for the quality check)
    repaired: bool = False  # the text was repaired: every block of the page says so
    blocks: list[RawBlock] | None = None  # replaces lines and tables (OCR, a second reader)

    def mark_repaired(self) -> None:
        self.repaired = True
        for line in self.lines:
            line.repaired = True

    def items(self) -> list[ProseLine | Table]:
        """Lines and tables top to bottom; lines sharing a baseline left to right."""
        keyed: list[tuple[float, float, ProseLine | Table]] = [(-ln.baseline, ln.left, ln) for ln in self.lines]
        keyed += [(-t.top, t.left, t) for t in self.tables]
        keyed.sort(key=lambda k: (k[0], k[1]))
        out: list[ProseLine | Table] = []
        i = 0
        while i < len(keyed):
            j = i + 1
            item = keyed[i][2]
            if isinstance(item, ProseLine):
                while (
                    j < len(keyed)
                    and isinstance(keyed[j][2], ProseLine)
                    and keyed[j][0] - keyed[i][0] <= SAME_BASELINE * item.size
                ):
                    j += 1
            out.extend(k[2] for k in sorted(keyed[i:j], key=lambda k: k[1]))
            i = j
        return out

    def body_items(self) -> list[ProseLine | Table]:
        return [i for i in self.items() if not (isinstance(i, ProseLine) and i.kind != "paragraph")]

    def in_top_margin(self, line: ProseLine) -> bool:
        return line.baseline > (1 - MARGIN_ZONE) * self.top

    def in_bottom_margin(self, line: ProseLine) -> bool:
        return line.baseline < MARGIN_ZONE * self.top
