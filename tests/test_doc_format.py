"""Legacy Word 97-2003 (.doc) files, and files whose name lies about their format.

The corpus .doc files were saved by LibreOffice from corpus .docx files, so the
.docx is the truth the .doc must read as.  LibreOffice and antiword are real
programs here; "not installed" is a PATH without them, and a broken or stuck
LibreOffice is a stand-in script on PATH (the parser runs whatever PATH names).
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import time
from pathlib import Path

import pytest

from pcc_ingest.errors import MissingTool
from pcc_ingest.parsers import doc as doc_parser
from pcc_ingest.parsers import parse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "parsers" / "fixtures"
LEGACY = sorted(CORPUS.glob("*-legacy.doc"))
NAKHON_PHANOM = CORPUS / "nakhon-phanom-province-2563-action-plan-legacy.doc"

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword not installed")


def body_without_list_numbers(path: Path) -> list[tuple]:
    """Each body block's kind, table place and text, its list number cut off.

    LibreOffice's .doc export cannot write Thai-digit list numbers and restarts
    a list interrupted by another one, so only the numbers may differ.
    """
    return [
        (b.kind, b.table, b.row, b.col, b.text[len(b.list_label):].strip() if b.list_label else b.text)
        for b in parse(path).body()
    ]


def source_docx(legacy: Path) -> Path:
    return legacy.with_name(legacy.name.removesuffix("-legacy.doc") + ".docx")


def path_with(tmp_path: Path, **programs: str) -> str:
    """A PATH holding only the named programs: the real one (value "real") or a shell script."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, script in programs.items():
        target = bin_dir / name
        if script == "real":
            target.symlink_to(shutil.which(name))
        else:
            target.write_text("#!/bin/sh\n" + script + "\n")
            target.chmod(target.stat().st_mode | stat.S_IXUSR)
    return str(bin_dir)


@needs_soffice
@pytest.mark.parametrize("legacy", LEGACY, ids=lambda p: p.name)
def test_doc_reads_as_the_docx_it_was_saved_from(legacy: Path) -> None:
    assert body_without_list_numbers(legacy) == body_without_list_numbers(source_docx(legacy))


@needs_soffice
def test_doc_through_libreoffice_keeps_word_list_labels_and_table_rows() -> None:
    doc = parse(NAKHON_PHANOM)
    assert doc.format == "doc"
    assert [b.list_label for b in doc.body() if b.list_label][:2] == ["1.", "1."]
    rows = {(b.table, b.row) for b in doc.blocks if b.kind == "table_cell"}
    source_rows = {(b.table, b.row) for b in parse(source_docx(NAKHON_PHANOM)).blocks if b.kind == "table_cell"}
    assert rows == source_rows and rows


@needs_soffice
def test_libreoffice_profile_and_output_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    parse(NAKHON_PHANOM)
    assert list(tmp_path.iterdir()) == []


@needs_antiword
def test_without_libreoffice_antiword_reads_paragraphs_and_ruled_table_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", path_with(tmp_path, antiword="real"))
    doc = parse(NAKHON_PHANOM)
    assert doc.format == "doc"
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert cells and all(b.table is not None and b.row is not None and b.col is not None for b in cells)
    docx_text = parse(source_docx(NAKHON_PHANOM)).text
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs and all(p in docx_text for p in paragraphs)


@needs_antiword
def test_libreoffice_failing_falls_back_to_antiword(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", path_with(tmp_path, antiword="real", soffice="echo 'Error: no filter' >&2; exit 1"))
    doc = parse(NAKHON_PHANOM)
    assert doc.format == "doc" and "งบสนับสนุน" in doc.text


@needs_antiword
def test_stuck_libreoffice_is_killed_with_its_children_then_antiword_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid_file = tmp_path / "child.pid"
    monkeypatch.setenv("PATH", path_with(tmp_path, antiword="real",
                                         soffice=f"{shutil.which('sleep')} 300 & echo $! > {pid_file}; wait"))
    monkeypatch.setattr(doc_parser, "SOFFICE_TIMEOUT", 1)
    doc = parse(NAKHON_PHANOM)
    assert "งบสนับสนุน" in doc.text
    child = int(pid_file.read_text())
    for _ in range(50):  # the kill is sent; give the kernel a moment to reap
        if not _alive(child):
            break
        time.sleep(0.1)
    assert not _alive(child), "LibreOffice's child process outlived the timeout"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_no_converter_installed_is_missing_tool_for_doc_files_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", path_with(tmp_path))
    with pytest.raises(MissingTool, match=r"needs LibreOffice \(soffice\) or antiword"):
        parse(NAKHON_PHANOM)
    assert parse(source_docx(NAKHON_PHANOM)).format == "docx"


@needs_soffice
def test_doc_named_docx_is_read_as_doc(tmp_path: Path) -> None:
    renamed = tmp_path / "report.docx"
    shutil.copyfile(NAKHON_PHANOM, renamed)
    assert parse(renamed).format == "doc"


def test_pdf_named_doc_is_read_as_pdf(tmp_path: Path) -> None:
    renamed = tmp_path / "report.doc"
    shutil.copyfile(CORPUS / "nakhon-phanom-province-2563-action-plan.pdf", renamed)
    doc = parse(renamed)
    assert doc.format == "pdf" and doc.pages and "งบสนับสนุน" in doc.text


def test_html_page_saved_as_doc_is_read_as_html(tmp_path: Path) -> None:
    renamed = tmp_path / "export.doc"
    shutil.copyfile(FIXTURES / "mixed_report.html", renamed)
    doc = parse(renamed)
    assert doc.format == "html" and any(b.kind == "table_cell" for b in doc.blocks)


def test_docx_named_doc_is_read_as_docx(tmp_path: Path) -> None:
    renamed = tmp_path / "report.doc"
    shutil.copyfile(CORPUS / "nakhon-phanom-province-2563-action-plan.docx", renamed)
    assert parse(renamed).format == "docx"


def test_antiword_blocks_turn_ruled_lines_into_one_table() -> None:
    text = "หัวเรื่อง\n\n|ลำดับ |รายการ |\n|1    |อบรม   |\nหมายเหตุ\n"
    blocks = doc_parser.antiword_blocks(text)
    assert [(b.kind, b.table, b.row, b.col, b.raw_text) for b in blocks] == [
        ("paragraph", None, None, None, "หัวเรื่อง"),
        ("table_cell", 0, 0, 0, "ลำดับ"), ("table_cell", 0, 0, 1, "รายการ"),
        ("table_cell", 0, 1, 0, "1"), ("table_cell", 0, 1, 1, "อบรม"),
        ("paragraph", None, None, None, "หมายเหตุ"),
    ]
