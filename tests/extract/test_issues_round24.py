"""Round 24 issue and document-fact rules, on strings and small block lists, then on set-24 corpus files against their gold.

A sentence naming the province's common issue ("กำหนดประเด็นร่วมระดับจังหวัด คือ …") gives it to no district, however many districts the sentence names before it.
A spaced "และให้แต่ละอำเภอ…" after the last item is an order to the districts, not part of the issue.
A table nested in a district's row of an outer table holds that district's issues.
A PDF that flattens such a nested table leaves its "ประเด็น" header in the district's row: the column below it holds the district's issues, the header itself is none.
A results-by-issue heading closed by a bracketed period is still a heading, however long the bracket.
Typed "-" result lines under a results section's numbered issue do not close the list.
UCCARE levels closing an item ("… U = 3, C = 3, …") are not the issue's words.
Minutes themselves take the fiscal year as their period, not a range bracketed in an agenda item; a memo summarising a meeting still does.
"""

from __future__ import annotations

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.issues import prose_lists, results_by_issue
from pcc_ingest.extract.issues.items import item_text, make_item
from pcc_ingest.extract.issues.sections import section_items
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document
from tests.extract.blocks import text_block


def _doc(blocks: list[Block]) -> Document:
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


def _cell(table: int, row: int, col: int, text: str, parent: int | None = None) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text),
                 table=table, row=row, col=col, parent_table=parent)


# --- rules on strings and blocks -------------------------------------------------------


def test_the_provinces_common_issue_named_after_its_districts_belongs_to_no_district():
    text = ("สำนักงานสาธารณสุขจังหวัดคัดเลือกอำเภอเป้าหมาย ได้แก่ อำเภอแม่ริม อำเภอสันทราย ครอบคลุม 20 ตำบล "
            "โดยกำหนดประเด็นร่วมระดับจังหวัด คือ การป้องกันและแก้ไขปัญหาหมอกควัน (PM2.5) "
            "และให้แต่ละอำเภอเลือกประเด็นตามบริบทของพื้นที่อย่างน้อย 2 ประเด็น")
    found = prose_lists(text, "50")
    assert [(d, [text[s:e] for s, e in spans]) for d, spans in found] == [
        (None, ["การป้องกันและแก้ไขปัญหาหมอกควัน (PM2.5)"]),
    ]


def test_a_table_nested_in_a_districts_row_holds_that_districts_issues():
    blocks = [
        _cell(0, 0, 0, "อำเภอ"), _cell(0, 0, 1, "ประเด็นที่เลือก"),
        _cell(0, 1, 0, "แม่ริม"), _cell(0, 1, 1, ""),
        _cell(1, 0, 0, "ประเด็น", 0), _cell(1, 0, 1, "U", 0),
        _cell(1, 1, 0, "1. การจัดการขยะในชุมชน", 0), _cell(1, 1, 1, "4", 0),
        _cell(0, 2, 0, "สันทราย"), _cell(0, 2, 1, ""),
        _cell(2, 0, 0, "ประเด็น", 0), _cell(2, 0, 1, "U", 0),
        _cell(2, 1, 0, "1. การดูแลผู้สูงอายุ", 0), _cell(2, 1, 1, "3", 0),
    ]
    found = table_items(_doc(blocks), "50", None)
    assert [(i.district, item_text(i)) for i in found] == [
        ("5007", "การจัดการขยะในชุมชน"), ("5014", "การดูแลผู้สูงอายุ"),
    ]


def test_a_nested_issue_table_a_pdf_flattened_gives_its_column_to_the_districts_rows():
    blocks = [
        _cell(0, 0, 0, "อำเภอ"), _cell(0, 0, 1, "ประเด็นที่เลือก"), _cell(0, 0, 4, "สรุปผล"),
        _cell(0, 1, 0, "แม่ริม"), _cell(0, 1, 1, ""), _cell(0, 1, 2, "ประเด็น"), _cell(0, 1, 3, "U"),
        _cell(0, 2, 2, "1. การจัดการขยะในชุมชน"), _cell(0, 2, 3, "4"),
        _cell(0, 3, 0, "สันทราย"), _cell(0, 3, 1, ""), _cell(0, 3, 2, "ประเด็น"), _cell(0, 3, 3, "U"),
        _cell(0, 4, 2, "1. การดูแลผู้สูงอายุ"), _cell(0, 4, 3, "3"),
    ]
    found = table_items(_doc(blocks), "50", None)
    assert [(i.district, item_text(i)) for i in found] == [
        ("5007", "การจัดการขยะในชุมชน"), ("5014", "การดูแลผู้สูงอายุ"),
    ]


