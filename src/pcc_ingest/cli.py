"""The ``pcc-ingest`` command line: a thin layer over the library.

Library errors (``PccError``) become one ``Error: …`` line here and nowhere else.
Exit status: 0 success, 1 some files failed (or a score under the floor),
2 usage errors.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import sqlite_utils
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from pcc_ingest import pipeline, store
from pcc_ingest.errors import PccError

app = typer.Typer(
    help="Turn Thai district quality-of-life committee (พชอ.) reports into traceable SQLite data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"Error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    db: DbOption = Path("pcc.db"),
    workers: Annotated[int, typer.Option(help="Parser processes (default: the number of cores).")] = 0,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that fails.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary table.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON at the end.")] = False,
) -> None:
    """Ingest .docx/.pdf reports into DB and print a summary.

    Exit status 0 when every file was ingested (or unchanged), 1 when some failed.
    """
    for p in paths:
        if not p.exists() and not p.is_symlink():
            raise fail(f"no such file or folder: {p}", 2)
    database = _open_for_writing(db)
    total = sum(1 for _ in pipeline.iter_files(paths))
    n_workers = workers or os.cpu_count() or 1
    show = not quiet and not as_json
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"),
        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=err, disable=not show, transient=True,
    )
    with progress:
        task = progress.add_task("ingest", total=total, failed=0, rate="")

        def tick(outcome: pipeline.FileOutcome) -> None:
            t = progress.tasks[task]
            failed = t.fields["failed"] + (outcome.status == "failed")
            rate = f"{(t.completed + 1) / t.elapsed:.1f} files/s" if t.elapsed else ""
            progress.update(task, advance=1, failed=failed, rate=rate)

        try:
            summary = pipeline.ingest(paths, database, workers=n_workers, strict=strict, on_file=tick)
        except pipeline.StrictStop as e:
            raise fail(f"--strict: {e}") from None
    if as_json:
        out.print_json(json.dumps(summary.as_dict(), ensure_ascii=False))
    elif not quiet:
        _print_summary(summary, db)
    else:
        for o in summary.failed:  # --quiet: silent on success, but a failure is still named
            err.print(f"failed [{o.error_kind}] {o.path}: {o.message}", markup=False, highlight=False)
    raise typer.Exit(1 if summary.failed else 0)


def _open_for_writing(db: Path) -> sqlite_utils.Database:
    """Open the database, or stop with a usage error when it cannot be created there."""
    if not db.parent.is_dir():
        raise fail(f"no such folder for the database: {db.parent}", 2)
    try:
        return store.open_db(db)
    except sqlite3.DatabaseError as e:
        raise fail(f"cannot open database {db}: {e}", 2) from None


def _print_summary(summary: pipeline.RunSummary, db: Path) -> None:
    s = summary.as_dict()
    out.print(
        f"{s['documents']} documents ingested ({s['blocks']} blocks, {s['pages']} pages, {s['findings']} findings) "
        f"in {s['seconds']:.2f} s; "
        f"{s.get('unchanged', 0)} unchanged, {s.get('duplicate', 0)} duplicate, {s.get('failed', 0)} failed "
        f"-> {db}",
        markup=False, highlight=False,
    )
    if s["pages_needing_ocr"]:
        out.print(f"{s['pages_needing_ocr']} pages need OCR (install tesseract-ocr tesseract-ocr-tha, then re-run)",
                  markup=False, highlight=False)
    for o in summary.failed:
        out.print(f"  failed [{o.error_kind}] {o.path}: {o.message}", markup=False, highlight=False)
    for o in summary.partial:
        out.print(f"  partial [{pipeline.PARTIAL_KIND}] {o.path}: {o.partial}", markup=False, highlight=False)


def _warn_unscored(summary: pipeline.RunSummary) -> None:
    """Say which files eval scores as (partly) empty: a file that could not be read, or an
    extractor that raised on one, would otherwise show only as missed records."""
    for o in summary.failed:
        err.print(f"warning: {o.path} was not read ([{o.error_kind}] {o.message}); its gold counts as missed",
                  markup=False, highlight=False)
    for o in summary.partial:
        err.print(f"warning: {o.path}: an extractor failed ({o.partial}); its list counts as missed",
                  markup=False, highlight=False)


@app.command()
def text(
    file: Annotated[Path, typer.Argument(help="A .docx or .pdf file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the blocks with their provenance.")] = False,
) -> None:
    """Print the normalised text the pipeline reads from FILE, one block per line in reading order
    (a table row on one line, cells separated by tabs); PDF pages whose text layer was repaired,
    OCR'd or still needs OCR are listed on stderr."""
    from pcc_ingest.parsers import parse

    if not file.is_file():
        raise fail(f"no such file: {file}", 2)
    try:
        doc = parse(file)
    except PccError as e:
        raise fail(f"{file}: {e}") from None
    if as_json:
        payload = {
            "path": doc.path, "sha256": doc.sha256, "format": doc.format, "pages": doc.pages,
            "page_info": [p.model_dump() for p in doc.page_info],
            "blocks": [b.model_dump() for b in doc.blocks],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(doc.text + "\n")
        for page in doc.page_info:  # the text-layer verdicts, on stderr so the text stays clean
            if page.verdict != "good":
                err.print(f"p.{page.page}: {page.verdict} ({'; '.join(page.reasons)})", markup=False, highlight=False)


@app.command()
def export(
    db: DbOption,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the JSON record files.")],
) -> None:
    """Write one JSON record file per ingested document (RECORDS.md format plus evidence)."""
    from pcc_ingest.export import export_all

    if not db.is_file():
        raise fail(f"no such database: {db}", 2)
    written = export_all(store.open_db(db), out_dir)
    out.print(f"{len(written)} record files written to {out_dir}", markup=False, highlight=False)


@app.command()
def check(db: DbOption) -> None:
    """Re-run the auditor cross-checks (sums, unit cost × quantity, totals in words, percentages,
    total rows, dates, month spellings, districts, repeated figures) on every stored document,
    replace its stored findings and print each one with its place. Findings are not errors:
    the exit status is 0 whenever the checks ran (2 when DB does not exist)."""
    from pcc_ingest.checks import check_stored

    if not db.is_file():
        raise fail(f"no such database: {db}", 2)
    documents = findings = 0
    for checked in check_stored(store.open_db(db)):
        documents += 1
        findings += len(checked.findings)
        for f in checked.findings:
            out.print(f"{checked.path}  [{f.rule}] {f.message}\n    expected {f.expected}, found {f.found}"
                      f"\n    at {f.evidence.locator}: {f.evidence.text}", markup=False, highlight=False)
    out.print(f"{findings} findings in {documents} documents", markup=False, highlight=False)


@app.command()
def review(
    db: DbOption,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the HTML site.")] = Path("review"),
) -> None:
    """Write a static evidence-review site: index.html and one page per document with every
    extracted value highlighted where it was read. Open index.html in a browser; no server needed."""
    from pcc_ingest.review import build_site

    if not db.is_file():
        raise fail(f"no such database: {db}", 2)
    written = build_site(store.open_db(db), out_dir)
    out.print(f"{len(written)} pages written; open {out_dir / 'index.html'}", markup=False, highlight=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find; every space-separated term must occur in one block.")],
    db: DbOption = Path("pcc.db"),
    limit: Annotated[int, typer.Option(help="Print at most this many matches.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the matches as JSON.")] = False,
) -> None:
    """Search the stored text in Thai: each match with its document, place (page, table row and
    column, paragraph) and a snippet with the match marked «like this»."""
    from pcc_ingest.search import ensure_index
    from pcc_ingest.search import search as find_text

    if not db.is_file():
        raise fail(f"no such database: {db}", 2)
    database = store.open_db(db)
    ensure_index(database)
    hits = find_text(database, query, limit=limit)
    if as_json:
        payload = [{"path": h.path, "place": h.place, "block": h.block.order, "text": h.block.text,
                    "spans": h.spans, "whole_words": h.whole_words, "snippet": h.snippet()} for h in hits]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    for h in hits:
        inside = "" if h.whole_words else "  (inside a longer word)"
        out.print(f"{h.path}  {h.place}{inside}\n    {h.snippet()}", markup=False, highlight=False)
    out.print(f"{len(hits)} matches", markup=False, highlight=False)


def _gold_records(folder: Path) -> dict[str, Any]:
    """Every ``<source>.json`` of ``folder``; one that cannot be read or parsed is a usage error."""
    records: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            records[path.name[: -len(".json")]] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise fail(f"cannot read gold file {path}: {e}", 2) from None
    return records


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold record files (<source>.json).")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to ingest into a temporary database.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="Score this database instead of PATHs.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON here.")] = None,
    min_f1: Annotated[float, typer.Option("--min-f1", help="Exit 1 when any list's F1 is under this.")] = 0.0,
    details: Annotated[bool, typer.Option(help="List every unpaired or mismatched record.")] = True,
) -> None:
    """Score extraction against hand-labelled gold files (RECORDS.md scoring rules)."""
    from pcc_ingest import eval_report, scoring
    from pcc_ingest.export import exported_records

    if (db is None) == (not paths):
        raise fail("give either --db DB or PATH... (not both)", 2)
    if not gold.is_dir():
        raise fail(f"no such gold folder: {gold}", 2)
    gold_records = _gold_records(gold)
    if db is not None:
        if not db.is_file():
            raise fail(f"no such database: {db}", 2)
        predicted = exported_records(store.open_db(db))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            database = store.open_db(Path(tmp) / "eval.db")
            _warn_unscored(pipeline.ingest(paths or [], database, workers=os.cpu_count() or 1))
            predicted = exported_records(database)
            database.close()
    result = scoring.score(gold_records, predicted)
    out.print(eval_report.format_table(result))
    if details:
        out.print(eval_report.format_mismatches(result), markup=False, highlight=False)
    if json_out:
        json_out.write_text(json.dumps(scoring.to_json(result), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    low = scoring.below_floor(result, min_f1)
    if low:
        raise fail(f"F1 under {min_f1} for: {', '.join(low)}")
