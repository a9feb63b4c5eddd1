"""Round 28 issue and period rules, on small strings and blocks, then on a set-28 corpus file against its gold.

An inline list's last item ends where a speaker's report begins ("… (3) C สาธารณสุขอำเภอXรายงาน ดังนี้"), with or without ขอ.
A short line naming an issue after ประเด็น that runs on into counted results gives the name before the figures only.
A short issue line with no figures keeps its whole name.
In minutes, a project's "ระยะเวลา" put to the meeting is not the document's period (the fiscal year is); elsewhere it still is.
"""

from __future__ import annotations

from datetime import date

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.document_facts.period import stated_period
from pcc_ingest.extract.issues.items import clause_end, item_text
from pcc_ingest.extract.issues.sections import heading_item
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document


def _para(text: str, order: int = 0) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=order, start=0, end=len(text))


def _cell(row: int, col: int, text: str, order: int) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=order, start=0, end=len(text),
                 table=0, row=row, col=col)


def _doc(blocks: list[Block]) -> Document:
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


# --- rules on strings and blocks ------------------------------------------------------------


@pytest.mark.parametrize("speaker", ["สาธารณสุขอำเภอนาดีรายงาน ดังนี้", "ผู้อำนวยการโรงพยาบาลแจ้งว่า ยังไม่มีผู้ป่วย"])
def test_a_speakers_report_after_the_last_inline_item_ends_it(speaker):
    text = "ขับเคลื่อน 3 ประเด็น คือ (1) การจัดการขยะ (2) การดูแลผู้สูงอายุ (3) การป้องกันอุบัติเหตุทางถนน " + speaker
    start = text.index("การป้องกัน")
    assert text[start:clause_end(text, start, len(text))].strip() == "การป้องกันอุบัติเหตุทางถนน"


def test_a_report_word_inside_an_issues_name_does_not_end_it():
    text = "(1) การพัฒนาระบบเฝ้าระวังและรายงานโรคติดต่อ"
    start = text.index("การ")
    assert clause_end(text, start, len(text)) == len(text)


def test_a_short_issue_line_running_on_into_counts_names_the_issue_before_them():
    block = _para("3. ประเด็นหมอกควัน ดำเนินการทำแนวกันไฟแล้ว 18 กิโลเมตร จัดตั้งอาสาสมัครเฝ้าระวังไฟป่า 5 ตำบล")
    found = heading_item(block, "51", "5103")
    assert found is not None and item_text(found) == "หมอกควัน"


def test_a_short_issue_line_without_figures_keeps_its_whole_name():
    block = _para("ประเด็นที่ 2 การจัดการขยะและสิ่งแวดล้อมในชุมชน")
    found = heading_item(block, "51", "5103")
    assert found is not None and item_text(found) == "การจัดการขยะและสิ่งแวดล้อมในชุมชน"


def _with_project_form(title: str) -> tuple[Document, list[Block]]:
    doc = _doc([
        _para(title),
        _para("4.1 ขออนุมัติโครงการลดหมอกควัน ปี 2566"),
        _cell(0, 0, "ชื่อโครงการ", 0), _cell(0, 1, "โครงการลดหมอกควัน ปี 2566", 0),
        _cell(1, 0, "ระยะเวลา", 0), _cell(1, 1, "20 กุมภาพันธ์ – 30 เมษายน 2566", 0),
    ])
    return doc, doc.blocks[:1]


def test_a_project_duration_in_minutes_is_not_their_period():
    doc, title = _with_project_form("รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอนาดี ครั้งที่ 2/2566")
    assert stated_period(doc, title, 2566, "other") is None


def test_a_project_duration_outside_minutes_is_still_the_period():
    doc, title = _with_project_form("โครงการลดหมอกควัน อำเภอนาดี ปีงบประมาณ 2566")
    found = stated_period(doc, title, 2566, "project_report")
    assert found is not None and found.value == (date(2023, 2, 20), date(2023, 4, 30))


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # minutes: "ขับเคลื่อน 3 ประเด็น คือ (1) … (2) … (3) C สาธารณสุขอำเภอXรายงาน ดังนี้", then
    # "3. ประเด็นหมอกควัน … 18 กิโลเมตร … 5 ตำบล", and a project form's "ระยะเวลา" in agenda 4
    "lamphun-ban-hong-2566-minutes.docx",
    "lamphun-ban-hong-2566-minutes.pdf",
])
def test_issues_and_period_match_their_gold(parsed, gold, name):
    result = extract(parsed(name))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(name, "issues"))
    expected = gold(name, "document")
    assert (result.document.period_start, result.document.period_end) == (
        expected["period_start"], expected["period_end"])
