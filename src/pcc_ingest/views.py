"""The views of ``views.sql``: common questions answered in SQL, for datasette and sqlite3 users.

Kept apart from ``schema.sql`` because views hold no data: they are dropped and
re-created on every call, so a database made by an older version gets the new
definitions without a migration.
"""

from __future__ import annotations

from importlib import resources

import sqlite_utils

VIEWS = ("v_issues_by_district_year", "v_budget_by_province_year", "v_outcomes_below_target", "v_text")


def views_sql() -> str:
    return resources.files("pcc_ingest").joinpath("views.sql").read_text(encoding="utf-8")


def create_views(db: sqlite_utils.Database) -> None:
    """(Re-)create every view of ``views.sql``, all or none."""
    conn = db.conn
    try:
        conn.executescript(f"BEGIN;\n{views_sql()}\nCOMMIT;")
    except Exception:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
