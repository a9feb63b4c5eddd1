"""Rebuild the test corpus (corpus/*.docx, corpus/*.pdf) from the plain-text sources in corpus/src/.

Why: the pipeline must be tested on real Word and PDF files, but binary files cannot be
reviewed.  Each document is kept as a readable source (markup described in
corpus/README.md); this script turns it into a .docx with python-docx (TH SarabunPSK,
Word list numbering, merged and nested table cells, header and footer) and then into a
.pdf with LibreOffice.  Output is made as deterministic as the tools allow: fixed core
properties, fixed zip timestamps, fixed PDF dates and IDs.

Usage:  python scripts/build_corpus.py [--only SLUG ...] [--docx-only]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

import docx
import pypdfium2
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, Twips

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "corpus" / "src"
OUT_DIR = ROOT / "corpus"

THAI_FONT = "TH SarabunPSK"
# TH SarabunPSK is not installed; Laksaman is its TLWG clone and has the Microsoft Thai
# private-use glyphs (U+F700-U+F71A) the damaged document needs.  It is rescaled and
# renamed at build time (write_substitute_font) for LibreOffice only.
TLWG_DIR = Path("/usr/share/fonts/truetype/tlwg")
SUBSTITUTE_FONT_FILES = (("Laksaman.ttf", "Regular"), ("Laksaman-Bold.ttf", "Bold"))
SARABUN_SCALE = 0.66  # the TLWG fontconfig rule's matrix for "TH Sarabun" -> Laksaman
BODY_PT = 16
FIXED_TIME = datetime(2024, 1, 1, tzinfo=UTC)
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
AUTHOR = "pcc-ingest corpus"
SOFFICE_TIMEOUT_S = 180
INDENT_CM = 1.25
EMU_PER_TWIP = 635
CELL_MARGINS_TWIPS = 216  # Table Grid: 108 twips left + 108 right

# "key: value" lines of the metadata block at the top of a source file.
META_LINE = re.compile(r"^(?P<key>[a-z_]+):\s*(?P<value>.*)$")
# "# Heading" .. "### Heading": Word Heading 1-3 styles.
HEADING_LINE = re.compile(r"^(?P<hashes>#{1,3})\s+(?P<text>.+)$")
# "[๑.] text", "[1)] text", "[(1)] text", "[๑.๑] text", "[•] text": a paragraph numbered by Word.
LIST_LINE = re.compile(r"^\[(?P<label>[^\]\s]+)\]\s+(?P<text>.+)$")
# The visible label inside the brackets: optional "(", one or two numbers, closing "." or ")".
LIST_LABEL = re.compile(
    r"^(?P<open>\(?)(?P<first>[0-9]+|[๐-๙]+)(?:\.(?P<second>[0-9]+|[๐-๙]+))?(?P<close>[.)]?)$"
)
# ">> text" (signature block, indented to the right half) and "> text" (centred).
RIGHT_LINE = re.compile(r"^>>\s+(?P<text>.*)$")
CENTER_LINE = re.compile(r"^>\s+(?P<text>.*)$")
# "@table opts", "@subtable name opts", "@end", "@page": block directives.
DIRECTIVE_LINE = re.compile(r"^@(?P<name>[a-z]+)\b\s*(?P<args>.*)$")
# "key=value" options of a directive.
DIRECTIVE_OPTION = re.compile(r"(?P<key>[a-z]+)=(?P<value>\S+)")
# "**bold**" spans inside a paragraph or cell.
BOLD_SPAN = re.compile(r"\*\*(.+?)\*\*")
# " ¶ " separates the paragraphs of one table cell.
CELL_PARAGRAPH_BREAK = re.compile(r"\s*¶\s*")
# "{{name}}" as a whole cell paragraph: the sub-table of that name goes into the cell.
NESTED_TABLE_REF = re.compile(r"^\{\{(?P<name>[a-z0-9-]+)\}\}$")
# A cell that is only a figure (1,234 / ๕,๐๐๐ / 66.67 / -) is centred like clerks do.
FIGURE_CELL = re.compile(r"^[-–]?[0-9๐-๙][0-9๐-๙,.]*%?$|^-$")
# A Thai digit: the label asks for Word's thaiNumbers format rather than decimal.
THAI_DIGIT = re.compile("[๐-๙]")
# "{PAGE}" in header/footer text: Word's PAGE field.
PAGE_FIELD = re.compile(r"\{PAGE\}")
# The PDF's creation/modification date and trailer ID, which LibreOffice sets from the clock.
PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")
PDF_ID = re.compile(rb"/ID\s*\[\s*<(?P<a>[0-9A-Fa-f]+)>\s*<(?P<b>[0-9A-Fa-f]+)>\s*\]")
# LibreOffice's /DocChecksum in the trailer, a hash taken before the dates are fixed.
PDF_CHECKSUM = re.compile(rb"/DocChecksum\s*/(?P<a>[0-9A-Fa-f]+)")
# A list style LibreOffice made from a Word list instance (w:num), in an ODT's XML.
ODT_LIST_STYLE = re.compile(r'<text:list-style style:name="WWNum(?P<num>\d+)".*?</text:list-style>', re.DOTALL)

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class SourceError(ValueError):
    """A corpus source file breaks the markup rules (message names file and line)."""


# --------------------------------------------------------------------------- source model


@dataclass
class Meta:
    """The metadata block of one source file."""

    slug: str
    title: str
    formats: tuple[str, ...]
    damage: str = "none"
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    orientation: str = "portrait"


@dataclass
class Para:
    """One body paragraph; ``style`` is normal, heading1-3, center, right or list."""

    text: str
    style: str = "normal"
    indent: int = 0
    label: str | None = None
    line: int = 0


@dataclass
class Table:
    """A table as rows of cell strings still holding their markup (<, ^, ¶, {{name}})."""

    rows: list[list[str]]
    widths: list[float]
    header_rows: int = 0
    borders: bool = True
    size: float | None = None
    line: int = 0


@dataclass
class PageBreak:
    """An explicit page break."""


@dataclass
class Source:
    """A parsed source file: metadata, body elements and named sub-tables."""

    path: Path
    meta: Meta
    body: list[Para | Table | PageBreak]
    subtables: dict[str, Table]


def parse_source(path: Path) -> Source:
    """Read one corpus source file into a ``Source``; raise ``SourceError`` on bad markup."""
    lines = path.read_text(encoding="utf-8").splitlines()
    meta, start = _parse_meta(path, lines)
    body: list[Para | Table | PageBreak] = []
    subtables: dict[str, Table] = {}
    i = start
    while i < len(lines):
        raw = lines[i]
        lineno = i + 1
        if not raw.strip() or raw.startswith("%%"):
            i += 1
            continue
        directive = DIRECTIVE_LINE.match(raw)
        if directive:
            name, args = directive["name"], directive["args"]
            if name == "page":
                body.append(PageBreak())
                i += 1
                continue
            if name not in ("table", "subtable"):
                raise SourceError(f"{path}:{lineno}: unknown directive @{name}")
            end = _find_end(path, lines, i)
            table = _parse_table(path, lines[i + 1 : end], args, lineno)
            if name == "table":
                body.append(table)
            else:
                sub_name = args.split()[0] if args.split() else ""
                if not sub_name or "=" in sub_name:
                    raise SourceError(f"{path}:{lineno}: @subtable needs a name")
                subtables[sub_name] = table
            i = end + 1
            continue
        body.append(_parse_paragraph(path, raw, lineno))
        i += 1
    _check_nested_refs(path, body, subtables)
    return Source(path, meta, body, subtables)


def _parse_meta(path: Path, lines: list[str]) -> tuple[Meta, int]:
    values: dict[str, list[str]] = {}
    for i, line in enumerate(lines):
        if line.strip() == "---":
            return _meta_from(path, values), i + 1
        if not line.strip():
            continue
        m = META_LINE.match(line)
        if not m:
            raise SourceError(f"{path}:{i + 1}: expected 'key: value' or '---'")
        values.setdefault(m["key"], []).append(m["value"].strip())
    raise SourceError(f"{path}: metadata block is not closed by '---'")


def _meta_from(path: Path, values: dict[str, list[str]]) -> Meta:
    known = {"slug", "title", "formats", "damage", "header", "footer", "orientation"}
    unknown = set(values) - known
    if unknown:
        raise SourceError(f"{path}: unknown metadata keys {sorted(unknown)}")
    slug = values.get("slug", [""])[0]
    if slug != path.stem:
        raise SourceError(f"{path}: slug {slug!r} must equal the file name {path.stem!r}")
    formats = tuple(f.strip() for f in values.get("formats", ["docx, pdf"])[0].split(","))
    if set(formats) - {"docx", "pdf"} or "pdf" not in formats:
        raise SourceError(f"{path}: formats must be 'docx, pdf' or 'pdf'")
    damage = values.get("damage", ["none"])[0]
    if damage not in ("none", "legacy-pua"):
        raise SourceError(f"{path}: damage must be 'none' or 'legacy-pua'")
    orientation = values.get("orientation", ["portrait"])[0]
    if orientation not in ("portrait", "landscape"):
        raise SourceError(f"{path}: orientation must be portrait or landscape")
    return Meta(
        slug=slug,
        title=values.get("title", [slug])[0],
        formats=formats,
        damage=damage,
        header=values.get("header", []),
        footer=values.get("footer", []),
        orientation=orientation,
    )


def _find_end(path: Path, lines: list[str], start: int) -> int:
    for j in range(start + 1, len(lines)):
        if lines[j].strip() == "@end":
            return j
    raise SourceError(f"{path}:{start + 1}: table is not closed by @end")


def _parse_table(path: Path, rows_text: list[str], args: str, lineno: int) -> Table:
    opts = {m["key"]: m["value"] for m in DIRECTIVE_OPTION.finditer(args)}
    rows = [r.split("\t") for r in rows_text if r.strip() and not r.startswith("%%")]
    if not rows:
        raise SourceError(f"{path}:{lineno}: empty table")
    ncols = len(rows[0])
    for k, row in enumerate(rows):
        if len(row) != ncols:
            raise SourceError(
                f"{path}:{lineno}: row {k + 1} of the table has {len(row)} cells, expected {ncols}"
            )
    widths = [float(w) for w in opts["widths"].split(",")] if "widths" in opts else [1.0] * ncols
    if len(widths) != ncols:
        raise SourceError(f"{path}:{lineno}: widths= gives {len(widths)} columns, table has {ncols}")
    return Table(
        rows=[[c.strip() for c in row] for row in rows],
        widths=widths,
        header_rows=int(opts.get("header", "0")),
        borders=opts.get("borders", "grid") != "none",
        size=float(opts["size"]) if "size" in opts else None,
        line=lineno,
    )


def _parse_paragraph(path: Path, raw: str, lineno: int) -> Para:
    indent = len(raw) - len(raw.lstrip("\t"))
    text = raw.lstrip("\t").rstrip()
    if m := HEADING_LINE.match(text):
        return Para(m["text"], style=f"heading{len(m['hashes'])}", line=lineno)
    if m := LIST_LINE.match(text):
        label = m["label"]
        if label != "•" and not LIST_LABEL.match(label):
            raise SourceError(f"{path}:{lineno}: list label [{label}] is not a number or [•]")
        return Para(m["text"], style="list", indent=indent, label=label, line=lineno)
    if m := RIGHT_LINE.match(text):
        return Para(m["text"], style="right", line=lineno)
    if m := CENTER_LINE.match(text):
        return Para(m["text"], style="center", line=lineno)
    return Para(text, indent=indent, line=lineno)


def _check_nested_refs(path: Path, body: list, subtables: dict[str, Table]) -> None:
    used: set[str] = set()
    for table in [b for b in body if isinstance(b, Table)] + list(subtables.values()):
        for row in table.rows:
            for cell in row:
                for part in CELL_PARAGRAPH_BREAK.split(cell):
                    if m := NESTED_TABLE_REF.match(part):
                        if m["name"] not in subtables:
                            raise SourceError(f"{path}:{table.line}: no @subtable {m['name']}")
                        used.add(m["name"])
    unused = set(subtables) - used
    if unused:
        raise SourceError(f"{path}: @subtable {sorted(unused)} defined but never placed")


# --------------------------------------------------------------------------- legacy PUA damage

# Old Word-to-PDF exports of Thai wrote the font's positional glyph variants, whose code
# points are in Microsoft's Thai private-use block, into the PDF text layer.  The tables
# below are that block (as in Tahoma, the TLWG fonts and fixthaipdf's repair map).
TONE_LOW = dict(zip("่้๊๋์", "\uf70a\uf70b\uf70c\uf70d\uf70e"))
TONE_LOW_LEFT = dict(zip("่้๊๋์", "\uf705\uf706\uf707\uf708\uf709"))
TONE_LEFT = dict(zip("่้๊๋์", "\uf713\uf714\uf715\uf716\uf717"))
UPPER_LEFT = dict(zip("ัิีึืํ็", "\uf710\uf701\uf702\uf703\uf704\uf711\uf712"))
LOWER_LOW = {"\u0e38": "\uf718", "\u0e39": "\uf719", "\u0e3a": "\uf71a"}  # sara u, sara uu, phinthu
DESCENDERLESS = {"ญ": "\uf70f", "ฐ": "\uf700"}
TALL_CONSONANTS = frozenset("ปฝฟฬ")
DESCENDER_CONSONANTS = frozenset("ฎฏ")
SARA_AM = "ำ"
NIKHAHIT_AA = "\u0e4d\u0e32"


def to_legacy_glyphs(text: str) -> str:
    """Rewrite Thai text the way a legacy Word PDF export encoded it.

    Sara am becomes nikhahit + sara aa; a tone mark with no upper vowel (or sara am)
    beside it becomes the lowered PUA variant; marks on tall consonants (ป ฝ ฟ ฬ) become
    the left-shifted variants; below vowels under ฎ ฏ, and ญ ฐ above a below vowel, take
    their PUA forms.
    """
    out: list[str] = []
    base = ""
    upper_seen = False
    for i, ch in enumerate(text):
        tall = base in TALL_CONSONANTS
        if ch in TONE_LOW:
            if upper_seen or text[i + 1 : i + 2] == SARA_AM:
                out.append(TONE_LEFT[ch] if tall else ch)
            else:
                out.append(TONE_LOW_LEFT[ch] if tall else TONE_LOW[ch])
        elif ch in UPPER_LEFT:
            upper_seen = True
            out.append(UPPER_LEFT[ch] if tall else ch)
        elif ch in LOWER_LOW:
            if base in DESCENDERLESS and out[-1] == base:
                out[-1] = DESCENDERLESS[base]
            out.append(LOWER_LOW[ch] if base in DESCENDER_CONSONANTS else ch)
        elif ch == SARA_AM:
            out.append(UPPER_LEFT["ํ"] + "า" if tall else NIKHAHIT_AA)
            upper_seen = False
        else:
            base = ch
            upper_seen = False
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------- docx rendering


def _rpr_fonts_xml(size_pt: float, bold: bool = False) -> str:
    half_points = round(size_pt * 2)
    b = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:rFonts w:ascii="{THAI_FONT}" w:eastAsia="{THAI_FONT}" w:hAnsi="{THAI_FONT}" '
        f'w:cs="{THAI_FONT}" w:hint="cs"/>{b}<w:sz w:val="{half_points}"/>'
        f'<w:szCs w:val="{half_points}"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="th-TH"/>'
    )


def _set_run_font(run, size_pt: float) -> None:
    """Set the Thai font the way Word writes it: ascii/hAnsi/eastAsia/cs, sz and szCs, lang."""
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), THAI_FONT)
    fonts.set(qn("w:hint"), "cs")
    run.font.size = Pt(size_pt)
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = parse_xml(f"<w:szCs {nsdecls('w')}/>")
        rpr.find(qn("w:sz")).addnext(szcs)
    szcs.set(qn("w:val"), str(round(size_pt * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "th-TH")


def _set_style_fonts(style_el, size_pt: float, bold: bool) -> None:
    """Replace a style's run properties (theme fonts, colour) with the Thai font."""
    rpr = style_el.find(qn("w:rPr"))
    if rpr is not None:
        style_el.remove(rpr)
    style_el.append(parse_xml(f"<w:rPr {nsdecls('w')}>{_rpr_fonts_xml(size_pt, bold)}</w:rPr>"))


