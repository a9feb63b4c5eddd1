"""The speed-ups change no output: each fast path is pinned to the plain computation it replaces.

Every shortcut (an index instead of a scan, a cheap pre-check before a regex,
a bound before a fuzzy match, a cell finder instead of pdfplumber's) is
compared with the straightforward way on real corpus text and on generated
edge cases (tone marks dropped, letters lost, spaces inside names).
"""

from __future__ import annotations

import random
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import geothai
import pypdfium2 as pdfium
import pytest
from pdfplumber.table import edges_to_intersections, merge_edges
from pdfplumber.table import intersections_to_cells as pdfplumber_cells
from pythainlp.util import reorder_vowels

from pcc_ingest import store
from pcc_ingest.extract import districts, tables
from pcc_ingest.extract.districts import matching, mentions, place_names
from pcc_ingest.extract.records import Extraction
from pcc_ingest.layout import build_document
from pcc_ingest.parsers import pdf_tables, read_docx, read_pdf, sha256_of
from pcc_ingest.parsers.pdf_cells import CellFinder
from pcc_ingest.parsers.pdf_text import Frame
from pcc_ingest.rules import load_rules
from pcc_ingest.thai import dates, numbers, text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Legacy-font glyphs and marks out of order (Nan), Thai digits (Nakhon Phanom),
# bare district names in tables (Phuket), ruled tables and passing mentions.
FILES = (
    "nan-province-2562-progress.pdf",
    "nakhon-phanom-province-2563-action-plan.docx",
    "phuket-province-2564-progress.docx",
    "khon-kaen-province-2565-inspection.pdf",
    "ubon-ratchathani-province-2566-progress.pdf",
)
PROVINCES = (None, "54", "40", "83", "45", "34")
SEED = 20240601


@pytest.fixture(scope="module")
def raw_texts() -> list[str]:
    """The raw text of every block of the corpus files above."""
    out: list[str] = []
    for name in FILES:
        path = CORPUS / name
        if not path.exists():
            pytest.skip(f"corpus file {name} is absent (corpus not built)")
        blocks = read_pdf(path)[0] if path.suffix == ".pdf" else read_docx(path)
        out += [b.raw_text for b in blocks]
    return out


@pytest.fixture(scope="module")
def block_texts(raw_texts: list[str]) -> list[str]:
    return [text.normalize_text(t) for t in raw_texts]


def _mutated_names(rnd: random.Random, names: list[str], count: int) -> list[str]:
    """Names as damaged text writes them: a tone dropped, a space or letter inserted, one lost."""
    out = []
    for _ in range(count):
        chars = list(rnd.choice(names))
        for _ in range(rnd.randint(0, 2)):
            i = rnd.randrange(len(chars))
            op = rnd.randrange(4)
            if op == 0:
                del chars[i]
            elif op == 1:
                chars.insert(i, rnd.choice(" .\u0e48\u0e49"))
            elif op == 2:
                chars[i] = rnd.choice("กขคงจนมรลว")
            else:
                chars = [c for c in chars if not "\u0e47" <= c <= "\u0e4c"]
        out.append("".join(chars) + rnd.choice(["", " ", "และ", "ะ", "\u0e48", "เมือง", " จังหวัดแพร่"]))
    return out


# ------------------------------------------------------------------ district names


def _fold_by_char(s: str, *, tolerant: bool) -> tuple[str, list[int]]:
    """The fold done one character at a time: kept characters and their indexes."""
    keep, index = [], []
    for i, ch in enumerate(s):
        if place_names.SKIP_RE.match(ch) or (tolerant and place_names.TONE_RE.match(ch)):
            continue
        keep.append(ch.casefold())
        index.append(i)
    return "".join(keep), index


def _match_by_scan(s: str, pos: int, places: tuple[place_names.Place, ...]) -> tuple[str, int] | None:
    """Try every place in turn, longest name first, exactly and then without tone marks."""
    for tolerant in (False, True):
        hay, index = _fold_by_char(s[pos:pos + matching.NAME_WINDOW], tolerant=tolerant)
        for place in places:
            key = place.loose if tolerant else place.key
            if len(key) >= 2 and hay.startswith(key):
                end = pos + index[len(key) - 1] + 1
                while tolerant and end < len(s) and place_names.TONE_RE.match(s[end]):
                    end += 1
                if matching._ends_word(s, end):
                    return place.code, end
    return None


