"""Checks on the committed corpus files (corpus/*.docx, corpus/*.pdf) built by scripts/build_corpus.py.

Why: every parser and extractor test leans on these files; if a rebuild silently loses
the Thai font, the Word numbering, the merged or nested cells, or the damaged text layer,
the tests that use them stop testing what they claim to.  These tests read the built
files only, so they need no LibreOffice.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pypdfium2
import pytest
from lxml import etree

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SOURCES = sorted((CORPUS / "src").glob("*.txt"))

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
THAI_FONT = "TH SarabunPSK"

# The "formats:" and "damage:" lines of a source's metadata block.
META_FORMATS = re.compile(r"^formats:\s*(?P<value>.+)$", re.MULTILINE)
META_DAMAGE = re.compile(r"^damage:\s*(?P<value>\S+)$", re.MULTILINE)
# A run of Thai letters: a PDF text layer that has Thai text has some.
THAI_WORD = re.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]{2,}")
# Microsoft's Thai private-use glyph variants, as legacy Word exports wrote them.
LEGACY_PUA = re.compile("[\uf700-\uf71a]")
# A run whose properties name the Thai font for both Latin and complex script.
RUN_FONTS = re.compile(r'<w:rFonts [^>]*w:ascii="TH SarabunPSK"[^>]*w:cs="TH SarabunPSK"')


def _formats(source: Path) -> list[str]:
    m = META_FORMATS.search(source.read_text(encoding="utf-8"))
    return [f.strip() for f in m["value"].split(",")] if m else ["docx", "pdf"]


def _damage(source: Path) -> str:
    m = META_DAMAGE.search(source.read_text(encoding="utf-8"))
    return m["value"] if m else "none"


DOCX_SOURCES = [s for s in SOURCES if "docx" in _formats(s)]
DAMAGED_SOURCES = [s for s in SOURCES if _damage(s) == "legacy-pua"]


def _docx_xml(path: Path, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _docs_with(pattern: str) -> list[str]:
    """Stems of the shipped .docx files whose document.xml matches ``pattern``."""
    return [s.stem for s in DOCX_SOURCES if re.search(pattern, _docx_xml(CORPUS / f"{s.stem}.docx"), re.DOTALL)]


def test_corpus_has_ten_or_more_new_sources_and_ten_or_more_ship_only_as_pdf():
    # The foundation issue asked for at least ten documents beyond the five seeds, half of
    # them PDF only; the held-out sets added since ship mostly as .docx/.pdf twins.
    pdf_only = [s for s in SOURCES if _formats(s) == ["pdf"]]
    assert len(SOURCES) - 5 >= 10
    assert len(pdf_only) >= 10


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.stem)
def test_every_source_has_exactly_its_built_files(source: Path):
    formats = _formats(source)
    assert (CORPUS / f"{source.stem}.pdf").is_file()
    assert (CORPUS / f"{source.stem}.docx").is_file() == ("docx" in formats)


# Files scripts/make_damaged_pdfs.py derives from a built PDF: "<slug>-scan", "<slug>-damaged-<kind>".
DERIVED = re.compile(r"^(?P<slug>.+?)-(?:scan|damaged-[a-z-]+)$")


def test_no_built_file_lacks_a_source():
    stems = {s.stem for s in SOURCES}
    built = {p.stem for p in CORPUS.iterdir() if p.suffix in (".docx", ".pdf")}
    derived = {s for s in built if (m := DERIVED.match(s)) and m["slug"] in stems}
    assert built - derived <= stems


@pytest.mark.parametrize("source", DOCX_SOURCES, ids=lambda s: s.stem)
def test_docx_runs_use_th_sarabunpsk_with_complex_script_font_size_and_thai_language(source: Path):
    xml = _docx_xml(CORPUS / f"{source.stem}.docx")
    runs = re.findall(r"<w:r>.*?</w:r>", xml, re.DOTALL)
    text_runs = [r for r in runs if "<w:t" in r]
    assert text_runs
    for run in text_runs:
        assert RUN_FONTS.search(run), run[:200]
        assert "<w:szCs " in run
        assert 'w:bidi="th-TH"' in run


@pytest.mark.parametrize("source", DOCX_SOURCES, ids=lambda s: s.stem)
def test_docx_page_is_a4(source: Path):
    xml = _docx_xml(CORPUS / f"{source.stem}.docx")
    size = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', xml)
    assert size is not None
    assert sorted(int(v) for v in size.groups()) == [11906, 16838]


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.stem)
def test_pdf_opens_and_has_thai_text(source: Path):
    text = _pdf_text(CORPUS / f"{source.stem}.pdf")
    assert len(THAI_WORD.findall(text)) >= 20


def test_the_corpus_has_documents_built_with_a_damaged_text_layer():
    assert {s.stem for s in DAMAGED_SOURCES} >= {"nan-province-2562-progress", "lop-buri-khok-samrong-2565-project"}


@pytest.mark.parametrize("source", DAMAGED_SOURCES, ids=lambda s: s.stem)
def test_damaged_pdf_text_layer_holds_legacy_pua_marks_and_split_sara_am(source: Path):
    text = _pdf_text(CORPUS / f"{source.stem}.pdf")
    assert len(LEGACY_PUA.findall(text)) >= 20
    assert any("\uf70a" <= ch <= "\uf70e" for ch in text)
    assert "\u0e4d\u0e32" in text
    assert "\u0e33" not in text


@pytest.mark.parametrize("source", [s for s in SOURCES if s not in DAMAGED_SOURCES], ids=lambda s: s.stem)
def test_undamaged_pdfs_have_no_private_use_glyphs(source: Path):
    assert not LEGACY_PUA.search(_pdf_text(CORPUS / f"{source.stem}.pdf"))


def _used_list_formats(path: Path) -> set[str]:
    """The w:numFmt of the first level of every list the document's paragraphs use."""
    numbering = etree.fromstring(_docx_xml(path, "word/numbering.xml").encode("utf-8"))
    w = f"{{{W_NS}}}"
    abstract_of = {
        n.get(f"{w}numId"): n.find(f"{w}abstractNumId").get(f"{w}val") for n in numbering.iter(f"{w}num")
    }
    format_of = {
        a.get(f"{w}abstractNumId"): a.find(f"{w}lvl/{w}numFmt").get(f"{w}val")
        for a in numbering.iter(f"{w}abstractNum")
    }
    used = set(re.findall(r'<w:numId w:val="(\d+)"/>', _docx_xml(path)))
    return {format_of[abstract_of[num_id]] for num_id in used}


