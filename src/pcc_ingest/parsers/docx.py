"""Read a .docx into blocks in the order a reader meets them.

python-docx opens the package; the body is then walked as XML so that tables
stand where they are between paragraphs (python-docx lists paragraphs and
tables apart), merged cells are read once, nested tables follow their cell,
text boxes follow their anchor paragraph, and the list labels Word generates
("๑.", "1.2", "ก)") are rebuilt from ``numbering.xml``.  Page headers and
footers come last, once each, as ``header``/``footer`` blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.parsers.package_limits import check_package_size

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W = "{%s}" % W_NS
NS = {"w": W_NS, "mc": MC_NS}

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
# Built-in heading styles (styles.xml names are English whatever Word's UI language).
HEADING_STYLE_RE = re.compile(r"^(?:heading\s*[1-9]|title|subtitle)$", re.IGNORECASE)
MAX_OUTLINE_LEVEL = 8  # outlineLvl 9 is "body text"

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# Word's "thaiLetters" counts the consonants in dictionary order without the
# obsolete ฃ and ฅ (ก ข ค ง ...).
THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN_NUMERALS = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]
# Bullets from the Symbol/Wingdings fonts are stored as private-use code
# points (U+F0xx); the label carries the character a reader sees.
SYMBOL_BULLETS = {
    "\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "◆", "\uf076": "❖", "\uf0d8": "➢",
    "\uf0fc": "✓", "\uf06e": "■", "\uf06c": "●", "\uf071": "❑", "\uf0e0": "➢",
    "\uf02d": "-", "\uf0be": "—",
}
DEFAULT_BULLET = "•"
# A level placeholder in lvlText: "%1." or "%1.%2" (1-based level numbers).
LEVEL_PLACEHOLDER_RE = re.compile(r"%([1-9])")
LEVELS = 9
# Paragraph and text-box whitespace that would break the one-line-per-block text.
LINE_BREAKS_RE = re.compile(r"[\t\r\n\u000b\u000c]+")


def read_docx(path: Path) -> list[RawBlock]:
    """The blocks of a .docx: body in reading order, then headers and footers.

    Raises ``TooLarge`` for a package that would inflate past the safety
    limit (checked before python-docx inflates it), and what python-docx/lxml
    raise on a broken package; ``parsers.parse`` turns those into ``DamagedFile``.
    """
    check_package_size(path)
    document = docx.Document(str(path))
    styles = _Styles.from_xml(_related_root(document.part, RT.STYLES))
    numbering = _Numbering.from_xml(_related_root(document.part, RT.NUMBERING), styles)
    reader = _BodyReader(styles, numbering)
    reader.read_container(document.element.body, depth=0)
    reader.read_headers_footers(document)
    return reader.blocks


def _related_root(part, reltype: str) -> etree._Element | None:
    """The XML root of the part related to ``part`` by ``reltype``, if any.

    Looked up through the relationships, because python-docx's own accessors
    create a default part when the document has none.
    """
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else etree.fromstring(target.blob)
    return None


def _w(el: etree._Element | None, name: str) -> str | None:
    return None if el is None else el.get(W + name)


def _w_int(el: etree._Element | None) -> int | None:
    value = _w(el, "val")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# ------------------------------------------------------------------ styles


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None


@dataclass
class _Styles:
    """Paragraph styles by id, resolved through ``basedOn`` once per style."""

    styles: dict[str, _Style]
    _resolved: dict[str, tuple[bool, str | None, int | None]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> _Styles:
        styles: dict[str, _Style] = {}
        if root is not None:
            for st in root.iterchildren(W + "style"):
                ppr = st.find(W + "pPr")
                numpr = ppr.find(W + "numPr") if ppr is not None else None
                styles[_w(st, "styleId") or ""] = _Style(
                    name=_w(st.find(W + "name"), "val") or "",
                    based_on=_w(st.find(W + "basedOn"), "val"),
                    num_id=_w(numpr.find(W + "numId"), "val") if numpr is not None else None,
                    ilvl=_w_int(numpr.find(W + "ilvl")) if numpr is not None else None,
                    outline=_w_int(ppr.find(W + "outlineLvl")) if ppr is not None else None,
                )
        return cls(styles)

    def resolve(self, style_id: str | None) -> tuple[bool, str | None, int | None]:
        """``(is_heading, num_id, ilvl)`` a paragraph inherits from its style chain."""
        if not style_id or style_id not in self.styles:
            return False, None, None
        if style_id not in self._resolved:
            heading, num_id, ilvl = False, None, None
            seen: set[str] = set()
            sid: str | None = style_id
            while sid and sid in self.styles and sid not in seen:
                seen.add(sid)
                st = self.styles[sid]
                heading = heading or bool(HEADING_STYLE_RE.match(st.name)) or (
                    st.outline is not None and st.outline <= MAX_OUTLINE_LEVEL
                )
                num_id = num_id if num_id is not None else st.num_id
                ilvl = ilvl if ilvl is not None else st.ilvl
                sid = st.based_on
            self._resolved[style_id] = (heading, num_id, ilvl)
        return self._resolved[style_id]


# ------------------------------------------------------------------ numbering


@dataclass(frozen=True)
class _Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart_after: int | None = None  # lvlRestart: 0 never; None after any shallower level
    legal: bool = False  # isLgl: every level's number shown in decimal


@dataclass
class _Instance:
    """A ``w:num``: the abstract list it counts in and its level overrides."""

    abstract: str
    levels: dict[int, _Level]
    start_overrides: dict[int, int]
    used: bool = False


@dataclass
class _Numbering:
    """The lists of one document and their running counters.

    Counting follows Word and LibreOffice: list instances sharing an abstract
    definition continue one count unless an instance overrides a level's
    start; using a level restarts the deeper ones (unless ``lvlRestart`` says
    otherwise); a level used before its parents counts the parents as started.
    """

    instances: dict[str, _Instance]
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None, styles: _Styles) -> _Numbering:
        """Read ``numbering.xml`` once, so paragraphs never look anything up in XML."""
        if root is None:
            return cls({})
        abstract: dict[str, dict[int, _Level]] = {}
        style_link: dict[str, str] = {}
        for an in root.iterchildren(W + "abstractNum"):
            aid = _w(an, "abstractNumId") or ""
            abstract[aid] = {_w_int_attr(lvl, "ilvl"): _level(lvl) for lvl in an.iterchildren(W + "lvl")}
            link = _w(an.find(W + "numStyleLink"), "val")
            if link:
                style_link[aid] = link
        nums: dict[str, tuple[str, etree._Element]] = {}
        for num in root.iterchildren(W + "num"):
            aid = _w(num.find(W + "abstractNumId"), "val")
            if aid is not None:
                nums[_w(num, "numId") or ""] = (aid, num)
        # An abstract list that only names a list style (numStyleLink) counts
        # with the levels of the list that style points at.
        for aid, style_id in style_link.items():
            target = styles.styles.get(style_id)
            if target is not None and target.num_id in nums:
                linked_aid = nums[target.num_id][0]
                if linked_aid != aid and abstract.get(linked_aid):
                    abstract[aid] = abstract[linked_aid]
        instances: dict[str, _Instance] = {}
        for num_id, (aid, num) in nums.items():
            levels = dict(abstract.get(aid, {}))
            starts: dict[int, int] = {}
            for ov in num.iterchildren(W + "lvlOverride"):
                ilvl = _w_int_attr(ov, "ilvl")
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _w_int(ov.find(W + "startOverride"))
                if start is not None:
                    starts[ilvl] = start
            instances[num_id] = _Instance(aid, levels, starts)
        return cls(instances)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance list ``num_id`` at level ``ilvl`` and return the label Word draws.

        ``numId`` 0 switches a style's list off; it and unknown lists or levels
        have no label.
        """
        inst = self.instances.get(num_id)
        if inst is None or ilvl not in inst.levels or not 0 <= ilvl < LEVELS:
            return None
        counters = self.counters.setdefault(inst.abstract, [None] * LEVELS)
        if not inst.used:
            inst.used = True
            for k in inst.start_overrides:
                if 0 <= k < LEVELS:
                    counters[k] = None
        for k in range(ilvl):
            if counters[k] is None:
                counters[k] = self._start(inst, k)
        current = counters[ilvl]
        counters[ilvl] = self._start(inst, ilvl) if current is None else current + 1
        for k in range(ilvl + 1, LEVELS):
            restart_after = inst.levels.get(k, _Level()).restart_after
            if restart_after is None or ilvl < restart_after:
                counters[k] = None
        return self._render(inst, ilvl, counters)

    @staticmethod
    def _start(inst: _Instance, ilvl: int) -> int:
        return inst.start_overrides.get(ilvl, inst.levels.get(ilvl, _Level()).start)

    def _render(self, inst: _Instance, ilvl: int, counters: list[int | None]) -> str | None:
        level = inst.levels[ilvl]
        if level.fmt == "bullet":
            return _bullet(level.text)

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters[k]
            if value is None:
                value = self._start(inst, k)
            return format_number(value, "decimal" if level.legal else inst.levels.get(k, _Level()).fmt)

        return LEVEL_PLACEHOLDER_RE.sub(number, level.text).strip() or None


