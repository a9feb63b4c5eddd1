"""Budget lines with their arithmetic and source, and the grand total in figures and words."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pcc_ingest.extract.budget import arithmetic, clean_source, describe, extract_budget
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

PLAN_ROWS = [
    ["แนวทาง/กิจกรรมหลัก", "ช่วงเวลา", "งบประมาณ", "", "แหล่งงบประมาณ"],
    ["", "", "รายละเอียด", "จำนวน", ""],
    ["มาตรการที่ 1 พัฒนาศักยภาพภาคีเครือข่าย", "", "", "", ""],
    ["1.ชื่อกิจกรรมหลัก “ประชุมเยี่ยมเสริมพลัง”", "พ.ย. 2566 - เม.ย. 2567",
     "-ค่าอาหารกลางวัน1มื้อ คนละ50บาทx100คน\n-ค่าอาหารว่างและเครื่องดื่ม 2 มื้อๆละ25 บาทx100คน",
     "5,000\n5,000", "งบดำเนินการ จาก สสจ.ร้อยเอ็ด"],
    ["2.ชื่อกิจกรรมหลัก “อบรมแกนนำ”", "มิ.ย. 2567", "ค่าวิทยากร 6 ชม. x 600 บาท", "3,600", ""],
    ["รวมงบประมาณ", "", "", "13,600", ""],
    ["(หนึ่งหมื่นสามพันหกร้อยบาทถ้วน)", "", "", "", ""],
]
PLAN_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (2, 0, 2, 4), (3, 4, 4, 4),
               (5, 0, 5, 2), (6, 0, 6, 4)]


def write_docx(path: Path, paragraphs: list[str] = (), rows: list[list[str]] = (), merges=()) -> Path:
    """A real .docx: paragraphs, then a table whose cells may hold several lines."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                lines = value.split("\n")
                table.cell(r, c).text = lines[0]
                for line in lines[1:]:
                    table.cell(r, c).add_paragraph(line)
        for r0, c0, r1, c1 in merges:
            keep = [p.text for p in table.cell(r0, c0).paragraphs]
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            for extra in merged.paragraphs[len(keep):]:
                extra._p.getparent().remove(extra._p)
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("line", "amount", "expected"),
    [
        ("ค่าอาหารกลางวัน1มื้อ คนละ50บาทx100คน", 5000, (5000, 50, 100)),
        ("ค่าอาหารว่างและ เครื่องดื่ม 2 มื้อๆละ25 บาทx100คน", 5000, (5000, 25, 200)),
        ("ค่าวิทยากร 6 ชม. x 600 บาท", 3600, (3600, 600, 6)),
        ("ค่าอาหาร คนละ 50 บาท x 100 คน", None, (5000, 50, 100)),
        ("ค่าอาหาร คนละ 50 บาท x 100 คน", 4000, (4000, None, None)),
        ("ค่าวัสดุสำนักงาน", 1500, (1500, None, None)),
    ],
)
def test_arithmetic_is_kept_only_when_it_multiplies_to_the_amount(line, amount, expected):
    assert arithmetic(line, amount) == expected


def test_description_is_the_words_before_the_arithmetic():
    assert describe("-ค่าอาหารกลางวัน1มื้อ คนละ50บาทx100คน") == "ค่าอาหารกลางวัน"
    assert describe("ค่าป้ายไวนิล จำนวน 2 ป้าย") == "ค่าป้ายไวนิล"
    assert describe("1.ชื่อกิจกรรมหลัก “อบรมแกนนำ”") == "อบรมแกนนำ"


def test_source_names_the_funder_not_the_kind_of_money():
    assert clean_source("งบดำเนินการ จาก สสจ. ร้อยเอ็ด") == "สสจ. ร้อยเอ็ด"
    assert clean_source("กองทุนหลักประกันสุขภาพ") == "กองทุนหลักประกันสุขภาพ"
    assert clean_source("-") is None


def test_plan_table_lines_pair_with_amounts_and_carry_the_merged_source(tmp_path):
    doc = parse(write_docx(tmp_path / "plan.docx", rows=PLAN_ROWS, merges=PLAN_MERGES))
    items, total = extract_budget(doc, DocumentFacts())
    got = [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items]
    assert got == [
        ("ค่าอาหารกลางวัน", 5000, 50, 100, "สสจ.ร้อยเอ็ด"),
        ("ค่าอาหารว่างและเครื่องดื่ม", 5000, 25, 200, "สสจ.ร้อยเอ็ด"),
        ("ค่าวิทยากร", 3600, 600, 6, "สสจ.ร้อยเอ็ด"),
    ]
    assert (total.amount_baht, total.in_words) == (13600, 13600)
    assert total.evidence.text == "13,600"


