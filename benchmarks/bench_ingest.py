"""Ingest benchmark: throughput, memory and overhead over the bare text layer.

Not a test: it prints figures beside the targets (PASS/MISS) so speed and
memory are watched without timed tests.

    python benchmarks/bench_ingest.py                 # 1,000 documents, 1 and 2 workers, 300-page PDF
    python benchmarks/bench_ingest.py --quick         # a small run to check the script works
    python benchmarks/bench_ingest.py --docs 2000 --workers 2 --json out/bench.json
    python benchmarks/bench_ingest.py --profile       # where the time goes, stage by stage and by function

Each pipeline run (``pcc_ingest.pipeline.ingest`` into a fresh SQLite file) is
a child process, so its imports do not pollute the figures and the RSS of its
whole process tree (the writer plus the pool's workers) can be polled.  The
generated files are cached under ``benchmarks/.cache/`` (see ``bulk_docs``).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Self

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
MB = 1024 * 1024
POLL_S = 0.05

# Targets on born-digital files (see the project brief).
TARGET_PDF_PAGES_PER_S = 200.0   # whole pipeline, 2 workers
TARGET_DOCX_DOCS_PER_S = 100.0   # whole pipeline, 2 workers
TARGET_RATIO_TO_BARE = 5.0       # pipeline time / bare text-layer read time
TARGET_PEAK_MB = 500.0           # whatever the folder size
TARGET_LARGE_PDF_MB = 300.0      # one 300-page PDF
LARGE_PDF_PAGES = 300
QUICK_DOCS = 60
QUICK_LARGE_PAGES = 40
PROFILE_DOCX = 120
PROFILE_PDFS = 12
PROFILE_TOP = 25


# ------------------------------------------------------------------ one pipeline run in a child process


@dataclass
class RunResult:
    label: str
    workers: int
    files: int
    documents: int
    pages: int
    failed: int
    seconds: float
    cpu_seconds: float  # user + system over the child and its workers, imports included
    peak_tree_rss_mb: float  # sum of RSS over the child and its workers, polled
    peak_process_rss_mb: float  # the largest single process
    start_rss_mb: float  # the child after imports, before ingesting
    errors: list[str]

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def child_main(spec_file: str) -> None:
    """In the child: ingest the files of the spec into a fresh database and print the figures as JSON."""
    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    from pcc_ingest import pipeline, store

    start_rss = current_rss_mb()
    db = store.open_db(spec["db"])
    started = time.perf_counter()
    summary = pipeline.ingest(spec["paths"], db, workers=spec["workers"])
    seconds = time.perf_counter() - started
    db.close()
    s = summary.as_dict()
    usage = {
        "self_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    print(json.dumps({
        "files": s["files"], "documents": s["documents"], "pages": s["pages"], "failed": s.get("failed", 0),
        "seconds": seconds, "start_rss_mb": start_rss, **usage,
        "errors": [f"{e['kind']}: {Path(e['path']).name}: {e['message']}" for e in s["errors"]][:5],
    }))


def current_rss_mb() -> float:
    """This process's resident set now (not the high-water mark, which imports inflate)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


def children_cpu_s() -> float:
    """CPU seconds (user + system) of all waited-for descendants so far, pool workers included."""
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def parallel_speedup(jobs: int = 4, n: int = 3_000_000) -> float:
    """How much faster 2 processes run a pure-Python CPU task than 1 on this machine right now.

    Other jobs on a shared 2-core machine show up here as a speedup well under 2,
    which the 2-worker figures then inherit.
    """
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    for _ in range(jobs):
        _spin(n)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1, 1]))
        started = time.perf_counter()
        list(pool.map(_spin, [n] * jobs))
        parallel = time.perf_counter() - started
    return serial / parallel


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


