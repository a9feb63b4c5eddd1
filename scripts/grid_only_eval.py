"""Measure the generic grid reader alone against gold, beside the full pipeline.

For each corpus document: the pipeline's prose outcomes (records citing no
table) plus the grid reader's outcomes of *every* table (the per-layout table
rules switched off), scored with the project's own pairing
(``pcc_ingest.scoring.pair_records``); and the full pipeline's outcomes the
same way.  Prints outcome precision / recall / F1 for the whole corpus and for
the files of sets 50–52 (first blind scores 0.51 / 0.52 / 0.63, mostly lost in
tables), the development measure of the reader.

    PYTHONPATH=src python3 scripts/grid_only_eval.py [--corpus corpus] [--gold gold] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import re
from multiprocessing import Pool
from pathlib import Path

from pcc_ingest.extract.outcomes import single_district
from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.grid_reader import grid_outcomes, table_contexts
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse
from pcc_ingest.scoring import pair_records

# The files of sets 50–52 (the brief's list of their names' stems).
BLIND_SETS = re.compile(
    "chiang-mai-fang-2568|khon-kaen-chum-phae-2567|nonthaburi-province-2568|phetchabun-chon-daen-2567|"
    "ubon-ratchathani-trakan-phuet-phon-2566|yasothon-sai-mun-2569|chaiyaphum-chatturat-2567|"
    "kalasin-kamalasai-2568|phrae-long-2568|prachuap-khiri-khan-hua-hin-2566|samut-sakhon-province-2567|"
    "yala-betong-2567|nakhon-nayok-province-2566|nakhon-phanom-na-kae-2567|pattani-yarang-2568|"
    "phitsanulok-wang-thong-2568|surat-thani-ko-samui-2567|udon-thani-ban-dung-2566")

FIELDS = ("indicator", "district", "value_pct", "target_pct", "year_be")


def _plain(records: list[OutcomeRecord]) -> list[dict]:
    return [{k: getattr(o, k) for k in FIELDS} for o in records]


def grid_only(path: Path) -> tuple[list[dict], list[dict]]:
    """The full pipeline's outcomes of one file, and the prose ones plus the grid reader's of every table."""
    doc = parse(path)
    got = extract(doc)
    facts = got.document
    ctx = Context(year_be=facts.fiscal_year_be, province=facts.province_code,
                  single=single_district(doc, got.districts, facts.province_code),
                  plan=facts.doc_type == "action_plan")
    tables = read_tables(doc)
    grid: list[OutcomeRecord] = [o for o in got.outcomes if o.evidence.table is None]
    for table, own in zip(tables, table_contexts(doc, tables, ctx)):
        grid += grid_outcomes(table, own)
    return _plain(got.outcomes), _plain(grid)


def _run(args: tuple[Path, Path]) -> tuple[str, list[dict], list[dict], list[dict]]:
    path, gold = args
    try:
        full, grid = grid_only(path)
    except Exception:  # noqa: BLE001 - a file that cannot be read scores as empty, as eval does
        full, grid = [], []
    return path.name, json.loads(gold.read_text(encoding="utf-8")).get("outcomes", []), full, grid


def _figures(rows: list[tuple[str, list[dict], list[dict], list[dict]]], which: int) -> str:
    pairs = predicted = gold = 0
    for row in rows:
        g, p = row[1], row[which]
        pairs += len(pair_records("outcomes", g, p))
        predicted, gold = predicted + len(p), gold + len(g)
    prec, rec = pairs / predicted if predicted else 1.0, pairs / gold if gold else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"P {prec:.4f}  R {rec:.4f}  F1 {f1:.4f}  (pairs {pairs}, predicted {predicted}, gold {gold})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    jobs = [(p, args.gold / f"{p.name}.json") for p in sorted(args.corpus.iterdir())
            if (args.gold / f"{p.name}.json").is_file()]
    with Pool(args.workers) as pool:
        rows = pool.map(_run, jobs, chunksize=4)
    blind = [r for r in rows if BLIND_SETS.search(r[0])]
    for name, part in (("corpus", rows), (f"sets 50-52 ({len(blind)} files)", blind)):
        print(f"{name}:\n  full pipeline  {_figures(part, 2)}\n  grid only      {_figures(part, 3)}")


if __name__ == "__main__":
    main()
