"""Results tables, round 18: what names a table's measure (the count columns
under a title that names only the work, a spanning label that a count
column only repeats), a target an introducing sentence names its indicator
before, a change that is itself the result, a spending rate by district
beside a source column, and a label naming issues and indicators.  Pure
rules on strings first, then real .docx files built here, then corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.measure_words import names_change, repeats_words
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role
from pcc_ingest.parsers import parse


@pytest.mark.parametrize(("short", "full", "expected"), [
    ("คัดกรอง", "เด็ก 0-5 ปี ได้รับการคัดกรองพัฒนาการ (เกณฑ์ ร้อยละ 90)", True),
    ("ได้รับการดูแล", "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตามแผนการดูแลรายบุคคล", True),
    ("กลุ่มเปราะบาง ได้รับการดูแลตามแผน", "ผลการดูแลกลุ่มเปราะบาง", False),
    ("ผู้สูงอายุ ได้รับการคัดกรอง", "คัดกรอง ADL", False),
])
def test_a_count_label_repeating_a_longer_labels_words_adds_nothing_to_it(short, full, expected):
    assert repeats_words(short, full) is expected


@pytest.mark.parametrize(("indicator", "change", "expected"), [
    ("จำนวนจุดความร้อน (Hotspot) สะสม ลดลงจากปีที่ผ่านมา", "ลดลง", True),
    ("จำนวนผู้บาดเจ็บช่วงเทศกาลสงกรานต์ ลด ลง จากปีก่อน", "ลดลง", True),
    ("ร้อยละของครัวเรือนคัดแยกขยะ", "เพิ่มขึ้น", False),
    ("", "ลดลง", False),
])
def test_a_change_is_the_result_only_where_the_indicator_measures_that_change(indicator, change, expected):
    assert names_change(indicator, change) is expected


@pytest.mark.parametrize(("label", "role"), [
    ("ประเด็น / ตัวชี้วัด", "indicator"),
    ("ปัญหา/ตัวชี้วัด", "indicator"),
    ("ประเด็น", "issue"),
    ("ประเด็นปัญหา", "issue"),
    ("ตัวชี้วัด", "indicator"),
])
def test_a_label_naming_issues_and_indicators_names_the_indicator_column(label, role):
    assert label_role(label) == role


@pytest.mark.parametrize(("text", "target"), [
    ("พชอ. ได้มอบหมายหน่วยงาน โดยกำหนดเป้าหมายผู้ใช้ผู้เสพได้รับการบำบัดรักษา ร้อยละ 80 ผลการดำเนินงานดังตาราง", 80.0),
    ("เป้าหมาย หมู่บ้านมีการคัดแยกขยะต้นทาง ร้อยละ 80", 80.0),
    ("ค่าเป้าหมาย ร้อยละ 70", 70.0),
    ("หมู่บ้านผ่านเกณฑ์การประเมินหมู่บ้านสีขาวทั้งหมด คิดเป็นร้อยละ 90", None),
    ("ผ่านเกณฑ์การประเมินหมู่บ้านชุมชนยั่งยืนทุกหมู่บ้าน ได้ร้อยละ 95", None),
])
def test_a_target_word_may_name_its_indicator_before_the_figure_but_not_a_result(text, target):
    m = stated_target(text)
    assert (float(m["t"]) if m else None) == target


# --- real .docx files --------------------------------------------------------------------------

TAMBON_ROWS = [
    ["ตำบล", "ผู้ป่วยติดเตียง (คน)", "ได้รับการเยี่ยมบ้าน (คน)", "ร้อยละ"],
    ["ท่าข้าม", "40", "38", "95.00"],
    ["หนองแวง", "25", "20", "80.00"],
    ["รวม", "65", "58", "89.23"],
]


def test_a_breakdown_titled_by_its_work_is_named_by_its_count_columns(tmp_path):
    paragraphs = ["รายงานผลการดำเนินงาน พชอ.อำเภอเมืองยโสธร จังหวัดยโสธร ปีงบประมาณ 2567",
                  "ผลการดูแลผู้ป่วยติดเตียง จำแนกรายตำบล (เกณฑ์ ร้อยละ 90)"]
    doc = parse(write_docx(tmp_path / "tambon.docx", paragraphs, TAMBON_ROWS))
    tabled = [o for o in extract(doc).outcomes if o.evidence.table is not None]
    assert {o.value_pct for o in tabled} == {95.0, 80.0, 89.23}
    assert all("ได้รับการเยี่ยมบ้าน" in o.indicator for o in tabled)
    assert all(o.target_pct == 90.0 for o in tabled)


SPENDING_ROWS = [
    ["อำเภอ", "งบประมาณตามแผน (บาท)", "แหล่งงบประมาณ", "เบิกจ่ายแล้ว (บาท)", "ร้อยละ"],
    ["เมืองยโสธร", "80,000", "กองทุนหลักประกันสุขภาพ ทม.ยโสธร", "20,000", "25.00"],
    ["คำเขื่อนแก้ว", "50,000", "เงินบำรุง รพ.คำเขื่อนแก้ว", "30,000", "60.00"],
    ["รวม", "130,000", "", "50,000", "38.46"],
]


def test_a_spending_rate_by_district_beside_a_source_column_is_an_outcome(tmp_path):
    paragraphs = ["รายงานผลการตรวจราชการ จังหวัดยโสธร ปีงบประมาณ 2568",
                  "3. งบประมาณตามแผนปฏิบัติการของอำเภอ"]
    doc = parse(write_docx(tmp_path / "spending.docx", paragraphs, SPENDING_ROWS))
    tabled = [o for o in extract(doc).outcomes if o.evidence.table is not None]
    assert {o.value_pct for o in tabled} == {25.0, 60.0, 38.46}
    assert all("เบิกจ่าย" in o.indicator and o.target_pct is None for o in tabled)


# --- corpus files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["chiang-rai-mae-suai-2568-action-plan.docx",
                                  "chiang-rai-mae-suai-2568-action-plan.pdf"])
def test_a_situation_table_under_an_issue_and_indicator_label_gives_each_years_baseline(parsed, name):
    tabled = [o for o in extract(parsed(name)).outcomes if o.evidence.table is not None]
    helmet = {(o.value_pct, o.target_pct, o.year_be) for o in tabled if "หมวกนิรภัย" in o.indicator}
    assert {h for h in helmet if h[0] is not None} == {(52.3, None, 2565), (58.75, None, 2566), (63.1, None, 2567)}
    assert not [o for o in tabled if o.value_pct is not None and o.value_pct > 100]  # hotspot counts


def test_a_breakdown_by_tambon_is_named_by_its_counts_not_its_work_title(parsed):
    tabled = [o for o in extract(parsed("buri-ram-prakhon-chai-2565-summary.pdf")).outcomes
              if o.evidence.table is not None and "ประโคนชัย" in o.indicator]
    assert [(o.value_pct, o.target_pct) for o in tabled] == [(94.87, 90.0)]
    assert "ได้รับการดูแลตามแผน" in tabled[0].indicator


def test_a_target_an_introducing_sentence_states_holds_for_every_row_and_spanning_labels_name_measures(parsed):
    outcomes = extract(parsed("ubon-ratchathani-det-udom-2567-progress.pdf")).outcomes
    treated = [o for o in outcomes if o.evidence.table is not None and o.evidence.row is not None
               and o.value_pct in (80.83, 100.0, 73.75, 81.94) and "บำบัด" in o.indicator]
    assert {(o.value_pct, o.target_pct) for o in treated} == {(80.83, 80.0), (100.0, 80.0), (73.75, 80.0), (81.94, 80.0)}
    assert not [o for o in treated if o.indicator.startswith("กำหนดเป้าหมาย")]
    screened = [o for o in outcomes if o.value_pct == 87.43]
    assert len(screened) == 1 and screened[0].indicator.startswith("เด็ก 0-5 ปี ได้รับการคัดกรองพัฒนาการ")


@pytest.mark.parametrize("name", ["nan-pua-2566-project.docx", "nan-pua-2566-project.pdf"])
def test_a_reduction_in_percent_is_the_result_of_an_indicator_that_measures_it(parsed, name):
    tabled = [o for o in extract(parsed(name)).outcomes if o.evidence.table is not None]
    assert {(o.value_pct, o.target_pct) for o in tabled if "ลดลง" in o.indicator} == {(31.55, 20.0), (33.33, 10.0)}


@pytest.mark.parametrize("name", ["phetchaburi-province-2568-inspection.docx",
                                  "phetchaburi-province-2568-inspection.pdf"])
def test_a_district_budget_tables_percent_column_gives_spending_rates(parsed, name):
    rates = [o for o in extract(parsed(name)).outcomes if o.evidence.table is not None and "เบิกจ่าย" in o.indicator]
    assert {(o.district, o.value_pct) for o in rates} == {("7604", 27.53), ("7602", 30.48), ("7608", 45.0), (None, 34.01)}