def test_a_results_by_issue_heading_closed_by_a_bracketed_period_is_a_heading():
    assert results_by_issue(
        "3.1 ผลการดำเนินงานตามประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2566 (1 ตุลาคม 2565 – 31 พฤษภาคม 2566)"
    )


def test_typed_result_lines_under_a_numbered_issue_do_not_close_the_results_list():
    def listed(label: str, text: str) -> Block:
        return Block(kind="list_item", raw_text=text, text=text, order=0, start=0, end=len(text), list_label=label)

    blocks = [
        text_block("3.1 ผลการดำเนินงานตามประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2566"),
        text_block("เลขานุการรายงานว่า พชอ. ขับเคลื่อน 2 ประเด็น ผลการดำเนินงานดังนี้"),
        listed("๑)", "1) การป้องกันและลดอุบัติเหตุทางถนน"),
        text_block("- ตั้งด่านชุมชน 12 จุด ช่วงเทศกาลปีใหม่"),
        text_block("- อบรมวินัยจราจรให้นักเรียน จำนวน 450 คน"),
        listed("๒)", "2) การจัดการขยะและสิ่งแวดล้อม"),
        text_block("- ครัวเรือนคัดแยกขยะร้อยละ 62.35"),
    ]
    found = section_items(_doc(blocks), None, "7706")
    assert [item_text(i) for i in found] == ["การป้องกันและลดอุบัติเหตุทางถนน", "การจัดการขยะและสิ่งแวดล้อม"]


def test_uccare_levels_closing_an_item_are_not_the_issues_words():
    block = text_block("1) ประเด็นอุบัติเหตุทางถนน U = 3, C = 3, C = 3, A = 2, R = 3, E = 2")
    found = make_item(block, 0, len(block.text), None, None)
    assert found is not None and item_text(found) == "อุบัติเหตุทางถนน"


def _facts(first_line: str):
    blocks = [
        text_block(first_line),
        text_block("ระเบียบวาระที่ 3 เรื่องเพื่อทราบ"),
        text_block("3.1 ผลการดำเนินงาน ปีงบประมาณ 2566 (1 ตุลาคม 2565 – 31 พฤษภาคม 2566)"),
    ]
    return extract_facts(_doc(blocks))


def test_minutes_take_the_fiscal_year_not_an_agenda_items_bracketed_range():
    facts = _facts("รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ ครั้งที่ 2/2566")
    assert (facts.period_start, facts.period_end) == ("2022-10-01", "2023-09-30")


def test_a_memo_summarising_a_meeting_still_takes_its_bracketed_range():
    facts = _facts("บันทึกข้อความ เรื่อง รายงานผลการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ ครั้งที่ 3/2566")
    assert (facts.period_start, facts.period_end) == ("2022-10-01", "2023-05-31")


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # issues in tables nested in each district's row, and the province's common issue in the text
    "maha-sarakham-province-2567-summary.docx",
    "maha-sarakham-province-2567-summary.pdf",
    # a Word-numbered "๑)" list under a results heading, each item followed by "-" result lines
    "prachuap-khiri-khan-pran-buri-2566-minutes.docx",
    "prachuap-khiri-khan-pran-buri-2566-minutes.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((g["district"], g["text"]) for g in gold(name, "issues"))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_minutes_period_is_their_fiscal_year(parsed, fmt):
    facts = extract_facts(parsed(f"prachuap-khiri-khan-pran-buri-2566-minutes.{fmt}"))
    assert (facts.period_start, facts.period_end) == ("2022-10-01", "2023-09-30")
