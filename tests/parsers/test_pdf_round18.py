"""Round 18: a bracketed item number cut by the line end ("… (" / "2) …") is no new list item."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_line_joining import BRACKET_GOES_ON_RE, LIST_LABEL_RE

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NAN_PUA = CORPUS / "nan-pua-2566-project.pdf"


def test_a_number_closing_a_bracket_opened_on_the_line_above_goes_on():
    assert LIST_LABEL_RE.match("2) การดูแลผู้สูงอายุ")
    assert BRACKET_GOES_ON_RE.search("ไฟป่า (PM 2.5) (\n2) การดูแลผู้สูงอายุ")
    assert not BRACKET_GOES_ON_RE.search("ไฟป่า (PM 2.5)\n2) การดูแลผู้สูงอายุ")


def test_issues_numbered_in_brackets_stay_in_their_paragraph_across_the_cut():
    doc = parse(NAN_PUA)
    [sentence] = [b for b in doc.blocks if "ได้แก่ (1)" in b.text]
    assert "(PM 2.5) (2) การดูแลผู้สูงอายุ" in sentence.text
    assert not any(b.text.startswith("2) การดูแลผู้สูงอายุ") for b in doc.blocks)
