"""UCCARE self-assessment scores read from tables in their three layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, Evidence
from pcc_ingest.extract.uccare import Where, component_of, extract_uccare, inline_scores
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse

FACTS = DocumentFacts(province_code="40", fiscal_year_be=2565)


def write_table_docx(path: Path, rows: list[list[str]], merges=()) -> Path:
    """A real .docx holding a UCCARE score table under its caption."""
    return write_docx(path, ["ตาราง การประเมินตนเองตามองค์ประกอบ UCCARE รายอำเภอ"], rows, merges)


def summary(scores):
    return [(s.district, s.issue, s.component, s.score) for s in scores]


def test_components_by_letter_and_name_and_the_two_cs_in_order():
    assert component_of("U") == "unity"
    assert component_of("C", 0) == "customer" and component_of("C", 1) == "community"
    assert component_of("การมีส่วนร่วมของชุมชนและภาคี (Community participation)") == "community"
    assert component_of("Essential care") == "essential"
    assert component_of("สรุปผลการประเมิน") is None


def test_scores_written_in_one_cell():
    text = "U=3 C=4 C=2 A=3 R=3 E=5"
    cell = Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text), table=0, row=1, col=2)
    scores = inline_scores(cell, Where("4001", "ขยะ"))
    assert [(s.component, s.score) for s in scores] == [
        ("unity", 3), ("customer", 4), ("community", 2), ("appreciation", 3), ("resource", 3), ("essential", 5),
    ]
    assert scores[1].evidence.text == "C=4"


def test_component_columns_under_a_spanning_score_label_with_merged_district_cells(tmp_path):
    rows = [
        ["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "คะแนน ตามองค์ประกอบ UCCARE", "", "", "", "", "", "สรุปผล"],
        ["", "", "U", "C", "C", "A", "R", "E", ""],
        ["1.เมือง", "คนเมืองไม่ทอดทิ้งกัน", "3", "3", "2", "3", "3", "2", "ผ่าน"],
        ["", "การจัดการขยะ", "4", "3", "3", "3", "2", "3", "ผ่าน"],
        ["2.บ้านไผ่", "ความมั่นคงทางอาหาร", "2", "2", "3", "3", "2", "9", "ไม่ผ่าน"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 7), (0, 8, 1, 8), (2, 0, 3, 0)]
    doc = parse(write_table_docx(tmp_path / "u.docx", rows, merges))
    scores = extract_uccare(doc, FACTS, [])
    assert summary(scores)[:6] == [
        ("4001", "คนเมืองไม่ทอดทิ้งกัน", "unity", 3), ("4001", "คนเมืองไม่ทอดทิ้งกัน", "customer", 3),
        ("4001", "คนเมืองไม่ทอดทิ้งกัน", "community", 2), ("4001", "คนเมืองไม่ทอดทิ้งกัน", "appreciation", 3),
        ("4001", "คนเมืองไม่ทอดทิ้งกัน", "resource", 3), ("4001", "คนเมืองไม่ทอดทิ้งกัน", "essential", 2),
    ]
    assert {s.district for s in scores[6:12]} == {"4001"}
    assert [s.component for s in scores if s.district == "4010"] == [
        "unity", "customer", "community", "appreciation", "resource",  # 9 is no UCCARE level
    ]


def test_one_row_per_component_and_a_column_per_district(tmp_path):
    rows = [
        ["องค์ประกอบ", "อำเภอเมือง", "อำเภอบ้านไผ่"],
        ["U การทำงานเป็นทีม", "3", "4"],
        ["C การให้ความสำคัญกับกลุ่มเป้าหมาย", "2", "3"],
        ["C การมีส่วนร่วมของชุมชน", "4", "4"],
        ["A การชื่นชมและให้คุณค่า", "3", "2"],
    ]
    doc = parse(write_table_docx(tmp_path / "rows.docx", rows))
    district = DistrictRecord(code="4001", name="", evidence=Evidence(block=0, start=0, end=0, text=""))
    scores = extract_uccare(doc, FACTS, [district])
    assert summary(scores)[:4] == [
        ("4001", None, "unity", 3), ("4010", None, "unity", 4),
        ("4001", None, "customer", 2), ("4010", None, "customer", 3),
    ]
    assert len(scores) == 8


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_khon_kaen_scores_nested_in_each_districts_cell(parsed, ext):
    from pcc_ingest.extract.districts import extract_districts
    from pcc_ingest.extract.document_facts import extract_facts

    doc = parsed(f"khon-kaen-province-2565-inspection.{ext}")
    facts = extract_facts(doc)
    scores = extract_uccare(doc, facts, extract_districts(doc, facts))
    assert len(scores) == 36
    by_district = {}
    for s in scores:
        by_district.setdefault(s.district, []).append((s.component, s.score))
    assert list(by_district) == ["4001", "4023", "4005", "4010", "4007", "4016"]
    assert by_district["4005"] == [
        ("unity", 3), ("customer", 3), ("community", 3), ("appreciation", 3), ("resource", 2), ("essential", 3),
    ]
    assert scores[0].evidence.table is not None and scores[0].evidence.text == "4"
