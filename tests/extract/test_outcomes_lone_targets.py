"""The last check of outcomes (``outcomes/lone_targets.py``): a bare target and the
one untargeted result of its subject, district and year are one record.

Rules pinned, one test each, on small real .docx files with invented names:
- a KPI table's target joins the one later result whose words restate the KPI, and the
  record is named in the KPI's words;
- a table row of one target cell and one result cell is one record, whatever their words;
- a result naming another cell of a KPI table's row (its issue) takes that row's target;
- a figure whose sentence names a ตำบล is that part's and takes no district KPI's target
  (the district's own result of the measure still does);
- a KPI with two results of its measure (before and after) gives its target to neither,
  while a KPI with one does;
- a short result label ("ลดลง") shares no words with a KPI however much of it a long KPI
  holds, while a result restating the KPI does join.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.lone_targets import join_lone_targets, same_measure
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

HEAD = "แบบรายงานการตรวจราชการ ประจำปีงบประมาณ พ.ศ. 2565 จังหวัดสมุทรปราการ"
CAPTION = "ตารางที่ 1 ประเด็นการพัฒนาคุณภาพชีวิต ตัวชี้วัด และค่าเป้าหมาย รายอำเภอ ปีงบประมาณ 2565"
KPI_HEAD = ["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "ตัวชี้วัดของประเด็น", "ค่าเป้าหมาย"]
KPI_ROW = ["บางพลี", "1. การดูแลตัวอย่างในชุมชน", "ร้อยละของผู้ป่วยตัวอย่างได้รับการติดตามครบ 4 ครั้ง", "≥ 80%"]
OTHER_ROW = ["บางบ่อ", "1. การดูแลตัวอย่างสอง", "ร้อยละของครัวเรือนตัวอย่างปลูกผักไว้บริโภค", "≥ 50%"]
BEST = "5. นวัตกรรม / ตัวอย่างที่ดี (Best Practice)"
RESULT = ("อำเภอบางพลี \"บางพลีโมเดล ชุมชนร่วมใจ\" ใช้กลไก พชอ. ร่วมกับภาคีเครือข่าย ค้นหาและติดตามผู้ป่วย"
          "ตัวอย่างในชุมชน มีผู้ป่วยตัวอย่างในชุมชน 126 คน ได้รับการติดตามครบ 4 ครั้ง 109 คน คิดเป็นร้อยละ 86.51")


def _outcomes(tmp_path: Path, parts: list) -> list[tuple[str, float | None, float | None]]:
    doc = parse(write_parts(tmp_path / "t.docx", parts))
    return [(o.indicator, o.value_pct, o.target_pct) for o in extract(doc).outcomes]


def test_kpi_target_joins_the_one_result_restating_it_in_kpi_words(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, [HEAD, CAPTION, [KPI_HEAD, KPI_ROW, OTHER_ROW], BEST, RESULT])
    assert ("ร้อยละของผู้ป่วยตัวอย่างได้รับการติดตามครบ 4 ครั้ง", 86.51, 80.0) in got
    assert all(v is not None for _, v, t in got if t == 80.0)  # the bare target is gone
    assert ("ร้อยละของครัวเรือนตัวอย่างปลูกผักไว้บริโภค", None, 50.0) in got  # no result: stays bare


def test_row_of_one_target_cell_and_one_result_cell_is_one_record(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ผลงาน", "หมายเหตุ"],
            ["จุดตัวอย่างสะสม (1 ม.ค. – 30 เม.ย.)", "412 → 287 จุด (ลดลงร้อยละ 30.34)",
             "เป้าหมาย ลดลงไม่น้อยกว่าร้อยละ 20"]]
    got = _outcomes(tmp_path, ["รายงานผลการดำเนินงานโครงการ พชอ.ฝาง ปีงบประมาณ 2567",
                               "4.4 ผลลัพธ์ด้านสิ่งแวดล้อมและสุขภาพ", rows])
    assert [(v, t) for _, v, t in got] == [(30.34, 20.0)]


def test_result_naming_the_issue_cell_of_a_kpi_row_takes_its_target(tmp_path: Path) -> None:
    kpis = [["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "ตัวชี้วัด", "ค่าเป้าหมาย"],
            ["บางกรวย", "1) การจัดการขยะตัวอย่าง", "ร้อยละของครัวเรือนตัวอย่างที่คัดแยกขยะต้นทาง", "≥ 70%"],
            ["ไทรน้อย", "1) เกษตรตัวอย่างปลอดภัย", "ร้อยละของครัวเรือนตัวอย่างปลูกผักไว้บริโภคเอง", "≥ 80%"]]
    got = _outcomes(tmp_path, [
        "แบบรายงานการตรวจราชการ ประจำปีงบประมาณ พ.ศ. 2568 จังหวัดนนทบุรี", CAPTION, kpis, "4.3 ผลการดำเนินงาน",
        "อำเภอบางกรวย ประเด็นการจัดการขยะตัวอย่าง มีผลการดำเนินงาน ร้อยละ 72.40 ผ่านเกณฑ์",
        "อำเภอไทรน้อย ประเด็นเกษตรตัวอย่างปลอดภัย มีผลการดำเนินงาน ร้อยละ 85.00"])
    assert sorted(got) == [("ร้อยละของครัวเรือนตัวอย่างที่คัดแยกขยะต้นทาง", 72.4, 70.0),
                           ("ร้อยละของครัวเรือนตัวอย่างปลูกผักไว้บริโภคเอง", 85.0, 80.0)]


def test_figure_of_a_named_tambon_takes_no_district_kpi_target(tmp_path: Path) -> None:
    part = ("อำเภอบางพลี ตำบลบางแก้วตัวอย่าง ใช้ธรรมนูญตำบลเป็นข้อตกลงร่วม โดยมีผู้ป่วยตัวอย่างได้รับการ"
            "ติดตามครบ 4 ครั้ง ร้อยละ 89.13")
    got = _outcomes(tmp_path, [HEAD, CAPTION, [KPI_HEAD, KPI_ROW], BEST, RESULT, part])
    assert (86.51, 80.0) in [(v, t) for _, v, t in got]
    assert (89.13, None) in [(v, t) for _, v, t in got]


def test_kpi_with_two_results_of_its_measure_lends_to_neither(tmp_path: Path) -> None:
    second = ["บางบ่อ", "1. การดูแลตัวอย่างสอง", "ร้อยละของผู้สูงอายุตัวอย่างมีความรู้เรื่องโภชนาการ", "≥ 70%"]
    both = ("อำเภอบางบ่อ จัดอบรมผู้สูงอายุตัวอย่าง ก่อนอบรม ผู้สูงอายุตัวอย่างมีความรู้เรื่องโภชนาการ ร้อยละ 45.20 "
            "หลังอบรม ผู้สูงอายุตัวอย่างมีความรู้เรื่องโภชนาการ ร้อยละ 88.40")
    got = _outcomes(tmp_path, [HEAD, CAPTION, [KPI_HEAD, KPI_ROW, second], BEST, RESULT, both])
    pairs = [(v, t) for _, v, t in got]
    assert (86.51, 80.0) in pairs
    assert (45.2, 70.0) not in pairs and (88.4, 70.0) not in pairs


def test_short_result_label_shares_no_words_with_a_long_kpi(tmp_path: Path) -> None:
    drop = ["บางบ่อ", "2. อุบัติเหตุตัวอย่าง", "ลดจำนวนผู้บาดเจ็บช่วงเทศกาลตัวอย่าง", "ร้อยละ 10"]
    doc = parse(write_parts(tmp_path / "t.docx", [HEAD, CAPTION, [KPI_HEAD, drop]]))
    kpi = next(o for o in extract(doc).outcomes if o.target_pct == 10.0)
    elsewhere = kpi.evidence.model_copy(update={"table": None, "row": None, "col": None})
    label = kpi.model_copy(update={"indicator": "ผู้บาดเจ็บ (ราย)", "value_pct": 37.5, "target_pct": None,
                                   "evidence": elsewhere})
    restating = label.model_copy(update={"indicator": "ผู้บาดเจ็บช่วงเทศกาลตัวอย่างลดลง"})
    assert not same_measure(kpi, label)  # its letters scattered through the KPI are no shared words
    assert same_measure(kpi, restating)
    assert join_lone_targets(doc, [kpi, label]) == [kpi, label]
