"""Round 51 (outcomes B): a province's years-by-districts table ("ปีงบประมาณ |
<district> | <district> | …" under a title naming the measure) gives each
column's figures to that district, the district left out of the indicator
(a ตำบล column stays a place of the indicator).  A bare "ผลสะสม" column
beside "ไตรมาส 1 | ไตรมาส 2 | ไตรมาส 3" is the result so far, named by the
measure alone, and the latest quarter it restates is kept once.  Results
written as a change ("ลดลงร้อยละ 4.12") are the row's results when its target
is the same change ("ลดลงร้อยละ 5 จากปี 2566"), which is their target.  A
relative target in the target column of an issues × indicators × targets
table is named by the row's indicator and its change, not by the cell's own
"ลดลง … จากปี 2566".  Rows at the top of a page under a district's group row
of the page before keep that district.  Small real .docx files first, then
the set-51 corpus files."""

from __future__ import annotations

import docx
from docx_builder import add_table, write_docx

from pcc_ingest.extract.outcomes.page_breaks import carry_groups
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

INSPECTION = "samut-sakhon-province-2567-inspection"
TITLE = ["แบบรายงานการตรวจราชการ พชอ. จังหวัดนครนายก ประจำปีงบประมาณ พ.ศ. 2567",
         "จังหวัดนครนายก มี 4 อำเภอ ได้แก่ อำเภอเมืองนครนายก อำเภอปากพลี อำเภอบ้านนา และอำเภอองครักษ์"]


def _outcomes(doc) -> set[tuple[str | None, str, float | None, float | None, int | None]]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(doc).outcomes}


def test_a_years_by_districts_table_gives_each_column_to_its_district(tmp_path) -> None:
    rows = [["ปีงบประมาณ", "เมืองนครนายก", "ปากพลี", "บ้านนา"],
            ["2565", "70.10", "66.20", "72.00"],
            ["2566", "75.50", "71.25", "78.40"],
            ["2567", "82.30", "80.05", "85.60"]]
    path = write_docx(tmp_path / "r.docx", [*TITLE, "ตารางที่ 1 ร้อยละของผู้สูงอายุได้รับการคัดกรองสุขภาพ จำแนกรายอำเภอ (ค่าเป้าหมายปี 2567 : ร้อยละ 80)"], rows)
    got = _outcomes(parse(path))
    measure = "ร้อยละของผู้สูงอายุได้รับการคัดกรองสุขภาพ"
    assert ("2601", measure, 70.1, None, 2565) in got
    assert ("2602", measure, 71.25, None, 2566) in got
    assert ("2603", measure, 85.6, 80.0, 2567) in got
    assert not any(d is None and v in (70.1, 85.6) for d, _, v, _, _ in got)


def test_a_cumulative_column_is_the_result_so_far_named_by_the_measure(tmp_path) -> None:
    rows = [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ผลสะสม", "แปลผล"],
            ["ร้อยละของเด็กอายุ 0-5 ปี มีพัฒนาการสมวัย", "≥ 85%", "80.00%", "84.50%", "88.20%", "84.75%", "ไม่บรรลุ"],
            ["ร้อยละของหญิงตั้งครรภ์ฝากครรภ์ครั้งแรกก่อน 12 สัปดาห์", "≥ 75%", "70.00%", "76.40%", "78.10%", "78.10%", "บรรลุ"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.ตัวอย่าง ปีงบประมาณ 2567",
                                            "ผลการดำเนินงานตามประเด็น รายไตรมาส"], rows)
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(parse(path))}
    child, mother = "ร้อยละของเด็กอายุ 0-5 ปี มีพัฒนาการสมวัย", "ร้อยละของหญิงตั้งครรภ์ฝากครรภ์ครั้งแรกก่อน 12 สัปดาห์"
    assert {(child, 84.75, 85.0), (f"{child} ไตรมาส 3", 88.2, 85.0), (mother, 78.1, 75.0)} <= got
    assert (f"{mother} ไตรมาส 3", 78.1, 75.0) not in got  # the running total restates it
    assert not any("ผลสะสม" in i for i, _, _ in got)


