"""Round 43 budget source rules (set 43, budget a).

A cost line read from a cell of a plan table (two fiscal years' money side by side) takes the funder
its own row names in the table's source column, not a sentence's "from every sector".
A line-items table whose source rows come after their lines ("กิจกรรมที่ 1 … | - ค่าอาหารว่าง… |
แหล่งงบประมาณ: X") closes each group with its source: the lines above take it, not the next group.
A health region's number inside a funder's name ("(งบ สปสช. เขต 8 อุดรธานี)") is part of the name.
A bare unit after a source label ("…แหล่งงบประมาณ (บาท)") and "every sector" ("ทุกภาคส่วน") name
no funder.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc
from docx_builder import write_docx

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.budget.funders import bracketed_source, clean_source, inline_source
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUND = "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง"
TOWN = "เทศบาลตำบลตัวอย่าง"
OFFICE = "สสจ.ตัวอย่าง"
HOSPITAL = "โรงพยาบาลตัวอย่าง"


def _sources(doc) -> list[tuple[str, float, str | None]]:
    items, _ = extract_budget(doc, None)
    return [(i.description, i.amount_baht, i.source) for i in items]


def test_cost_lines_in_a_plan_cell_take_their_own_rows_source_column(tmp_path):
    rows = [["ประเด็น", "กิจกรรม / รายละเอียดค่าใช้จ่าย", "ระยะเวลา", "งบประมาณ (บาท)", "", "ที่มาของงบประมาณ ปี ๒๕๖๘",
             "ผู้รับผิดชอบ"],
            ["", "", "", "ปี ๒๕๖๗", "ปี ๒๕๖๘", "", ""],
            ["๑. ขยะ", "๑.๑ อบรมแกนนำ\n- ค่าอาหารกลางวัน ๕๐ คน × ๗๐ บาท = ๓,๕๐๐ บาท", "ม.ค. ๖๘", "๓,๐๐๐", "๓,๕๐๐",
             FUND, "สสอ.ตัวอย่าง"],
            ["", "๑.๒ รณรงค์\n- ป้ายไวนิล ๕ ผืนๆ ละ ๖๐๐ บาท = ๓,๐๐๐ บาท", "ก.พ. ๖๘", "๒,๕๐๐", "๓,๐๐๐", TOWN, "อบต."],
            ["๒. ไข้เลือดออก", "๒.๑ พ่นหมอกควัน\n- น้ำยาพ่นหมอกควัน ๑๐ ลิตร × ๑,๘๕๐ บาท = ๑๘,๕๐๐ บาท", "มี.ค. ๖๘",
             "๑๕,๐๐๐", "๑๘,๕๐๐", HOSPITAL, "ทีม SRRT"]]
    path = write_docx(tmp_path / "plan.docx", ["- เพื่อบูรณาการงบประมาณจากทุกภาคส่วน"], rows,
                      merges=[(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 5, 1, 5), (0, 6, 1, 6)])
    assert [(a, s) for _, a, s in _sources(parse(path))] == [(3500.0, FUND), (3000.0, TOWN), (18500.0, HOSPITAL)]


def test_source_rows_after_their_lines_close_the_groups_above_them():
    doc = table_doc([["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"],
                     ["กิจกรรมที่ 1 ประชุมคณะกรรมการ", None, None, None, None],
                     ["- ค่าอาหารว่างและเครื่องดื่ม", "40", "คน", "25.00", "1,000.00"],
                     ["แหล่งงบประมาณ: " + OFFICE, None, None, None, None],
                     ["กิจกรรมที่ 2 รณรงค์", None, None, None, None],
                     ["- ค่าป้ายไวนิล", "4", "ผืน", "500.00", "2,000.00"],
                     ["แหล่งงบประมาณ: " + FUND, None, None, None, None]])
    assert [s for *_, s in budget_lines(doc)] == [OFFICE, FUND]


def test_closing_source_rows_read_in_a_real_docx_with_other_label_words(tmp_path):
    rows = [["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"],
            ["กิจกรรมที่ ๑ อบรม อสม.", "", "", "", ""],
            ["- ค่าอาหารกลางวัน", "๖๐", "มื้อ", "๗๐", "๔,๒๐๐"],
            ["- ค่าวิทยากร", "๖", "ชั่วโมง", "๖๐๐", "๓,๖๐๐"],
            ["ที่มาของงบประมาณ: " + HOSPITAL, "", "", "", ""],
            ["กิจกรรมที่ ๒ ด่านชุมชน", "", "", "", ""],
            ["- ค่าอาหารอาสาสมัคร", "๘๐", "มื้อ", "๕๐", "๔,๐๐๐"],
            ["ที่มาของงบประมาณ: " + TOWN, "", "", "", ""]]
    merges = [(r, 0, r, 4) for r in (1, 4, 5, 7)]
    path = write_docx(tmp_path / "items.docx", ["รายละเอียดค่าใช้จ่าย"], rows, merges)
    assert [(a, s) for _, a, s in _sources(parse(path))] == [(4200.0, HOSPITAL), (3600.0, HOSPITAL), (4000.0, TOWN)]


def test_a_health_regions_number_stays_in_the_funders_name():
    text = "รวม 70,000 บาท (งบ สปสช. เขต 10 อุบลราชธานี) โอนภายในไตรมาส 2"
    assert bracketed_source(text)[0] == "งบ สปสช. เขต 10 อุบลราชธานี"
    assert inline_source(" (งบ สปสช. เขต 10 อุบลราชธานี) โอนภายในไตรมาส 2") == "งบ สปสช. เขต 10 อุบลราชธานี"
    assert bracketed_source("อบรม (งบ กองทุนฯ ทม.ตัวอย่าง 18,000 บ.)")[0] == "งบ กองทุนฯ ทม.ตัวอย่าง"


@pytest.mark.parametrize("text", ["(บาท)", "( บ. )", "ทุกภาคส่วน", "ทุกหน่วยงาน"])
def test_a_unit_or_every_sector_names_no_funder(text):
    assert clean_source(text) is None


# --- corpus files of set 43 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["nonthaburi-pak-kret-2567-action-plan.docx",
                                  "nonthaburi-pak-kret-2567-action-plan.pdf",
                                  "phichit-bang-mun-nak-2567-project.docx",
                                  "phichit-bang-mun-nak-2567-project.pdf"])
def test_row_and_closing_sources_give_the_gold_sources_on_a_real_file(parsed, gold, name):
    found = {(i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    assert {(g["amount_baht"], g["source"]) for g in gold(name, "budget_items")} <= found
