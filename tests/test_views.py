"""The views of views.sql on a database ingested from real corpus files: each view agrees with the
record tables it summarises."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from pcc_ingest import pipeline, store
from pcc_ingest.views import VIEWS, create_views

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = (
    "chiang-rai-province-2566-action-plan.docx",  # issues by district; a stated budget total
    "chiang-rai-province-2566-action-plan.pdf",  # the same report again, as a PDF
    "nakhon-ratchasima-pak-chong-2565-progress.pdf",  # outcomes under their target
    "chiang-mai-mae-chaem-2567-progress.pdf",  # budget lines without a stated total
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite_utils.Database:
    files = [CORPUS / f for f in FILES]
    for f in files:
        if not f.exists():
            pytest.skip(f"corpus file {f.name} is absent (corpus not built)")
    database = store.open_db(tmp_path_factory.mktemp("views") / "pcc.db")
    assert not pipeline.ingest(files, database).failed
    create_views(database)
    return database


def doc_paths(db: sqlite_utils.Database) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for r in db.query("SELECT document_id, path FROM document_paths"):
        out.setdefault(r["document_id"], set()).add(r["path"])
    return out


def test_create_views_can_run_again_and_restores_a_dropped_view(db: sqlite_utils.Database) -> None:
    db.execute("DROP VIEW v_outcomes_below_target")
    create_views(db)
    create_views(db)
    assert set(VIEWS) <= set(db.view_names())


def test_issues_view_has_one_row_per_issue_with_district_name_year_and_path(db: sqlite_utils.Database) -> None:
    rows = list(db.query("SELECT * FROM v_issues_by_district_year"))
    issues = {(r["document_id"], r["seq"]): r for r in db.query("SELECT * FROM issues")}
    assert rows and len(rows) == len(issues)
    years = {r["id"]: r["fiscal_year_be"] for r in db.query("SELECT id, fiscal_year_be FROM documents")}
    names = {(r["document_id"], r["code"]): r["name"] for r in db.query("SELECT * FROM districts")}
    paths = doc_paths(db)
    for r in rows:
        issue = issues[(r["document_id"], r["seq"])]
        for column in ("district_code", "text", "category"):
            assert r[column] == issue[column]
        assert r["fiscal_year_be"] == years[r["document_id"]]
        assert r["document_path"] in paths[r["document_id"]]
        if (r["document_id"], r["district_code"]) in names:
            assert r["district_name"] == names[(r["document_id"], r["district_code"])]
    assert any(r["district_name"] for r in rows)


def test_budget_view_uses_the_stated_total_else_the_sum_of_lines(db: sqlite_utils.Database) -> None:
    rows = {r["document_id"]: r for r in db.query("SELECT * FROM v_budget_by_province_year")}
    docs = {r["id"]: r for r in db.query("SELECT * FROM documents")}
    lines: dict[int, list[float]] = {}
    for r in db.query("SELECT document_id, amount_baht FROM budget_items"):
        lines.setdefault(r["document_id"], []).append(r["amount_baht"])
    expected = {i for i, d in docs.items() if d["budget_total_baht"] is not None or lines.get(i)}
    assert set(rows) == expected
    bases = set()
    for doc_id, r in rows.items():
        doc = docs[doc_id]
        total = doc["budget_total_baht"]
        want = total if total is not None else sum(lines[doc_id])
        assert r["budget_baht"] == pytest.approx(want)
        assert r["basis"] == ("stated_total" if total is not None else "sum_of_lines")
        assert r["budget_lines"] == len(lines.get(doc_id, []))
        assert r["is_action_plan"] == (doc["doc_type"] == "action_plan")
        assert (r["province_code"], r["fiscal_year_be"]) == (doc["province_code"], doc["fiscal_year_be"])
        bases.add(r["basis"])
    assert bases == {"stated_total", "sum_of_lines"}


def test_budget_view_counts_a_report_stored_twice_once(db: sqlite_utils.Database) -> None:
    pair = [r for r in db.query("SELECT * FROM v_budget_by_province_year WHERE document_path LIKE ?",
                                ["%chiang-rai-province-2566-action-plan.%"])]
    assert len(pair) == 2
    first, second = sorted(pair, key=lambda r: r["document_id"])
    assert first["duplicate_of"] is None and second["duplicate_of"] == first["document_id"]
    others = db.execute("SELECT COUNT(*) FROM v_budget_by_province_year WHERE duplicate_of IS NOT NULL "
                        "AND document_path NOT LIKE ?", ["%chiang-rai-province-2566-action-plan.%"]).fetchone()[0]
    assert others == 0


def test_outcomes_below_target_are_exactly_those_under_their_target(db: sqlite_utils.Database) -> None:
    rows = {(r["document_id"], r["seq"]): r for r in db.query("SELECT * FROM v_outcomes_below_target")}
    under = {(r["document_id"], r["seq"]): r for r in db.query("SELECT * FROM outcomes")
             if r["value_pct"] is not None and r["target_pct"] is not None and r["value_pct"] < r["target_pct"]}
    assert rows and set(rows) == set(under)
    for key, r in rows.items():
        assert r["gap_pct"] == pytest.approx(under[key]["target_pct"] - under[key]["value_pct"])
        assert r["indicator"] == under[key]["indicator"]