def test_changes_beside_a_target_of_the_same_change_are_results(tmp_path) -> None:
    rows = [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2", "ผลสะสม"],
            ["จำนวนผู้ป่วยไข้เลือดออก เทียบกับช่วงเดียวกันของปี 2566", "ลดลงร้อยละ 20 จากปี 2566",
             "ลดลงร้อยละ 15.50", "ลดลงร้อยละ 24.10", "ลดลงร้อยละ 21.30"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.ตัวอย่าง ปีงบประมาณ 2567",
                                            "ผลการดำเนินงานตามประเด็น รายไตรมาส"], rows)
    got = {(v, t) for _, _, v, t, _ in _outcomes(parse(path))}
    assert {(15.5, 20.0), (24.1, 20.0), (21.3, 20.0)} <= got


def test_a_relative_target_of_an_indicators_table_is_named_by_the_indicator(tmp_path) -> None:
    rows = [["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "ตัวชี้วัด", "ค่าเป้าหมาย"],
            ["ปากพลี", "การป้องกันโรคไข้เลือดออก", "จำนวนผู้ป่วยไข้เลือดออก", "ลดลงร้อยละ 20 จากปี 2566"],
            ["บ้านนา", "การดูแลผู้สูงอายุ", "ร้อยละของผู้สูงอายุได้รับการดูแลตาม Care Plan", "≥ 90%"]]
    path = write_docx(tmp_path / "r.docx", [*TITLE, "ประเด็นการพัฒนาคุณภาพชีวิต ตัวชี้วัด และค่าเป้าหมาย ปีงบประมาณ 2567"], rows)
    got = _outcomes(parse(path))
    assert ("2602", "จำนวนผู้ป่วยไข้เลือดออก ลดลง", None, 20.0, 2567) in got
    assert not any("จากปี" in i for _, i, _, _, _ in got)


def test_rows_after_a_page_break_keep_the_group_row_before_it(tmp_path) -> None:
    document = docx.Document()
    for line in TITLE:
        document.add_paragraph(line)
    add_table(document, [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2"],
                         ["อำเภอเมืองนครนายก ประเด็น การดูแลผู้สูงอายุ", "", "", ""],
                         ["ร้อยละของผู้สูงอายุได้รับการคัดกรอง", "≥ 90%", "40.00%", "75.00%"],
                         ["อำเภอบ้านนา ประเด็น การป้องกันวัณโรค", "", "", ""]],
              merges=[(1, 0, 1, 3), (3, 0, 3, 3)])
    add_table(document, [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2"],
                         ["อัตราความสำเร็จการรักษาผู้ป่วยวัณโรครายใหม่", "≥ 88%", "85.00%", "89.50%"]])
    document.save(tmp_path / "r.docx")
    first, second = read_tables(parse(tmp_path / "r.docx"))[:2]
    carried = carry_groups(first, second)
    lead = carried.rows[: len(carried.rows) - len(second.rows)]
    assert [r.cells[0].text.split()[0] for r in lead] == ["อำเภอเมืองนครนายก", "อำเภอบ้านนา"]
    assert all(r.index < 0 for r in lead) and carried.rows[len(lead):] == second.rows


def test_the_set_51_inspection_reads_its_districts_quarters_and_changes(parsed) -> None:
    for name in (f"{INSPECTION}.docx", f"{INSPECTION}.pdf"):
        got = _outcomes(parsed(name))
        vulnerable = "ร้อยละของกลุ่มเปราะบางที่ได้รับการดูแลช่วยเหลือตามแผนการดูแลรายบุคคล"
        assert {("7402", vulnerable, 68.15, None, 2564), ("7403", vulnerable, 91.21, 80.0, 2567)} <= got
        assert ("7401", "อัตราความสำเร็จการรักษาผู้ป่วยวัณโรครายใหม่", 87.59, 88.0, 2567) in got
        assert any(d == "7402" and v == 12.5 and t == 10.0 for d, _, v, t, _ in got)
        care = [(d, v) for d, i, v, _, _ in got if "Care Plan" in i]
        assert care and all(d == "7402" for d, _ in care)  # the pdf breaks the table under its group row
        assert not any(i.endswith(("จากปี 2566", "เมืองสมุทรสาคร", "กระทุ่มแบน", "บ้านแพ้ว")) for _, i, _, _, _ in got)
