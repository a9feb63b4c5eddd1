"""Round 14 issue rules: an issue cell merged down over several districts'
rows of a district table, and the first full statement (bracket and all)
giving an issue's text; small .docx files built here, then real corpus files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.issues import restates
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

GOLD = Path(__file__).resolve().parents[2] / "gold"
TITLE = "แผนปฏิบัติการขับเคลื่อน พชอ. จังหวัดเชียงใหม่ ปีงบประมาณ 2568"
HEADER = ["ที่", "อำเภอ", "ประเด็นร่วมของจังหวัด", "ประเด็นตามบริบทของอำเภอ"]


def _ordered(pairs) -> list[tuple[str | None, str]]:
    """(district, squashed text) pairs in a fixed order, province-wide (None) ones first."""
    return sorted(((d, "".join(t.split())) for d, t in pairs), key=lambda p: (p[0] or "", p[1]))


def _gold(name: str) -> list[tuple[str | None, str]]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return _ordered((i["district"], i["text"]) for i in data["issues"])


def _found(doc) -> list[tuple[str | None, str]]:
    return _ordered((i.district, i.text) for i in extract(doc).issues)


def test_a_cell_merged_over_every_district_row_holds_province_wide_issues(tmp_path):
    rows = [
        HEADER,
        ["1", "เมืองเชียงใหม่", "1) การป้องกันไฟป่าและหมอกควัน 2) การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง",
         "การจัดการขยะมูลฝอยชุมชน"],
        ["2", "จอมทอง", "", "การป้องกันและแก้ไขปัญหายาเสพติด"],
        ["3", "แม่แจ่ม", "", "อาหารปลอดภัยในตลาดสด"],
    ]
    doc = parse(write_docx(tmp_path / "common.docx", [TITLE], rows, merges=[(1, 2, 3, 2)]))
    assert _found(doc) == _ordered([
        (None, "การป้องกันไฟป่าและหมอกควัน"), (None, "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"),
        ("5001", "การจัดการขยะมูลฝอยชุมชน"), ("5002", "การป้องกันและแก้ไขปัญหายาเสพติด"),
        ("5003", "อาหารปลอดภัยในตลาดสด"),
    ])


def test_a_cell_merged_over_some_district_rows_is_each_of_those_districts_issue(tmp_path):
    rows = [
        HEADER,
        ["1", "เมืองเชียงใหม่", "การป้องกันไฟป่าและหมอกควัน", "การจัดการขยะมูลฝอยชุมชน"],
        ["2", "จอมทอง", "", "การป้องกันและแก้ไขปัญหายาเสพติด"],
        ["3", "แม่แจ่ม", "การป้องกันและลดอุบัติเหตุทางถนน", "อาหารปลอดภัยในตลาดสด"],
    ]
    doc = parse(write_docx(tmp_path / "some.docx", [TITLE], rows, merges=[(1, 2, 2, 2)]))
    assert _found(doc) == _ordered([
        ("5001", "การป้องกันไฟป่าและหมอกควัน"), ("5001", "การจัดการขยะมูลฝอยชุมชน"),
        ("5002", "การป้องกันไฟป่าและหมอกควัน"), ("5002", "การป้องกันและแก้ไขปัญหายาเสพติด"),
        ("5003", "การป้องกันและลดอุบัติเหตุทางถนน"), ("5003", "อาหารปลอดภัยในตลาดสด"),
    ])


def test_a_district_merged_over_its_own_rows_keeps_its_issues_to_itself(tmp_path):
    rows = [
        HEADER,
        ["1", "เมืองเชียงใหม่", "การป้องกันไฟป่าและหมอกควัน", "การจัดการขยะมูลฝอยชุมชน"],
        ["", "", "", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"],
        ["2", "จอมทอง", "การป้องกันและลดอุบัติเหตุทางถนน", "การป้องกันและแก้ไขปัญหายาเสพติด"],
    ]
    merges = [(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2)]
    doc = parse(write_docx(tmp_path / "own.docx", [TITLE], rows, merges=merges))
    assert ("5001", "การป้องกันไฟป่าและหมอกควัน") in _found(doc)
    assert all(d is not None for d, _ in _found(doc))


@pytest.mark.parametrize(("later", "rows"), [
    (["ประเด็นที่ 1 การดูแลกลุ่มเปราะบาง", "- เยี่ยมบ้านผู้ป่วยติดเตียง 58 ราย"], []),
    (["ผลการดำเนินงาน", "ประเด็นที่ 1 การดูแลกลุ่มเปราะบาง ร้อยละ 93.55"], []),
    (["ตารางที่ 1 ผลการดำเนินงาน"], [["ประเด็น", "ตัวชี้วัด", "ผลงาน"],
                                   ["การดูแลกลุ่มเปราะบาง", "ร้อยละของผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน", "93.55"]]),
])
def test_the_first_full_statement_keeps_its_bracket_when_a_later_name_drops_it(tmp_path, later, rows):
    paragraphs = [
        "รายงานผลการดำเนินงาน พชอ.จอมทอง จังหวัดเชียงใหม่ ปีงบประมาณ 2568",
        "ประเด็นการพัฒนาคุณภาพชีวิต ปี 2568 ได้แก่",
        "1) การดูแลกลุ่มเปราะบาง (ผู้ป่วยติดเตียง ผู้พิการ และผู้สูงอายุที่อยู่ลำพัง)",
        "2) การป้องกันและลดอุบัติเหตุทางถนน",
        *later,
    ]
    doc = parse(write_docx(tmp_path / "bracket.docx", paragraphs, rows))
    assert [i.text for i in extract(doc).issues] == [
        "การดูแลกลุ่มเปราะบาง (ผู้ป่วยติดเตียง ผู้พิการ และผู้สูงอายุที่อยู่ลำพัง)",
        "การป้องกันและลดอุบัติเหตุทางถนน",
    ]


def test_a_bare_name_restates_the_bracketed_one_either_way_round():
    noted = 'การดูแลกลุ่มเปราะบาง "ราชบุรีไม่ทอดทิ้งกัน" (ผู้สูงอายุที่มีภาวะพึ่งพิง ผู้พิการ และผู้ป่วยติดเตียง)'
    assert restates('การดูแลกลุ่มเปราะบาง "ราชบุรีไม่ทอดทิ้งกัน"', noted)
    assert restates(noted, "การดูแลกลุ่มเปราะบาง")
    assert not restates("การป้องกันและลดอุบัติเหตุทางถนน", noted)


@pytest.mark.parametrize("name", [
    # the common issues' cell merged down all ten districts' rows (the PDF splits it over two pages)
    "ratchaburi-province-2568-action-plan.docx", "ratchaburi-province-2568-action-plan.pdf",
    # "2) การดูแลกลุ่มเปราะบาง (ผู้ป่วยติดเตียง …)" then the heading "ประเด็นที่ 2 การดูแลกลุ่มเปราะบาง"
    "phatthalung-tamot-2566-progress.pdf",
    # a numbered paragraph with "(ลดภาวะเตี้ย)", then a bare results heading
    "songkhla-chana-2568-progress.docx", "songkhla-chana-2568-progress.pdf",
])
def test_issues_of_documents_with_merged_common_cells_or_bracketed_first_statements(parsed, name):
    assert _found(parsed(name)) == _gold(name)