def _w_int_attr(el: etree._Element, name: str) -> int:
    try:
        return int(_w(el, name) or 0)
    except ValueError:
        return 0


def _level(lvl: etree._Element) -> _Level:
    start = _w_int(lvl.find(W + "start"))
    restart = _w_int(lvl.find(W + "lvlRestart"))
    legal = lvl.find(W + "isLgl")
    text_el = lvl.find(W + "lvlText")
    return _Level(
        start=1 if start is None else start,
        fmt=_w(lvl.find(W + "numFmt"), "val") or "decimal",
        text="" if text_el is None else _w(text_el, "val") or "",
        restart_after=restart,
        legal=legal is not None and _w(legal, "val") not in ("0", "false", "off"),
    )


def _bullet(text: str) -> str | None:
    label = "".join(
        SYMBOL_BULLETS.get(ch, DEFAULT_BULLET) if "\ue000" <= ch <= "\uf8ff" else ch for ch in text
    ).strip()
    return label or None


def format_number(value: int, fmt: str) -> str:
    """Write ``value`` in a Word number format (``w:numFmt``); unknown formats as decimal."""
    if fmt == "thaiNumbers":
        return str(value).translate(str.maketrans("0123456789", THAI_DIGITS))
    if fmt == "thaiLetters":
        return _letters(value, THAI_LETTERS)
    if fmt == "lowerLetter":
        return _letters(value, LATIN_LETTERS)
    if fmt == "upperLetter":
        return _letters(value, LATIN_LETTERS).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


