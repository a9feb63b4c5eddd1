"""Budget lines with their arithmetic and source, and the grand total in figures and words."""

from __future__ import annotations

import docx
import pytest
from docx_builder import write_docx

from pcc_ingest.extract.budget import (
    arithmetic,
    clean_source,
    describe,
    extract_budget,
    is_generic,
    is_not_a_line,
    is_total_context,
    stated_source,
)
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


@pytest.mark.parametrize(
    ("line", "amount", "expected"),
    [
        ("ค่าอาหารกลางวัน1มื้อ คนละ50บาทx100คน", 5000, (5000, 50, 100)),
        ("ค่าอาหารว่างและ เครื่องดื่ม 2 มื้อๆละ25 บาทx100คน", 5000, (5000, 25, 200)),
        ("ค่าวิทยากร 6 ชม. x 600 บาท", 3600, (3600, 600, 6)),
        ("ค่าอาหาร คนละ 50 บาท x 100 คน", None, (5000, 50, 100)),
        ("ค่าอาหาร คนละ 50 บาท x 100 คน", 4000, (4000, 50, 100)),
        ("ค่าวัสดุสำนักงาน", 1500, (1500, None, None)),
    ],
)
def test_arithmetic_is_kept_as_written_even_when_it_does_not_multiply_to_the_amount(line, amount, expected):
    assert arithmetic(line, amount) == expected


def test_description_is_the_words_before_the_arithmetic():
    assert describe("-ค่าอาหารกลางวัน1มื้อ คนละ50บาทx100คน") == "ค่าอาหารกลางวัน"
    assert describe("ค่าป้ายไวนิล จำนวน 2 ป้าย") == "ค่าป้ายไวนิล"
    assert describe("1.ชื่อกิจกรรมหลัก “อบรมแกนนำ”") == "อบรมแกนนำ"


def test_source_keeps_the_kind_of_money_and_drops_a_plain_lead_in():
    assert clean_source("งบดำเนินการ จาก สสจ. ร้อยเอ็ด") == "งบดำเนินการ จาก สสจ. ร้อยเอ็ด"
    assert clean_source("ได้รับงบประมาณจาก สสจ.ร้อยเอ็ด") == "สสจ.ร้อยเอ็ด"
    assert clean_source("กองทุนหลักประกันสุขภาพ") == "กองทุนหลักประกันสุขภาพ"
    assert clean_source("-") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("ขอใช้งบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดอน จำนวน ", "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดอน"),
        ("และงบสนับสนุนจากอำเภอสำหรับอุปกรณ์ดับไฟป่า ", "งบสนับสนุนจากอำเภอ"),
        ("ใช้งบประมาณจากเงินบำรุงโรงพยาบาล ปีงบประมาณ 2564 รายละเอียดดังนี้", "เงินบำรุงโรงพยาบาล"),
        ("ค่าอาหารกลางวัน จำนวน ", None),
    ],
)
def test_a_funder_named_before_the_money_is_its_source(text, source):
    found = stated_source(text)
    assert (found[0] if found else None) == source


@pytest.mark.parametrize(
    ("before", "total"),
    [
        ("ค่าอาหาร 2 มื้อ 60 คน รวม ", False),
        (" รวม ", True),
        ("รวมเป็นเงินทั้งสิ้น ", True),
        ("ค่าอาหาร ", False),
    ],
)
def test_a_bare_sum_after_the_line_own_words_is_the_line_not_a_subtotal(before, total):
    assert is_total_context(before) is total


@pytest.mark.parametrize(
    ("before", "not_a_line"),
    [
        ("ได้รับการสนับสนุนงบประมาณจากกองทุนฯ จำนวน ", True),
        ("งบประมาณที่ได้รับ ", True),
        ("คงเหลือส่งคืนกองทุน ", True),
        ("ค่าช่วยเหลือผู้ประสบภัย ", False),
        ("ค่าอาหารกลางวัน ", False),
    ],
)
def test_money_received_or_left_over_is_no_line(before, not_a_line):
    assert is_not_a_line(before) is not_a_line


def test_a_description_that_only_says_money_was_spent_names_no_purpose():
    assert is_generic("งบประมาณที่ใช้ในไตรมาสนี้")
    assert is_generic("ใช้งบประมาณจากกองทุนหลักประกันสุขภาพ")
    assert not is_generic("ค่าอาหารกลางวัน")
    assert not is_generic("อุปกรณ์ดับไฟป่า")