def _setup_styles(document) -> None:
    styles_el = document.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr_default.clear()
    rpr_default.append(parse_xml(f"<w:rPr {nsdecls('w')}>{_rpr_fonts_xml(BODY_PT)}</w:rPr>"))
    ppr_default = defaults.find(qn("w:pPrDefault"))
    ppr_default.clear()
    ppr_default.append(
        parse_xml(f'<w:pPr {nsdecls("w")}><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>')
    )
    for style_id, size, bold in (
        ("Normal", BODY_PT, False),
        ("Heading1", 18, True),
        ("Heading2", 16, True),
        ("Heading3", 16, True),
        ("Header", 14, False),
        ("Footer", 14, False),
    ):
        el = styles_el.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        _set_style_fonts(el, size, bold)
    for style_id in ("Heading1", "Heading2", "Heading3"):
        el = styles_el.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        spacing = el.find(qn("w:pPr")).find(qn("w:spacing"))
        spacing.set(qn("w:before"), "120")
        spacing.set(qn("w:after"), "60")
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "th-TH")


def _setup_page(document, meta: Meta) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if meta.orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)


def _text_width(document) -> int:
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


class Numbering:
    """Word list numbering for one document: abstract definitions and list instances.

    A list item whose first number is 1 starts a new list instance (Word restarts at 1);
    any other number continues the open instance of the same label shape.  The label
    written in the source must equal what Word will display, so the source stays a
    faithful picture of the document.
    """

    def __init__(self, document, path: Path) -> None:
        self._numbering_el = document.part.numbering_part.element
        self._path = path
        self._abstract: dict[tuple[str, str, str], int] = {}
        self._open: dict[tuple[str, str, str], tuple[int, list[int]]] = {}
        existing = [int(n.get(qn("w:abstractNumId"))) for n in self._numbering_el.findall(qn("w:abstractNum"))]
        self._next_abstract = max(existing, default=-1) + 1
        nums = [int(n.get(qn("w:numId"))) for n in self._numbering_el.findall(qn("w:num"))]
        self._next_num = max(nums, default=0) + 1
        self.thai_num_ids: list[int] = []

    def number(self, paragraph, para: Para, indent_twips: int) -> None:
        """Attach w:numPr to ``paragraph`` for the list item ``para``."""
        key, level, values = self._parse_label(para)
        if key not in self._abstract:
            self._abstract[key] = self._add_abstract(key)
        if (level == 0 and values[0] == 1) or key not in self._open:
            self._open[key] = (self._add_num(self._abstract[key]), [0, 0])
            if key[0] == "thaiNumbers":
                self.thai_num_ids.append(self._open[key][0])
        num_id, counters = self._open[key]
        if key[0] != "bullet":
            self._check_label(para, level, values, counters)
        if level == 0:
            counters[0] += 1
            counters[1] = 0
        else:
            counters[1] += 1
        ppr = paragraph._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id
        if indent_twips:
            ind = ppr.get_or_add_ind()
            ind.left = Twips(indent_twips + 720 * (level + 1))
            ind.hanging = Twips(360 + 180 * level)

    def _parse_label(self, para: Para) -> tuple[tuple[str, str, str], int, list[int]]:
        if para.label == "•":
            return ("bullet", "", ""), 0, [0]
        m = LIST_LABEL.match(para.label or "")
        fmt = "thaiNumbers" if THAI_DIGIT.search(m["first"]) else "decimal"
        first = int(m["first"].translate(THAI_DIGITS))
        if m["second"]:
            key = (fmt, m["open"], self._level0_close(fmt, m["open"]))
            return key, 1, [first, int(m["second"].translate(THAI_DIGITS))]
        if m["open"] and m["close"] != ")":
            raise SourceError(f"{self._path}:{para.line}: label [{para.label}] opens '(' without ')'")
        return (fmt, m["open"], m["close"]), 0, [first]

    def _level0_close(self, fmt: str, opener: str) -> str:
        """The level-0 shape a second-level item belongs to: the open list of that format."""
        for key in self._open:
            if key[0] == fmt and key[1] == opener:
                return key[2]
        raise SourceError(f"{self._path}: a second-level item needs an open first-level list")

    def _check_label(self, para: Para, level: int, values: list[int], counters: list[int]) -> None:
        expected = [counters[0] + 1] if level == 0 else [counters[0], counters[1] + 1]
        if values != expected:
            raise SourceError(
                f"{self._path}:{para.line}: label [{para.label}] but Word will number it "
                f"{'.'.join(map(str, expected))}"
            )

    def _add_abstract(self, key: tuple[str, str, str]) -> int:
        fmt, opener, close = key
        aid = self._next_abstract
        self._next_abstract += 1
        levels = [("bullet", "•"), ("bullet", "-")] if fmt == "bullet" else [(fmt, f"{opener}%1{close}"), (fmt, "%1.%2")]
        lvl_xml = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="{360 + 180 * i}"/></w:pPr>'
            f"<w:rPr>{_rpr_fonts_xml(BODY_PT)}</w:rPr></w:lvl>"
            for i, (f, text) in enumerate(levels)
        )
        el = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:nsid w:val="{0x1A2B0000 + aid:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f"{lvl_xml}</w:abstractNum>"
        )
        first_num = self._numbering_el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            self._numbering_el.append(el)
        return aid

    def _add_num(self, abstract_id: int) -> int:
        num_id = self._next_num
        self._next_num += 1
        self._numbering_el.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return num_id


