"""parse(): the right reader by content, a normalised Document, clear errors for bad files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pcc_ingest.errors import DamagedFile, EncryptedFile
from pcc_ingest.parsers import parse


def test_docx_becomes_a_document_with_hash_and_normalised_text(fixtures: Path):
    path = fixtures / "mixed_report.docx"
    doc = parse(path)
    assert doc.format == "docx"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.pages is None
    assert "1. การประชุมคณะกรรมการ" in doc.text  # Word's "๑." label, Thai digits normalised
    assert doc.title and doc.title.startswith("รายงานผลการดำเนินงาน")


def test_pdf_document_counts_pages_and_lays_table_rows_on_one_line(fixtures: Path):
    doc = parse(fixtures / "mixed_report.pdf")
    assert (doc.format, doc.pages) == ("pdf", 3)
    assert "ลำดับ\tประเด็น\tงบประมาณ (บาท)\tผลการดำเนินงาน" in doc.text.splitlines()


def test_renamed_files_are_parsed_by_content(copy_as):
    assert parse(copy_as("mixed_report.pdf", "report.docx")).format == "pdf"
    assert parse(copy_as("mixed_report.docx", "report.doc")).format == "docx"


def test_truncated_docx_is_damaged(fixtures: Path, tmp_path: Path):
    data = (fixtures / "mixed_report.docx").read_bytes()
    broken = tmp_path / "report.docx"
    broken.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(DamagedFile, match=r"report\.docx"):
        parse(broken)


def test_truncated_pdf_is_damaged(fixtures: Path, tmp_path: Path):
    data = (fixtures / "mixed_report.pdf").read_bytes()
    broken = tmp_path / "report.pdf"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedFile, match=r"report\.pdf"):
        parse(broken)


def test_password_protected_pdf_is_encrypted(fixtures: Path):
    with pytest.raises(EncryptedFile, match="password"):
        parse(fixtures / "encrypted_pdf.pdf")


def test_password_protected_docx_is_encrypted(fixtures: Path):
    with pytest.raises(EncryptedFile, match="password"):
        parse(fixtures / "encrypted_word.docx")


def test_legacy_doc_is_read_as_doc_format(fixtures: Path):
    doc = parse(fixtures / "mixed_report.doc")
    assert doc.format == "doc" and doc.blocks
