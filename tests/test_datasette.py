"""metadata.json describes exactly the tables, views and columns a pcc-ingest database has, and
datasette serves it (facets, Thai search) through its in-process client."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from pcc_ingest import pipeline, store
from pcc_ingest.search import create_tables, ensure_index
from pcc_ingest.views import create_views

ROOT = Path(__file__).resolve().parents[1]
METADATA = json.loads((ROOT / "metadata.json").read_text(encoding="utf-8"))
TABLES = METADATA["databases"]["pcc"]["tables"]
CORPUS_FILE = ROOT / "corpus" / "chiang-rai-province-2566-action-plan.docx"


def fresh_db(path: Path) -> sqlite_utils.Database:
    db = store.open_db(path)
    create_tables(db)
    create_views(db)
    return db


def described(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Every table and view a user sees, with its columns (FTS5 shadow tables left out)."""
    virtual = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    names = [n for n in [*db.table_names(), *db.view_names()]
             if not n.startswith("sqlite_") and not any(n.startswith(f"{v}_") for v in virtual)]
    return {n: [c[1] for c in db.execute(f"PRAGMA table_info([{n}])")] for n in names}


def test_metadata_covers_every_table_and_column_of_a_fresh_database(tmp_path: Path) -> None:
    actual = described(fresh_db(tmp_path / "pcc.db"))
    assert set(TABLES) == set(actual)
    for name, columns in actual.items():
        assert set(TABLES[name]["columns"]) == set(columns), name
        assert TABLES[name]["description"]
        assert all(TABLES[name]["columns"].values()), name


def test_metadata_facets_and_search_name_existing_columns(tmp_path: Path) -> None:
    actual = described(fresh_db(tmp_path / "pcc.db"))
    for name, table in TABLES.items():
        assert set(table.get("facets", [])) <= set(actual[name]), name
    assert TABLES["v_text"]["fts_table"] in actual
    assert TABLES["v_text"]["fts_pk"] in actual["v_text"]
    faceted = {f for t in TABLES.values() for f in t.get("facets", [])}
    assert {"province_code", "district_code", "fiscal_year_be", "category", "doc_type", "rule"} <= faceted


@pytest.fixture(scope="module")
def datasette_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS_FILE.exists():
        pytest.skip(f"corpus file {CORPUS_FILE.name} is absent (corpus not built)")
    path = tmp_path_factory.mktemp("datasette") / "pcc.db"  # datasette names the database "pcc"
    db = fresh_db(path)
    assert not pipeline.ingest([CORPUS_FILE], db).failed
    ensure_index(db)
    db.close()
    return path


def get_json(db_path: Path, url: str) -> tuple[int, Any]:
    datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed")

    async def fetch() -> tuple[int, Any]:
        ds = datasette_app.Datasette([str(db_path)], metadata=METADATA)
        response = await ds.client.get(url)
        return response.status_code, response.json()

    return asyncio.run(fetch())


def test_datasette_serves_issues_with_facets(datasette_db: Path) -> None:
    status, data = get_json(datasette_db, "/pcc/issues.json?_shape=objects")
    assert status == 200
    assert set(TABLES["issues"]["facets"]) <= set(data["facet_results"])
    facet = {r["value"]: r["count"] for r in data["facet_results"]["category"]["results"]}
    db = sqlite_utils.Database(datasette_db)
    assert facet == dict(db.execute("SELECT category, COUNT(*) FROM issues GROUP BY category").fetchall())
    assert data["filtered_table_rows_count"] == db["issues"].count > 0


def test_datasette_serves_the_views(datasette_db: Path) -> None:
    for view in ("v_issues_by_district_year", "v_budget_by_province_year", "v_outcomes_below_target"):
        status, data = get_json(datasette_db, f"/pcc/{view}.json?_shape=objects")
        assert status == 200, view
        assert set(TABLES[view]["facets"]) <= set(data["facet_results"]), view


def test_datasette_searches_thai_text(datasette_db: Path) -> None:
    status, data = get_json(datasette_db, "/pcc/v_text.json?_shape=objects&_search=ผู้สูงอายุ")
    assert status == 200
    db = sqlite_utils.Database(datasette_db)
    expected = db.execute("SELECT COUNT(*) FROM v_text WHERE text LIKE '%ผู้สูงอายุ%'").fetchone()[0]
    assert expected > 0
    assert data["filtered_table_rows_count"] == expected
    assert all("ผู้สูงอายุ" in r["text"] for r in data["rows"])
