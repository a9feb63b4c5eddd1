"""Percentage results and targets: running text, results tables, baselines, one record per subject."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.outcomes import block_figures, extract_outcomes, is_target, percentages
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, Evidence
from pcc_ingest.parsers import parse


def write_docx(path: Path, paragraphs: list[str] = (), rows: list[list[str]] = (), merges=(),
               after: list[str] = ()) -> Path:
    """A real .docx: paragraphs, a table (cells of one line), more paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                if value:
                    table.cell(r, c).text = value
        for r0, c0, r1, c1 in merges:
            keep = table.cell(r0, c0).text
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            for extra in merged.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            merged.paragraphs[0].text = keep
    for text in after:
        document.add_paragraph(text)
    document.save(path)
    return path


def district(code: str) -> DistrictRecord:
    return DistrictRecord(code=code, name="", evidence=Evidence(block=0, start=0, end=0, text=""))


def summary(records):
    return [(o.district, o.value_pct, o.target_pct, o.year_be) for o in records]


def test_percentages_are_read_once_and_rates_are_left_out():
    text = "ครอบคลุมร้อยละ 87.92% อัตราตาย 20 % ต่อปี และ 79.2% ของกลุ่มเปราะบาง"
    assert [v for v, _, _ in percentages(text)] == [87.92, 79.2]


@pytest.mark.parametrize(
    ("before", "default", "target"),
    [
        ("เกณฑ์เป้าหมาย : อำเภอผ่านเกณฑ์ ", False, True),
        ("ไม่น้อยกว่า", False, True),
        ("ผลงานปี 2566 ", True, False),
        ("ดูแลกลุ่มเปราะบางครอบคลุม ", False, False),
        ("พชต. ผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ ", True, True),
    ],
)
def test_target_words_make_a_target_result_words_a_result(before, default, target):
    assert is_target(before, default=default) is target


def test_each_figure_of_a_sentence_keeps_its_own_clause():
    text = "พบว่า 1) ดูแลกลุ่มเปราะบางครอบคลุม 79.2% ติดตามเด็กครอบคลุมร้อยละ 93.32"
    figs = block_figures(text, False)
    assert [(f.value, f.target, text[c:f.start].strip()) for f, c in figs] == [
        (79.2, False, "ดูแลกลุ่มเปราะบางครอบคลุม"),
        (93.32, False, "ติดตามเด็กครอบคลุม"),
    ]


def test_results_table_by_district_with_kpi_target_and_baselines(tmp_path):
    paragraphs = [
        "รายงานผลการดำเนินงาน คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ จังหวัดภูเก็ต ปีงบประมาณ 2564",
        "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ",
        "พชอ.คุณภาพดูแลกลุ่มเปราะบางมีผลลัพธ์ดีขึ้น ร้อยละ 75",
        "ผลการดำเนินงาน",
    ]
    rows = [
        ["อำเภอ", "ผลการดำเนินงาน (ระหว่างวันที่ 1 ตุลาคม – 31 ธันวาคม 2563)", "", "", "Base line", ""],
        ["", "เป้าหมาย", "ผลงาน", "ร้อยละ", "2562", "2563"],
        ["เมือง", "1", "1", "100", "1", "1"],
        ["กะทู้", "1", "0", "0", "0", "1"],
        ["รวม", "2", "1", "50", "50", "100"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
    doc = parse(write_docx(tmp_path / "r.docx", paragraphs, rows, merges))
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, [district("8301"), district("8302")])
    assert summary(records) == [
        ("8301", 100, 75, 2564), ("8302", 0, 75, 2564), (None, 50, 75, 2564),
        (None, 50, None, 2562), (None, 100, None, 2563),
    ]
    assert (records[0].result, records[0].denominator) == (1, 1)
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"


def test_target_in_a_table_header_applies_to_every_row(tmp_path):
    rows = [
        ["ตัวชี้วัด", "เกณฑ์ ≥ 80%", "ผลงาน (ร้อยละ)"],
        ["ร้อยละของผู้สูงอายุได้รับการคัดกรอง", "", "85.5"],
        ["ร้อยละของครัวเรือนคัดแยกขยะ", "", "72"],
    ]
    doc = parse(write_docx(tmp_path / "k.docx", ["ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2566"], rows))
    facts = DocumentFacts(doc_type="progress_report", fiscal_year_be=2566)
    records = extract_outcomes(doc, facts, [district("5407")])
    assert [(o.indicator, *s) for o, s in zip(records, summary(records))] == [
        ("ร้อยละของผู้สูงอายุได้รับการคัดกรอง", "5407", 85.5, 80, 2566),
        ("ร้อยละของครัวเรือนคัดแยกขยะ", "5407", 72, 80, 2566),
    ]


def test_prose_results_take_their_stated_year_and_bare_targets_stay_bare(tmp_path):
    paragraphs = [
        "แบบรายงานการตรวจราชการ ประจำปีงบประมาณ พ.ศ.2565 จังหวัดขอนแก่น",
        "ตัวชี้วัดที่ 3 ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ",
        "เกณฑ์เป้าหมาย : อำเภอผ่านเกณฑ์ ร้อยละ 75",
        "วิเคราะห์สถานการณ์",
        "จากการดำเนินงานในปีงบประมาณ 2564 พบว่า 1) ดูแลกลุ่มเปราะบางครอบคลุม 79.2% อัตราตาย 18 ต่อแสนประชากร",
    ]
    doc = parse(write_docx(tmp_path / "i.docx", paragraphs))
    facts = DocumentFacts(doc_type="inspection_report", province_code="40", fiscal_year_be=2565)
    records = extract_outcomes(doc, facts, [])
    assert summary(records) == [(None, None, 75, 2565), (None, 79.2, None, 2564)]
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"
    assert records[1].indicator == "ดูแลกลุ่มเปราะบางครอบคลุม"


def test_a_result_and_its_target_side_by_side_are_one_record(tmp_path):
    paragraphs = ["ผลการดำเนินงาน", "ผู้ป่วยเบาหวานควบคุมน้ำตาลได้ ร้อยละ 42.5 (เป้าหมาย ร้อยละ 40)"]
    doc = parse(write_docx(tmp_path / "p.docx", paragraphs))
    facts = DocumentFacts(doc_type="progress_report", fiscal_year_be=2566)
    records = extract_outcomes(doc, facts, [district("5401")])
    assert summary(records) == [("5401", 42.5, 40, 2566)]


def test_in_a_plan_a_bare_percentage_is_a_target(tmp_path):
    paragraphs = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอ อำเภอเมืองสรวง ปีงบประมาณ 2567",
                  "ตำบลผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ ร้อยละ 100"]
    doc = parse(write_docx(tmp_path / "plan.docx", paragraphs))
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert facts.doc_type == "action_plan"
    assert summary(records) == [("4512", None, 100, 2567)]


