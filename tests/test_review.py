"""The evidence-review site: every extracted value is marked where it was read and linked both ways,
built from real ingested corpus files and checked in a real headless Chromium."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

from pcc_ingest import pipeline, store
from pcc_ingest.cli import app
from pcc_ingest.review import RECORD_KINDS, Entry, build_site, doc_page_name, highlight

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FILES = (
    "chiang-rai-province-2566-action-plan.docx",  # a long table of issues per district
    "khon-kaen-province-2565-inspection.docx",  # UCCARE scores in tables nested in cells
    "nakhon-ratchasima-pak-chong-2565-progress.pdf",  # pages
)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CSS = (ROOT / "src" / "pcc_ingest" / "review_assets" / "review.css").read_text(encoding="utf-8")
# The Thai font stack review.css declares (its --thai custom property).
THAI_FONTS = [f.strip().strip('"') for f in re.search(r"--thai:([^;]+);", CSS).group(1).split(",")]


class Page(HTMLParser):
    """What a test needs from a page: ids, #links, and the text marked for each record."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.marked: dict[str, str] = defaultdict(str)
        self.tags: list[str] = []
        self._open: list[tuple[str, str | None]] = []  # (tag, data-rec or a.tag marker)
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag in ("br", "meta"):
            return
        marker = a.get("data-rec") if tag == "mark" else ("badge" if "tag" in (a.get("class") or "").split() else None)
        self._open.append((tag, marker))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(m == "badge" for _, m in self._open):
            return
        for _, m in self._open:
            if m and m != "badge":
                self.marked[m] += data


def entry(key: str, start: int, end: int) -> Entry:
    return Entry(key, key.upper(), "issues", "", [], 0, start, end)


def test_highlight_escapes_text_and_wraps_the_span() -> None:
    out = highlight("a<b>&c", [entry("x", 1, 4)])
    page = Page(out)
    assert page.marked["x"] == "<b>"
    assert "<b>" not in out.replace('<mark', '').replace('</mark>', '')
    assert 'id="ev-x"' in out and 'href="#rec-x"' in out


def test_nested_spans_each_get_one_anchor() -> None:
    out = highlight("การดูแลผู้สูงอายุ 20 คน", [entry("outer", 0, 23), entry("inner", 18, 23)])
    page = Page(out)
    assert page.marked == {"outer": "การดูแลผู้สูงอายุ 20 คน", "inner": "20 คน"}
    assert out.count('id="ev-outer"') == out.count('id="ev-inner"') == 1


def test_partly_overlapping_spans_stay_well_nested() -> None:
    out = highlight("abcdefgh", [entry("a", 0, 5), entry("b", 3, 8)])
    page = Page(out)
    assert page.marked == {"a": "abcde", "b": "defgh"}
    assert out.count("<mark") == out.count("</mark>") == 3  # b is reopened after a closes
    assert out.count('id="ev-b"') == 1


def test_empty_span_still_gets_its_anchor() -> None:
    out = highlight("abc", [entry("z", 2, 2)])
    assert 'id="ev-z"' in out and Page(out).marked.get("z", "") == ""


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = [CORPUS / f for f in FILES]
    for f in files:
        if not f.exists():
            pytest.skip(f"corpus file {f.name} is absent (corpus not built)")
    path = tmp_path_factory.mktemp("review") / "pcc.db"
    database = store.open_db(path)
    assert not pipeline.ingest(files, database).failed
    database.close()
    return path


@pytest.fixture(scope="module")
def db(db_path: Path) -> sqlite_utils.Database:
    return store.open_db(db_path)