def _letters(value: int, letters: str) -> str:
    """Word's letter counting: a..z, then aa..zz, aaa... (repeats, not base 26)."""
    if value < 1:
        return str(value)
    n = len(letters)
    return letters[(value - 1) % n] * ((value - 1) // n + 1)


def _roman(value: int) -> str:
    if value < 1:
        return str(value)
    out = []
    for v, s in ROMAN_NUMERALS:
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)


# ------------------------------------------------------------------ body


HEADER_FOOTER_PARTS: tuple[tuple[str, BlockKind], ...] = (
    ("first_page_header", "header"),
    ("header", "header"),
    ("even_page_header", "header"),
    ("first_page_footer", "footer"),
    ("footer", "footer"),
    ("even_page_footer", "footer"),
)


class _BodyReader:
    """Walks block containers (body, cell, text box, header) and collects blocks."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
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
        for el in _block_children(container):
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
            style_id = _w(ppr.find(W + "pStyle"), "val")
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                num_id = _w(numpr.find(W + "numId"), "val")
                ilvl = _w_int(numpr.find(W + "ilvl"))
            outline = _w_int(ppr.find(W + "outlineLvl"))
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
        for el in _block_children(tc):
            if el.tag == W + "p":
                _, label = self._paragraph_role(el)
                text = _paragraph_text(el, depth)
                if text:
                    texts.append(f"{label} {text}" if label else text)
                for box in TEXT_BOXES_XPATH(el, depth=depth):  # a text box in a cell reads as part of it
                    texts.extend(_paragraph_text(bp, depth + 1) for bp in _block_children(box) if bp.tag == W + "p")
            else:
                nested.append(el)
        return " ".join(t for t in texts if t), nested

    def _table(self, tbl: etree._Element, depth: int, parent: int | None, flat_kind: BlockKind | None) -> None:
        index = self.tables
        self.tables += 1
        for r, tr in enumerate(_children(tbl, "tr")):
            col = _w_int(tr.find(f"{W}trPr/{W}gridBefore")) or 0
            for tc in _children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(1, _w_int(tcpr.find(W + "gridSpan")) or 1) if tcpr is not None else 1
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
        if el is not None and _w(el, "val") in (None, "continue"):
            return True
    return False


def _block_children(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a container, looking through content controls and custom XML."""
    for el in container:
        tag = el.tag
        if tag == W + "p" or tag == W + "tbl":
            yield el
        elif tag == W + "sdt":
            content = el.find(W + "sdtContent")
            if content is not None:
                yield from _block_children(content)
        elif tag == W + "customXml":
            yield from _block_children(el)


def _children(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, looking through content controls."""
    for child in el:
        if child.tag == W + name:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _children(content, name)


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