class Renderer:
    """Turns a ``Source`` into a python-docx document."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.document = docx.Document()
        self.damaged = source.meta.damage == "legacy-pua"
        _setup_styles(self.document)
        _setup_page(self.document, source.meta)
        self.numbering = Numbering(self.document, source.path)

    def render(self) -> docx.document.Document:
        """Build and return the document."""
        for element in self.source.body:
            if isinstance(element, PageBreak):
                self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(element, Table):
                self._table(self.document, element, _text_width(self.document))
            else:
                self._paragraph(self.document.add_paragraph(), element, BODY_PT)
        self._header_footer()
        self._core_properties()
        return self.document

    def _runs(self, paragraph, text: str, size: float, bold: bool = False) -> None:
        pos = 0
        for m in BOLD_SPAN.finditer(text):
            if m.start() > pos:
                self._run(paragraph, text[pos : m.start()], size, bold)
            self._run(paragraph, m.group(1), size, True)
            pos = m.end()
        if pos < len(text):
            self._run(paragraph, text[pos:], size, bold)

    def _run(self, paragraph, text: str, size: float, bold: bool) -> None:
        run = paragraph.add_run(to_legacy_glyphs(text) if self.damaged else text)
        _set_run_font(run, size)
        if bold:
            run.bold = True
            rpr = run._r.get_or_add_rPr()
            if rpr.find(qn("w:bCs")) is None:
                rpr.find(qn("w:b")).addnext(parse_xml(f"<w:bCs {nsdecls('w')}/>"))

    def _paragraph(self, paragraph, para: Para, size: float) -> None:
        style = para.style
        if style.startswith("heading"):
            paragraph.style = self.document.styles[f"Heading {style[-1]}"]
            self._runs(paragraph, para.text, 18 if style == "heading1" else 16, bold=True)
            return
        fmt = paragraph.paragraph_format
        if style == "center":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "right":
            fmt.left_indent = Cm(9)
        elif style == "list":
            self.numbering.number(paragraph, para, int(Cm(INDENT_CM * para.indent).twips))
        elif para.indent:
            fmt.first_line_indent = Cm(INDENT_CM * para.indent)
        self._runs(paragraph, para.text, size)

    def _table(self, container, spec: Table, width_emu: int) -> None:
        nrows, ncols = len(spec.rows), len(spec.rows[0])
        table = container.add_table(rows=nrows, cols=ncols)
        if spec.borders:
            table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        total = sum(spec.widths)
        col_twips = [int(width_emu * w / total / EMU_PER_TWIP) for w in spec.widths]
        self._set_grid(table, col_twips)
        size = spec.size or BODY_PT
        origins = self._merge(table, spec)
        for r in range(spec.header_rows):
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        for (r, c), cell in origins.items():
            span_twips = sum(col_twips[c : c + self._span_width(spec, r, c)])
            self._fill_cell(cell, spec.rows[r][c], size, bold=r < spec.header_rows, width_twips=span_twips)

    @staticmethod
    def _set_grid(table, col_twips: list[int]) -> None:
        """Fixed column widths (table.autofit = False already set w:tblLayout fixed)."""
        tbl = table._tbl
        for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), col_twips):
            gc.set(qn("w:w"), str(w))
        for row in table.rows:
            for cell, w in zip(row.cells, col_twips):
                cell.width = Twips(w)

    @staticmethod
    def _span_width(spec: Table, r: int, c: int) -> int:
        w = 1
        while c + w < len(spec.rows[r]) and spec.rows[r][c + w] == "<":
            w += 1
        return w

    def _merge(self, table, spec: Table) -> dict[tuple[int, int], object]:
        """Merge the rectangles the <, ^ markers describe; return each origin's cell."""
        covered: set[tuple[int, int]] = set()
        origins: dict[tuple[int, int], object] = {}
        rects: list[tuple[int, int, int, int]] = []
        for r, row in enumerate(spec.rows):
            for c, text in enumerate(row):
                if (r, c) in covered:
                    continue
                if text in ("<", "^"):
                    raise SourceError(
                        f"{self.source.path}:{spec.line}: table row {r + 1} col {c + 1}: "
                        f"'{text}' does not continue any cell"
                    )
                w = self._span_width(spec, r, c)
                h = 1
                while r + h < len(spec.rows) and spec.rows[r + h][c] == "^":
                    h += 1
                for rr in range(r, r + h):
                    for cc in range(c, c + w):
                        if (rr, cc) != (r, c):
                            if spec.rows[rr][cc] not in ("<", "^"):
                                raise SourceError(
                                    f"{self.source.path}:{spec.line}: merged block at row {r + 1} "
                                    f"col {c + 1} is not rectangular"
                                )
                            covered.add((rr, cc))
                rects.append((r, c, h, w))
        for r, c, h, w in rects:
            cell = table.cell(r, c)
            if h > 1 or w > 1:
                cell = cell.merge(table.cell(r + h - 1, c + w - 1))
            origins[(r, c)] = cell
        return origins

    def _fill_cell(self, cell, text: str, size: float, bold: bool, width_twips: int) -> None:
        parts = CELL_PARAGRAPH_BREAK.split(text) if text else [""]
        first = cell.paragraphs[0]
        used_first = False
        for part in parts:
            if m := NESTED_TABLE_REF.match(part):
                if not used_first:
                    cell._tc.remove(first._p)
                    used_first = True
                sub = self.source.subtables[m["name"]]
                self._table(cell, sub, int((width_twips - CELL_MARGINS_TWIPS) * EMU_PER_TWIP))
                continue
            paragraph = first if not used_first else cell.add_paragraph()
            used_first = True
            para = _parse_paragraph(self.source.path, part, 0)
            if para.style == "list":
                self.numbering.number(paragraph, para, 0)
                self._runs(paragraph, para.text, size, bold)
            else:
                if bold or FIGURE_CELL.match(part):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._runs(paragraph, part, size, bold)

    def _header_footer(self) -> None:
        section = self.document.sections[0]
        for lines, part, align in (
            (self.source.meta.header, section.header, WD_ALIGN_PARAGRAPH.RIGHT),
            (self.source.meta.footer, section.footer, WD_ALIGN_PARAGRAPH.CENTER),
        ):
            if not lines:
                continue
            part.is_linked_to_previous = False
            for k, line in enumerate(lines):
                p = part.paragraphs[0] if k == 0 else part.add_paragraph()
                p.alignment = align
                pieces = PAGE_FIELD.split(line)
                for j, piece in enumerate(pieces):
                    if piece:
                        self._runs(p, piece, 14)
                    if j < len(pieces) - 1:
                        p._p.append(
                            parse_xml(
                                f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr>'
                                f"{_rpr_fonts_xml(14)}</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
                            )
                        )

    def _core_properties(self) -> None:
        props = self.document.core_properties
        props.author = AUTHOR
        props.last_modified_by = AUTHOR
        props.title = self.source.meta.title
        props.created = FIXED_TIME
        props.modified = FIXED_TIME
        props.last_printed = FIXED_TIME
        props.revision = 1
        props.comments = ""
        props.keywords = ""
        props.subject = ""
        props.category = ""


