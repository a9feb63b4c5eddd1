"""Issues written in prose: one sentence per district ("อำเภอX ขับเคลื่อนประเด็นA และB โดยเน้น…"),
and lists in running text that end where the next sentence starts."""

from __future__ import annotations

from pathlib import Path

import geothai
import pytest
from docx_builder import write_docx

from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.issues import (
    clause_end,
    counted_items,
    extract_issues,
    joined_items,
    looks_like_issue,
    prose_lists,
)

UTTARADIT = "53"


def _code(province: str, name: str) -> str:
    return next(d.code for d in geothai.districts(province) if d.name_th == name)


def _read(text: str, *, in_section: bool = False, province: str = UTTARADIT) -> list[tuple[str, list[str]]]:
    return [(d, [text[s:e].strip() for s, e in spans])
            for d, spans in prose_lists(text, province, in_section=in_section)]


def _issues(doc):
    facts = extract_facts(doc)
    return extract_issues(doc, facts, extract_districts(doc, facts))


# --- pure text: the sentence reader -------------------------------------------


@pytest.mark.parametrize("verb", [
    "ขับเคลื่อนประเด็น", "ได้คัดเลือกประเด็น", "เลือกขับเคลื่อนประเด็น", "กำหนดประเด็น",
    "ดำเนินการในประเด็น", "มุ่งเน้นประเด็น", "ให้ความสำคัญกับประเด็น", "มีประเด็นขับเคลื่อน คือ",
    "ขับเคลื่อนประเด็นการพัฒนาคุณภาพชีวิตปี 2567 ได้แก่",
    "เลือกประเด็นที่สอดคล้องกับบริบทของพื้นที่ ได้แก่",
])
def test_a_verb_phrase_naming_issues_introduces_the_districts_list_anywhere(verb):
    text = f"อำเภอลับแล {verb}การจัดการขยะในชุมชน และการดูแลผู้สูงอายุ"
    assert _read(text) == [(_code(UTTARADIT, "ลับแล"), ["การจัดการขยะในชุมชน", "การดูแลผู้สูงอายุ"])]


@pytest.mark.parametrize("verb", [
    "ดำเนินการเรื่อง", "ขับเคลื่อนเรื่อง", "ขับเคลื่อนงานด้าน", "ให้ความสำคัญกับ", "มุ่งเน้น",
    "เน้นเรื่อง", "แก้ไขปัญหาเรื่อง", "เลือก", ":",
])
def test_a_plain_verb_phrase_introduces_issues_only_inside_an_issue_section(verb):
    text = f"อำเภอพิชัย {verb}การป้องกันยาเสพติด และการดูแลผู้สูงอายุ"
    assert _read(text, in_section=True) == [
        (_code(UTTARADIT, "พิชัย"), ["การป้องกันยาเสพติด", "การดูแลผู้สูงอายุ"])]
    assert _read(text) == []


def test_a_plain_verb_phrase_after_the_word_ประเด็น_needs_no_section():
    text = "ประเด็นขับเคลื่อนของอำเภอตรอน ได้แก่ การจัดการขยะ และการป้องกันอุบัติเหตุทางถนน"
    assert _read(text) == [(_code(UTTARADIT, "ตรอน"), ["การจัดการขยะ", "การป้องกันอุบัติเหตุทางถนน"])]


@pytest.mark.parametrize("joiner", [" และ", " ร่วมกับ", " รวมทั้ง", " ตลอดจน", " ควบคู่กับ", ", ", " ; ", " และประเด็น"])
def test_issues_are_parted_at_spaced_conjunctions_commas_and_semicolons(joiner):
    text = f"อำเภอน้ำปาด ขับเคลื่อนประเด็นการป้องกันควบคุมโรคไข้เลือดออก{joiner}การลดการเผาในที่โล่ง"
    assert _read(text)[0][1] == ["การป้องกันควบคุมโรคไข้เลือดออก", "การลดการเผาในที่โล่ง"]