@pytest.fixture(scope="module")
def site(db: sqlite_utils.Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build_site(db, out)
    return out


def doc_id(db: sqlite_utils.Database, name: str) -> int:
    return db.execute("SELECT document_id FROM document_paths WHERE path LIKE ?", [f"%{name}"]).fetchone()[0]


def test_every_record_is_marked_with_exactly_its_evidence_text(db: sqlite_utils.Database, site: Path) -> None:
    checked = 0
    for d in db.query("SELECT id FROM documents"):
        page = Page((site / doc_page_name(d["id"])).read_text(encoding="utf-8"))
        for kind in RECORD_KINDS:
            for r in db.query(f"SELECT seq, ev_text FROM [{kind.table}] WHERE document_id = ?", [d["id"]]):
                key = f"{kind.table}-{r['seq']}"
                assert page.marked[key] == r["ev_text"], key
                assert {f"ev-{key}", f"rec-{key}"} <= page.ids
                assert f"ev-{key}" in page.links and f"rec-{key}" in page.links
                checked += 1
    assert checked > 100


def test_every_in_page_link_has_its_target(db: sqlite_utils.Database, site: Path) -> None:
    for d in db.query("SELECT id FROM documents"):
        page = Page((site / doc_page_name(d["id"])).read_text(encoding="utf-8"))
        assert set(page.links) <= page.ids


def test_nested_tables_are_drawn_inside_their_cell(db: sqlite_utils.Database, site: Path) -> None:
    text = (site / doc_page_name(doc_id(db, FILES[1]))).read_text(encoding="utf-8")
    nested = db.execute("SELECT COUNT(DISTINCT tbl) FROM blocks WHERE document_id = ? AND parent_table IS NOT NULL",
                        [doc_id(db, FILES[1])]).fetchone()[0]
    assert nested > 0
    assert len(re.findall(r'<td id="b-\d+"[^>]*>(?:(?!</td>).)*<table class="doc">', text)) == nested


def test_pages_are_self_contained_thai_utf8(db: sqlite_utils.Database, site: Path) -> None:
    for page in site.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert '<html lang="th">' in text and '<meta charset="utf-8">' in text
        tags = set(Page(text).tags)
        assert not tags & {"script", "link", "img", "iframe"}
        assert not re.search(r'(?:src|href)="(?:https?:)?//', text)


def test_index_lists_every_document_with_counts(db: sqlite_utils.Database, site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    for d in db.query("SELECT id FROM documents"):
        assert f'href="{doc_page_name(d["id"])}"' in index
        assert (site / doc_page_name(d["id"])).exists()
    issues = db.execute("SELECT COUNT(*) FROM issues WHERE document_id = ?", [doc_id(db, FILES[0])]).fetchone()[0]
    row = re.search(rf'href="{doc_page_name(doc_id(db, FILES[0]))}".*?</tr>', index, re.DOTALL).group(0)
    assert f'<td class="n">{issues}</td>' in row


def test_page_verdicts_show_in_index_and_at_page_breaks(db_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_path) as source, sqlite3.connect(tmp_path / "copy.db") as copy:
        source.backup(copy)
    db = store.open_db(tmp_path / "copy.db")
    pdf = doc_id(db, FILES[2])
    with db.atomic():
        db.execute("DELETE FROM pages WHERE document_id = ?", [pdf])
        db["pages"].insert({"document_id": pdf, "page": 1, "verdict": "needs_ocr",
                            "reasons": '["few Thai characters"]', "chars": 12})
    build_site(db, tmp_path)
    assert "verdict-needs_ocr\">needs_ocr 1<" in (tmp_path / "index.html").read_text(encoding="utf-8")
    page = (tmp_path / doc_page_name(pdf)).read_text(encoding="utf-8")
    assert re.search(r'id="page-1">p\. 1 · <span class="verdict verdict-needs_ocr">needs_ocr</span> few Thai', page)


def test_rebuild_removes_pages_of_documents_gone(db: sqlite_utils.Database, tmp_path: Path) -> None:
    (tmp_path / "doc-999999.html").write_text("old", encoding="utf-8")
    written = build_site(db, tmp_path)
    assert not (tmp_path / "doc-999999.html").exists()
    assert set(tmp_path.glob("*.html")) == set(written)


def test_review_command_writes_the_site(db_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["review", "--db", str(db_path), "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").exists()
    assert str(tmp_path / "site" / "index.html") in result.output


def artifacts_dir() -> Path:
    """$PCC_ARTIFACTS, else tests/artifacts (which ignores its own content in git)."""
    if os.environ.get("PCC_ARTIFACTS"):
        out = Path(os.environ["PCC_ARTIFACTS"])
        out.mkdir(parents=True, exist_ok=True)
        return out
    out = ROOT / "tests" / "artifacts"
    out.mkdir(exist_ok=True)
    ignore = out / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    return out


def in_viewport(box: dict[str, float] | None, size: dict[str, int]) -> bool:
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= size["height"] \
        and box["x"] >= 0 and box["x"] + box["width"] <= size["width"]


def test_clicking_a_record_brings_its_highlight_into_view_in_chromium(db: sqlite_utils.Database, site: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    doc = doc_id(db, FILES[0])
    last = db.execute("SELECT MAX(seq) FROM issues WHERE document_id = ?", [doc]).fetchone()[0]
    assert last is not None
    key = f"issues-{last}"  # far down the page, so the browser has to scroll to it
    viewport = {"width": 1280, "height": 800}
    with tempfile.TemporaryDirectory() as profile, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, viewport=viewport)
        try:
            page = browser.new_page()
            page.goto((site / doc_page_name(doc)).as_uri())
            mark = page.locator(f"#ev-{key}")
            assert not in_viewport(mark.bounding_box(), viewport)

            page.click(f'aside a.badge[href="#ev-{key}"]')
            assert page.evaluate("document.querySelector(':target').id") == f"ev-{key}"
            assert mark.is_visible() and in_viewport(mark.bounding_box(), viewport)
            page.screenshot(path=str(artifacts_dir() / "review-highlight.png"))

            cdp = browser.new_cdp_session(page)
            cdp.send("DOM.enable")
            cdp.send("CSS.enable")
            root = cdp.send("DOM.getDocument")["root"]["nodeId"]
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": f"#ev-{key}"})["nodeId"]
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            assert any(f["familyName"] in THAI_FONTS and f["glyphCount"] > 0 for f in fonts), fonts

            page.click(f"#ev-{key} > a.tag")
            assert page.evaluate("document.querySelector(':target').id") == f"rec-{key}"
            assert in_viewport(page.locator(f"#rec-{key}").bounding_box(), viewport)
        finally:
            browser.close()
