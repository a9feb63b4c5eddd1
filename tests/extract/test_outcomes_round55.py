"""Round 55 (outcomes): the rules this round pins, each an existing rule widened.

- A first body row labelled as targets ("ค่าเป้าหมาย | ≥ 80 | ≥ 90") under
  percent columns states each column's target, as a header row of targets
  does (``target_rows.first_row_target``); in a table of an earlier year
  than the document's (a plan's baseline table) it sets none, nor does the
  KPI on its total row (``results_tables``).
- The same labelled row under a headerless table of "a/b (c)" results by
  ตำบล is its row of targets (``target_header_tables.header_targets``), its
  total row included.
- A caption of results naming the quarters so far ("ผลการดำเนินงาน…
  ไตรมาสที่ 1 – 3") says its quarter columns are results, like "ราย
  ไตรมาส" (``[table] results_caption``); their running total "ผลสะสม" is a
  round of its own, the last quarter it restates kept once
  (``year_parts.unnamed_total``).
- A total row whose label stands in the indicator column merged down over the
  ตำบล rows is the total of that indicator, against its target
  (``row_subjects.merged_over``).
- A target cell whose words name only a change ("ลดลงไม่น้อยกว่าร้อยละ 20")
  is the target of the subject its row names, as beside a situation column
  (``[situation_column] change_only``).
- The earlier figure of a comparison ("… ของอำเภอ ก ร้อยละ 61.90 เพิ่มขึ้นจากปี
  2565 ซึ่งมีร้อยละ 55.30") is of the district its subject names
  (``running_text.compared_district``), and takes the KPI's name its
  result took (``kpi_names.compared_with``).

Built .docx files first, then set-55 corpus files.
"""

from __future__ import annotations

import docx
from docx_builder import add_table, write_parts

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TITLE = "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอท่าตูม ครั้งที่ 3/2568 จังหวัดสุรินทร์"


