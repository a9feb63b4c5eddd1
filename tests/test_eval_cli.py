"""`pcc-ingest eval` end to end: real corpus files against their gold, the JSON figures, and the floor
that makes CI fail when extraction regresses (shown with a deliberately damaged database)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pcc_ingest import pipeline, store
from pcc_ingest.cli import app
from pcc_ingest.extract import run

ROOT = Path(__file__).resolve().parents[1]
CI_SCRIPT = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
FILES = ("phuket-province-2564-progress.docx", "chiang-rai-province-2566-action-plan.pdf")


def ci_floor() -> float:
    """The --min-f1 that .ci/run passes to eval: the test damages a prediction until it fails that floor."""
    return float(CI_SCRIPT.split("--min-f1", 1)[1].split()[0])


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in FILES:
        shutil.copy(ROOT / "gold" / f"{name}.json", gold)
    db = store.open_db(tmp_path / "pcc.db")
    assert not pipeline.ingest([ROOT / "corpus" / n for n in FILES], db).failed
    db.close()
    return gold, tmp_path / "pcc.db"


def run_eval(gold: Path, db: Path, *extra: str):
    return CliRunner().invoke(app, ["eval", "--gold", str(gold), "--db", str(db), "--min-f1", str(ci_floor()), *extra])


def test_eval_prints_the_table_and_writes_the_records_md_json(setup: tuple[Path, Path], tmp_path: Path) -> None:
    gold, db = setup
    result = run_eval(gold, db, "--json", str(tmp_path / "figures.json"))
    assert result.exit_code == 0, result.output
    assert "districts" in result.output and "precision" in result.output
    figures = json.loads((tmp_path / "figures.json").read_text())
    assert set(figures) >= {"lists", "fields", "documents"}
    assert set(figures["lists"]) == {"districts", "issues", "activities", "budget_items", "outcomes"}
    assert figures["documents"]["doc_type"]["n"] == 2


def test_a_damaged_prediction_drops_under_the_ci_floor_and_exits_1(setup: tuple[Path, Path]) -> None:
    gold, db_path = setup
    db = store.open_db(db_path)
    with store.transaction(db):
        db.execute("DELETE FROM outcomes")
        db.execute("UPDATE issues SET text = 'ข้อความผิด ' || seq")
    db.close()
    result = run_eval(gold, db_path)
    assert result.exit_code == 1
    assert "F1 under" in result.output and "issues" in result.output and "outcomes" in result.output


def test_eval_without_db_or_paths_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 2


def test_a_gold_file_that_is_not_json_is_a_clean_usage_error(setup: tuple[Path, Path], tmp_path: Path) -> None:
    gold, db_path = setup
    broken = tmp_path / "broken_gold"
    shutil.copytree(gold, broken)
    (broken / "broken.docx.json").write_text("{not json", encoding="utf-8")
    result = run_eval(broken, db_path)
    assert result.exit_code == 2
    assert "Error: cannot read gold file" in result.output and "broken.docx.json" in result.output
    assert not isinstance(result.exception, ValueError)


def test_eval_warns_when_an_extractor_failed_on_a_file_it_scores(setup: tuple[Path, Path], monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise KeyError("outcomes")

    monkeypatch.setattr(run, "extract_outcomes", broken)
    gold, _ = setup
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--no-details", str(ROOT / "corpus" / FILES[0])])
    assert result.exit_code == 0, result.output
    assert f"warning: {ROOT / 'corpus' / FILES[0]}: an extractor failed (outcomes: KeyError" in result.output