def test_mueang_suang_plan_milestone_is_a_bare_target_of_its_district(parsed):
    doc = parsed("roi-et-mueang-suang-2567-action-plan.docx")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [("4512", None, 100, 2567)]
    assert "ผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ" in records[0].indicator


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_reports_without_percentages_have_no_outcomes(parsed, ext):
    doc = parsed(f"phrae-province-2563-project.{ext}")
    facts = extract_facts(doc)
    assert extract_outcomes(doc, facts, extract_districts(doc, facts)) == []


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phuket_results_table_gives_districts_total_and_baselines_with_the_kpi_target(parsed, ext):
    doc = parsed(f"phuket-province-2564-progress.{ext}")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [
        ("8301", 100, 75, 2564), ("8302", 100, 75, 2564), ("8303", 100, 75, 2564), (None, 100, 75, 2564),
        (None, 66.67, None, 2561), (None, 100, None, 2562), (None, 100, None, 2563),
    ]
    assert [(o.result, o.denominator) for o in records[:4]] == [(1, 1), (1, 1), (1, 1), (3, 3)]
    assert all(o.indicator.startswith("ร้อยละของอำเภอผ่านเกณฑ์การประเมิน") for o in records)
    assert records[0].evidence.text == "100" and records[0].evidence.table is not None


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_khon_kaen_target_and_last_years_results(parsed, ext):
    doc = parsed(f"khon-kaen-province-2565-inspection.{ext}")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [
        (None, None, 75, 2565), (None, 79.2, None, 2564), (None, 93.32, None, 2564),
        (None, 84.06, None, 2564), (None, 82.95, None, 2564), (None, 87.92, None, 2564),
    ]
    assert records[2].indicator == "ติดตามเด็ก 0-5 ปีที่มีพัฒนาการล่าช้า ครอบคลุม"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_chiang_rai_kpi_targets_stay_bare_province_wide(parsed, ext):
    doc = parsed(f"chiang-rai-province-2566-action-plan.{ext}")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [(None, None, 80, 2566), (None, None, 70, 2566)]
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"


def test_pak_chong_indicator_table_with_baselines_and_a_header_target(parsed):
    doc = parsed("nakhon-ratchasima-pak-chong-2565-progress.pdf")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    current = [o for o in records if o.year_be == 2565]
    assert [(o.value_pct, o.target_pct, o.result, o.denominator) for o in current] == [
        (90.05, 80, 371, 412), (71, 80, 852, 1200), (70.5, 80, 84938, 120480), (91.67, 80, 11, 12),
    ]
    assert current[0].indicator == "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan"
    baselines = [(o.value_pct, o.year_be) for o in records if o.year_be != 2565]
    assert baselines[:3] == [(78.5, 2562), (84.21, 2563), (88.67, 2564)]
    assert len(baselines) == 9  # the vaccine indicator has no baseline ("-")
    assert {o.district for o in records} == {"3021"}