def test_an_unspaced_and_stays_inside_one_issue():
    text = "อำเภอบ้านโคก เลือกประเด็นการควบคุมโรคเบาหวานและความดันโลหิตสูง และการป้องกันยาเสพติด"
    assert _read(text)[0][1] == ["การควบคุมโรคเบาหวานและความดันโลหิตสูง", "การป้องกันยาเสพติด"]


@pytest.mark.parametrize("tail", [
    " โดยเน้นจุดเสี่ยงบนทางหลวงหมายเลข 11 ช่วงเทศกาล", " ซึ่งเป็นปัญหาสำคัญของพื้นที่",
    " เนื่องจากมีผู้บาดเจ็บเพิ่มขึ้น", " ทั้งนี้ได้รับงบประมาณจากกองทุน", " โครงการนี้ได้รับการสนับสนุน",
])
def test_the_qualifying_tail_after_the_issues_is_not_part_of_the_last_issue(tail):
    text = f"อำเภอเมืองอุตรดิตถ์ ขับเคลื่อนประเด็นการดูแลผู้สูงอายุ และการป้องกันอุบัติเหตุทางถนน{tail}"
    assert _read(text)[0][1] == ["การดูแลผู้สูงอายุ", "การป้องกันอุบัติเหตุทางถนน"]


def test_two_district_sentences_run_together_each_keep_their_issues():
    text = ("อำเภอพิชัย ขับเคลื่อนประเด็นการดูแลผู้สูงอายุ และการป้องกันอุบัติเหตุ "
            "อำเภอลับแล เลือกประเด็นการจัดการขยะ และการป้องกันยาเสพติด")
    assert _read(text) == [
        (_code(UTTARADIT, "พิชัย"), ["การดูแลผู้สูงอายุ", "การป้องกันอุบัติเหตุ"]),
        (_code(UTTARADIT, "ลับแล"), ["การจัดการขยะ", "การป้องกันยาเสพติด"]),
    ]


def test_districts_sharing_one_sentence_each_get_its_issues():
    text = "อำเภอตรอน และอำเภอพิชัย เลือกประเด็นการป้องกันอุบัติเหตุทางถนน"
    assert [d for d, _ in _read(text)] == [_code(UTTARADIT, "ตรอน"), _code(UTTARADIT, "พิชัย")]


def test_a_partner_after_a_joiner_stays_with_the_issue_before_it():
    text = "อำเภอลับแล คัดเลือกประเด็นการจัดการขยะ ร่วมกับ อปท. ทุกแห่ง"
    assert _read(text)[0][1] == ["การจัดการขยะ ร่วมกับ อปท. ทุกแห่ง"]
    assert not looks_like_issue("อปท. ทุกแห่ง")
    assert looks_like_issue("ยาเสพติด") and looks_like_issue("ความมั่นคงทางอาหาร")


def test_a_lead_in_to_a_list_below_or_a_result_sentence_is_no_prose_list():
    assert _read("อำเภอพิชัย เลือกประเด็นการพัฒนาคุณภาพชีวิต 2 ประเด็น ดังนี้") == []
    assert _read("อำเภอพิชัย มีผลการดำเนินงานผ่านเกณฑ์ร้อยละ 80", in_section=True) == []
    assert _read("อำเภอพิชัย ขับเคลื่อนประเด็นที่กำหนดอย่างต่อเนื่อง") == []


def test_a_district_named_far_before_the_verb_is_not_its_subject():
    text = "อำเภอพิชัย ได้จัดประชุมคณะกรรมการและภาคีเครือข่ายทุกภาคส่วนในพื้นที่ และขับเคลื่อนประเด็นการจัดการขยะ"
    assert _read(text) == []


def test_joined_items_merge_pieces_that_do_not_open_an_issue():
    text = "การดูแลผู้สูงอายุ และครอบครัว, การจัดการขยะ"
    assert [text[s:e] for s, e in joined_items(text, 0, len(text))] == [
        "การดูแลผู้สูงอายุ และครอบครัว", "การจัดการขยะ"]


# --- pure text: where a list in running text ends -------------------------------


