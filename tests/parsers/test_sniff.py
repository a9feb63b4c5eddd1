"""Formats are told by content: renamed files are still recognised, broken ones refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pcc_ingest.errors import DamagedFile, EncryptedFile, UnsupportedFormat
from pcc_ingest.sniff import detect_format


def test_docx_renamed_to_doc_is_read_as_docx(copy_as):
    assert detect_format(copy_as("mixed_report.docx", "report.doc")) == "docx"


def test_pdf_named_docx_is_read_as_pdf(copy_as):
    assert detect_format(copy_as("mixed_report.pdf", "report.docx")) == "pdf"


def test_word_97_file_is_doc_whatever_its_name(copy_as):
    assert detect_format(copy_as("mixed_report.doc", "report.docx")) == "doc"


def test_html_page_saved_as_doc_is_html(copy_as):
    assert detect_format(copy_as("mixed_report.html", "exported.doc")) == "html"


def test_empty_file_is_damaged(tmp_path: Path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(DamagedFile, match="empty"):
        detect_format(empty)


def test_truncated_docx_is_damaged(fixtures: Path, tmp_path: Path):
    data = (fixtures / "mixed_report.docx").read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedFile, match="zip"):
        detect_format(truncated)


def test_zip_without_word_document_is_damaged(tmp_path: Path):
    archive = tmp_path / "notes.docx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("notes.txt", "บันทึก")
    with pytest.raises(DamagedFile, match=r"word/document\.xml"):
        detect_format(archive)


def test_plain_text_is_unsupported(tmp_path: Path):
    text = tmp_path / "report.pdf"
    text.write_text("รายงานผลการดำเนินงาน", encoding="utf-8")
    with pytest.raises(UnsupportedFormat, match="not a Word"):
        detect_format(text)


def test_password_protected_docx_is_encrypted(fixtures: Path):
    with pytest.raises(EncryptedFile, match="password"):
        detect_format(fixtures / "encrypted_word.docx")


def test_mhtml_web_archive_saved_as_doc_is_html(fixtures: Path):
    assert detect_format(fixtures / "exported_web_page.doc") == "html"
