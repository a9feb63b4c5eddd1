"""Round 53 (outcomes A): the rules this round pins.

- The commentary under a places table is read past the table's source line
  ("ที่มา : ข้อมูล..."), and a verdict there that writes its bar ("ตำบลที่
  ครัวเรือนคัดแยกขยะผ่านเกณฑ์ร้อยละ 80 จำนวน 8 ตำบล") holds that measure
  against its KPI's target when the bar is that target (``measure_bars``);
  a bar other than the KPI's target gives no target.
- A measure labelled once over its own year columns ("ร้อยละของ..." over
  "2565 | 2566 | 2567") names each of them, so its current-year column takes
  the target the commentary holds it against, and its earlier years none.
- In a table of ตำบล, a row naming the district itself ("อำเภอX") is the
  district's total row, no ตำบล called "อำเภอX" (``district_rows``).
- A later table ranking the same places' figures with a target of its own
  ("จัดลำดับตำบลตามผล... (เกณฑ์ ร้อยละ 70)") restates them: each figure keeps
  the breakdown's name and takes the ranking's target (``restated_rankings``).

Strings first, then built .docx files, then set-53 corpus files.
"""

from __future__ import annotations

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.measure_bars import compared_bars
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TITLE = "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567 อำเภอวังสะพุง จังหวัดเลย"
WASTE = "ร้อยละของครัวเรือนตัวอย่างที่คัดแยกขยะ"
CARE = "ร้อยละของผู้สูงอายุตัวอย่างได้รับการดูแลตาม Care Plan"
KPIS = [["ตัวชี้วัด", "เป้าหมาย", "ไตรมาส 1", "ไตรมาส 2"],
        [WASTE, "≥ 80", "30/100 (30.00)", "81/100 (81.00)"],
        [CARE, "≥ 90", "40/50 (80.00)", "46/50 (92.00)"]]
# a measure over its own year columns: the top label merged over three cells
PLACES_HEADER = [["ตำบล", WASTE, "", "", CARE, "", ""],
                 ["", "2565", "2566", "2567", "2565", "2566", "2567"]]
PLACES_MERGES = [(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)]
SOURCE = "ที่มา : ข้อมูลตัวอย่างจากองค์กรปกครองส่วนท้องถิ่น ณ วันที่ 30 มีนาคม 2567"