@pytest.mark.parametrize("opener", [
    "โครงการนี้เป็นการขับเคลื่อนประเด็นยาเสพติด", "ทั้ง 3 ประเด็นได้รับงบประมาณ", "ในปี 2566 พบว่า",
    "คณะกรรมการได้มอบหมาย", "ปัจจุบันมีผู้ป่วยเพิ่มขึ้น", "เมื่อวันที่ 5 มกราคม 2566",
])
def test_the_last_item_ends_where_the_next_sentence_starts(opener):
    text = f"ได้คัดเลือกไว้ 3 ประเด็น ได้แก่ การป้องกันยาเสพติด การดูแลผู้สูงอายุ และการจัดการขยะในชุมชน {opener}"
    assert [text[s:e] for s, e in counted_items(text)] == [
        "การป้องกันยาเสพติด", "การดูแลผู้สูงอายุ", "การจัดการขยะในชุมชน"]


def test_words_inside_an_issue_do_not_end_it():
    text = "การลดการเผาในที่โล่งเพื่อแก้ไขปัญหาหมอกควัน PM2.5 และการส่งเสริมอาชีพในพื้นที่"
    assert clause_end(text, 0, len(text)) == len(text)


# --- real files ------------------------------------------------------------------


def test_one_prose_paragraph_per_district_gives_two_issues_each(parsed):
    issues = _issues(parsed("uttaradit-province-2567-progress.pdf"))
    per_district = {}
    for i in issues:
        per_district.setdefault(i.district, []).append(i.text)
    assert len(per_district) == 9 and all(len(texts) == 2 for texts in per_district.values())
    assert per_district[_code(UTTARADIT, "เมืองอุตรดิตถ์")] == [
        "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง", "การป้องกันอุบัติเหตุทางถนน"]
    assert per_district[_code(UTTARADIT, "ตรอน")][1] == "การส่งเสริมการปลูกผักปลอดสารพิษเพื่อความมั่นคงทางอาหาร"
    assert per_district[_code(UTTARADIT, "พิชัย")][0] == "อาหารปลอดภัยในตลาดสดและร้านอาหาร"
    assert not any("โดยเน้น" in i.text for i in issues)
    assert all(i.evidence.page == 1 and i.evidence.text == i.text for i in issues)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_counted_list_in_a_sentence_ends_before_the_next_sentence(parsed, fmt):
    issues = _issues(parsed(f"prachin-buri-kabin-buri-2566-project.{fmt}"))
    assert [i.text for i in issues] == [
        "การป้องกันและแก้ไขปัญหายาเสพติด", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง", "การจัดการขยะในชุมชน"]


def test_plain_verb_phrases_are_read_under_an_issue_heading_and_not_in_the_results(tmp_path: Path):
    from pcc_ingest.parsers import parse

    path = write_docx(tmp_path / "prose.docx", [
        "รายงานผลการดำเนินงาน พชอ. จังหวัดแพร่ ปีงบประมาณ 2567",
        "1. ประเด็นการพัฒนาคุณภาพชีวิต",
        "อำเภอลอง ให้ความสำคัญกับการป้องกันยาเสพติดในกลุ่มเยาวชน ร่วมกับการดูแลผู้สูงอายุ ซึ่งเป็นปัญหาของพื้นที่",
        "อำเภอสอง ดำเนินการเรื่องการจัดการขยะในครัวเรือน, การป้องกันไข้เลือดออก",
        "2. ผลการดำเนินงาน",
        "อำเภอวังชิ้น ดำเนินการเรื่องการคัดกรองโรคเบาหวานครบทุกตำบล คิดเป็นร้อยละ 95",
    ])
    issues = _issues(parse(path))
    assert [(i.district, i.text) for i in issues] == [
        (_code("54", "ลอง"), "การป้องกันยาเสพติดในกลุ่มเยาวชน"),
        (_code("54", "ลอง"), "การดูแลผู้สูงอายุ"),
        (_code("54", "สอง"), "การจัดการขยะในครัวเรือน"),
        (_code("54", "สอง"), "การป้องกันไข้เลือดออก"),
    ]
