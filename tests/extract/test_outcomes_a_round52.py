"""Round 52 (outcomes A): the rules this round pins.

- A plan's baseline column ("ค่าฐาน ปี 2567") holds percentages when the row's
  target for the coming year says so, a bound or a range included ("ไม่เกิน
  ร้อยละ 15", "ร้อยละ 80–90"): each is a result of the baseline year.
- A numbered caption naming a measure of its own ("ตารางที่ 3 กลุ่ม…ได้รับการ
  เยี่ยมบ้าน… รายไตรมาส") names its bare "ร้อยละ" column; the KPI stated at the
  report's head neither names those figures nor lends them its target, and a
  caption's "รายไตรมาส"/"รายเดือน" is no part of the measure.
- Districts' results in measure columns ("ครัวเรือนคัดแยกขยะ (ครัวเรือน)")
  take the name of the earlier indicator holding the column's words, and a
  district's result joins the target that district set for it.
- A province-level column under a measure ("ระดับจังหวัด" beside "อำเภอ" and
  "ระดับประเทศ") is the province's own outcome in a province's report, held
  against the measure's target; the country's column is no outcome.
- A paragraph naming no district that gives a table's figure again, to
  hundredths, adds no outcome.
- A population's group with its age ("ผู้สูงอายุ 60 ปีขึ้นไป 53,997 คน (ร้อยละ
  20.71)") is background.
- A tally of issues in a column headed by issues ("2 จาก 3") is no issue.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builder import add_table, write_docx

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.records import Extraction
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NAKHON_NAYOK = CORPUS / "nakhon-nayok-province-2566-inspection.docx"
PATTANI = CORPUS / "pattani-yarang-2568-action-plan.pdf"

HEAD = ["แบบรายงานการตรวจราชการ พชอ. จังหวัดเลย ปีงบประมาณ 2567",
        "ตัวชี้วัด : ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ ค่าเป้าหมาย : ≥ 80%"]

Row = tuple[str | None, str, float | None, float | None, int | None]


def _outcomes(ex: Extraction) -> set[Row]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in ex.outcomes}


@pytest.fixture(scope="module")
def province_report(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    """A province's report: a KPI table by district, results by district and
    measure column, and a good-practice paragraph restating one result."""
    d = docx.Document()
    for text in [*HEAD, "ตารางที่ 1 ตัวชี้วัดและค่าเป้าหมายรายอำเภอ"]:
        d.add_paragraph(text)
    add_table(d, [["อำเภอ", "ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย"],
                  ["เชียงคาน", "การดูแลผู้สูงอายุตัวอย่าง", "ร้อยละของผู้สูงอายุตัวอย่างที่ได้รับการเยี่ยมบ้าน", "≥ 90%"],
                  ["ภูเรือ", "การจัดการขยะตัวอย่าง", "ร้อยละของครัวเรือนตัวอย่างที่มีการคัดแยกขยะ", "≥ 70%"]])
    d.add_paragraph("ตารางที่ 2 ผลการดำเนินงานรายอำเภอ")
    add_table(d, [["อำเภอ", "ผู้สูงอายุตัวอย่างได้รับการเยี่ยมบ้าน (คน)", "ครัวเรือนตัวอย่างคัดแยกขยะ (ครัวเรือน)"],
                  ["เชียงคาน", "450/500 (90.00)", "300/400 (75.00)"],
                  ["ภูเรือ", "180/200 (90.00)", "309/400 (77.25)"]])
    d.add_paragraph("สรุป มีอำเภอผ่านเกณฑ์ 1 อำเภอ จาก 2 อำเภอ คิดเป็น 50% ยังไม่ถึงค่าเป้าหมายของจังหวัด (≥ 80%)")
    d.add_paragraph("4. นวัตกรรม/ตัวอย่างที่ดี")
    d.add_paragraph("\"ตัวอย่างโมเดล\" อำเภอภูเรือใช้กลไก พชอ. ส่งผลให้การคัดแยกขยะต้นทางได้ 77.25% สูงที่สุดของจังหวัด")
    path = tmp_path_factory.mktemp("r52") / "province.docx"
    d.save(str(path))
    return extract(parse(path))


def test_a_plans_baseline_is_a_percentage_when_its_coming_target_is_one(tmp_path: Path) -> None:
    rows = [["ประเด็นการพัฒนาคุณภาพชีวิต", "ตัวชี้วัด", "ค่าฐาน ปี 2567", "ค่าเป้าหมาย ปี 2568"],
            ["การป้องกันยาเสพติดตัวอย่าง", "ร้อยละของผู้ผ่านการบำบัดตัวอย่างที่กลับไปเสพซ้ำ", "18.65", "ไม่เกินร้อยละ 15"],
            ["การดูแลผู้สูงอายุตัวอย่าง", "ร้อยละของผู้สูงอายุตัวอย่างได้รับการคัดกรอง", "78.10", "ร้อยละ 85–90"]]
    path = write_docx(tmp_path / "plan.docx", ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอ อำเภอเชียงคาน จังหวัดเลย",
                                               "ประจำปีงบประมาณ พ.ศ. 2568"], rows)
    got = {(v, t, y) for _, _, v, t, y in _outcomes(extract(parse(path)))}
    assert {(18.65, None, 2567), (78.1, None, 2567)} <= got
    assert {(None, 15.0, 2568), (None, 85.0, 2568)} <= got


def test_a_caption_naming_its_own_measure_takes_no_kpi(tmp_path: Path) -> None:
    rows = [["อำเภอ", "เป้าหมาย (คน)", "ไตรมาส 1", "ไตรมาส 2", "รวมเยี่ยมแล้ว (คน)", "ร้อยละ"],
            ["เชียงคาน", "200", "80", "90", "170", "85.00"],
            ["ภูเรือ", "100", "40", "42", "82", "82.00"]]
    path = write_docx(tmp_path / "visits.docx",
                      [*HEAD, "1. ผลการดำเนินงาน", "ผลการเยี่ยมบ้านกลุ่มตัวอย่างรายไตรมาส แสดงดังตารางที่ 3",
                       "ตารางที่ 3 กลุ่มตัวอย่างได้รับการเยี่ยมบ้านโดยทีม อสม. รายไตรมาส"], rows)
    got = _outcomes(extract(parse(path)))
    assert ("4203", "กลุ่มตัวอย่างได้รับการเยี่ยมบ้านโดยทีม อสม.", 85.0, None, 2567) in got
    assert ("4207", "กลุ่มตัวอย่างได้รับการเยี่ยมบ้านโดยทีม อสม.", 82.0, None, 2567) in got


def test_a_breakdown_by_quarter_or_month_ends_a_caption() -> None:
    assert title_subject("ตารางที่ 3 กลุ่มเปราะบางได้รับการเยี่ยมบ้าน รายไตรมาส") == "กลุ่มเปราะบางได้รับการเยี่ยมบ้าน"
    assert title_subject("ตารางที่ 2 ครัวเรือนคัดแยกขยะ รายเดือน") == "ครัวเรือนคัดแยกขยะ"


def test_district_results_by_measure_column_take_their_kpi_tables_name_and_target(
        province_report: Extraction) -> None:
    got = _outcomes(province_report)
    assert ("4203", "ร้อยละของผู้สูงอายุตัวอย่างที่ได้รับการเยี่ยมบ้าน", 90.0, 90.0, 2567) in got
    assert ("4207", "ร้อยละของครัวเรือนตัวอย่างที่มีการคัดแยกขยะ", 77.25, 70.0, 2567) in got
    # another district's result of the same measure is named so, with no target of its own
    assert ("4203", "ร้อยละของครัวเรือนตัวอย่างที่มีการคัดแยกขยะ", 75.0, None, 2567) in got
    assert not [o for o in province_report.outcomes if o.value_pct is None and o.target_pct in (90.0, 70.0)]


def test_a_paragraph_restating_a_tables_figure_adds_none(province_report: Extraction) -> None:
    assert [o.district for o in province_report.outcomes if o.value_pct == 77.25] == ["4207"]


def test_a_province_level_column_is_the_provinces_own_outcome(tmp_path: Path) -> None:
    rows = [["อำเภอ", "ผู้ป่วยตัวอย่างควบคุมได้ดี (เกณฑ์ ≥ 40%)", "", "", "ผู้สูงอายุตัวอย่างมีพฤติกรรมที่พึงประสงค์ (เกณฑ์ ≥ 50%)", "", ""],
            ["", "อำเภอ", "ระดับจังหวัด", "ระดับประเทศ", "อำเภอ", "ระดับจังหวัด", "ระดับประเทศ"],
            ["เชียงคาน", "41.25", "38.64", "36.10", "52.40", "54.12", "56.73"],
            ["ภูเรือ", "35.50", "", "", "61.35", "", ""]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6), (2, 2, 3, 2), (2, 3, 3, 3), (2, 5, 3, 5), (2, 6, 3, 6)]
    path = write_docx(tmp_path / "levels.docx", [*HEAD, "ตารางที่ 4 ผลงานรายอำเภอเปรียบเทียบระดับจังหวัดและระดับประเทศ"],
                      rows, merges=merges)
    got = _outcomes(extract(parse(path)))
    assert (None, "ผู้ป่วยตัวอย่างควบคุมได้ดี ระดับจังหวัด", 38.64, 40.0, 2567) in got
    assert (None, "ผู้สูงอายุตัวอย่างมีพฤติกรรมที่พึงประสงค์ ระดับจังหวัด", 54.12, 50.0, 2567) in got
    assert not {v for _, _, v, _, _ in got} & {36.1, 56.73}  # the country's figures are comparisons
    assert ("4207", "ผู้ป่วยตัวอย่างควบคุมได้ดี อำเภอภูเรือ", 35.5, 40.0, 2567) in got


def test_a_population_group_with_its_age_is_background() -> None:
    text = "ประชากรตามทะเบียนราษฎร์ 180,000 คน ผู้สูงอายุ 60 ปีขึ้นไป 36,000 คน ("
    assert rule_re("figure", "share_before").search(text)
    assert rule_re("figure", "share_before").search("ประชากร 21,684 คน ผู้สูงอายุ 3,046 คน (")


def test_a_tally_of_issues_is_no_issue(tmp_path: Path) -> None:
    rows = [["อันดับ", "อำเภอ", "คะแนนเฉลี่ย", "ประเด็นที่ผลลัพธ์ถึงเป้าหมาย", "ผลการประเมิน"],
            ["1", "เชียงคาน", "4.10", "2 จาก 2", "ผ่าน"],
            ["2", "ภูเรือ", "2.80", "0 จาก 3", "ไม่ผ่าน"]]
    path = write_docx(tmp_path / "rank.docx", [*HEAD, "ตารางที่ 5 ผลการประเมินตนเอง"], rows)
    assert not [i.text for i in extract(parse(path)).issues if "จาก" in i.text]


def test_set_52_inspection_report() -> None:
    ex = extract(parse(NAKHON_NAYOK))
    got = _outcomes(ex)
    assert (None, "ผู้สูงอายุมีพฤติกรรมสุขภาพที่พึงประสงค์ ระดับจังหวัด", 54.12, 50.0, 2566) in got
    assert ("2601", "ร้อยละของผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan", 95.92, 90.0, 2566) in got
    assert ("2601", "กลุ่มเปราะบางได้รับการเยี่ยมบ้านโดยทีม พชต./อสม.", 84.56, None, 2566) in got
    assert not {v for _, _, v, _, _ in got} & {20.71, 56.73, 33.1}
    assert not [i.text for i in ex.issues if "จาก" in i.text]


def test_set_52_damaged_plan_baselines() -> None:
    got = _outcomes(extract(parse(PATTANI)))
    assert ("9410", "ร้อยละของผู้ผ่านการบำบัดที่กลับไปเสพซ้ำ", 18.65, None, 2567) in {
        (d, i.split(" ", 1)[1] if i[:1].isdigit() else i, v, t, y) for d, i, v, t, y in got}
    assert {(v, y) for _, _, v, t, y in got if t is None} >= {(72.4, 2567), (88.4, 2567)}