def test_name_index_finds_what_trying_every_name_finds(block_texts: list[str]) -> None:
    rnd = random.Random(SEED)
    cases = [(t, m.end(), province) for t in block_texts for m in matching.prefix_re("district").finditer(t)
             for province in PROVINCES]
    for province in PROVINCES:
        names = [d.name_th for p in geothai.provinces() if p.code == (province or p.code)
                 for d in geothai.districts(p.code)]
        cases += [(t, 0, province) for t in _mutated_names(rnd, names, 150)]
    found = 0
    for s, pos, province in cases:
        fast = matching._match_at(s, pos, place_names.district_index(province))
        expected = _match_by_scan(s, pos, place_names.district_places(province))
        assert (fast and (fast[0].code, fast[1])) == expected, (s, pos, province)
        found += expected is not None
    assert found > 100  # the comparison covered real matches, not only misses


def _fuzzy_by_scan(window: str) -> tuple[str, int] | None:
    """Every province name against every piece length, with no bound to skip any."""
    hay, index = _fold_by_char(window, tolerant=True)
    best = None
    for place in place_names.province_places():
        if len(place.loose) < matching.FUZZY_MIN_CHARS:
            continue
        for n in (len(place.loose) - 1, len(place.loose), len(place.loose) + 1):
            if n > len(hay):
                continue
            ratio = SequenceMatcher(None, hay[:n], place.loose, autojunk=False).ratio()
            if ratio >= matching.FUZZY_PROVINCE_RATIO and (best is None or ratio > best[0]):
                best = (ratio, place.code, index[n - 1] + 1)
    return (best[1], best[2]) if best else None


def test_fuzzy_province_bound_rules_out_no_close_name(block_texts: list[str]) -> None:
    rnd = random.Random(SEED)
    names = [p.name_th for p in geothai.provinces()]
    windows = _mutated_names(rnd, names, 300)
    windows += [t[m.end():m.end() + matching.FUZZY_WINDOW]
                for t in block_texts for m in matching.prefix_re("province").finditer(t)][:200]
    found = 0
    for window in windows:
        fast = matching._fuzzy_province(window)
        expected = _fuzzy_by_scan(window)
        assert (fast and (fast[0].code, fast[1])) == expected, window
        found += expected is not None
    assert found > 50


def test_mentions_are_the_same_read_twice_and_read_fresh(block_texts: list[str]) -> None:
    """The per-text cache gives back what reading the block again gives."""
    for province in ("83", "40", "34"):
        for t in block_texts:
            first = mentions._block_spans(t, province)
            mentions._block_spans.cache_clear()
            assert mentions._block_spans(t, province) == first


def test_section_of_is_the_first_section_whose_pattern_matches(block_texts: list[str]) -> None:
    headings = load_rules("headings")
    named = 0
    for t in block_texts:
        body = re.sub(headings["part_label"], "", text.strip_list_marker(t), count=1)
        expected = None
        if len(body) <= headings["max_heading_chars"]:
            expected = next((name for name, patterns in headings["sections"].items()
                             if any(re.match(p, body) for p in patterns)), None)
        assert districts.section_of(t) == expected, t
        named += expected is not None
    assert named > 20


# ------------------------------------------------------------------ normalisation


def _normalize_every_step(s: str) -> str:
    """normalize_text with no step skipped."""
    s = unicodedata.normalize("NFC", s)
    s = s.translate(text._PUA_TABLE)
    s = text.remove_zero_width(s)
    s = text.fold_whitespace(s)
    s = text.remove_space_before_marks(s)
    s = text.join_sara_am(s)
    s = text.MISPLACED_SARA_UEA_RE.sub("\\1\u0e37\\2\u0e2d", reorder_vowels(s))
    s = text.TONE_AFTER_FINAL_RE.sub("\u0e31\\2\\1", s)
    s = text.collapse_doubled_sara_am(s)
    s = text.collapse_doubled_marks(s)
    return s.translate(text._THAI_DIGIT_TABLE)


