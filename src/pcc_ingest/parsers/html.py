"""Read an HTML page (often a web system's "export to Word" saved as .doc) into blocks.

Block elements (paragraphs, headings, list items, divs holding text) become
blocks in document order; tables become one block per cell on the grid
(colspan/rowspan honoured, covered positions read once), a table inside a
cell follows its cell with ``parent_table`` set.  Word's "single file web
page" (MHTML) is unwrapped to its HTML part first.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import lxml.html
from lxml import etree

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.sniff import HEAD_BYTES, looks_like_mhtml

BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "ul"]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
SKIP_TAGS = frozenset(["script", "style", "head", "template", "noscript", "object", "iframe", "svg", "math"])
# The charset a page declares in <meta charset=...> or http-equiv Content-Type;
# Thai pages exported by older systems are windows-874 / TIS-620.
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
FALLBACK_ENCODINGS = ("utf-8", "cp874")
BULLET = "•"
# LibreOffice writes the page header and footer as <div title="header"> / <div title="footer">.
RUNNING_DIV_TITLES = ("header", "footer")


def read_html(path: Path) -> list[RawBlock]:
    """The blocks of an HTML (or MHTML) file in document order."""
    root = lxml.html.document_fromstring(_html_text(path.read_bytes()))
    reader = _HtmlReader()
    body = root.find("body")
    reader.container(body if body is not None else root)
    return reader.blocks


def _html_text(data: bytes) -> str:
    """Decode the page: MHTML's HTML part, the declared charset, else UTF-8, else Thai Windows."""
    if looks_like_mhtml(data[:HEAD_BYTES]):
        message = email.message_from_bytes(data, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                return _decode(payload, part.get_content_charset())
    declared = META_CHARSET_RE.search(data[:4096])
    return _decode(data, declared.group(1).decode("ascii", "replace") if declared else None)


def _decode(data: bytes, charset: str | None) -> str:
    for encoding in ((charset,) if charset else ()) + FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


class _HtmlReader:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.paragraphs = 0
        self.tables = 0
        self.open_item: etree._Element | None = None  # an <li> whose label is not yet given out
        self.running: BlockKind | None = None  # inside LibreOffice's header/footer <div>

    def container(self, el: etree._Element) -> None:
        """Emit the blocks of ``el``: loose inline text between block children is a block too.

        The first block inside an ``<li>`` (often a ``<p>``) carries the item's label.
        """
        if el.tag == "li":
            self.open_item = el
        running = self.running
        if el.tag == "div" and el.get("title") in RUNNING_DIV_TITLES:
            self.running = el.get("title")
        buffer: list[str] = []
        if el.text:
            buffer.append(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in SKIP_TAGS or not tag:
                pass
            elif tag == "table":
                self._flush(buffer, el)
                self._table(child, None)
            elif tag in BLOCK_TAGS or _has_block(child):
                self._flush(buffer, el)
                self.container(child)
            elif tag == "br":
                buffer.append(" ")
            else:
                buffer.append(child.text_content())
            if child.tail:
                buffer.append(child.tail)
        self._flush(buffer, el)
        self.running = running

    def _flush(self, buffer: list[str], el: etree._Element) -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if not text:
            return
        kind: BlockKind = "paragraph"
        label = None
        if self.running is not None:
            self.blocks.append(RawBlock(kind=self.running, raw_text=text))
            return
        if el.tag in HEADING_TAGS:
            kind = "heading"
        elif self.open_item is not None:
            kind = "list_item"
            label = _li_label(self.open_item)
            self.open_item = None
        self.blocks.append(
            RawBlock(kind=kind, raw_text=f"{label} {text}" if label else text, paragraph=self.paragraphs, list_label=label)
        )
        self.paragraphs += 1

    def _table(self, table: etree._Element, parent: int | None) -> None:
        index = self.tables
        self.tables += 1
        covered: set[tuple[int, int]] = set()
        for r, tr in enumerate(_rows(table)):
            col = 0
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                while (r, col) in covered:
                    col += 1
                rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
                covered.update((r + i, col + j) for i in range(rowspan) for j in range(colspan))
                text, nested = _cell_content(td)
                self.blocks.append(
                    RawBlock(kind="table_cell", raw_text=text, table=index, row=r, col=col, parent_table=parent)
                )
                for inner in nested:
                    self._table(inner, index)
                col += colspan


def _has_block(el: etree._Element) -> bool:
    return any(isinstance(d.tag, str) and (d.tag in BLOCK_TAGS or d.tag == "table") for d in el.iterdescendants())


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (directly or in thead/tbody/tfoot), not those of nested tables."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child if tr.tag == "tr")
    return rows


def _span(td: etree._Element, attr: str) -> int:
    try:
        return max(1, min(int(td.get(attr, "1")), 1000))
    except ValueError:
        return 1


def _cell_content(td: etree._Element) -> tuple[str, list[etree._Element]]:
    """A cell's text without its nested tables, and those tables."""
    nested = [t for t in td.iterdescendants("table") if _nearest_table(t) is td]
    parts: list[str] = []

    def collect(el: etree._Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and child.tag != "table":
                if child.tag in BLOCK_TAGS or child.tag == "br":
                    parts.append(" ")
                collect(child)
                if child.tag in BLOCK_TAGS:
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    collect(td)
    return " ".join("".join(parts).split()), nested


def _nearest_table(table: etree._Element) -> etree._Element | None:
    """The cell a nested table sits in (its closest td/th ancestor)."""
    for anc in table.iterancestors():
        if anc.tag in ("td", "th"):
            return anc
    return None


def _li_label(li: etree._Element) -> str:
    """The marker a browser draws: "n." in an ordered list (``start``/``value`` honoured), else a bullet."""
    parent = li.getparent()
    if parent is None or parent.tag != "ol":
        return BULLET
    count = 0
    for item in [li, *li.itersiblings(preceding=True)]:
        if item.tag != "li":
            continue
        if item.get("value", "").strip().isdigit():
            return f"{int(item.get('value')) + count}."
        count += 1
    start = parent.get("start", "1").strip()
    return f"{(int(start) if start.isdigit() else 1) + count - 1}."