def test_plan_table_lines_pair_with_amounts_and_carry_the_merged_source(tmp_path):
    doc = parse(write_docx(tmp_path / "plan.docx", rows=PLAN_ROWS, merges=PLAN_MERGES))
    items, total = extract_budget(doc, DocumentFacts())
    got = [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items]
    assert got == [
        ("ค่าอาหารกลางวัน", 5000, 50, 100, "งบดำเนินการ จาก สสจ.ร้อยเอ็ด"),
        ("ค่าอาหารว่างและเครื่องดื่ม", 5000, 25, 200, "งบดำเนินการ จาก สสจ.ร้อยเอ็ด"),
        ("ค่าวิทยากร", 3600, 600, 6, "งบดำเนินการ จาก สสจ.ร้อยเอ็ด"),
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
    assert got == [(5000, 50, 100, "งบดำเนินการ จาก สสจ. ร้อยเอ็ด"), (5000, 25, 200, "งบดำเนินการ จาก สสจ. ร้อยเอ็ด")]
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


def test_pak_chong_lone_money_spent_for_no_named_purpose_is_its_total(parsed):
    items, total = extract_budget(parsed("nakhon-ratchasima-pak-chong-2565-progress.pdf"), DocumentFacts())
    assert items == []
    assert total.amount_baht == 28500


# --- running text: money received, lines under it, what is left over -------------------


def test_money_received_gives_its_source_to_the_lines_and_is_no_line(tmp_path):
    paragraphs = [
        "การใช้จ่ายงบประมาณ",
        "ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดอน จำนวน 10,000 บาท ใช้จ่ายจริง ดังนี้",
        "- ค่าอาหารกลางวัน 1 มื้อๆละ 60 บาท x 50 คน เป็นเงิน 3,000 บาท",
        "- ค่าวัสดุ เป็นเงิน 6,500 บาท",
        "รวมใช้จ่ายทั้งสิ้น 9,500 บาท (เก้าพันห้าร้อยบาทถ้วน) คงเหลือส่งคืนกองทุน 500 บาท",
    ]
    items, total = extract_budget(parse(write_docx(tmp_path / "r.docx", paragraphs)), DocumentFacts())
    fund = "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดอน"
    assert [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items] == [
        ("ค่าอาหารกลางวัน", 3000, 60, 50, fund),
        ("ค่าวัสดุ", 6500, None, None, fund),
    ]
    assert (total.amount_baht, total.in_words) == (9500, 9500)


def test_an_activity_amount_over_bulleted_lines_that_add_up_to_it_is_their_subtotal(tmp_path):
    paragraphs = [
        "กิจกรรม",
        "1. ประชุมเชิงปฏิบัติการจัดทำแผน วันที่ 18 พฤศจิกายน 2562 ผู้เข้าร่วม 60 คน งบประมาณ 8,400 บาท",
        "- ค่าอาหารกลางวัน 1 มื้อๆละ 80 บาท x 60 คน เป็นเงิน 4,800 บาท",
        "- ค่าอาหารว่าง 2 มื้อๆละ 30 บาท x 60 คน เป็นเงิน 3,600 บาท",
        "2. เยี่ยมเสริมพลัง 12 อำเภอ งบประมาณ 12,000 บาท",
    ]
    items, _ = extract_budget(parse(write_docx(tmp_path / "s.docx", paragraphs)), DocumentFacts())
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [
        (4800, 80, 60), (3600, 30, 120), (12000, None, None),
    ]


def test_amounts_of_a_sentence_keep_their_own_funder_and_purpose(tmp_path):
    paragraphs = ["งบประมาณที่ใช้",
                  ("ใช้งบประมาณจากกองทุนหลักประกันสุขภาพ อบต. 3 แห่ง รวม 30,000 บาท "
                   "และงบสนับสนุนจากอำเภอสำหรับวัสดุรณรงค์ 5,000 บาท")]
    items, total = extract_budget(parse(write_docx(tmp_path / "m.docx", paragraphs)), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [
        (30000, "กองทุนหลักประกันสุขภาพ อบต. 3 แห่ง"), (5000, "งบสนับสนุนจากอำเภอ"),
    ]
    assert items[1].description == "วัสดุรณรงค์"
    assert total is None


# --- tables: per-district allocations, lines written in the detail cell, totals ------------


ALLOCATION_ROWS = [
    ["ที่", "อำเภอ", "จำนวน พชต. (ตำบล)", "งบสนับสนุน (บาท)", "แหล่งงบประมาณ"],
    ["1", "เมืองยโสธร", "17", "13,500", "เงินบำรุง สสจ.ยโสธร"],
    ["2", "ทรายมูล", "5", "7,500", ""],
    ["3", "กุดชุม", "9", "7,500", ""],
    ["รวมงบสนับสนุนรายอำเภอ", "", "31", "28,500", ""],
]


def test_a_per_district_allocation_table_gives_one_line_per_district(tmp_path):
    path = write_docx(tmp_path / "a.docx", ["งบสนับสนุนรายอำเภอ"], ALLOCATION_ROWS, merges=[(1, 4, 3, 4)])
    items, total = extract_budget(parse(path), DocumentFacts())
    assert [(i.description, i.amount_baht, i.source) for i in items] == [
        ("งบสนับสนุนอำเภอเมืองยโสธร", 13500, "เงินบำรุง สสจ.ยโสธร"),
        ("งบสนับสนุนอำเภอทรายมูล", 7500, "เงินบำรุง สสจ.ยโสธร"),
        ("งบสนับสนุนอำเภอกุดชุม", 7500, "เงินบำรุง สสจ.ยโสธร"),
    ]
    assert total.amount_baht == 28500


def test_lines_written_with_their_own_amounts_in_one_detail_cell_are_split(tmp_path):
    rows = [
        ["โครงการ/กิจกรรม", "รายละเอียดงบประมาณ", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
        ["รณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลาย",
         "ค่าทรายกำจัดลูกน้ำ 20 ถังๆละ 1,350 บาท = 27,000 บาท ค่าป้ายไวนิล 13 ผืนๆละ 450 บาท = 5,850 บาท",
         "32,850", "กองทุนหลักประกันสุขภาพ"],
        ["รวมงบประมาณทั้งสิ้น 32,850 บาท (สามหมื่นสองพันแปดร้อยห้าสิบบาทถ้วน)", "", "", ""],
    ]
    path = write_docx(tmp_path / "d.docx", rows=rows, merges=[(2, 0, 2, 3)])
    items, total = extract_budget(parse(path), DocumentFacts())
    assert [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [
        ("ค่าทรายกำจัดลูกน้ำ", 27000, 1350, 20), ("ค่าป้ายไวนิล", 5850, 450, 13),
    ]
    assert (total.amount_baht, total.in_words) == (32850, 32850)


def test_a_source_line_under_a_table_is_the_source_of_its_rows(tmp_path):
    rows = [["รายการ", "จำนวนเงิน (บาท)"], ["ค่าอาหารกลางวัน 1 มื้อๆละ 60 บาท x 60 คน", "3,600"],
            ["รวม", "3,600"]]
    document = docx.Document()
    document.add_paragraph("การใช้จ่ายงบประมาณ")
    table = document.add_table(rows=3, cols=2)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph("(สามพันหกร้อยบาทถ้วน) แหล่งงบประมาณ: งบดำเนินงาน สสจ.พิจิตร")
    document.save(tmp_path / "t.docx")
    items, total = extract_budget(parse(tmp_path / "t.docx"), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [(3600, "งบดำเนินงาน สสจ.พิจิตร")]
    assert total.amount_baht == 3600


# --- real corpus documents -------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_nakhon_phanom_activity_totals_are_subtotals_and_the_allocation_table_is_read(parsed, ext):
    items, total = extract_budget(parsed(f"nakhon-phanom-province-2563-action-plan.{ext}"), DocumentFacts())
    assert [i.amount_baht for i in items[:4]] == [9600, 8400, 12000, 25500]
    allocations = items[4:]
    assert len(allocations) == 12
    assert sum(i.amount_baht for i in allocations) == 109500
    assert allocations[0].description.replace(" ", "") == "งบสนับสนุนอำเภอเมืองนครพนม"
    assert {i.source for i in allocations} == {"เงินบำรุงสำนักงานสาธารณสุขจังหวัดนครพนม"}
    assert total.amount_baht == 165000


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_kumphawapi_lines_take_the_fund_received_and_the_balance_is_no_line(parsed, ext):
    items, total = extract_budget(parsed(f"udon-thani-kumphawapi-2565-project.{ext}"), DocumentFacts())
    assert [i.amount_baht for i in items] == [9600, 8000, 3200, 4000]
    assert {i.source for i in items} == {"กองทุนหลักประกันสุขภาพเทศบาลตำบลกุมภวาปี"}
    assert total.amount_baht == 24800


def test_hat_yai_detail_cells_split_into_their_lines_and_the_total_row_is_read(parsed):
    items, total = extract_budget(parsed("songkhla-hat-yai-2566-action-plan.pdf"), DocumentFacts())
    assert [i.amount_baht for i in items] == [4900, 27000, 5850, 17500, 12500, 18000, 3000, 3600, 2400]
    assert items[3].source == "กองทุนหลักประกันสุขภาพเทศบาลนครหาดใหญ่"  # merged down from the row above
    assert total.amount_baht == 94750


def test_phichit_keeps_the_planted_unit_cost_slip_as_written(parsed):
    items, _ = extract_budget(parsed("phichit-province-2565-progress.pdf"), DocumentFacts())
    snack = next(i for i in items if i.amount_baht == 3500)
    assert (snack.unit_cost_baht, snack.quantity) == (25, 120)
    assert {i.source for i in items} == {"งบดำเนินงานสำนักงานสาธารณสุขจังหวัดพิจิตร"}


def test_mae_chaem_two_amounts_of_one_sentence_are_two_lines(parsed):
    items, total = extract_budget(parsed("chiang-mai-mae-chaem-2567-progress.pdf"), DocumentFacts())
    assert [(i.amount_baht, i.description) for i in items][1] == (40000, "อุปกรณ์ดับไฟป่า")
    assert items[0].amount_baht == 86400 and items[0].source.startswith("กองทุนหลักประกันสุขภาพ")
    assert total is None


def test_a_grand_total_phrase_before_a_count_of_people_is_no_money(tmp_path):
    paragraphs = ["กลุ่มเป้าหมาย คณะกรรมการ พชอ. จำนวน 21 คน และ พชต. จำนวน 30 คน รวมทั้งสิ้น 51 คน",
                  "งบประมาณรวมทั้งสิ้น 28030"]
    _, total = extract_budget(parse(write_docx(tmp_path / "c.docx", paragraphs)), DocumentFacts())
    assert total.amount_baht == 28030
