"""Round 12: a district × issue tick matrix, budget lines naming issues, a project citing one issue, and lists cut by what follows them.

A provincial plan ticks each district's row under one column per issue; an
action plan's budget summary repeats each issue, shortened, with its money;
a project names the one numbered issue of its committee it serves; a
counted list runs on into an order ("… และมอบหมายให้…") or a pointer to a
table ("… รายละเอียดดังตาราง").  Strings first, then real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as Word

from pcc_ingest.extract.issues import restates
from pcc_ingest.extract.issues.assemble import shortens
from pcc_ingest.extract.issues.counted import counted_items
from pcc_ingest.extract.issues.items import before_amount
from pcc_ingest.extract.issues.referenced import referenced_span
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

GOLD = Path(__file__).resolve().parents[2] / "gold"


def _gold(name: str) -> list[tuple[str | None, str]]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return [(i["district"], i["text"]) for i in data["issues"]]


def _squashed(pairs: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """Pairs without white space in the text: a PDF cell breaks a header's words across lines."""
    return sorted((d, "".join(t.split())) for d, t in pairs)


@pytest.mark.parametrize("text, name", [
    ("การป้องกันโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี 30,000 บาท", "การป้องกันโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี"),
    ("การป้องกันโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี30,000 บาท", "การป้องกันโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี"),
    ("การจัดการขยะ (งบประมาณ 12,500 บาท)", "การจัดการขยะ"),
    ("การดูแลผู้สูงอายุ งบประมาณ 8,000 บาท", "การดูแลผู้สูงอายุ"),
    ("การป้องกันควบคุมโรคโควิด 19", "การป้องกันควบคุมโรคโควิด 19"),
])
def test_an_amount_closing_an_item_is_not_the_issues_words(text, name):
    assert text[:before_amount(text, 0, len(text))] == name


def test_a_name_with_words_left_out_shortens_the_full_one():
    assert shortens("การป้องกันโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี",
                    "การป้องกันและควบคุมโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี")


@pytest.mark.parametrize("short, long", [
    ("การป้องกันและควบคุมโรคเบาหวาน", "การป้องกันและควบคุมโรคไข้เลือดออก"),
    ("การดูแลผู้พิการ", "การดูแลผู้สูงอายุและผู้ป่วยติดเตียง"),
])
def test_names_differing_in_a_word_are_two_issues(short, long):
    assert not shortens(short, long)
    assert not restates(short, long)


def test_a_later_mention_restates_a_ticked_issue_without_its_bracketed_note():
    assert restates("โรคไม่ติดต่อเรื้อรังผ่านโครงการ “ลดหวาน ลดเค็ม”", "โรคไม่ติดต่อเรื้อรัง (DM/HT)")


def test_a_counted_list_ends_before_an_order_given_in_the_same_sentence():
    text = ("กำหนดประเด็นของอำเภอ ไว้ 3 ประเด็น คือ การป้องกันการจมน้ำในเด็ก การดูแลผู้สูงอายุ "
            "และการป้องกันยาเสพติด และมอบหมายให้โรงพยาบาลจัดทำโครงการนี้ขึ้น")
    assert [text[s:e] for s, e in counted_items(text)] == [
        "การป้องกันการจมน้ำในเด็ก", "การดูแลผู้สูงอายุ", "การป้องกันยาเสพติด"]


def test_a_counted_list_ends_before_a_pointer_to_its_table():
    for pointer in ("รายละเอียดดังตาราง", "ดังแสดงในตารางที่ 3", "ตามเอกสารแนบ"):
        text = f"ขับเคลื่อน 2 ประเด็น คือ การจัดการขยะ และการดูแลผู้พิการ {pointer}"
        assert [text[s:e] for s, e in counted_items(text)] == ["การจัดการขยะ", "การดูแลผู้พิการ"]