# Thai letters, vowels and marks, legacy glyphs, digits, spaces and ASCII: what
# the steps of normalize_text react to.
ALPHABET = (
    "กขคงจนมรลวอเแโใไะาำิีึืุูัํ็่้๊๋์ฤฦๅ\uf70a\uf70b\uf701\uf712\uf70f๐๑๒๕๙"
    "0123456789  \u00a0\u200b\tabc.-/"
)


def _random_strings(count: int) -> list[str]:
    rnd = random.Random(SEED)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


def test_normalize_text_equals_running_every_step(raw_texts: list[str]) -> None:
    for s in raw_texts + _random_strings(20000):
        assert text.normalize_text(s) == _normalize_every_step(s), s


def test_text_the_reorder_check_passes_over_is_left_alone_by_pythainlp() -> None:
    """Pins the check to pythainlp's rules: a new rule there would fail this test."""
    skipped = [s for s in _random_strings(30000) if not text.REORDER_NEEDED_RE.search(s)]
    assert len(skipped) > 1000
    for s in skipped:
        assert reorder_vowels(s) == s, s


def test_digit_and_glyph_checks_pass_over_only_text_without_them() -> None:
    for s in _random_strings(5000):
        assert text.thai_digits_to_arabic(s) == s.translate(text._THAI_DIGIT_TABLE)
        assert text.map_pua_glyphs(s) == s.translate(text._PUA_TABLE)


# ------------------------------------------------------------------ dates and amounts


def _date_like_strings(block_texts: list[str]) -> list[str]:
    rnd = random.Random(SEED)
    words = ["ม.ค.", "มค", "มกราคม", "ต.ค.", "ตุลา", "ตุลาการ", "ก.ค.ศ.", "เดือน", "วันที่", "1", "12", "2565",
             "๒๕๖๕", "65", "/", "-", " ", "ถึง", "ปีงบประมาณ", "ปี งบฯ", "รอบที่", "กรอบ", "บาท", "บ.", ".-",
             "1,000", "ล้าน", "ไตรมาส"]
    return block_texts + ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 8))) for _ in range(20000)]


def test_date_pre_checks_skip_only_text_without_a_date(block_texts: list[str]) -> None:
    month_texts = 0
    for s in _date_like_strings(block_texts):
        ascii_s = text.thai_digits_to_arabic(s)
        if dates._month_token_re().search(ascii_s) is None:
            assert dates._atom_re().search(ascii_s) is None, s
        else:
            month_texts += 1
        if "/" not in ascii_s:
            assert dates.NUMERIC_DATE_RE.search(ascii_s) is None, s
        if dates.FISCAL_YEAR_WORD not in s:
            assert dates.FISCAL_YEAR_RE.search(ascii_s) is None, s
        if dates.ROUND_WORD not in s:
            assert dates.ROUND_RE.search(ascii_s) is None, s
    assert month_texts > 1000


def test_amount_pre_check_skips_only_text_without_an_amount(block_texts: list[str]) -> None:
    for s in _date_like_strings(block_texts):
        if not any(mark in s for mark in numbers.AMOUNT_MARKS):
            assert numbers.AMOUNT_RE.search(s) is None, s


# ------------------------------------------------------------------ tables and store


