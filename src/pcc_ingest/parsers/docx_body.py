"""Walk a .docx's block containers (body, cell, text box, header) into blocks.

The body is walked as XML so that tables stand where they are between
paragraphs (python-docx lists paragraphs and tables apart), merged cells are
read once, nested tables follow their cell, and text boxes follow their
anchor paragraph.  Page headers and footers come last, once each.
"""

from __future__ import annotations

import re

import docx
from lxml import etree

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.parsers.docx_numbering import Numbering
from pcc_ingest.parsers.docx_styles import MAX_OUTLINE_LEVEL, Styles
from pcc_ingest.parsers.docx_xml import NS, W, block_children, children, w_attr, w_int

# The visible text of one paragraph at text-box depth $depth: text, tabs and
# breaks of its runs, but not the runs of a text box anchored in it (read as
# their own paragraphs), not the VML copy Word keeps as mc:Fallback, and not
# text tracked as moved away.
PARAGRAPH_TEXT_XPATH = etree.XPath(
    ".//w:r[count(ancestor::w:txbxContent) = $depth]"
    "[not(ancestor::mc:Fallback)][not(ancestor::w:moveFrom)]"
    "/*[self::w:t or self::w:tab or self::w:ptab or self::w:br or self::w:cr or self::w:noBreakHyphen]",
    namespaces=NS,
)
# Text boxes anchored in a paragraph at depth $depth (the DrawingML copy only).
TEXT_BOXES_XPATH = etree.XPath(
    ".//w:txbxContent[count(ancestor::w:txbxContent) = $depth][not(ancestor::mc:Fallback)]",
    namespaces=NS,
)
# Paragraph and text-box whitespace that would break the one-line-per-block text.
LINE_BREAKS_RE = re.compile(r"[\t\r\n\u000b\u000c]+")


HEADER_FOOTER_PARTS: tuple[tuple[str, BlockKind], ...] = (
    ("first_page_header", "header"),
    ("header", "header"),
    ("even_page_header", "header"),
    ("first_page_footer", "footer"),
    ("footer", "footer"),
    ("even_page_footer", "footer"),
)


class BodyReader:
    """Walks block containers (body, cell, text box, header) and collects blocks."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[RawBlock] = []
        self.paragraphs = 0
        self.tables = 0

    def read_container(self, container: etree._Element, depth: int, flat_kind: BlockKind | None = None) -> None:
        """Read the paragraphs and tables of a container in document order.

        ``flat_kind`` (header/footer) turns every paragraph and cell into a
        block of that kind without table coordinates.
        """
        for el in block_children(container):
            if el.tag == W + "p":
                self._paragraph(el, depth, flat_kind)
            else:
                self._table(el, depth, None, flat_kind)

    def read_headers_footers(self, document: docx.document.Document) -> None:
        """Headers and footers of every section, once each, after the body."""
        settings = document.settings
        seen: set[tuple[str, str]] = set()
        start = len(self.blocks)
        for section in document.sections:
            for attr, kind in HEADER_FOOTER_PARTS:
                if attr.startswith("first_page") and not section.different_first_page_header_footer:
                    continue
                if attr.startswith("even_page") and not settings.odd_and_even_pages_header_footer:
                    continue
                part = getattr(section, attr)
                if part.is_linked_to_previous:
                    continue
                self.read_container(part.part.element, depth=0, flat_kind=kind)
        kept = []
        for block in self.blocks[start:]:
            key = (block.kind, " ".join(block.raw_text.split()))
            if key not in seen:
                seen.add(key)
                kept.append(block)
        self.blocks[start:] = kept

    def _paragraph(self, p: etree._Element, depth: int, flat_kind: BlockKind | None) -> None:
        is_body = depth == 0 and flat_kind is None
        index = self.paragraphs if is_body else None
        if is_body:
            self.paragraphs += 1
        heading, label = self._paragraph_role(p)
        text = _paragraph_text(p, depth)
        if text:
            kind: BlockKind = flat_kind or ("heading" if heading else "list_item" if label else "paragraph")
            self.blocks.append(
                RawBlock(
                    kind=kind,
                    raw_text=f"{label} {text}" if label else text,
                    paragraph=index,
                    list_label=label,
                )
            )
        for box in TEXT_BOXES_XPATH(p, depth=depth):
            self.read_container(box, depth + 1, flat_kind)

    def _paragraph_role(self, p: etree._Element) -> tuple[bool, str | None]:
        """Whether ``p`` is a heading, and the list label Word draws in front of it."""
        ppr = p.find(W + "pPr")
        style_id = num_id = outline = None
        ilvl: int | None = None
        if ppr is not None:
            style_id = w_attr(ppr.find(W + "pStyle"), "val")
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                num_id = w_attr(numpr.find(W + "numId"), "val")
                ilvl = w_int(numpr.find(W + "ilvl"))
            outline = w_int(ppr.find(W + "outlineLvl"))
        heading, style_num, style_ilvl = self.styles.resolve(style_id)
        if outline is not None:
            heading = outline <= MAX_OUTLINE_LEVEL
        num_id = num_id if num_id is not None else style_num
        ilvl = ilvl if ilvl is not None else style_ilvl
        label = self.numbering.label(num_id, ilvl or 0) if num_id not in (None, "0") else None
        return heading, label

    def _cell_text(self, tc: etree._Element, depth: int) -> tuple[str, list[etree._Element]]:
        """A cell's paragraphs joined by a space, and the tables nested in it."""
        texts: list[str] = []
        nested: list[etree._Element] = []
        for el in block_children(tc):
            if el.tag == W + "p":
                _, label = self._paragraph_role(el)
                text = _paragraph_text(el, depth)
                if text:
                    texts.append(f"{label} {text}" if label else text)
                for box in TEXT_BOXES_XPATH(el, depth=depth):  # a text box in a cell reads as part of it
                    texts.extend(_paragraph_text(bp, depth + 1) for bp in block_children(box) if bp.tag == W + "p")
            else:
                nested.append(el)
        return " ".join(t for t in texts if t), nested

    def _table(self, tbl: etree._Element, depth: int, parent: int | None, flat_kind: BlockKind | None) -> None:
        index = self.tables
        self.tables += 1
        for r, tr in enumerate(children(tbl, "tr")):
            col = w_int(tr.find(f"{W}trPr/{W}gridBefore")) or 0
            for tc in children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(1, w_int(tcpr.find(W + "gridSpan")) or 1) if tcpr is not None else 1
                if not _is_merge_continuation(tcpr):
                    text, nested = self._cell_text(tc, depth)
                    if flat_kind is not None:
                        if text:
                            self.blocks.append(RawBlock(kind=flat_kind, raw_text=text))
                    else:
                        self.blocks.append(
                            RawBlock(kind="table_cell", raw_text=text, table=index, row=r, col=col, parent_table=parent)
                        )
                    for inner in nested:
                        self._table(inner, depth, index, flat_kind)
                col += span


def _is_merge_continuation(tcpr: etree._Element | None) -> bool:
    """A cell covered by the merged cell above (vMerge) or to its left (legacy hMerge)."""
    if tcpr is None:
        return False
    for tag in ("vMerge", "hMerge"):
        el = tcpr.find(W + tag)
        if el is not None and w_attr(el, "val") in (None, "continue"):
            return True
    return False


def _paragraph_text(p: etree._Element, depth: int) -> str:
    """The visible text of one paragraph, on one line, stripped."""
    parts: list[str] = []
    for node in PARAGRAPH_TEXT_XPATH(p, depth=depth):
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")
    return LINE_BREAKS_RE.sub(" ", "".join(parts)).strip()