def save_deterministic(document, target: Path) -> None:
    """Save a docx whose bytes depend only on its content (fixed zip timestamps)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        document.save(raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename == "docProps/thumbnail.jpeg":
                    continue
                data = zin.read(info.filename)
                if info.filename in ("[Content_Types].xml", "_rels/.rels"):
                    data = _drop_thumbnail_refs(data)
                out = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
                out.compress_type = zipfile.ZIP_DEFLATED
                out.external_attr = 0o644 << 16
                zout.writestr(out, data)


def _drop_thumbnail_refs(data: bytes) -> bytes:
    """Remove the default template's thumbnail, which shows an unrelated page."""
    data = re.sub(rb'<Relationship [^>]*thumbnail\.jpeg"/>', b"", data)
    return re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)


# --------------------------------------------------------------------------- PDF conversion


def _sfnt_tables(data: bytes) -> dict[bytes, bytes]:
    """The tables of a TrueType font file, by tag."""
    num_tables = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(num_tables):
        tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        tables[tag] = data[offset : offset + length]
    return tables


def _sfnt_checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _sfnt_pack(tables: dict[bytes, bytes]) -> bytes:
    """Assemble tables into a TrueType file with correct offsets and checksums."""
    tags = sorted(tables)
    n = len(tags)
    entry_selector = n.bit_length() - 1
    search_range = (1 << entry_selector) * 16
    header = struct.pack(">IHHHH", 0x00010000, n, search_range, entry_selector, n * 16 - search_range)
    offset = 12 + 16 * n
    directory, body = b"", b""
    for tag in tags:
        table = tables[tag]
        directory += struct.pack(">4sIII", tag, _sfnt_checksum(table), offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    font = bytearray(header + directory + body)
    head_at = offset + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[: tags.index(b"head")])
    struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - _sfnt_checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def _renamed_name_table(table: bytes, family: str, style: str) -> bytes:
    """The 'name' table with family, full and PostScript names replaced, other records kept."""
    _fmt, count, string_offset = struct.unpack(">HHH", table[:6])
    full = family if style == "Regular" else f"{family} {style}"
    postscript = family.replace(" ", "") + ("" if style == "Regular" else f"-{style}")
    replacements = {1: family, 3: f"{postscript};corpus-build", 4: full, 6: postscript, 16: family}
    records, strings = [], b""
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack(
            ">6H", table[6 + 12 * i : 18 + 12 * i]
        )
        raw = table[string_offset + offset : string_offset + offset + length]
        if name_id in replacements:
            codec = "utf-16-be" if platform in (0, 3) else "latin-1"
            raw = replacements[name_id].encode(codec)
        records.append(struct.pack(">6H", platform, encoding, language, name_id, len(raw), len(strings)))
        strings += raw
    return struct.pack(">HHH", 0, count, 6 + 12 * count) + b"".join(records) + strings


