"""The README documents what the program really has: every table and column, as metadata.json describes them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pcc_ingest import store

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def load_schema_doc():
    spec = importlib.util.spec_from_file_location("schema_doc", ROOT / "scripts" / "schema_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_readme_holds_the_current_schema_section() -> None:
    assert load_schema_doc().schema_markdown() in README, "run scripts/schema_doc.py and paste its output"


def test_readme_names_every_table_of_a_fresh_database(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    names = db.table_names() + db.view_names()
    internal = {n for n in names if n.startswith("search_") and n not in ("search_documents", "search_trigram", "search_words")}
    missing = [n for n in names if n not in internal and f"`{n}`" not in README]
    assert not missing


def test_readme_extraction_figures_are_what_eval_prints_today() -> None:
    """The README's eval table is the output of `pcc-ingest eval --gold gold corpus --no-details`."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "pcc_ingest", "eval", "--gold", "gold", "corpus", "--no-details"],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() in README, "paste the new eval table into the README's Extraction figures"