def test_a_project_citing_one_numbered_issue_names_it_after_the_issue_label():
    text = ("ความสอดคล้องกับแผน : ประเด็นการพัฒนาคุณภาพชีวิตของ พชอ. ปี 2566 "
            "ประเด็นที่ 3 การจัดการขยะมูลฝอยในชุมชน")
    found = referenced_span(text)
    assert found is not None and text[found[1]:found[2]] == "การจัดการขยะมูลฝอยในชุมชน"


@pytest.mark.parametrize("text", [
    "ประเด็นที่ 3 การจัดการขยะมูลฝอยในชุมชน",  # no issue label before it: a heading's reader
    "ประเด็นการพัฒนาคุณภาพชีวิต ประเด็นที่ 1 การจัดการขยะ ประเด็นที่ 2 การดูแลผู้สูงอายุ",  # a list
    "ตัวชี้วัดตามประเด็นการพัฒนาคุณภาพชีวิต ประเด็นที่ 2 ระบบสุขภาพปฐมภูมิ",  # no category
])
def test_only_a_lone_numbered_issue_after_the_issue_label_is_a_citation(text):
    assert referenced_span(text) is None


def test_a_satun_matrix_ticks_each_districts_issues_under_one_column_per_issue(parsed):
    name = "satun-province-2568-action-plan.pdf"
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert _squashed(found) == _squashed(_gold(name))


def test_a_word_matrix_of_another_province_reads_its_ticks_by_column(tmp_path):
    word = Word()
    word.add_paragraph("แผนปฏิบัติการขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอ จังหวัดลำปาง ประจำปีงบประมาณ พ.ศ. 2567")
    issues = ["ยาเสพติด", "อุบัติเหตุทางถนน", "ผู้สูงอายุ", "หมอกควัน PM2.5"]
    rows = [("เกาะคา", [1, 0, 1, 0]), ("แม่ทะ", [0, 1, 0, 1]), ("เสริมงาม", [1, 1, 0, 0])]
    table = word.add_table(rows=2 + len(rows), cols=3 + len(issues))
    table.cell(0, 0).text, table.cell(0, 1).text = "ลำดับ", "อำเภอ"
    table.cell(0, 2).merge(table.cell(0, 1 + len(issues))).text = "ประเด็นที่เลือกขับเคลื่อน"
    table.cell(0, 2 + len(issues)).text = "รวม (ประเด็น)"
    for col, issue in enumerate(issues, start=2):
        table.cell(1, col).text = issue
    for r, (district, ticks) in enumerate(rows, start=2):
        table.cell(r, 0).text, table.cell(r, 1).text = str(r - 1), district
        for col, tick in enumerate(ticks, start=2):
            table.cell(r, col).text = "✓" if tick else ""
        table.cell(r, 2 + len(issues)).text = str(sum(ticks))
    word.add_paragraph("หมายเหตุ : อำเภอแม่ทะขับเคลื่อนประเด็นอุบัติเหตุทางถนนเน้นกลุ่มเยาวชน")
    path = tmp_path / "matrix.docx"
    word.save(path)
    found = sorted((i.district, i.text) for i in extract(parse(path)).issues)
    assert found == sorted([
        ("5203", "ยาเสพติด"), ("5203", "ผู้สูงอายุ"),  # เกาะคา
        ("5210", "อุบัติเหตุทางถนน"), ("5210", "หมอกควัน PM2.5"),  # แม่ทะ
        ("5204", "ยาเสพติด"), ("5204", "อุบัติเหตุทางถนน"),  # เสริมงาม
    ])


@pytest.mark.parametrize("name", [
    "sakon-nakhon-phanna-nikhom-2568-action-plan.docx", "sakon-nakhon-phanna-nikhom-2568-action-plan.pdf",
    "chumphon-lang-suan-2566-project.docx", "chumphon-lang-suan-2566-project.pdf",
    "kanchanaburi-sai-yok-2567-project.docx", "kanchanaburi-sai-yok-2567-project.pdf",
    "nakhon-sawan-tha-tako-2566-minutes.pdf",
])
def test_budget_lines_citations_and_run_on_lists_give_the_chosen_issues(parsed, name):
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)
