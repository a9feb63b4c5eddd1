"""Extraction time alone, per document: what the rules cost, apart from reading the files.

Each file is parsed once; ``extract`` then runs three times on its document
model and the best time counts.  Run it with ``PYTHONPATH`` pointing at an
older checkout (``git worktree add``) on the same file list to compare builds:

    python benchmarks/bench_extract.py [FILE_LIST]

FILE_LIST holds one path per line; without it, every .docx and .pdf of
``corpus/`` except the derived scans and damaged copies.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REPEATS = 3


def default_files() -> list[Path]:
    """The corpus documents as written (derived scans and damaged copies would time OCR'd text twice)."""
    return sorted(p for p in CORPUS.iterdir()
                  if p.suffix in (".docx", ".pdf") and "scan" not in p.stem and "damaged" not in p.stem)


def main(argv: list[str]) -> None:
    files = [Path(line.strip()) for line in Path(argv[0]).read_text().splitlines() if line.strip()] if argv \
        else default_files()
    docs = [parse(f) for f in files]
    best: list[float] = []
    for doc in docs:
        times = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            extract(doc)
            times.append(time.perf_counter() - started)
        best.append(min(times))
    print(f"{len(docs)} documents: extraction {1000 * sum(best) / len(best):.1f} ms per document "
          f"(best of {REPEATS}), {sum(best):.2f} s in all; slowest {1000 * max(best):.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
