"""Round 48 budget rules (budget b).

A footnote symbol closing an amount ("8,400*", "21,600**") is no multiplication sign and no part of the
figure: the amount is read, and a baht cell keeps it after its satang are joined.
Legend lines under a cost table ("* งบ สสอ.X (gloss) 40,600 บาท", "** กองทุน…") name the funder of each
marked line, even when the table is cut by a page break before the legend; the kind of money before the
name, the gloss in brackets after it and the amount are left out.
A row returning unspent money ("คืนเงินเหลือจ่าย") is a balance, no line, so the last activity's subtotal
row over its cost lines is still recognised.
A short numbered section title stating no money ("3.2 สรุปการใช้จ่ายงบประมาณ… (funder)") funds the table
under it as a heading would.
A project header's "งบประมาณที่ได้รับ" row splitting the allocation by funder gives no lines when the
document itemises its spending elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word

from pcc_ingest.extract.budget.cells import cell_figures
from pcc_ingest.extract.budget.footnotes import legend_funder, mark_of, unmarked
from pcc_ingest.extract.budget.sources import is_heading
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
OFFICE = "สสอ.ตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
PAO = "อบจ.ตัวอย่าง"


def _word(tmp_path: Path, parts: list) -> Path:
    """A .docx of ``parts`` in order: a paragraph's text, or a table as its rows of cells."""
    word = Word()
    for part in parts:
        if isinstance(part, str):
            word.add_paragraph(part)
            continue
        table = word.add_table(rows=len(part), cols=len(part[0]))
        for r, row in enumerate(part):
            for c, text in enumerate(row):
                table.cell(r, c).paragraphs[0].text = text
    path = tmp_path / "report.docx"
    word.save(path)
    return path


def _lines(path: Path) -> list[tuple[str, float, str | None]]:
    return [(i.description, i.amount_baht, i.source) for i in extract(parse(path)).budget_items]


def _cell(text: str) -> Block:
    return Block(order=0, kind="table_cell", text=text, raw_text=text, start=0, end=len(text), table=0, row=1, col=1)


# --- rules on small strings ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "mark"), [("8,400*", "*"), ("14,400 ***", "***"), ("๗,๒๐๐**", "**"),
                                            ("5 x 3", None), ("60 * 2", None)])
def test_a_symbol_closing_an_amount_is_its_footnote_mark(text, mark):
    assert mark_of(text) == mark


def test_a_marked_amount_cell_is_read_without_its_mark():
    assert unmarked("8,400**") == "8,400  "
    assert [v for v, _, _ in cell_figures(_cell("21,600**"))] == [21600.0]


@pytest.mark.parametrize(("text", "found"), [
    ("* งบกองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง (สปสช.) 40,600 บาท", ("*", "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง")),
    ("** งบ อบต.ก และ อบต.ข 70,300 บาท", ("**", "อบต.ก และ อบต.ข")),
    ("*** " + PAO, ("***", PAO)),
    ("# เงินบำรุง รพ.ตัวอย่าง", ("#", "เงินบำรุง รพ.ตัวอย่าง")),
    ("หมายเหตุ ราคารวมภาษี", None),
])
def test_a_legend_line_names_the_funder_of_its_symbol(text, found):
    assert legend_funder(text) == found


@pytest.mark.parametrize(("text", "heading"), [
    ("3.2 สรุปการใช้จ่ายงบประมาณปี 2567 (กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง)", True),
    ("3.2 ค่าอาหาร 3,000 บาท", False),
    ("ประชุมคณะกรรมการ (สสจ.ตัวอย่าง)", False),
])
def test_a_short_numbered_title_without_money_is_a_heading(text, heading):
    assert is_heading(Block(order=0, kind="paragraph", text=text, raw_text=text, start=0, end=len(text))) is heading


# --- layouts in real .docx files built here --------------------------------------------------


def test_a_word_cost_table_with_funders_by_footnote_symbols_in_thai_digits(tmp_path):
    costs = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน (บาท)"),
             ("กิจกรรมที่ ๑ อบรมแกนนำ", "", "", "", ""),
             ("ค่าอาหารกลางวัน", "๕๐", "มื้อ", "๗๐", "๓,๕๐๐*"),
             ("ค่าตอบแทนวิทยากร", "๔", "ชั่วโมง", "๖๐๐", "๒,๔๐๐**"),
             ("กิจกรรมที่ ๒ รณรงค์", "", "", "", ""),
             ("ค่าป้ายรณรงค์", "๔", "ป้าย", "๕๐๐", "๒,๐๐๐***"),
             ("รวมทั้งสิ้น", "", "", "", "๗,๙๐๐")]
    path = _word(tmp_path, ["แผนปฏิบัติการ พชอ.ตัวอย่าง ปีงบประมาณ ๒๕๖๘", costs,
                            "* เงิน " + OFFICE + " (งบสนับสนุน พชอ.)", "** งบ" + FUND + " ๒,๔๐๐ บาท", "*** " + PAO])
    assert _lines(path) == [("ค่าอาหารกลางวัน", 3500.0, OFFICE), ("ค่าตอบแทนวิทยากร", 2400.0, FUND),
                            ("ค่าป้ายรณรงค์", 2000.0, PAO)]