def test_lines_in_running_text_take_the_source_line_of_their_group(tmp_path):
    paragraphs = [
        "งบประมาณ",
        "1. ค่าอาหารว่างและเครื่องดื่ม จำนวน 50 คน x 25 บาท เป็นเงิน 1,250 บาท",
        "2. ค่าป้ายประชาสัมพันธ์ 1 ป้าย เป็นเงิน 500 บาท",
        "รวมเป็นเงินทั้งสิ้น 1,750 บาท (หนึ่งพันเจ็ดร้อยห้าสิบบาทถ้วน)",
        "แหล่งงบประมาณ: กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านใหม่",
    ]
    items, total = extract_budget(parse(write_docx(tmp_path / "p.docx", paragraphs)), DocumentFacts())
    got = [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items]
    assert got == [
        ("ค่าอาหารว่างและเครื่องดื่ม", 1250, 25, 50, "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านใหม่"),
        ("ค่าป้ายประชาสัมพันธ์", 500, None, None, "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านใหม่"),
    ]
    assert (total.amount_baht, total.in_words) == (1750, 1750)


def test_an_activity_whose_only_money_is_one_amount_is_one_line_named_by_the_activity(tmp_path):
    paragraphs = ["กิจกรรมหลัก", "จัดเวทีแลกเปลี่ยนเรียนรู้ระดับอำเภอ", "งบประมาณ 8,000 บาท"]
    items, total = extract_budget(parse(write_docx(tmp_path / "a.docx", paragraphs)), DocumentFacts())
    assert [(i.description, i.amount_baht) for i in items] == [("จัดเวทีแลกเปลี่ยนเรียนรู้ระดับอำเภอ", 8000)]
    assert total is None


def test_an_amount_repeated_in_words_is_the_total_not_a_line(tmp_path):
    paragraphs = ["ได้รับจัดสรรงบประมาณจากกองทุนฯ จำนวน 125,000 บาท (หนึ่งแสนสองหมื่นห้าพันบาทถ้วน)"]
    items, total = extract_budget(parse(write_docx(tmp_path / "t.docx", paragraphs)), DocumentFacts())
    assert items == []
    assert (total.amount_baht, total.in_words) == (125000, 125000)


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_mueang_suang_plan_budget_lines_source_and_total(parsed, ext):
    doc = parsed(f"roi-et-mueang-suang-2567-action-plan.{ext}")
    items, total = extract_budget(doc, DocumentFacts())
    got = [(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items]
    assert got == [(5000, 50, 100, "สสจ. ร้อยเอ็ด"), (5000, 25, 200, "สสจ. ร้อยเอ็ด")]
    assert [i.description.replace(" ", "") for i in items] == ["ค่าอาหารกลางวัน", "ค่าอาหารว่างและเครื่องดื่ม"]
    assert (total.amount_baht, total.in_words) == (10000, 10000)


@pytest.mark.parametrize("name", ["phrae-province-2563-project.docx", "phrae-wang-chin-2567-project.pdf"])
def test_reports_without_money_have_no_budget(parsed, name):
    assert extract_budget(parsed(name), DocumentFacts()) == ([], None)


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_chiang_rai_lines_under_merged_activity_and_source_cells(parsed, ext):
    items, total = extract_budget(parsed(f"chiang-rai-province-2566-action-plan.{ext}"), DocumentFacts())
    assert len(items) == 10
    assert sum(i.amount_baht for i in items) == total.amount_baht == total.in_words == 56280
    fuel = next(i for i in items if i.description == "ค่าน้ำมันเชื้อเพลิง")
    assert (fuel.amount_baht, fuel.unit_cost_baht, fuel.quantity) == (9000, 500, 18)
    lunches = [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items if i.description == "ค่าอาหารกลางวัน"]
    assert lunches == [(5400, 60, 90), (6480, 60, 108), (7200, 60, 120)]
    assert items[1].source == items[0].source  # merged down from the activity's first line
    assert all(i.source for i in items)


def test_pak_chong_money_spent_names_its_fund(parsed):
    items, total = extract_budget(parsed("nakhon-ratchasima-pak-chong-2565-progress.pdf"), DocumentFacts())
    assert [(i.amount_baht, i.source[:40]) for i in items] == [(28500, "กองทุนหลักประกันสุขภาพเทศบาลเมืองปากช่อง")]
    assert total is None
