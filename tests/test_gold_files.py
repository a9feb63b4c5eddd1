"""The hand-labelled gold files (gold/*.json) against the record schema and the corpus.

Every gold file must validate against the shared record schema, every corpus file
(corpus/*.docx, corpus/*.pdf, corpus/*.doc) must have a gold file and every gold file must name an
existing corpus file, and the .docx/.pdf twins of one document, like a legacy .doc saved from a
.docx (<slug>-legacy.doc), must carry the same labels.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "gold"
CORPUS_DIR = ROOT / "corpus"
SCHEMA_PATH = Path(__file__).resolve().parents[1].parent / "shared/spec/record.schema.json"

GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
# The sealed held-out set keeps its gold beside it, to the same schema.
HOLDOUT_DIR = ROOT / "holdout"
HOLDOUT_GOLD = sorted((HOLDOUT_DIR / "gold").glob("*.json"))
CORPUS_FILES = sorted(p for p in CORPUS_DIR.iterdir() if p.suffix in (".docx", ".pdf", ".doc")) if CORPUS_DIR.is_dir() else []
# A Word 97-2003 copy of a corpus .docx: <slug>-legacy.doc labels like <slug>.docx.
LEGACY_SUFFIX = "-legacy.doc.json"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"record schema not found at {SCHEMA_PATH}")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("gold_path", GOLD_FILES + HOLDOUT_GOLD, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_gold_file_validates_against_schema(gold_path: Path, validator) -> None:
    record = load(gold_path)
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_names_existing_corpus_file(gold_path: Path) -> None:
    source = load(gold_path)["source"]
    assert gold_path.name == f"{source}.json", f"{gold_path.name} labels {source!r}"
    assert (CORPUS_DIR / source).is_file(), f"{gold_path.name}: no corpus file {source!r}"


def test_every_held_out_file_has_its_gold_file_and_no_more() -> None:
    files = {p.name for p in HOLDOUT_DIR.iterdir() if p.suffix in (".docx", ".pdf", ".doc")}
    assert {load(p)["source"] for p in HOLDOUT_GOLD} == files


def test_every_corpus_file_has_a_gold_file() -> None:
    missing = [p.name for p in CORPUS_FILES if not (GOLD_DIR / f"{p.name}.json").is_file()]
    assert not missing, f"corpus files without gold: {missing}"


def twin_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for gold in GOLD_FILES:
        if gold.name.endswith(".docx.json"):
            pdf_gold = gold.with_name(gold.name[: -len(".docx.json")] + ".pdf.json")
            if pdf_gold.is_file():
                pairs.append((gold, pdf_gold))
        elif gold.name.endswith(LEGACY_SUFFIX):
            pairs.append((gold.with_name(gold.name[: -len(LEGACY_SUFFIX)] + ".docx.json"), gold))
    return pairs


@pytest.mark.parametrize("docx_gold,pdf_gold", twin_pairs(), ids=lambda p: p.name)
def test_docx_and_pdf_twins_share_labels(docx_gold: Path, pdf_gold: Path) -> None:
    a = {k: v for k, v in load(docx_gold).items() if k != "source"}
    b = {k: v for k, v in load(pdf_gold).items() if k != "source"}
    differing = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    assert not differing, f"{docx_gold.name} and {pdf_gold.name} differ in {differing}"