def test_a_word_baht_satang_table_with_subtotals_first_marks_and_a_refund_row(tmp_path):
    costs = [("รายการ", "จำนวนเงิน", ""),
             ("", "บาท", "สต."),
             ("กิจกรรมที่ 1 ประชุมคณะทำงาน", "2,150", "50"),
             ("- ค่าอาหารว่าง 30 คน x 35 บาท", "1,050*", "00"),
             ("- ค่าถ่ายเอกสาร", "1,100**", "50"),
             ("กิจกรรมที่ 2 อบรม อสม.", "4,000", "00"),
             ("- ค่าอาหารกลางวัน 40 คน x 60 บาท", "2,400**", "00"),
             ("- ค่าวัสดุ 40 ชุด x 40 บาท", "1,600**", "00"),
             ("รวมจ่ายจริงทั้งสิ้น", "6,150", "50"),
             ("คืนเงินเหลือจ่าย", "849", "50"),
             ("รวมงบประมาณที่ได้รับ", "7,000", "00")]
    path = _word(tmp_path, ["รายงานผลการดำเนินโครงการ พชอ.ตัวอย่าง ปีงบประมาณ 2567", costs,
                            "* " + OFFICE, "** " + FUND])
    assert _lines(path) == [("ค่าอาหารว่าง", 1050.0, OFFICE), ("ค่าถ่ายเอกสาร", 1100.5, FUND),
                            ("ค่าอาหารกลางวัน", 2400.0, FUND), ("ค่าวัสดุ", 1600.0, FUND)]


def test_a_word_numbered_title_funds_the_spending_table_under_it(tmp_path):
    spent = [("กิจกรรม", "งบที่ได้รับ (บาท)", "ใช้จริง (บาท)"),
             ("อบรมแกนนำ", "8,000", "7,500"),
             ("รณรงค์ลดอุบัติเหตุ", "6,000", "5,900")]
    path = _word(tmp_path, ["รายงานการประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2568",
                            "4.3 สรุปการใช้จ่ายงบประมาณปี 2567 (" + FUND + ")", spent,
                            "มติที่ประชุม รับทราบ", "ระเบียบวาระที่ 5 เรื่องอื่น ๆ", "ไม่มี",
                            "ประธานเสนอ", "ที่ประชุมรับทราบ", "ปิดประชุม",
                            "ส่วนประเด็นขยะให้ พชต. ดำเนินการต่อโดยใช้งบของ อปท."])
    assert [s for _, _, s in _lines(path)] == [FUND, FUND]


def test_a_word_received_row_split_by_funder_gives_no_lines_beside_itemised_spending(tmp_path):
    head = [("ชื่อโครงการ", "โครงการตัวอย่าง"),
            ("งบประมาณที่ได้รับ", "10,000 บาท (" + OFFICE + " 4,000 บาท " + PAO + " 6,000 บาท)")]
    costs = [("รายการ", "จำนวนเงิน (บาท)"),
             ("ค่าอาหารกลางวัน 50 คน x 80 บาท", "4,000"),
             ("ค่าป้ายรณรงค์ 10 ป้าย x 550 บาท", "5,500"),
             ("รวม", "9,500")]
    path = _word(tmp_path, ["แบบรายงานผลการดำเนินโครงการ พชอ.ตัวอย่าง ปีงบประมาณ 2567", head,
                            "การใช้จ่ายงบประมาณ", costs])
    assert [(d, a) for d, a, _ in _lines(path)] == [("ค่าอาหารกลางวัน", 4000.0), ("ค่าป้ายรณรงค์", 5500.0)]


# --- set 48's own files (now in the corpus) ------------------------------------------------------------------------


def test_set48_project_table_reads_marked_satang_amounts_and_their_funders():
    lines = _lines(CORPUS / "nan-chiang-klang-2567-project.docx")
    assert len(lines) == 11
    assert ("ค่าน้ำมันเชื้อเพลิง", 13587.75, "อบจ.น่าน") in lines
    assert ("ค่าอาหารกลางวันและอาหารว่าง", 8400.0, "สสอ.เชียงกลาง") in lines


def test_set48_minutes_pdf_legend_under_a_table_cut_by_a_page_break():
    lines = _lines(CORPUS / "mukdahan-nikhom-kham-soi-2568-minutes.pdf")
    assert [s for d, _, s in lines if d == "ค่าชุดเยี่ยมบ้านผู้ป่วยติดเตียง"] == ["พมจ.มุกดาหาร"]
    assert lines[-1] == ("ค่าจัดทำเอกสารสรุปผล", 4000.0, "กองทุนหลักประกันสุขภาพเทศบาลตำบลนิคมคำสร้อย")
    assert "อปท." not in {s for _, _, s in lines}
