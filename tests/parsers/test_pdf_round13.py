"""Round 13 PDF text repairs, pinned on real corpus PDFs and on pure helpers."""

from pathlib import Path

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_line_joining import hang_limit
from pcc_ingest.parsers.pdf_text import TextLine

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _text(name: str) -> str:
    return parse(CORPUS / name).text


def test_word_gap_after_a_final_mark_becomes_a_space():
    # A tab stop after "ดี" (a mark with no advance): pdfium generated no space.
    assert "มะเร็งท่อน้ำดี 30,000 บาท" in _text("sakon-nakhon-phanna-nikhom-2568-action-plan.pdf")


def test_letters_set_solid_get_no_space():
    text = _text("sakon-nakhon-phanna-nikhom-2568-action-plan.pdf")
    assert "มะเร็งท่อน้ำดีด้วยอัลตราซาวด์" in text


def test_mark_drawn_late_inside_a_figure_leaves_no_space():
    text = _text("phayao-dok-khamtai-2567-progress.pdf")
    assert "80,100 บาท" in text and "80 ,100" not in text
    assert "ครั้งที่ 1/2567" in text


def test_indented_paragraph_after_one_line_list_item_is_not_joined_to_it():
    lines = _text("phayao-dok-khamtai-2567-progress.pdf").splitlines()
    item = next(ln for ln in lines if ln.startswith("4) ค่าใช้จ่ายในการประชุม"))
    assert item.endswith("4,200 บาท")
    assert any(ln.startswith("รวมงบประมาณที่ได้รับอนุมัติ") for ln in lines)


def _line(text: str, width: float = 440.0) -> TextLine:
    return TextLine(text=text, left=85.0, right=85.0 + width, baseline=400.0, size=16.0, bold=False, trailing_space=False)


def test_hang_under_a_list_label_is_about_the_label_width():
    labelled = hang_limit(_line("๔) ค่าใช้จ่ายในการประชุม พชต. ๔ ครั้ง ครั้งละ ๒๑ คน คนละ ๕๐ บาท (ประเภทที่ ๔) จำนวน ๔,๒๐๐ บาท"))
    assert 8.0 < labelled < 2 * 16.0


def test_hang_without_a_label_allows_an_unread_label():
    assert hang_limit(_line("ค่าใช้จ่ายในการประชุม พชต. ๔ ครั้ง")) == 3 * 16.0
