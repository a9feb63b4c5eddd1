"""Round 35 issue and district rules, on small blocks and strings, then on a set-35 corpus file against its gold.

A district table whose subdistrict column only counts (several counts in a cell, "15 ตำบล อสม. 2,146 คน") is still read for its issues.
A column holding subdistrict names still keys the rows, so such a table is not read as the districts' issues.
An issues × indicators table's topics give no issue to a district whose issues a list before it gives.
An issues × indicators table's topics are still the issues of a district no list before it covers.
An issues × indicators table that comes first (a plan's situation table) still gives the district's issues.
A district named only in the clause listing the districts that failed the province's assessment is not reported on.
A district named in that clause and elsewhere is still reported on.
"""

from __future__ import annotations

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.districts.mentions import in_failing_list
from pcc_ingest.extract.issues import extract_issues
from pcc_ingest.extract.issues.items import item_text
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

PROVINCE = "57"
FACTS = DocumentFacts(doc_type="inspection_report", province_code=PROVINCE)


def _para(text: str) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=0, start=0, end=len(text))


def _cell(table: int, row: int, col: int, text: str) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text),
                 table=table, row=row, col=col)


def _doc(blocks: list[Block]) -> Document:
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


def _district_table(third_header: str, third_cells: tuple[str, str]) -> list[Block]:
    return [
        _cell(0, 0, 0, "อำเภอ / วันที่ตรวจเยี่ยม"), _cell(0, 0, 1, "ประเด็นการพัฒนาคุณภาพชีวิต ปี 2568"),
        _cell(0, 0, 2, third_header),
        _cell(0, 1, 0, "ป่าแดด 15/07/2568"),
        _cell(0, 1, 1, "1) การป้องกันและลดอุบัติเหตุทางถนน 2) การจัดการขยะมูลฝอยต้นทาง"),
        _cell(0, 1, 2, third_cells[0]),
        _cell(0, 2, 0, "เวียงชัย 16/07/2568"),
        _cell(0, 2, 1, "1) การควบคุมโรคเบาหวานและความดันโลหิตสูง 2) การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"),
        _cell(0, 2, 2, third_cells[1]),
    ]


def _indicator_table(table: int, district: str) -> list[Block]:
    return [
        _cell(table, 0, 0, "ประเด็น"), _cell(table, 0, 1, "ตัวชี้วัด"), _cell(table, 0, 2, "ค่าเป้าหมาย"),
        _cell(table, 0, 3, "อำเภอที่ขับเคลื่อน"),
        _cell(table, 1, 0, "ขยะและสิ่งแวดล้อม"), _cell(table, 1, 1, "ร้อยละครัวเรือนคัดแยกขยะต้นทาง"),
        _cell(table, 1, 2, "≥ ร้อยละ 75"), _cell(table, 1, 3, district),
    ]


def _districts(*codes: str) -> list[DistrictRecord]:
    evidence = extract_districts(_doc([_para("อำเภอป่าแดด")]), FACTS)[0].evidence
    return [DistrictRecord(code=c, name=c, evidence=evidence) for c in codes]


# --- rules on blocks and strings ------------------------------------------------------------


def test_a_subdistrict_column_of_several_counts_per_cell_keys_no_row():
    doc = _doc(_district_table("ตำบล / อสม.", ("15 ตำบล อสม. 2,146 คน", "8 ตำบล อสม. 1,204 คน")))
    found = [(i.district, item_text(i)) for i in table_items(doc, PROVINCE, None)]
    assert found == [
        ("5706", "การป้องกันและลดอุบัติเหตุทางถนน"), ("5706", "การจัดการขยะมูลฝอยต้นทาง"),
        ("5702", "การควบคุมโรคเบาหวานและความดันโลหิตสูง"), ("5702", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"),
    ]


def test_a_subdistrict_column_of_names_still_keys_the_rows():
    doc = _doc(_district_table("ตำบล", ("ตำบลโหล่งขอด", "ตำบลเมืองชุม")))
    assert list(table_items(doc, PROVINCE, None)) == []


def test_indicator_table_topics_give_no_issue_to_a_district_listed_elsewhere():
    doc = _doc([*_district_table("ตำบล / อสม.", ("15 ตำบล", "8 ตำบล")), *_indicator_table(1, "ป่าแดด")])
    issues = extract_issues(doc, FACTS, _districts("5706", "5702"))
    assert "ขยะและสิ่งแวดล้อม" not in [i.text for i in issues]
    assert len(issues) == 4


def test_indicator_table_topics_are_the_issues_of_a_district_no_list_covers():
    doc = _doc([*_district_table("ตำบล / อสม.", ("15 ตำบล", "8 ตำบล")), *_indicator_table(1, "แม่จัน")])
    issues = extract_issues(doc, FACTS, _districts("5706", "5702", "5707"))
    assert ("5707", "ขยะและสิ่งแวดล้อม") in [(i.district, i.text) for i in issues]


def test_an_indicator_table_before_the_districts_list_still_gives_their_issues():
    doc = _doc([*_indicator_table(0, "ป่าแดด"), *[
        b.model_copy(update={"table": 1}) for b in _district_table("ตำบล / อสม.", ("15 ตำบล", "8 ตำบล"))]])
    issues = extract_issues(doc, FACTS, _districts("5706", "5702"))
    assert ("5706", "ขยะและสิ่งแวดล้อม") in [(i.district, i.text) for i in issues]


def test_a_district_named_only_among_those_failing_the_assessment_is_not_reported_on():
    text = ("ผลการประเมินพบว่าอำเภอผ่านเกณฑ์ 16 อำเภอ อำเภอที่ยังไม่ผ่านเกณฑ์ คือ อำเภอแม่จัน "
            "ซึ่งได้รับผลกระทบจากอุทกภัย และอำเภอเวียงป่าเป้า")
    assert in_failing_list(text, text.index("อำเภอเวียงป่าเป้า"))
    doc = _doc([_para(text), _cell(0, 0, 0, "อำเภอ"), _cell(0, 1, 0, "ป่าแดด"), _cell(0, 2, 0, "เวียงชัย")])
    assert [d.code for d in extract_districts(doc, FACTS)] == ["5706", "5702"]


def test_a_failing_district_named_elsewhere_is_still_reported_on():
    text = "อำเภอที่ยังไม่ผ่านเกณฑ์ ได้แก่ อำเภอแม่จัน เนื่องจากองค์ประกอบ C อยู่ในระดับ 2"
    doc = _doc([_para(text), _cell(0, 0, 0, "อำเภอ"), _cell(0, 1, 0, "ป่าแดด"), _cell(0, 2, 0, "แม่จัน")])
    assert [d.code for d in extract_districts(doc, FACTS)] == ["5706", "5707"]


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # an inspection: "อำเภอ / วันที่ | ประเด็น… | กลุ่มเปราะบาง | ตำบล / อสม." with "1) … 2) … 3) …"
    # per district, an issues × indicators × targets summary table, and a failing-districts clause
    "chiang-rai-province-2568-inspection.docx",
    "chiang-rai-province-2568-inspection.pdf",
])
def test_issues_and_districts_match_their_gold(parsed, gold, name):
    result = extract(parsed(name))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(name, "issues"))
    assert [d.code for d in result.districts] == [g if isinstance(g, str) else g["code"] for g in gold(name, "districts")]