def test_word_numbering_is_used_with_thai_decimal_and_bullet_formats():
    used: set[str] = set()
    for stem in _docs_with(r"<w:numPr>"):
        used |= _used_list_formats(CORPUS / f"{stem}.docx")
    assert {"thaiNumbers", "decimal", "bullet"} <= used


def test_numbered_paragraphs_point_at_defined_list_instances():
    for stem in _docs_with(r"<w:numPr>"):
        path = CORPUS / f"{stem}.docx"
        used = set(re.findall(r'<w:numId w:val="(\d+)"/>', _docx_xml(path)))
        defined = set(re.findall(r'<w:num w:numId="(\d+)"', _docx_xml(path, "word/numbering.xml")))
        assert used and used <= defined, stem


def test_thai_numbered_lists_render_thai_digit_labels_in_the_pdf():
    thai_docs = [
        s.stem for s in DOCX_SOURCES
        if 'w:val="thaiNumbers"' in _docx_xml(CORPUS / f"{s.stem}.docx", "word/numbering.xml")
        and re.search(r"^\[[๐-๙]", s.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert thai_docs
    for stem in thai_docs:
        assert re.search(r"^๑\.", _pdf_text(CORPUS / f"{stem}.pdf"), re.MULTILINE), stem


def test_some_docx_merges_cells_horizontally_and_vertically():
    assert _docs_with(r'<w:gridSpan w:val="[2-9]"/>')
    assert _docs_with(r'<w:vMerge w:val="restart"/>')


def _vertical_merges(path: Path) -> list[tuple[str, int, bool]]:
    """(text, rows spanned, in a header row) of every vertically merged cell of a docx."""
    root = etree.fromstring(_docx_xml(path).encode("utf-8"))
    merges = []
    for tbl in root.iter(f"{{{W_NS}}}tbl"):
        rows = tbl.findall(f"{{{W_NS}}}tr")
        grid: list[dict[int, etree._Element]] = []
        for tr in rows:
            col, cells = 0, {}
            for tc in tr.findall(f"{{{W_NS}}}tc"):
                cells[col] = tc
                span = tc.find(f"{{{W_NS}}}tcPr/{{{W_NS}}}gridSpan")
                col += int(span.get(f"{{{W_NS}}}val")) if span is not None else 1
            grid.append(cells)
        for r, cells in enumerate(grid):
            for col, tc in cells.items():
                vmerge = tc.find(f"{{{W_NS}}}tcPr/{{{W_NS}}}vMerge")
                if vmerge is None or vmerge.get(f"{{{W_NS}}}val") != "restart":
                    continue
                height = 1
                while r + height < len(grid):
                    below = grid[r + height].get(col)
                    cont = below.find(f"{{{W_NS}}}tcPr/{{{W_NS}}}vMerge") if below is not None else None
                    if cont is None or cont.get(f"{{{W_NS}}}val") not in (None, "continue"):
                        break
                    height += 1
                text = "".join(t.text or "" for t in tc.iter(f"{{{W_NS}}}t"))
                header = rows[r].find(f"{{{W_NS}}}trPr/{{{W_NS}}}tblHeader") is not None
                merges.append((text, height, header))
    return merges


def test_a_funding_source_cell_is_merged_over_several_budget_lines():
    sources = [
        (stem, text)
        for stem in _docs_with(r'<w:vMerge w:val="restart"/>')
        for text, height, header in _vertical_merges(CORPUS / f"{stem}.docx")
        if height >= 3 and not header and ("งบ" in text or "กองทุน" in text)
    ]
    assert sources


def test_some_docx_has_a_table_nested_in_a_table_cell():
    assert _docs_with(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>")


def test_docx_core_properties_are_fixed_for_reproducible_builds():
    for source in DOCX_SOURCES:
        core = _docx_xml(CORPUS / f"{source.stem}.docx", "docProps/core.xml")
        assert "2024-01-01T00:00:00Z" in core
        assert "pcc-ingest corpus" in core
