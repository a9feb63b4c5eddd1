"""Export stored documents as RECORDS.md record files (one JSON per source file name).

Keys follow ``shared/spec/record.schema.json``; unknowns are ``null`` or ``[]``.
Each record adds an ``evidence`` object (block, page/cell, span, source text),
and the file adds ``counts``, ``uccare_scores`` and ``paths``: extra keys the
spec allows in an export.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from pcc_ingest.store import row_evidence

# Per list: the record fields of RECORDS.md, as (export key, column).
LIST_FIELDS: dict[str, list[tuple[str, str]]] = {
    "issues": [("district", "district_code"), ("text", "text"), ("category", "category")],
    "activities": [("title", "title"), ("start", "start"), ("end", "end"),
                   ("participants", "participants"), ("budget_baht", "budget_baht")],
    "budget_items": [("description", "description"), ("amount_baht", "amount_baht"),
                     ("unit_cost_baht", "unit_cost_baht"), ("quantity", "quantity"), ("source", "source")],
    "outcomes": [("indicator", "indicator"), ("district", "district_code"), ("value_pct", "value_pct"),
                 ("target_pct", "target_pct"), ("year_be", "year_be")],
    "counts": [("what", "what"), ("value", "value"), ("unit", "unit"), ("district", "district_code")],
    "uccare_scores": [("district", "district_code"), ("issue", "issue"), ("component", "component"),
                      ("score", "score")],
}


def document_record(db: sqlite_utils.Database, doc_id: int, source: str) -> dict[str, Any]:
    """The record of one stored document, as ``source`` names it."""
    doc = next(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    record: dict[str, Any] = {
        "source": source,
        "document": {
            "doc_type": doc["doc_type"], "province_code": doc["province_code"],
            "fiscal_year_be": doc["fiscal_year_be"], "period_start": doc["period_start"],
            "period_end": doc["period_end"], "title": doc["title"],
            "evidence": json.loads(doc["facts_evidence"] or "{}"),
        },
        "districts": [r["code"] for r in _rows(db, "districts", doc_id)],
        "district_evidence": [row_evidence(r).model_dump() for r in _rows(db, "districts", doc_id)],
        "budget_total_baht": doc["budget_total_baht"],
        "budget_total_in_words": doc["budget_total_in_words"],
        "paths": [r["path"] for r in db.query(
            "SELECT path FROM document_paths WHERE document_id = ? ORDER BY path", [doc_id])],
    }
    for name, fields in LIST_FIELDS.items():
        record[name] = [
            {**{key: _plain(row[col]) for key, col in fields}, "evidence": row_evidence(row).model_dump()}
            for row in _rows(db, name, doc_id)
        ]
    return record


def _rows(db: sqlite_utils.Database, table: str, doc_id: int) -> list[dict[str, Any]]:
    return list(db.query(f"SELECT * FROM [{table}] WHERE document_id = ? ORDER BY seq", [doc_id]))


def _plain(value: Any) -> Any:
    """Whole numbers stored as REAL come back as ints, as a person would write them."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def export_all(db: sqlite_utils.Database, out_dir: Path) -> list[Path]:
    """Write ``<source file name>.json`` for every stored path; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for row in db.query("SELECT path, document_id FROM document_paths ORDER BY path"):
        source = Path(row["path"]).name
        target = out_dir / f"{source}.json"
        target.write_text(json.dumps(document_record(db, row["document_id"], source),
                                     ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(target)
    return written


def exported_records(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """Every stored document's record keyed by source file name (what ``eval`` scores)."""
    return {
        Path(row["path"]).name: document_record(db, row["document_id"], Path(row["path"]).name)
        for row in db.query("SELECT path, document_id FROM document_paths ORDER BY path")
    }
