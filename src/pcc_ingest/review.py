"""A static evidence-review site: each document's text with every extracted value highlighted.

An auditor checks a record by seeing it where it was read.  ``build_site``
writes ``index.html`` (the documents, their counts of records and findings, the
text-quality verdicts of their pages) and one page per document: its blocks in
reading order, tables drawn as tables (nested ones inside their cell), every
evidence span marked, and beside it the records, each linking to its mark
(``#ev-…``) while the mark's badge links back (``#rec-…``).  Plain files, CSS
inlined, no script, no network: it opens from disk in any browser.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import geothai
import sqlite_utils

from pcc_ingest.model import Block
from pcc_ingest.store import block_from_row

DOC_PAGE_GLOB = "doc-*.html"


@dataclass(frozen=True)
class RecordKind:
    """How one record table is listed: its badge prefix, heading and the columns shown."""

    table: str
    prefix: str
    heading: str
    main: str
    meta: tuple[str, ...]


RECORD_KINDS = (
    RecordKind("districts", "D", "Districts · อำเภอ", "name", ("code",)),
    RecordKind("issues", "I", "Issues · ประเด็น", "text", ("district_code", "category")),
    RecordKind("activities", "A", "Activities · กิจกรรม", "title", ("start", "end", "participants", "budget_baht")),
    RecordKind("budget_items", "B", "Budget items · รายการงบประมาณ", "description",
               ("amount_baht", "unit_cost_baht", "quantity", "source")),
    RecordKind("outcomes", "O", "Outcomes · ผลลัพธ์ (ร้อยละ)", "indicator",
               ("district_code", "value_pct", "target_pct", "year_be", "result", "denominator")),
    RecordKind("counts", "C", "Counts · จำนวน", "what", ("value", "unit", "district_code")),
    RecordKind("uccare_scores", "U", "UCCARE scores", "component", ("score", "district_code", "issue")),
    RecordKind("findings", "F", "Findings · ข้อสังเกต", "message", ("rule", "expected", "found")),
)
# Document facts listed (with their evidence when the extractor kept it), in this order.
FACTS = ("doc_type", "province_code", "fiscal_year_be", "period_start", "period_end", "title")


@dataclass
class Entry:
    """One listed value: a record, finding or document fact, and the span it was read from."""

    key: str  # anchor suffix, unique in its page: "issues-3", "fact-title"
    label: str  # badge text: "I4"
    kind: str  # record table name, or "fact"
    main: str
    meta: list[tuple[str, str]]
    block: int | None  # blocks.ord, None when the evidence names no stored block
    start: int = 0
    end: int = 0
    flags: list[str] = field(default_factory=list)
    refers_to: str | None = None  # key of the record a finding concerns


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entry: Entry


def build_site(db: sqlite_utils.Database, out_dir: Path) -> list[Path]:
    """Write ``index.html`` and one page per stored document to ``out_dir``; return the files written.

    Pages of documents no longer in the database are removed, so the folder
    always mirrors the database.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    css = resources.files("pcc_ingest").joinpath("review_assets/review.css").read_text(encoding="utf-8")
    docs = list(db.query("SELECT * FROM documents ORDER BY path, id"))
    written = []
    for doc in docs:
        target = out_dir / doc_page_name(doc["id"])
        target.write_text(render_document(db, doc, css), encoding="utf-8")
        written.append(target)
    for stale in set(out_dir.glob(DOC_PAGE_GLOB)) - set(written):
        stale.unlink()
    index = out_dir / "index.html"
    index.write_text(render_index(db, docs, css), encoding="utf-8")
    return [index, *written]