class TreeRss:
    """Polls the RSS of a process and all its descendants; keeps the peaks."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_sum = 0
        self.peak_one = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        try:
            import psutil
        except ImportError:  # the child's getrusage figures are used instead
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            rss = []
            for p in procs:
                with contextlib.suppress(psutil.NoSuchProcess):
                    rss.append(p.memory_info().rss)
            if rss:
                self.peak_sum = max(self.peak_sum, sum(rss))
                self.peak_one = max(self.peak_one, *rss)
            self._stop.wait(POLL_S)


def run_pipeline(label: str, paths: list[Path], workers: int, tmp: Path) -> RunResult:
    spec = tmp / f"{label}-{workers}.json"
    db = tmp / f"{label}-{workers}.db"
    spec.write_text(json.dumps({"db": str(db), "workers": workers, "paths": [str(p) for p in paths]}), encoding="utf-8")
    cpu_before = children_cpu_s()
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(spec)], stdout=subprocess.PIPE, text=True)
    with TreeRss(proc.pid) as rss:
        out, _ = proc.communicate()
    cpu = children_cpu_s() - cpu_before
    if proc.returncode != 0:
        raise SystemExit(f"the pipeline run {label} (workers={workers}) failed with status {proc.returncode}")
    r = json.loads(out.strip().splitlines()[-1])
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    # getrusage's high-water marks (one process each) bound the polled peaks from below,
    # and stand in for them without psutil.
    largest = max(r["self_maxrss_mb"], r["children_maxrss_mb"])
    return RunResult(
        label=label, workers=workers, files=r["files"], documents=r["documents"], pages=r["pages"],
        failed=r["failed"], seconds=r["seconds"], cpu_seconds=cpu,
        peak_tree_rss_mb=max(rss.peak_sum / MB, largest),
        peak_process_rss_mb=max(rss.peak_one / MB, largest),
        start_rss_mb=r["start_rss_mb"], errors=r["errors"],
    )


# ------------------------------------------------------------------ the bare text layer


def bare_pdf_seconds(paths: list[Path]) -> float:
    """pypdfium2 alone: open, get_text_range per page, close."""
    import pypdfium2 as pdfium

    started = time.perf_counter()
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()
    return time.perf_counter() - started


def bare_docx_seconds(paths: list[Path]) -> float:
    """python-docx alone: Document() and the text of its body paragraphs."""
    import docx

    started = time.perf_counter()
    for path in paths:
        "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return time.perf_counter() - started


# ------------------------------------------------------------------ profile mode


def profile(bulk: bulk_docs.Bulk) -> None:
    """Time each stage (read, layout+normalise, extract, store) in one process, then cProfile the lot."""
    from pcc_ingest import store
    from pcc_ingest.extract.run import extract
    from pcc_ingest.layout import build_document
    from pcc_ingest.parsers import read_docx, read_pdf, sha256_of

    seen: set[str] = set()
    pdfs = []
    for p in bulk.pdf:  # distinct PDFs only: copies would just repeat them
        stem = p.stem.split("-")[1]
        if stem not in seen:
            seen.add(stem)
            pdfs.append(p)
    groups = {"docx": bulk.docx[:PROFILE_DOCX], "pdf": pdfs[:PROFILE_PDFS]}
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "profile.db")
        for fmt, files in groups.items():
            stages = dict.fromkeys(("read", "layout+normalise", "extract", "store"), 0.0)
            pages = 0
            profiler = cProfile.Profile()
            for path in files:
                profiler.enable()
                t0 = time.perf_counter()
                if fmt == "pdf":
                    raw, n = read_pdf(path)
                    pages += n
                else:
                    raw, n = read_docx(path), None
                t1 = time.perf_counter()
                doc = build_document(path=str(path), sha256=sha256_of(path), format=fmt, raw_blocks=raw, pages=n)
                t2 = time.perf_counter()
                ex = extract(doc)
                t3 = time.perf_counter()
                store.save_document(db, str(path), doc, ex)
                t4 = time.perf_counter()
                profiler.disable()
                for key, dt in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                    stages[key] += dt
            total = sum(stages.values())
            unit = f"{len(files)} files, {pages} pages" if fmt == "pdf" else f"{len(files)} files"
            print(f"\n== profile: {fmt} ({unit}), one process, {total:.2f} s ==")
            for key, dt in stages.items():
                per = f"{1000 * dt / pages:.1f} ms/page" if pages else f"{1000 * dt / len(files):.1f} ms/file"
                print(f"  {key:18s} {dt:7.2f} s  {100 * dt / total:5.1f}%  {per}")
            stats = pstats.Stats(profiler).stats
            ours = [kv for kv in stats.items() if "pcc_ingest" in kv[0][0]]
            listings = (
                ("pcc_ingest functions by cumulative time", ours, 3),
                ("functions by own time", list(stats.items()), 2),
            )
            for title, items, key in listings:
                print(f"  top {PROFILE_TOP} {title}:")
                for (file, line, func), row in sorted(items, key=lambda kv: kv[1][key], reverse=True)[:PROFILE_TOP]:
                    _cc, calls, own, cum, _callers = row
                    print(f"    {own:6.2f} s own {cum:6.2f} s cum {calls:>9} calls  {_short(file)}:{line} {func}")
        db.close()


def _short(file: str) -> str:
    for marker in ("site-packages/", "/src/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# ------------------------------------------------------------------ report


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def describe(bulk: bulk_docs.Bulk) -> dict[str, object]:
    counts = sorted(bulk.pdf_pages.values())
    return {
        "folder": str(bulk.folder),
        "documents": len(bulk.docx) + len(bulk.pdf),
        "docx": len(bulk.docx),
        "pdf": len(bulk.pdf),
        "distinct_pdfs": bulk.distinct_pdfs,
        "distinct_pdf_pages": {"min": counts[0], "median": statistics.median(counts), "max": counts[-1],
                               "with_20_plus": sum(c >= 20 for c in counts)},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents in the bulk folder (default 1000)")
    ap.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated (default 1,2)")
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_DOCS} documents and a {QUICK_LARGE_PAGES}-page PDF")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--cache", type=Path, default=CACHE, help="folder for generated files (default benchmarks/.cache)")
    ap.add_argument("--profile", action="store_true", help="profile the stages in one process instead")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child_main(args.child)
        return 0
    # Imported only here, so a child run's start RSS holds the pipeline and nothing else.
    sys.path.insert(0, str(HERE))
    global bulk_docs  # noqa: PLW0603 - imported late on purpose (see above)
    import bulk_docs

    n_docs = QUICK_DOCS if args.quick else args.docs
    large_pages = QUICK_LARGE_PAGES if args.quick else LARGE_PDF_PAGES
    workers = [int(w) for w in args.workers.split(",") if w.strip()]

    bulk = bulk_docs.ensure_bulk(args.cache, n_docs)
    if args.profile:
        profile(bulk)
        return 0
    large = bulk_docs.ensure_large_pdf(args.cache, large_pages)
    info = describe(bulk)
    pages_total = sum(bulk_docs.pdf_pages(p) for p in bulk.pdf)
    print(f"bulk folder: {info['folder']}")
    print(f"  {info['documents']} documents: {info['docx']} distinct .docx (python-docx) and {info['pdf']} PDFs "
          f"({pages_total} pages).")
    print(f"  The PDFs are byte-distinct copies (a comment appended after %%EOF) of {info['distinct_pdfs']} "
          f"distinct PDFs made by LibreOffice from generated .docx; pages per distinct PDF "
          f"{info['distinct_pdf_pages']}.")
    print(f"  large PDF: {large.name}, {bulk_docs.pdf_pages(large)} pages")

    speedup = parallel_speedup()
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f}; 2 processes run pure Python "
          f"{speedup:.2f}x as fast as 1 right now")

    runs: list[RunResult] = []
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp_name:
        tmp = Path(tmp_name)
        for w in workers:
            for label, paths in (("docx", bulk.docx), ("pdf", bulk.pdf), ("all", [bulk.folder])):
                print(f"running {label:4s} workers={w} ...", flush=True)
                runs.append(run_pipeline(label, paths, w, tmp))
        bare = {"docx": bare_docx_seconds(bulk.docx), "pdf": bare_pdf_seconds(bulk.pdf)}
        print("running the large PDF (workers=1) ...", flush=True)
        large_run = run_pipeline("large", [large], 1, tmp)
        large_bare = bare_pdf_seconds([large])

    print("\n== whole pipeline (parse, normalise, extract, store into a fresh SQLite file) ==")
    print(f"{'run':5s} {'wk':>2s} {'files':>6s} {'docs':>6s} {'pages':>6s} {'fail':>4s} {'seconds':>8s} "
          f"{'docs/s':>7s} {'pages/s':>8s} {'CPU s':>7s} {'peak tree RSS':>14s} {'peak 1 proc':>12s} {'start':>7s}")
    for r in runs:
        print(f"{r.label:5s} {r.workers:>2d} {r.files:>6d} {r.documents:>6d} {r.pages:>6d} {r.failed:>4d} "
              f"{r.seconds:>8.2f} {r.docs_per_s:>7.1f} {r.pages_per_s:>8.1f} {r.cpu_seconds:>7.1f} "
              f"{r.peak_tree_rss_mb:>11.0f} MB {r.peak_process_rss_mb:>9.0f} MB {r.start_rss_mb:>4.0f} MB")
        for e in r.errors:
            print(f"      error {e}")

    by = {(r.label, r.workers): r for r in runs}
    print("CPU s: user+system seconds of the run's whole process tree (startup and imports included), "
          f"load average now {os.getloadavg()[0]:.2f}")
    print("\n== bare text layer over the same files, one process ==")
    ratios: dict[str, float] = {}
    w1 = min(workers)
    for fmt in ("docx", "pdf"):
        r = by[(fmt, w1)]
        ratios[fmt] = r.seconds / bare[fmt] if bare[fmt] else float("inf")
        what = "python-docx Document() + paragraphs' text" if fmt == "docx" else "pypdfium2 get_text_range per page"
        print(f"{fmt:4s} bare {bare[fmt]:7.2f} s ({what}); pipeline workers={w1} {r.seconds:7.2f} s; "
              f"ratio {ratios[fmt]:.1f}x")
    large_ratio = large_run.seconds / large_bare if large_bare else float("inf")
    print(f"large PDF: pipeline {large_run.seconds:.2f} s ({large_run.pages_per_s:.0f} pages/s), bare "
          f"{large_bare:.2f} s, ratio {large_ratio:.1f}x, peak tree RSS {large_run.peak_tree_rss_mb:.0f} MB "
          f"(start {large_run.start_rss_mb:.0f} MB)")

    wt = 2 if 2 in workers else max(workers)
    pdf_rate = by[("pdf", wt)].pages_per_s
    docx_rate = by[("docx", wt)].docs_per_s
    peak = max(r.peak_tree_rss_mb for r in runs)
    checks = [
        (f"PDF pages/s, {wt} workers", f"{pdf_rate:.1f}", f">= {TARGET_PDF_PAGES_PER_S:.0f}",
         pdf_rate >= TARGET_PDF_PAGES_PER_S),
        (f".docx documents/s, {wt} workers", f"{docx_rate:.1f}", f">= {TARGET_DOCX_DOCS_PER_S:.0f}",
         docx_rate >= TARGET_DOCX_DOCS_PER_S),
        (f"pipeline/bare, PDF ({w1} worker)", f"{ratios['pdf']:.1f}x", f"<= {TARGET_RATIO_TO_BARE:.0f}x",
         ratios["pdf"] <= TARGET_RATIO_TO_BARE),
        (f"pipeline/bare, .docx ({w1} worker)", f"{ratios['docx']:.1f}x", f"<= {TARGET_RATIO_TO_BARE:.0f}x",
         ratios["docx"] <= TARGET_RATIO_TO_BARE),
        (f"peak RSS, {info['documents']}-document folder", f"{peak:.0f} MB", f"< {TARGET_PEAK_MB:.0f} MB",
         peak < TARGET_PEAK_MB),
        (f"peak RSS, one {bulk_docs.pdf_pages(large)}-page PDF", f"{large_run.peak_tree_rss_mb:.0f} MB",
         f"< {TARGET_LARGE_PDF_MB:.0f} MB", large_run.peak_tree_rss_mb < TARGET_LARGE_PDF_MB),
    ]
    print("\n== targets ==")
    for name, value, target, ok in checks:
        print(f"  {verdict(ok)}  {name:38s} {value:>9s}   target {target}")
    if args.quick:
        print("  (--quick: small folder and a short 'large' PDF; the figures only show the script works)")
    print("  peak tree RSS sums RSS over the writer and its forked workers, so pages they share are counted twice.")
    failed = sum(r.failed for r in [*runs, large_run])
    if failed:
        print(f"  WARNING: {failed} files failed in the pipeline runs (errors above): these figures are not valid.")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "bulk": info, "pdf_pages": pages_total, "parallel_speedup": speedup, "load_average": load,
            "runs": [{**asdict(r), "docs_per_s": r.docs_per_s, "pages_per_s": r.pages_per_s} for r in runs],
            "bare_seconds": bare, "ratios": ratios,
            "large": {**asdict(large_run), "bare_seconds": large_bare, "ratio": large_ratio},
            "targets": [{"name": n, "value": v, "target": t, "pass": ok} for n, v, t, ok in checks],
        }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