def write_substitute_font(source: Path, target: Path, style: str) -> None:
    """Write a copy of a TLWG font renamed TH SarabunPSK and scaled to Sarabun's glyph size.

    TH SarabunPSK draws its glyphs about two thirds the size of other fonts at the same
    point size (the TLWG fontconfig rule scales Laksaman by 0.66 for it, which LibreOffice
    ignores).  Raising unitsPerEm by that factor shrinks every glyph and metric alike, so
    16 pt text, line breaks and page counts look like the real documents.
    """
    tables = _sfnt_tables(source.read_bytes())
    head = bytearray(tables[b"head"])
    units_per_em = struct.unpack(">H", head[18:20])[0]
    struct.pack_into(">H", head, 18, round(units_per_em / SARABUN_SCALE))
    struct.pack_into(">I", head, 8, 0)
    tables[b"head"] = bytes(head)
    tables[b"name"] = _renamed_name_table(tables[b"name"], THAI_FONT, style)
    target.write_bytes(_sfnt_pack(tables))


class Converter:
    """Headless LibreOffice with a private profile and a private fontconfig.

    The fontconfig setup adds the rescaled Laksaman as "TH SarabunPSK" (see
    ``write_substitute_font``) on top of the system configuration.  Use as a context
    manager: the profile and fonts are removed on exit.
    """

    def __enter__(self) -> Self:
        self._tmp = Path(tempfile.mkdtemp(prefix="corpus_lo_"))
        self.profile = Path(tempfile.gettempdir()) / f"lo_profile_{os.getpid()}"
        fonts = self._tmp / "fonts"
        fonts.mkdir()
        for file_name, style in SUBSTITUTE_FONT_FILES:
            write_substitute_font(TLWG_DIR / file_name, fonts / f"THSarabunPSK-{style}.ttf", style)
        conf = self._tmp / "fonts.conf"
        conf.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
            '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
            f"  <dir>{fonts}</dir>\n  <cachedir>{self._tmp / 'cache'}</cachedir>\n"
            "</fontconfig>\n",
            encoding="utf-8",
        )
        self.env = dict(os.environ, FONTCONFIG_FILE=str(conf))
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)
        shutil.rmtree(self.profile, ignore_errors=True)

    def _soffice(self, src: Path, fmt: str, out_dir: Path) -> Path:
        """Run one conversion: soffice --headless --convert-to FMT --outdir OUT_DIR SRC."""
        cmd = [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{self.profile}",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            str(src),
        ]
        result = subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=SOFFICE_TIMEOUT_S, check=False)
        produced = out_dir / f"{src.stem}.{fmt}"
        if result.returncode != 0 or not produced.exists():
            raise RuntimeError(f"LibreOffice failed to convert {src} to {fmt}: {result.stderr.strip()}")
        return produced

    def to_pdf(self, docx_path: Path, target: Path, thai_num_ids: list[int]) -> Path:
        """Convert a docx to ``target`` (.pdf), with fixed dates and ID."""
        with tempfile.TemporaryDirectory(prefix="corpus_pdf_") as tmp_name:
            tmp = Path(tmp_name)
            src = docx_path
            if thai_num_ids:
                src = self._soffice(docx_path, "odt", tmp)
                _native_thai_numbering(src, thai_num_ids)
            produced = self._soffice(src, "pdf", tmp)
            target.write_bytes(_stamp_pdf(produced.read_bytes(), target.stem))
        return target