def doc_page_name(doc_id: int) -> str:
    return f"doc-{doc_id}.html"


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _page(title: str, css: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _plain(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _show(column: str, value: Any) -> str:
    """A value as a reader expects it: baht with thousands separators, whole numbers without ".0"."""
    value = _plain(value)
    if column.endswith("_baht") and isinstance(value, (int, float)):
        return f"{value:,}"
    return str(value)


def province_label(code: str | None) -> str:
    if not code:
        return ""
    province = geothai.province(code)
    return f"{code} {province.name_th}" if province else code


# ---------------------------------------------------------------- index page

def render_index(db: sqlite_utils.Database, docs: Sequence[Mapping[str, Any]], css: str) -> str:
    """The list of documents with their record counts and page verdicts, and the files that failed."""
    counts = {k.table: _count_by_document(db, k.table) for k in RECORD_KINDS}
    blocks = _count_by_document(db, "blocks")
    verdicts: dict[int, dict[str, int]] = defaultdict(dict)
    for r in db.query("SELECT document_id, verdict, COUNT(*) AS n FROM pages GROUP BY 1, 2 ORDER BY 1, 2"):
        verdicts[r["document_id"]][r["verdict"]] = r["n"]
    paths: dict[int, list[str]] = defaultdict(list)
    for r in db.query("SELECT document_id, path FROM document_paths ORDER BY path"):
        paths[r["document_id"]].append(r["path"])

    head = "".join(f'<th title="{_e(k.table)}">{_e(k.heading.split(" · ")[0])}</th>' for k in RECORD_KINDS)
    rows = []
    for d in docs:
        n = {k.table: counts[k.table].get(d["id"], 0) for k in RECORD_KINDS}
        cells = "".join(f'<td class="n">{n[k.table]}</td>' for k in RECORD_KINDS)
        verdict = " ".join(f'<span class="verdict verdict-{_e(v)}">{_e(v)} {c}</span>'
                           for v, c in verdicts.get(d["id"], {}).items()) or "—"
        names = "<br>".join(_e(p) for p in paths.get(d["id"], [d["path"]]))
        rows.append(
            f'<tr><td class="doc"><a href="{doc_page_name(d["id"])}">{_e(d["title"] or d["path"])}</a>'
            f'<div class="paths">{names}</div></td><td>{_e(d["format"])}</td><td>{_e(d["doc_type"])}</td>'
            f'<td>{_e(province_label(d["province_code"]))}</td><td class="n">{_e(d["fiscal_year_be"])}</td>'
            f'<td>{verdict}</td><td class="n">{blocks.get(d["id"], 0)}</td>{cells}</tr>'
        )
    body = [
        '<header class="top"><h1>Evidence review · ตรวจสอบหลักฐาน</h1>'
        f'<div class="facts">{len(docs)} documents</div></header>',
        '<table class="listing"><thead><tr><th>Document</th><th>Format</th><th>Type</th><th>Province</th>'
        f'<th>Fiscal year</th><th>Pages (text quality)</th><th>Blocks</th>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>',
    ]
    errors = list(db.query("SELECT path, kind, message, at FROM ingest_errors ORDER BY path"))
    if errors:
        body.append(
            '<h2 class="listing">Files not ingested</h2><table class="listing"><thead><tr><th>Path</th><th>Kind</th>'
            '<th>Message</th><th>When</th></tr></thead><tbody>'
            + "".join(f"<tr><td>{_e(r['path'])}</td><td>{_e(r['kind'])}</td><td>{_e(r['message'])}</td>"
                      f"<td>{_e(r['at'])}</td></tr>" for r in errors)
            + "</tbody></table>"
        )
    return _page("Evidence review", css, "\n".join(body))


def _count_by_document(db: sqlite_utils.Database, table: str) -> dict[int, int]:
    return {r[0]: r[1] for r in db.execute(f"SELECT document_id, COUNT(*) FROM [{table}] GROUP BY document_id")}


# ---------------------------------------------------------------- document page

def render_document(db: sqlite_utils.Database, doc: Mapping[str, Any], css: str) -> str:
    """One document: its text with the evidence marked, and the list of what was read from it."""
    blocks = [block_from_row(r) for r in db.query(
        "SELECT * FROM blocks WHERE document_id = ? ORDER BY ord", [doc["id"]])]
    by_ord = {b.order: b for b in blocks}
    sections = document_entries(db, doc, by_ord)
    marks: dict[int, list[Entry]] = defaultdict(list)
    for entries in sections.values():
        for entry in entries:
            if entry.block is not None:
                marks[entry.block].append(entry)
    verdicts = {r["page"]: r for r in db.query("SELECT * FROM pages WHERE document_id = ?", [doc["id"]])}
    paths = [r["path"] for r in db.query(
        "SELECT path FROM document_paths WHERE document_id = ? ORDER BY path", [doc["id"]])] or [doc["path"]]
    facts = " · ".join(_e(x) for x in (
        doc["format"], doc["doc_type"], province_label(doc["province_code"]),
        doc["fiscal_year_be"] and f"FY {doc['fiscal_year_be']}", doc["pages"] and f"{doc['pages']} pages") if x)
    header = (
        '<header class="top"><a href="index.html">← all documents</a>'
        f'<h1>{_e(doc["title"] or paths[0])}</h1><div class="facts">{"<br>".join(_e(p) for p in paths)}'
        f"<br>{facts}</div></header>"
    )
    text = render_text(blocks, marks, verdicts)
    aside = render_entries(sections, by_ord)
    body = (f'{header}\n<main class="review">\n<article class="text">\n{text}\n</article>\n'
            f'<aside class="records">\n{aside}\n</aside>\n</main>')
    return _page(doc["title"] or paths[0], css, body)


def document_entries(db: sqlite_utils.Database, doc: Mapping[str, Any],
                     by_ord: Mapping[int, Block]) -> dict[str, list[Entry]]:
    """Section heading -> entries: the document's facts, then each record table in ``RECORD_KINDS`` order."""
    sections: dict[str, list[Entry]] = {"Document · เอกสาร": _fact_entries(doc, by_ord)}
    for kind in RECORD_KINDS:
        rows = list(db.query(f"SELECT * FROM [{kind.table}] WHERE document_id = ? ORDER BY seq", [doc["id"]]))
        sections[kind.heading] = [_record_entry(kind, row, by_ord) for row in rows]
    return sections


def _fact_entries(doc: Mapping[str, Any], by_ord: Mapping[int, Block]) -> list[Entry]:
    evidence = json.loads(doc["facts_evidence"] or "{}")
    if doc["budget_total_evidence"]:
        evidence["budget_total_baht"] = json.loads(doc["budget_total_evidence"])
    out = []
    for name in (*FACTS, "budget_total_baht"):
        if doc[name] is None:
            continue
        ev = evidence.get(name)
        meta = [("in words", _show("budget_total_baht", doc["budget_total_in_words"]))] \
            if name == "budget_total_baht" and doc["budget_total_in_words"] is not None else []
        entry = Entry(f"fact-{name}", name, "fact", _show(name, doc[name]), meta, None)
        if ev is not None:
            _place_span(entry, ev["block"], ev["start"], ev["end"], by_ord)
            entry.flags = _flags(ev)
        out.append(entry)
    return out


def _record_entry(kind: RecordKind, row: Mapping[str, Any], by_ord: Mapping[int, Block]) -> Entry:
    meta = [(c, _show(c, row[c])) for c in kind.meta if row[c] is not None and row[c] != ""]
    entry = Entry(f"{kind.table}-{row['seq']}", f"{kind.prefix}{row['seq'] + 1}", kind.table,
                  str(row[kind.main]), meta, None, flags=_flags(row))
    _place_span(entry, row["ev_block"], row["ev_start"], row["ev_end"], by_ord)
    if kind.table == "findings" and row["record_table"] is not None and row["record_seq"] is not None:
        entry.refers_to = f"{row['record_table']}-{row['record_seq']}"
    return entry


def _place_span(entry: Entry, block: int, start: int, end: int, by_ord: Mapping[int, Block]) -> None:
    """Point ``entry`` at its block, with the span clipped to the block's text."""
    b = by_ord.get(block)
    if b is None:
        return
    n = len(b.text)
    entry.block = block
    entry.start = max(0, min(start, n))
    entry.end = max(entry.start, min(end, n))


def _flags(ev: Mapping[str, Any]) -> list[str]:
    flags = []
    if ev.get("from_ocr"):
        conf = ev.get("confidence")
        flags.append(f"OCR {conf:.0f}%" if conf is not None else "OCR")
    if ev.get("repaired"):
        flags.append("repaired text")
    return flags


def render_entries(sections: Mapping[str, list[Entry]], by_ord: Mapping[int, Block]) -> str:
    """The side panel: each section's entries, each linking to its highlight."""
    labels = {e.key: e.label for entries in sections.values() for e in entries}
    out = []
    for heading, entries in sections.items():
        out.append(f"<h2>{_e(heading)} <small>({len(entries)})</small></h2>")
        if not entries:
            continue
        out.append("<ol>")
        for e in entries:
            if e.block is not None:
                badge = f'<a class="badge k-{_e(e.kind)}" href="#ev-{_e(e.key)}">{_e(e.label)}</a>'
                place = _e(by_ord[e.block].locator)
            else:
                badge = f'<span class="badge">{_e(e.label)}</span>'
                place = '<span class="missing">no stored evidence</span>'
            meta = " · ".join(f"{_e(k)}: {_e(v)}" for k, v in e.meta)
            extra = [meta] if meta else []
            if e.refers_to in labels:
                extra.append(f'concerns <a href="#rec-{_e(e.refers_to)}">{_e(labels[e.refers_to])}</a>')
            extra += [_e(f) for f in e.flags]
            out.append(
                f'<li id="rec-{_e(e.key)}">{badge}<span class="main">{_e(e.main)}</span>'
                + (f'<div class="meta">{" · ".join(extra)}</div>' if extra else "")
                + f'<div class="place">{place}</div></li>'
            )
        out.append("</ol>")
    return "\n".join(out)


def render_text(blocks: Sequence[Block], marks: Mapping[int, list[Entry]],
                verdicts: Mapping[int, Mapping[str, Any]]) -> str:
    """The document in reading order: a page marker at each new page, each table drawn once, whole."""
    tables: dict[int, list[Block]] = defaultdict(list)
    for b in blocks:
        if b.table is not None:
            tables[b.table].append(b)
    hosted, trailing = _nesting(tables)
    out: list[str] = []
    page: int | None = None
    drawn: set[int] = set()
    for b in blocks:
        if b.table is not None and b.table in drawn:
            continue
        if b.page is not None and b.page != page:
            page = b.page
            out.append(_page_marker(page, verdicts.get(page)))
        if b.table is None:
            out.append(_render_block(b, marks))
            continue
        top = _top_table(b.table, tables)
        out.append(_render_table(top, tables, hosted, trailing, marks, drawn))
        page = next((c.page for c in reversed(tables[top]) if c.page is not None), page)
    return "\n".join(out)


def _page_marker(page: int, verdict: Mapping[str, Any] | None) -> str:
    label = f"p. {page}"
    if verdict is not None:
        reasons = ", ".join(json.loads(verdict["reasons"] or "[]"))
        label += (f' · <span class="verdict verdict-{_e(verdict["verdict"])}">{_e(verdict["verdict"])}</span>'
                  + (f" {_e(reasons)}" if reasons else ""))
    return f'<div class="pagebreak" id="page-{page}">{label}</div>'


def _render_block(b: Block, marks: Mapping[int, list[Entry]]) -> str:
    tag, cls = {"heading": ("h3", ""), "list_item": ("p", "li"), "header": ("p", "hf"),
                "footer": ("p", "hf")}.get(b.kind, ("p", ""))
    cls_attr = f' class="{cls}"' if cls else ""
    text = highlight(b.text, marks.get(b.order, []))
    return f'<{tag} id="b-{b.order}"{cls_attr} title="{_e(b.locator)}">{text}</{tag}>'


def _top_table(t: int, tables: Mapping[int, list[Block]]) -> int:
    seen = {t}
    while (parent := tables[t][0].parent_table) is not None and parent in tables and parent not in seen:
        t = parent
        seen.add(t)
    return t


def _nesting(tables: Mapping[int, list[Block]]) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Where each nested table is drawn: inside the parent's cell it follows in reading order
    (the host cell; blocks do not name it), or after the parent table when no cell precedes it."""
    hosted: dict[int, list[int]] = defaultdict(list)
    trailing: dict[int, list[int]] = defaultdict(list)
    for t, cells in tables.items():
        parent = cells[0].parent_table
        if parent is None or parent not in tables or parent == t:
            continue
        before = [c for c in tables[parent] if c.order < cells[0].order]
        if before:
            hosted[before[-1].order].append(t)
        else:
            trailing[parent].append(t)
    return hosted, trailing


def _render_table(t: int, tables: Mapping[int, list[Block]], hosted: Mapping[int, list[int]],
                  trailing: Mapping[int, list[int]], marks: Mapping[int, list[Entry]], drawn: set[int]) -> str:
    """Table ``t`` on its row/column grid (a position no cell fills, under a merged cell, is hatched)."""
    drawn.add(t)
    cells = tables[t]
    grid: dict[tuple[int, int], list[Block]] = defaultdict(list)
    for cell in cells:
        grid[(cell.row or 0, cell.col or 0)].append(cell)
    n_rows = max(r for r, _ in grid) + 1
    n_cols = max(c for _, c in grid) + 1
    rows = []
    for r in range(n_rows):
        tds = []
        for c in range(n_cols):
            here = grid.get((r, c))
            if not here:
                tds.append('<td class="gap"></td>')
                continue
            inner = "<br>".join(highlight(b.text, marks.get(b.order, [])) for b in here)
            nested = "".join(_render_table(n, tables, hosted, trailing, marks, drawn)
                             for b in here for n in hosted.get(b.order, []) if n not in drawn)
            tds.append(f'<td id="b-{here[0].order}" title="{_e(here[0].locator)}">{inner}{nested}</td>')
        rows.append(f"<tr>{''.join(tds)}</tr>")
    page = cells[0].page
    caption = f"table {t}" + (f" · p. {page}" if page is not None else "")
    if cells[0].parent_table is not None:
        caption += f" · inside table {cells[0].parent_table}"
    after = "".join(_render_table(n, tables, hosted, trailing, marks, drawn)
                    for n in trailing.get(t, []) if n not in drawn)
    return (f'<figure class="tbl" id="table-{t}"><figcaption>{_e(caption)}</figcaption>'
            f'<table class="doc">{"".join(rows)}</table></figure>{after}')


# ---------------------------------------------------------------- highlighting

def highlight(text: str, entries: Iterable[Entry]) -> str:
    """``text`` escaped, each entry's span wrapped in ``<mark id="ev-KEY">`` with a badge linking
    back to ``#rec-KEY``.

    Spans may nest or overlap (a count inside an issue's text, two facts read
    from one phrase).  Marks are kept well nested: where spans only partly
    overlap, the later one is closed and reopened as a continuation (no id),
    so every span keeps exactly one anchor, on its first piece.
    """
    spans = sorted((Span(e.start, e.end, e) for e in entries), key=lambda s: (s.start, -s.end, s.entry.key))
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[str] = set()

    def open_mark(s: Span) -> None:
        first = s.entry.key not in opened
        opened.add(s.entry.key)
        key, kind = _e(s.entry.key), _e(s.entry.kind)
        if first:
            out.append(f'<mark class="hl k-{kind}" id="ev-{key}" data-rec="{key}">'
                       f'<a class="tag" href="#rec-{key}">{_e(s.entry.label)}</a>')
        else:
            out.append(f'<mark class="hl k-{kind} cont" data-rec="{key}">')

    for i, pos in enumerate(bounds):
        for s in spans:
            if s.start == s.end == pos:
                open_mark(s)
                out.append("</mark>")
        if i + 1 == len(bounds):
            break
        nxt = bounds[i + 1]
        want = [s for s in spans if s.start <= pos and s.end >= nxt and s.start < s.end]
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        stack = stack[:keep]
        for s in want[keep:]:
            open_mark(s)
            stack.append(s)
        out.append(_e(text[pos:nxt]))
    out.append("</mark>" * len(stack))
    return "".join(out)