def test_cell_finder_gives_pdfplumbers_cells_on_ruled_corpus_pages() -> None:
    pages_with_cells = 0
    for path in sorted(CORPUS.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                edges = pdf_tables._ruling_edges(page, Frame.of(page))
                page.close()
                if not edges:
                    continue
                tol = pdf_tables.SNAP_TOLERANCE
                merged = merge_edges(edges, tol, tol, pdf_tables.JOIN_TOLERANCE, pdf_tables.JOIN_TOLERANCE)
                points = edges_to_intersections(
                    merged, pdf_tables.INTERSECTION_TOLERANCE, pdf_tables.INTERSECTION_TOLERANCE
                )
                expected = pdfplumber_cells(points)
                assert pdf_tables.intersections_to_cells(points) == expected, (path.name, i + 1)
                pages_with_cells += bool(expected)
        finally:
            pdf.close()
    assert pages_with_cells > 10


def test_saved_blocks_read_back_as_laid_out(tmp_path: Path) -> None:
    path = CORPUS / "khon-kaen-province-2565-inspection.pdf"
    raw, pages = read_pdf(path)
    doc = build_document(path=str(path), sha256=sha256_of(path), format="pdf", raw_blocks=raw, pages=pages)
    db = store.open_db(tmp_path / "pcc.db")
    doc_id = store.save_document(db, str(path), doc, Extraction())
    back = store.load_document(db, doc_id)
    assert back.blocks == doc.blocks
    assert back.text == doc.text


# ------------------------------------------------------------------ reading tables and routing PDF text


def _corpus_documents() -> list:
    docs = []
    for name in FILES:
        path = CORPUS / name
        if not path.exists():
            pytest.skip(f"corpus file {name} is absent (corpus not built)")
        raw, pages = read_pdf(path) if path.suffix == ".pdf" else (read_docx(path), None)
        fmt = path.suffix.lstrip(".")
        docs.append(build_document(path=str(path), sha256=sha256_of(path), format=fmt, raw_blocks=raw, pages=pages))
    return docs


def test_tables_read_again_are_the_tables_read_fresh() -> None:
    read = 0
    for doc in _corpus_documents():
        first = tables.read_tables(doc)
        assert tables.read_tables(doc) == first == tables._read_tables(doc)
        read += len(first)
    assert read > 10


def test_changed_blocks_are_read_again_not_from_the_last_read() -> None:
    doc = next(d for d in _corpus_documents() if tables.read_tables(d))
    before = tables.read_tables(doc)
    cell = next(b for b in doc.blocks if b.kind == "table_cell" and b.text)
    cell.text = "งบประมาณ " + cell.text  # changed in place
    changed = tables.read_tables(doc)
    assert changed == tables._read_tables(doc)
    doc.blocks = [b for b in doc.blocks if b.table != before[0].grid.table]  # a table dropped
    assert [t.grid.table for t in tables.read_tables(doc)] == [t.grid.table for t in tables._read_tables(doc)]
    assert before[0].grid.table not in {t.grid.table for t in tables.read_tables(doc)}


def test_cached_label_meaning_is_the_label_read_fresh(block_texts: list[str]) -> None:
    cells = [c for t in block_texts for c in t.split("\t")]
    named = 0
    for label in cells + [c.upper() for c in cells] + [" ".join(c) for c in cells[:500]]:
        assert tables.label_role(label) == tables.label_role.__wrapped__(label), label
        assert tables.label_year(label) == tables.label_year.__wrapped__(label), label
        named += tables.label_role(label) is not None
    assert named > 50


def test_row_cells_are_the_row_scanned_and_sorted() -> None:
    rows = 0
    for doc in _corpus_documents():
        for grid in tables.grids(doc):
            for row in (*grid.rows, max(grid.rows) + 1):
                expected = sorted((b for (r, _), b in grid.cells.items() if r == row), key=lambda b: b.col or 0)
                assert grid.row_cells(row) == expected
                rows += 1
    assert rows > 50


def _probe_points(table: pdf_tables.Table, rnd: random.Random) -> list[tuple[float, float]]:
    """Points on every edge crossing, just off each edge, and scattered over the table."""
    xs = sorted({v for c in table.cells for v in (c.box[0], c.box[2])})
    ys = sorted({v for c in table.cells for v in (-c.box[1], -c.box[3])})
    near = [lambda v: v, lambda v: v - 0.01, lambda v: v + 0.01]
    points = [(fx(x), fy(y)) for x in xs for y in ys for fx in near for fy in near]
    points += [(rnd.uniform(xs[0] - 5, xs[-1] + 5), rnd.uniform(ys[0] - 5, ys[-1] + 5)) for _ in range(300)]
    return points


def test_cell_finder_finds_the_cell_trying_every_cell_finds() -> None:
    rnd = random.Random(SEED)
    checked = nested = 0
    for path in sorted(CORPUS.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                found = pdf_tables.find_tables(page, Frame.of(page))
                page.close()
                for table in found:
                    finder = CellFinder(table)
                    for x, y in _probe_points(table, rnd):
                        assert finder.cell_at(x, y) is table.cell_at(x, y), (path.name, i + 1, x, y)
                        checked += 1
                    nested += sum(bool(c.nested) for c in table.cells)
        finally:
            pdf.close()
    assert checked > 10000
    assert nested > 0
