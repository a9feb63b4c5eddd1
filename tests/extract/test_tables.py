"""Tables read through their header: roles by synonyms, merged cells, items inside cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.tables import (
    cell_lines,
    cell_number,
    is_section_row,
    is_total_row,
    label_role,
    label_year,
    numbered_items,
    read_tables,
)
from pcc_ingest.parsers import parse


def write_table_docx(path: Path, rows: list[list[str]], merges=(), before: str = "") -> Path:
    """A real .docx holding one table, optionally after one paragraph."""
    return write_docx(path, [before] if before else [], rows, merges)


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("แหล่ง งบประมาณ", "source"),
        ("งบประมาณ (บาท)", "budget_amount"),
        ("ราคาต่อหน่วย (บาท)", "unit_cost"),
        ("ร้อยละ", "percent"),
        ("ผลงาน", "result"),
        ("เป้าหมาย", "target"),
        ("ความก้าวหน้า/ผลการดำเนินงาน ปี 2565", "progress"),
        ("แนวทาง/กิจกรรมหลัก", "activity"),
        ("ช่วงเวลา ดำเนินการ (เดือน)", "period"),
        ("Base line", "baseline"),
        ("อำ เภอ", "district"),
        ("จำนวน พชต. (เป้าหมาย)", "target"),
        ("พชต. ผ่านเกณฑ์ (ผลงาน)", "result"),
        ("ร้อยละ (เป้าหมาย ≥ 80)", "percent"),
        ("งบสนับสนุน (บาท)", "budget_amount"),
        ("ค่าใช้จ่าย (บาท)", "budget_amount"),
        ("ค่าใช้จ่าย", "budget_detail"),
        ("กิจกรรม / รายละเอียดงบประมาณ", "activity"),
        ("โครงการ/กิจกรรม และงบประมาณ", "activity"),
        ("รายละเอียดงบประมาณ", "budget_detail"),
        ("แหล่งที่มาและงบประมาณ", "source"),
        ("ยอดงบประมาณ", "budget_amount"),
    ],
)
def test_header_labels_name_their_column_role(label, role):
    assert label_role(label) == role


def test_year_labels_are_years_but_plain_two_digit_figures_are_not():
    assert label_year("2563") == 2563
    assert label_year("ปี 63") == 2563
    assert label_year("พ.ศ.2561") == 2561
    assert label_year("25") is None
    assert label_year("240") is None


def test_cell_numbers_read_percent_signs_and_dashes():
    assert cell_number("85.5%") == 85.5
    assert cell_number("5,000") == 5000
    assert cell_number("-") is None
    assert cell_number("ผ่าน") is None


def test_numbered_items_follow_the_sequence_through_glued_and_bare_markers():
    text = ("ระดับอำเภอ 1.ทบทวนคำสั่ง 2.วิเคราะห์ปัญหาและแนวทางการดำเนินงาน3.กำหนดประเด็น "
            "4.วางแผน 5..จัดประชุม 6. สรุปผล รอบที่ 1 7. ติดตาม 8. ประเมินตนเอง 9 เก็บรวบรวมข้อมูล")
    items = numbered_items(text)
    assert [i.number for i in items] == list(range(1, 10))
    assert text[items[2].start:items[2].end] == "กำหนดประเด็น"
    assert text[items[5].start:items[5].end] == "สรุปผล รอบที่ 1"
    assert text[items[8].start:items[8].end] == "เก็บรวบรวมข้อมูล"


def test_sub_items_and_counts_stay_inside_their_item():
    text = "1.ชื่อกิจกรรมหลัก “จัดประชุม” 1.1 ประชุม อย่างน้อย 2 ครั้ง 1.2 คัดเลือกประเด็น 2. ประเมินผล"
    items = numbered_items(text)
    assert [i.number for i in items] == [1, 2]
    assert "1.2 คัดเลือกประเด็น" in text[items[0].start:items[0].end]


def test_text_before_item_two_is_item_one_only_when_asked():
    text = "ดำเนินการ ก.ย.-ต.ค.2565 2.จัดประชุม 3.แจ้งแนวทาง"
    assert [i.number for i in numbered_items(text)] == [2, 3]
    first = numbered_items(text, implicit_first=True)[0]
    assert (first.number, text[first.start:first.end]) == (1, "ดำเนินการ ก.ย.-ต.ค.2565")


def test_cell_lines_split_at_bullets_not_at_minus_between_figures():
    text = "-ค่าอาหาร คนละ50บาทx100คน -ค่าอาหารว่าง 25 บาท"
    assert [text[s:e] for s, e in cell_lines(text)] == ["ค่าอาหาร คนละ50บาทx100คน", "ค่าอาหารว่าง 25 บาท"]
    assert cell_lines("5,000 - 6,000") == [(0, 13)]


def test_a_dash_inside_a_date_range_is_no_bullet():
    text = "เยี่ยมเสริมพลัง 12 อำเภอ ระหว่างเดือนมกราคม – มีนาคม 2563 งบประมาณ 12,000 บาท"
    assert cell_lines(text) == [(0, len(text))]
    text = "ค่าอาหาร ม.ค. - มี.ค. 66 5,000 บาท - ค่าอาหารว่าง 3,000 บาท"
    assert [text[s:e] for s, e in cell_lines(text)] == ["ค่าอาหาร ม.ค. - มี.ค. 66 5,000 บาท", "ค่าอาหารว่าง 3,000 บาท"]


def test_two_row_header_spreads_its_group_label_and_carries_merged_cells(tmp_path):
    rows = [
        ["กิจกรรม", "งบประมาณ", "", "แหล่งงบประมาณ"],
        ["", "รายละเอียด", "จำนวน", ""],
        ["มาตรการที่ 1 ส่งเสริมกลไก", "", "", ""],
        ["ประชุมคณะกรรมการ", "ค่าอาหาร", "5,000", "กองทุนสุขภาพตำบล"],
        ["อบรม อสม.", "ค่าวิทยากร", "3,600", ""],
        ["รวมทั้งสิ้น", "", "8,600", ""],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (2, 0, 2, 3), (3, 3, 4, 3)]
    doc = parse(write_table_docx(tmp_path / "plan.docx", rows, merges))
    (table,) = read_tables(doc)
    assert {c.col: c.role for c in table.columns} == {
        0: "activity", 1: "budget_detail", 2: "budget_amount", 3: "source",
    }
    group, first, second, total = table.rows
    assert is_section_row(group, table) and not is_section_row(first, table)
    assert is_total_row(total)
    assert table.text(second, "source") == "กองทุนสุขภาพตำบล"
    assert 3 in second.carried and 3 not in first.carried


def test_results_table_reads_years_under_a_baseline_group(tmp_path):
    rows = [
        ["อำเภอ", "ผลการดำเนินงาน", "", "", "Base line", ""],
        ["", "เป้าหมาย", "ผลงาน", "ร้อยละ", "2562", "2563"],
        ["เมือง", "4", "3", "75", "50", "60"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
    (table,) = read_tables(parse(write_table_docx(tmp_path / "results.docx", rows, merges)))
    assert [(c.role, c.year_be) for c in table.columns] == [
        ("district", None), ("target", None), ("result", None), ("percent", None),
        ("baseline", 2562), ("baseline", 2563),
    ]
    (row,) = table.rows
    assert (table.number(row, "result"), table.number(row, "percent")) == (3, 75)


def test_a_table_without_labels_has_no_header(tmp_path):
    rows = [["วัตถุประสงค์", "1. เพื่อพัฒนาศักยภาพ 2. เพื่อแลกเปลี่ยนเรียนรู้"], ["ตัวชี้วัด", "ร้อยละ 80"]]
    (table,) = read_tables(parse(write_table_docx(tmp_path / "kv.docx", rows)))
    assert table.header_rows == () and table.columns == ()


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_corpus_results_table_header_spans_two_rows(parsed, ext):
    (table,) = [t for t in read_tables(parsed(f"phuket-province-2564-progress.{ext}")) if t.columns]
    assert [(c.role, c.year_be) for c in table.columns] == [
        ("district", None), ("target", None), ("result", None), ("percent", None),
        ("baseline", 2561), ("baseline", 2562), ("baseline", 2563),
    ]
    assert [r.texts()[0] for r in table.rows] == ["เมือง", "กะทู้", "ถลาง", "รวม"]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_corpus_plan_table_pairs_amount_lines_across_its_page_break(parsed, ext):
    tables = [t for t in read_tables(parsed(f"roi-et-mueang-suang-2567-action-plan.{ext}")) if "budget_detail" in t.roles]
    rows = [r for t in tables for r in t.rows if "ค่าอาหาร" in t.text(r, "budget_detail")]
    assert len(rows) == 1
    table = next(t for t in tables if rows[0] in t.rows)
    assert fold_text(table.text(rows[0], "budget_amount")) == "5,0005,000"
    assert table.text(rows[0], "source").endswith("ร้อยเอ็ด")


def fold_text(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", ["nakhon-phanom-province-2563-action-plan.pdf", "phichit-province-2565-progress.pdf"])
def test_a_header_row_repeated_atop_a_page_is_read_as_the_table_header(parsed, name):
    """The PDF parser may take a table's header row at the top of a page for a
    running page header; the rows under it are still read as a table."""
    doc = parsed(name)
    repeated = {b.table for b in doc.blocks if b.kind == "header" and b.table is not None}
    tables = [t for t in read_tables(doc) if t.grid.table in repeated]
    assert tables and all(t.columns for t in tables)


def test_a_merged_cell_broken_by_a_page_carries_into_the_rows_of_the_next_page(parsed):
    tables = [t for t in read_tables(parsed("nakhon-phanom-province-2563-action-plan.pdf")) if "source" in t.roles]
    rows = [(t, r) for t in tables for r in t.rows if not is_total_row(r)]
    assert len(rows) == 12
    assert {t.text(r, "source") for t, r in rows} == {"เงินบำรุงสำนักงานสาธารณสุขจังหวัดนครพนม"}
    assert tables[-1].continues
