"""Round 46 (outcomes B): a before | after pair of percentage columns
("ก่อนอบรม | หลังอบรม", a knowledge test) gives two results per row, named
"<row> <column label>", and no baseline; a pair whose cells are counts is left
to the other readers.  A measure's label ending in "(คิดเป็น %)" names a
percent column and its unit is no part of the indicator.  An indicator label
with the target in brackets ("ตัวชี้วัด (เป้าหมาย)") names the indicator
column, and "ผลรายตำบล" names the results column whose cells list places'
figures, so the table is read through its header.  A target row's bound
("ไม่เกิน 10.00") is the target of the result row under it.  A district KPI's
bare target is not taken as carried by one ตำบล's row.  Small tables and
labels first, then variants built as real .docx files, then real corpus files
of set 46."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.before_after import before_after
from pcc_ingest.extract.outcomes.common import drop_percent_unit
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.parsers import parse

PHRA_PRADAENG = "samut-prakan-phra-pradaeng-2568-project"
KHUN_YUAM = "mae-hong-son-khun-yuam-2567-progress"


def _outcomes(path) -> set[tuple[str, float | None, float | None]]:
    return {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}


@pytest.mark.parametrize(("label", "role"), [
    ("ค่า HI (คิดเป็น %)", "percent"), ("ครัวเรือนคัดแยกขยะ (คิดเป็นร้อยละ)", "percent"),
    ("ตัวชี้วัด (เป้าหมาย)", "indicator"), ("จำนวน พชต. (เป้าหมาย)", "target"),
    ("ผลรายตำบล", "result"), ("ผลการดำเนินงานรายอำเภอ", "result"),
])
def test_header_labels_name_their_roles(label: str, role: str) -> None:
    assert label_role(label) == role


def test_a_percent_unit_written_with_khit_pen_is_no_part_of_the_name() -> None:
    assert drop_percent_unit("ค่า HI (คิดเป็น %)") == "ค่า HI"


def test_a_pair_of_count_columns_is_no_before_after_pair(tmp_path) -> None:
    rows = [["ประเด็นความรู้", "ก่อนอบรม", "หลังอบรม"], ["การคัดแยกขยะ", "40", "52"]]
    doc = parse(write_docx(tmp_path / "r.docx", ["ผลการอบรม อำเภอบ้านโฮ่ง ปีงบประมาณ 2568"], rows))
    from pcc_ingest.extract.tables import read_tables
    table = next(t for t in read_tables(doc) if t.columns)
    assert before_after(table) is table


def test_a_built_docx_variant_of_scores_before_and_after(tmp_path) -> None:
    """Other header words, "%" written after the figure, Thai digits, a different district."""
    rows = [["หัวข้อการประเมิน", "ก่อนดำเนินโครงการ", "หลังดำเนินโครงการ"],
            ["การป้องกันการจมน้ำ", "๕๒.๐%", "๘๙.๕%"], ["การช่วยฟื้นคืนชีพ", "๔๐.๐%", "๘๑.๒%"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผลโครงการ พชอ.บ้านโฮ่ง ปีงบประมาณ ๒๕๖๗",
                                            "ผลการประเมินความรู้ของผู้เข้าร่วม"], rows)
    got = _outcomes(path)
    assert {("การป้องกันการจมน้ำ ก่อนดำเนินโครงการ", 52.0, None), ("การป้องกันการจมน้ำ หลังดำเนินโครงการ", 89.5, None),
            ("การช่วยฟื้นคืนชีพ ก่อนดำเนินโครงการ", 40.0, None),
            ("การช่วยฟื้นคืนชีพ หลังดำเนินโครงการ", 81.2, None)} <= got


def test_a_built_docx_variant_of_target_and_result_rows_with_a_bound(tmp_path) -> None:
    """Columns in another order, the unit written "(คิดเป็นร้อยละ)", a bound in the target row."""
    rows = [["ตำบล", "อัตราป่วยไข้เลือดออกลดลง (คิดเป็นร้อยละ)", "ประเภทแถว", "ค่า CI (คิดเป็น %)"],
            ["ท่าช้าง", "๒๐.๐๐", "เป้าหมาย", "ไม่เกิน ๕.๐๐"], ["", "๒๒.๑๐", "ผลงาน", "๓.๒๐"],
            ["บ้านกลาง", "๒๐.๐๐", "เป้าหมาย", "ไม่เกิน ๕.๐๐"], ["", "๑๘.๔๐", "ผลงาน", "๖.๑๐"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.บ้านโฮ่ง ปีงบประมาณ ๒๕๖๗"], rows,
                      merges=[(1, 0, 2, 0), (3, 0, 4, 0)])
    got = {(i.split()[-1].removeprefix("ตำบล"), v, t) for i, v, t in _outcomes(path)}
    assert {("ท่าช้าง", 3.2, 5.0), ("บ้านกลาง", 6.1, 5.0), ("ท่าช้าง", 22.1, 20.0)} <= got
    assert not any("คิดเป็น" in i for i, _, _ in _outcomes(path))


def test_a_built_docx_variant_of_places_listed_under_a_results_label(tmp_path) -> None:
    """The target in the indicator's bracket, "ผลการดำเนินงานรายตำบล" written out, Thai digits."""
    rows = [["ตัวชี้วัด (เป้าหมาย)", "ภาพรวมอำเภอ", "ผลการดำเนินงานรายตำบล"],
            ["ร้อยละเด็กได้รับวัคซีน MMR (เป้าหมาย ≥ ๙๕%)", "๙๖.๑๐", "ต.ท่าช้าง ๙๗.๒๐%\nต.บ้านกลาง ๙๔.๕๐%"]]
    path = write_docx(tmp_path / "r.docx", ["ผลการดำเนินงาน พชอ.บ้านโฮ่ง ปีงบประมาณ ๒๕๖๘"], rows)
    got = _outcomes(path)
    name = "ร้อยละเด็กได้รับวัคซีน MMR"
    assert {(f"{name} ต.ท่าช้าง", 97.2, 95.0), (f"{name} ต.บ้านกลาง", 94.5, 95.0)} <= got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_target_rows_places_and_scores_of_a_real_set_46_project(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(PHRA_PRADAENG + suffix)).outcomes}
    hi = {(i.split()[-1], v, t) for i, v, t in got if i.startswith("ค่า HI")}
    assert {("ตำบลทรงคนอง", 7.41, 10.0), ("ตำบลบางยอ", 12.5, 10.0)} <= hi
    assert ("ร้อยละผู้สูงอายุได้รับการคัดกรองสุขภาพ 10 เรื่อง ต.บางจาก", 88.74, 90.0) in got
    assert any(v == 91.7 and i.endswith("หลังอบรม") for i, v, _ in got)
    assert any(v is None and t == 10.0 for _, v, t in got)  # the HI objective's own target


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_scores_before_and_after_in_a_real_set_46_progress_report(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct) for o in extract(parsed(KHUN_YUAM + suffix)).outcomes}
    assert {("ภาพรวม ก่อนอบรม", 60.5), ("ภาพรวม หลังอบรม", 87.6)} <= got
    assert not any(i.startswith("ร้อยละของผู้ขับขี่") and v == 62.5 for i, v in got)