def _outcomes(path) -> set[tuple[str, float | None, float | None, int | None]]:
    return {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def test_a_written_bar_names_every_column_of_its_measure() -> None:
    labels = {1: WASTE, 2: WASTE, 3: WASTE, 4: CARE, 5: CARE, 6: CARE}
    text = ("จากตาราง พบว่า ในปี 2567 มีตำบลที่ครัวเรือนตัวอย่างคัดแยกขยะผ่านเกณฑ์ร้อยละ 80 จำนวน 2 ตำบล "
            "ส่วนตำบลที่ยังไม่ผ่านเกณฑ์ ได้แก่ ตำบลสอง สำหรับการดูแลผู้สูงอายุตัวอย่างตาม Care Plan "
            "ผ่านเกณฑ์ร้อยละ 90 จำนวน 1 ตำบล")
    assert compared_bars(text, labels) == {1: 80.0, 2: 80.0, 3: 80.0, 4: 90.0, 5: 90.0, 6: 90.0}
    # an unwritten bar is still a verdict, with no figure
    assert compared_bars("การดูแลผู้สูงอายุตัวอย่างตาม Care Plan ผ่านเกณฑ์ทุกตำบล", labels) == {4: None, 5: None, 6: None}


def _places_report(tmp_path, commentary: str):
    return write_parts(tmp_path / "places.docx", [
        TITLE, "4.1 ผลการดำเนินงานรายไตรมาส", KPIS,
        "4.2 ผลการดำเนินงานรายตำบล เปรียบเทียบ 3 ปี",
        [*PLACES_HEADER,
         ["หนึ่ง", "60.00", "70.00", "85.00", "70.00", "80.00", "95.00"],
         ["สอง", "55.00", "65.00", "75.00", "75.00", "85.00", "88.00"],
         ["ภาพรวมอำเภอ", "57.50", "67.50", "81.00", "72.50", "82.50", "92.00"]],
        SOURCE, commentary,
    ], merges={1: PLACES_MERGES})


def test_a_built_commentary_past_a_source_line_holds_each_measure_against_its_kpi(tmp_path) -> None:
    got = _outcomes(_places_report(tmp_path, (
        "จากตาราง พบว่า ในปี 2567 มีตำบลที่ครัวเรือนตัวอย่างคัดแยกขยะผ่านเกณฑ์ร้อยละ 80 จำนวน 1 ตำบล "
        "สำหรับการดูแลผู้สูงอายุตัวอย่างตาม Care Plan ผ่านเกณฑ์ร้อยละ 90 จำนวน 1 ตำบล")))
    assert any(v == 85.0 and t == 80.0 and y == 2567 for _, v, t, y in got)
    assert any(v == 88.0 and t == 90.0 and y == 2567 for _, v, t, y in got)
    assert any(v == 65.0 and t is None and y == 2566 for _, v, t, y in got)  # an earlier year: a baseline


def test_a_built_bar_other_than_the_kpi_target_gives_no_target(tmp_path) -> None:
    got = _outcomes(_places_report(tmp_path, (
        "จากตาราง พบว่า ในปี 2567 มีตำบลที่ครัวเรือนตัวอย่างคัดแยกขยะผ่านเกณฑ์ร้อยละ 60 จำนวน 2 ตำบล "
        "สำหรับการดูแลผู้สูงอายุตัวอย่างตาม Care Plan ผ่านเกณฑ์ร้อยละ 50 จำนวน 2 ตำบล")))
    assert any(v == 85.0 and t is None and y == 2567 for _, v, t, y in got)
    assert not any(v == 88.0 and t is not None for _, v, t, _ in got)


def test_a_built_row_naming_the_district_is_the_total_row(tmp_path) -> None:
    path = write_parts(tmp_path / "district_row.docx", [
        TITLE, "ผลการดำเนินงานรายตำบล",
        [["ตำบล", "ร้อยละของครัวเรือนตัวอย่างที่คัดแยกขยะ 2566", "ร้อยละของครัวเรือนตัวอย่างที่คัดแยกขยะ 2567"],
         ["หนึ่ง", "60.00", "71.00"],
         ["สอง", "50.00", "69.00"],
         ["อำเภอวังสะพุง", "55.00", "70.00"]],
    ])
    got = _outcomes(path)
    assert any(v == 70.0 for _, v, _, _ in got)
    assert not any("ตำบลอำเภอ" in name for name, _, _, _ in got)


def test_a_built_ranking_restates_the_breakdown_with_its_target(tmp_path) -> None:
    path = write_parts(tmp_path / "ranking.docx", [
        TITLE, "ผลการดำเนินงานรายตำบลเปรียบเทียบ 2 ปี",
        [["ตำบล", f"{WASTE}", ""], ["", "2566", "2567"],
         ["หนึ่ง", "60.00", "74.39"], ["สอง", "50.00", "63.59"]],
        "จัดลำดับตำบลตามผลการคัดแยกขยะของครัวเรือนตัวอย่าง (เกณฑ์ ร้อยละ 70 ภายในสิ้นปีงบประมาณ)",
        [["ลำดับ", "ตำบล", "ครัวเรือนทั้งหมด", "ครัวเรือนคัดแยกขยะ", "คิดเป็น %"],
         ["1", "หนึ่ง", "2,167", "1,612", "74.39"], ["2", "สอง", "1,969", "1,252", "63.59"]],
    ], merges={0: [(0, 1, 0, 2), (0, 0, 1, 0)]})
    got = [(name, v, t) for name, v, t, _ in _outcomes(path) if v in (74.39, 63.59)]
    assert sorted(got) == sorted([(f"{WASTE} ตำบลหนึ่ง", 74.39, 70.0), (f"{WASTE} ตำบลสอง", 63.59, 70.0)])


def test_set_53_places_held_against_their_bars_in_real_files(parsed) -> None:
    for name in ("trang-kantang-2566-progress.docx", "trang-kantang-2566-progress.pdf"):
        got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(name)).outcomes}
        assert ("ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง ตำบลเกาะลิบง", 72.04, 80.0, 2566) in got
        assert ("ร้อยละของผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan ตำบลกันตัง", 93.55, 90.0, 2566) in got
        assert ("ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง ตำบลกันตัง", 78.61, None, 2565) in got


def test_set_53_district_row_and_ranking_in_a_real_file(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in
           extract(parsed("amnat-charoen-chanuman-2566-progress.pdf")).outcomes}
    assert ("ร้อยละครัวเรือนคัดแยกขยะต้นทาง ตำบลป่าก่อ", 74.39, 70.0) in got
    assert not any("ตำบลอำเภอ" in name or name.startswith("จัดลำดับ") for name, _, _ in got)
    assert sum(v == 89.29 for _, v, _ in got) == 1  # the district's row is its KPI's result