def _outcomes(path) -> list[tuple[str, float | None, float | None, int | None]]:
    return [(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes]


def test_first_row_of_targets_states_each_columns_target(tmp_path) -> None:
    path = write_parts(tmp_path / "first_row.docx", [
        TITLE, "ผลการดำเนินงานรายตำบล ข้อมูลสะสม 1 ตุลาคม 2567 – 30 มิถุนายน 2568",
        [["ตำบล", "ร้อยละตัวอย่างได้รับการบำบัด", "ร้อยละตัวอย่างได้รับการเยี่ยมบ้าน"],
         ["ค่าเป้าหมาย", "≥ 80", "≥ 90"],
         ["หนึ่ง", "85.71", "94.83"],
         ["สอง", "77.78", "92.68"]],
    ])
    got = {(v, t) for _, v, t, _ in _outcomes(path)}
    assert {(85.71, 80.0), (77.78, 80.0), (94.83, 90.0), (92.68, 90.0)} <= got
    assert not any(v in (85.71, 77.78, 94.83, 92.68) and t is None for v, t in got)


def test_first_row_of_targets_sets_none_in_an_earlier_years_table(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("แผนปฏิบัติการ พชอ.ท่าตูม ปีงบประมาณ 2567 จังหวัดสุรินทร์")
    document.add_heading("4. ข้อมูลพื้นฐานรายตำบล ปี 2566 (ใช้เป็นค่าฐานในการกำหนดเป้าหมาย)", level=2)
    add_table(document, [["ตำบล", "ร้อยละตัวอย่างสวมหมวกนิรภัย", "ร้อยละตัวอย่างไม่เผาในที่โล่ง"],
                         ["ค่าเป้าหมาย", "≥ 80", "≥ 90"],
                         ["หนึ่ง", "58.19", "84.15"],
                         ["สอง", "67.70", "86.27"]])
    path = tmp_path / "baseline.docx"
    document.save(path)
    got = [(v, t, y) for _, v, t, y in _outcomes(path) if v in (58.19, 84.15, 67.7, 86.27)]
    assert got and all(t is None and y == 2566 for _, t, y in got)


def test_labelled_targets_row_of_a_headerless_fraction_table_reaches_its_total(tmp_path) -> None:
    path = write_parts(tmp_path / "fractions.docx", [
        "รายงานผลการดำเนินงาน พชอ.ท่าตูม รอบ 9 เดือน ปีงบประมาณ 2566 จังหวัดสุรินทร์",
        "ตารางที่ 1 ผลการดำเนินงาน (ผลงาน/เป้าหมาย (ร้อยละ)) รายตำบล",
        [["ตำบล", "ครัวเรือนตัวอย่างคัดแยกขยะ (ครัวเรือน)", "เกษตรกรตัวอย่างปลอดภัย (คน)"],
         ["ค่าเป้าหมาย", "≥ 80", "≥ 70"],
         ["หนึ่ง", "2,351/3,120 (75.35)", "88/120 (73.33)"],
         ["สอง", "1,637/1,985 (82.47)", "65/95 (68.42)"],
         ["รวมอำเภอ", "3,988/5,105 (78.12)", "153/215 (71.16)"]],
    ])
    got = {(v, t) for _, v, t, _ in _outcomes(path)}
    assert {(75.35, 80.0), (82.47, 80.0), (73.33, 70.0), (68.42, 70.0), (78.12, 80.0), (71.16, 70.0)} <= got


def test_quarters_named_by_number_in_a_results_caption_are_results(tmp_path) -> None:
    path = write_parts(tmp_path / "quarters.docx", [
        TITLE, "3.1 ผลการดำเนินงานตามประเด็นขับเคลื่อน ไตรมาสที่ 1 – 3 ปีงบประมาณ พ.ศ. 2568",
        [["ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", "ผลสะสม"],
         ["1. ยาเสพติด", "ร้อยละของหมู่บ้านตัวอย่างผ่านเกณฑ์", "ร้อยละ 70", "-", "61.54", "73.08", "-", "73.08"]],
    ])
    got = [(name, v, t) for name, v, t, _ in _outcomes(path)]
    assert ("ร้อยละของหมู่บ้านตัวอย่างผ่านเกณฑ์ ไตรมาส 2", 61.54, 70.0) in got
    assert [(name, t) for name, v, t in got if v == 73.08] == [("ร้อยละของหมู่บ้านตัวอย่างผ่านเกณฑ์", 70.0)]
    assert not any(v is None for _, v, _ in got)  # the target cell is no record of its own


def test_total_row_under_a_merged_indicator_is_that_indicators_total(tmp_path) -> None:
    path = write_parts(tmp_path / "merged.docx", [
        "รายงานผลการดำเนินงาน พชอ.ท่าตูม รอบ 9 เดือน ปีงบประมาณ 2566 จังหวัดสุรินทร์",
        "4. ผลการสำรวจการสวมหมวกนิรภัย จำแนกรายตำบล",
        [["ตัวชี้วัด", "ค่าเป้าหมาย", "ลำดับ", "ตำบล", "จำนวนที่สำรวจ (คน)", "สวมหมวกนิรภัย (คน)", "ร้อยละ"],
         ["ร้อยละของผู้ขับขี่ตัวอย่างสวมหมวกนิรภัย", "ร้อยละ 80", "1", "หนึ่ง", "100", "93", "93.00"],
         ["", "", "2", "สอง", "120", "90", "75.00"],
         ["ภาพรวมอำเภอ", "", "", "", "220", "183", "83.18"]],
    ], merges={0: [(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 3, 3)]})
    got = [(name, t) for name, v, t, _ in _outcomes(path) if v == 83.18]
    assert got == [("ร้อยละของผู้ขับขี่ตัวอย่างสวมหมวกนิรภัย", 80.0)]


def test_target_cell_naming_only_a_change_takes_its_rows_subject(tmp_path) -> None:
    path = write_parts(tmp_path / "change.docx", [
        "แผนปฏิบัติการ พชอ.ท่าตูม ปีงบประมาณ 2567 จังหวัดสุรินทร์", "3. ประเด็น ตัวชี้วัด และค่าเป้าหมาย",
        [["ประเด็นพัฒนาคุณภาพชีวิต", "ตัวชี้วัด", "ค่าเป้าหมาย ปี 2567", "หน่วยงานหลัก"],
         ["1. หมอกควันตัวอย่าง", "1.1 จำนวนจุดความร้อนตัวอย่าง ลดลงจากปี 2566", "ลดลงไม่น้อยกว่าร้อยละ 20", "อำเภอ"],
         ["", "1.2 ร้อยละครัวเรือนตัวอย่างไม่เผา", "ร้อยละ 90", "อปท."]],
    ], merges={0: [(1, 0, 2, 0)]})
    got = [name for name, v, t, _ in _outcomes(path) if t == 20.0 and v is None]
    assert got == ["จำนวนจุดความร้อนตัวอย่าง ลดลงจากปี 2566"]


def test_compared_figure_is_of_the_district_its_subject_names(tmp_path) -> None:
    path = write_parts(tmp_path / "compared.docx", [
        "รายงานผลการตรวจราชการ พชอ. จังหวัดตาก ปีงบประมาณ 2566",
        "อำเภอท่าสองยางมีอัตราป่วยมาลาเรีย 3.12 ต่อพันประชากร ส่วนการฝากครรภ์ตัวอย่างของอำเภออุ้มผาง "
        "ร้อยละ 61.90 เพิ่มขึ้นจากปี 2565 ซึ่งมีร้อยละ 55.30",
    ])
    got = {(o.value_pct, o.district, o.year_be) for o in extract(parse(path)).outcomes}
    assert (55.3, "6308", 2565) in got


def test_set_55_minutes_first_row_of_targets_and_quarters_in_real_files(parsed) -> None:
    for name in ("ubon-ratchathani-sirindhorn-2568-minutes.docx", "ubon-ratchathani-sirindhorn-2568-minutes.pdf"):
        got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(name)).outcomes}
        assert ("ร้อยละผู้ใช้ยาเสพติดได้รับการบำบัดและติดตาม ตำบลโนนก่อ", 77.78, 80.0) in got
        assert ("ร้อยละกลุ่มเปราะบางได้รับการเยี่ยมบ้าน ตำบลฝางคำ", 100.0, 90.0) in got
        assert ("ร้อยละของผู้ใช้/ผู้เสพยาเสพติดได้รับการบำบัดและติดตามต่อเนื่อง ไตรมาส 2", 84.0, 80.0) in got
        assert ("ร้อยละของผู้ใช้/ผู้เสพยาเสพติดได้รับการบำบัดและติดตามต่อเนื่อง", 83.64, 80.0) in got
        assert sum(v == 73.08 for _, v, _ in got) == 1  # ไตรมาส 3 restated by ผลสะสม


def test_set_55_totals_baselines_and_comparisons_in_real_files(parsed) -> None:
    roi_et = {(o.value_pct, o.target_pct) for o in extract(parsed("roi-et-kaset-wisai-2566-progress.pdf")).outcomes}
    assert {(83.64, 80.0), (74.17, 70.0), (64.79, 60.0), (83.33, 80.0)} <= roi_et
    plan = extract(parsed("chiang-rai-phan-2567-action-plan.pdf")).outcomes
    assert all(o.target_pct is None for o in plan if o.year_be == 2566)
    tak = extract(parsed("tak-province-2566-inspection.docx")).outcomes
    assert any(o.value_pct == 55.3 and o.district == "6308" for o in tak)
    kpi = next(o.indicator for o in tak if o.value_pct == 77.78 and o.evidence.table is None)
    assert [o.indicator for o in tak if o.value_pct == 66.67] == [kpi]