def _native_thai_numbering(odt: Path, thai_num_ids: list[int]) -> None:
    """Make LibreOffice draw Word's thaiNumbers lists with Thai digits.

    LibreOffice 7 imports w:numFmt="thaiNumbers" as plain decimal (it has no mapping), so
    the docx goes through ODT, where those lists (imported as list styles WWNum<numId>)
    are switched to LibreOffice's "Native Numbering", i.e. the digits of the text's
    language.  The .docx itself keeps Word's own thaiNumbers format.
    """
    wanted = {str(n) for n in thai_num_ids}

    def patch(m: re.Match[str]) -> str:
        block = m.group(0)
        if m["num"] not in wanted:
            return block
        return block.replace('style:num-format="1"', 'style:num-format="Native Numbering"')

    patched = odt.with_suffix(".patched.odt")
    with zipfile.ZipFile(odt) as zin, zipfile.ZipFile(patched, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("content.xml", "styles.xml"):
                data = ODT_LIST_STYLE.sub(patch, data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)
    patched.replace(odt)


def _stamp_pdf(data: bytes, slug: str) -> bytes:
    """Replace the PDF's dates, ID and checksum by fixed values of the same length.

    Same-length replacements keep every xref offset valid, so the file needs no rewrite.
    """
    fixed_date = b"D:20240101000000"
    digest = hashlib.sha256(slug.encode()).hexdigest().upper().encode()

    def date(m: re.Match[bytes]) -> bytes:
        old = m.group(0)
        start = old.index(b"(D:") + 1
        inner = old[start:-1]
        return old[:start] + (fixed_date + inner[len(fixed_date) :])[: len(inner)] + b")"

    def hexes(m: re.Match[bytes]) -> bytes:
        out = m.group(0)
        for value in m.groups():
            out = out.replace(value, digest[: len(value)])
        return out

    for pattern, repl in ((PDF_DATE, date), (PDF_ID, hexes), (PDF_CHECKSUM, hexes)):
        data = pattern.sub(repl, data)
    return data


def pdf_text(path: Path) -> str:
    """The raw text layer of a PDF, all pages, as pdfium reports it."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        parts = []
        for i in range(len(pdf)):
            textpage = pdf[i].get_textpage()
            parts.append(textpage.get_text_range())
        return "\n".join(parts)
    finally:
        pdf.close()


def check_damage(pdf_path: Path) -> None:
    """Fail the build unless the PDF's text layer really holds the legacy code points."""
    text = pdf_text(pdf_path)
    pua = sum(1 for ch in text if "\uf700" <= ch <= "\uf71a")
    if pua == 0 or NIKHAHIT_AA not in text or SARA_AM in text:
        raise RuntimeError(
            f"{pdf_path}: text layer is not damaged as intended (PUA chars: {pua}, "
            f"nikhahit+aa: {NIKHAHIT_AA in text}, sara am left: {SARA_AM in text})"
        )


# --------------------------------------------------------------------------- driver


def build(source: Source, converter: Converter | None) -> list[Path]:
    """Build one document's files into corpus/ and return their paths (no PDF without a converter)."""
    slug = source.meta.slug
    renderer = Renderer(source)
    document = renderer.render()
    built: list[Path] = []
    ship_docx = "docx" in source.meta.formats
    stale_docx = OUT_DIR / f"{slug}.docx"
    if not ship_docx and stale_docx.exists():
        stale_docx.unlink()
    with tempfile.TemporaryDirectory(prefix="corpus_docx_") as tmp:
        docx_path = stale_docx if ship_docx else Path(tmp) / f"{slug}.docx"
        save_deterministic(document, docx_path)
        if ship_docx:
            built.append(docx_path)
        if converter is not None:
            pdf_path = converter.to_pdf(docx_path, OUT_DIR / f"{slug}.pdf", renderer.numbering.thai_num_ids)
            if source.meta.damage == "legacy-pua":
                check_damage(pdf_path)
            built.append(pdf_path)
    return built


def main(argv: list[str] | None = None) -> int:
    """Command line: build all sources, or only the named slugs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="SLUG", help="build only these documents")
    parser.add_argument("--docx-only", action="store_true", help="skip the LibreOffice step")
    args = parser.parse_args(argv)
    paths = sorted(SRC_DIR.glob("*.txt"))
    if args.only:
        wanted = set(args.only)
        paths = [p for p in paths if p.stem in wanted]
        missing = wanted - {p.stem for p in paths}
        if missing:
            parser.error(f"no source for {sorted(missing)}")
    if not args.docx_only and shutil.which("soffice") is None:
        parser.error("LibreOffice (soffice) is not on PATH")
    sources = [parse_source(path) for path in paths]
    if args.docx_only:
        for source in sources:
            for out in build(source, None):
                print(out.relative_to(ROOT))
        return 0
    with Converter() as converter:
        for source in sources:
            for out in build(source, converter):
                print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
