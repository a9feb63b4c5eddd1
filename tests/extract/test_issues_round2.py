"""Issue lists the first readers missed: a list that runs on into results, a counted list
after "พชอ.X", a paragraph headed by its issue's label, the same issue named with and
without a bracketed note, an addition after the last numbered issue, a table's group rows."""

from __future__ import annotations

from pathlib import Path

import geothai
import pytest
from docx_builder import write_docx

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.issues import (
    addition_end,
    bare_name,
    clause_end,
    counted_district,
    counted_items,
    extract_issues,
    run_in_name_end,
)

PHRAE = "54"


def _code(province: str, name: str) -> str:
    return next(d.code for d in geothai.districts(province) if d.name_th == name)


def _issues(doc):
    facts = extract_facts(doc)
    return extract_issues(doc, facts, extract_districts(doc, facts))


def _pairs(doc) -> list[tuple[str | None, str]]:
    return [(i.district, i.text) for i in _issues(doc)]


# --- pure text: where a list in running text ends -------------------------------


@pytest.mark.parametrize("tail", [
    "มีการประชุมคณะทำงานแล้ว 2 ครั้ง", "มีจุดตรวจ 14 จุด ครบทุกตำบล", "ผลการดำเนินงานพบว่าลดลง",
    "ผลการประเมินอยู่ในระดับดี", "แต่ยังขาดงบประมาณ", "ในไตรมาสที่ 3 มีผู้ป่วย 4 ราย",
    "จากการสำรวจพบว่าครัวเรือนคัดแยกขยะ",
])
def test_a_list_ends_where_a_result_or_count_sentence_starts(tail):
    text = f"การป้องกันโรคไข้เลือดออก และการดูแลผู้ป่วยติดเตียง {tail}"
    assert text[:clause_end(text, 0, len(text))] == "การป้องกันโรคไข้เลือดออก และการดูแลผู้ป่วยติดเตียง"


@pytest.mark.parametrize("name", [
    "เด็กเมืองลอง เก่ง ดี มีสุข", "การแต่งตั้งคณะทำงาน แต่งตั้งแกนนำชุมชน",
    "การลดฝุ่นควัน จากการเผาในที่โล่ง",
])
def test_words_of_an_issue_that_look_like_openers_do_not_end_it(name):
    assert clause_end(name, 0, len(name)) == len(name)


def test_an_issue_joined_after_the_last_number_is_outside_the_list():
    text = "การจัดการขยะในครัวเรือน ควบคู่กับการเฝ้าระวังโรคโควิด 19"
    assert text[:addition_end(text, 0, len(text))] == "การจัดการขยะในครัวเรือน"
    text = "การจัดการขยะในครัวเรือน รวมทั้งการลดการเผาในที่โล่ง"
    assert text[:addition_end(text, 0, len(text))] == "การจัดการขยะในครัวเรือน"


@pytest.mark.parametrize("text", [
    "การป้องกันอุบัติเหตุทางถนน ร่วมกับ อปท. ทุกแห่ง",  # a partner, not an issue
    "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง",  # a spaced และ inside one issue
    "การดูแลกลุ่มเปราะบาง (ผู้สูงอายุ รวมทั้งผู้พิการ)",  # inside its brackets
])
def test_an_item_keeps_its_partner_its_groups_and_its_brackets(text):
    assert addition_end(text, 0, len(text)) == len(text)


# --- pure text: a counted list ---------------------------------------------------


def test_a_counted_list_is_not_split_inside_brackets_and_stops_at_a_verb_clause():
    text = ("พชอ. จึงมีมติเลือก จำนวน 3 ประเด็น ได้แก่ การป้องกันยาเสพติด การควบคุมโรคไข้เลือดออก "
            "และการดูแลกลุ่มเปราะบาง (ผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง) และจัดทำแผนงานประจำปี")
    assert [text[s:e] for s, e in counted_items(text)] == [
        "การป้องกันยาเสพติด", "การควบคุมโรคไข้เลือดออก",
        "การดูแลกลุ่มเปราะบาง (ผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง)"]


def test_a_counted_list_belongs_to_the_district_named_just_before_its_count():
    assert counted_district("พชอ.ลอง กำหนดประเด็นขับเคลื่อน 2 ประเด็น คือ การป้องกันยาเสพติด และขยะ",
                            PHRAE) == _code(PHRAE, "ลอง")
    far = "อำเภอลอง" + " มีตำบลและหมู่บ้านทั้งหมดที่ได้รับการคัดเลือกเป็นพื้นที่นำร่องของจังหวัด" * 2
    assert counted_district(far + " กำหนด 2 ประเด็น คือ A และB", PHRAE) is None


# --- pure text: a name run into its paragraph, a bracketed note -------------------


@pytest.mark.parametrize(("paragraph", "name"), [
    ("การดูแลผู้ป่วยติดเตียง ผู้ป่วยได้รับการเยี่ยมบ้าน 120 คน", "การดูแลผู้ป่วยติดเตียง"),
    ("การลดหมอกควัน (PM2.5) จากการเผาในที่โล่ง ช่วงฤดูแล้งพบจุดความร้อน 30 จุด",
     "การลดหมอกควัน (PM2.5) จากการเผาในที่โล่ง"),
    ("การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง ผู้สูงอายุได้รับการคัดกรอง 3,000 คน",
     "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง"),
    ("การป้องกันอุบัติเหตุทางถนน ในไตรมาสที่ 3 เกิดอุบัติเหตุ 20 ครั้ง", "การป้องกันอุบัติเหตุทางถนน"),
])
def test_a_run_in_name_ends_at_the_first_word_that_does_not_continue_it(paragraph, name):
    assert paragraph[:run_in_name_end(paragraph, 0, len(paragraph))] == name


def test_a_bracketed_note_at_the_end_is_not_part_of_the_bare_name():
    assert bare_name("ความมั่นคงทางอาหาร (ผักปลอดภัยและธนาคารอาหาร)") == "ความมั่นคงทางอาหาร"
    assert bare_name("การลดหมอกควัน (PM2.5) จากการเผา") == "การลดหมอกควัน (PM2.5) จากการเผา"


@pytest.mark.parametrize(("text", "category"), [
    ("การบำบัดผู้เสพโดยชุมชน (CBTx)", "substance_abuse"),
    ("การป้องกันโรคมือเท้าปากในศูนย์เด็กเล็ก", "communicable_disease"),
    ("การสวมหมวกกันน็อค 100%", "road_safety"),
    ("การส่งเสริมการออมในครัวเรือน", "livelihood"),
    ("การดูแลสุขภาพใจวัยทำงาน", "mental_health"),
])
def test_the_lexicon_knows_a_clerks_other_words_for_a_category(text, category):
    assert categorize(text) == category


# --- built files -------------------------------------------------------------------


def test_district_paragraphs_list_issues_three_ways_and_a_table_restating_them_adds_none(tmp_path: Path):
    from pcc_ingest.parsers import parse

    path = write_docx(tmp_path / "inspection.docx", [
        "สรุปผลการนิเทศติดตาม พชอ. จังหวัดแพร่ ปีงบประมาณ 2567",
        "3.1 อำเภอลอง (นิเทศวันที่ 2 มิถุนายน 2567)",
        ("พชอ.ลอง กำหนดประเด็นขับเคลื่อน 2 ประเด็น คือ การป้องกันและควบคุมโรคไข้เลือดออก และการดูแลผู้ป่วย"
         "ติดเตียง (ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส) มีการประชุม พชอ. 3 ครั้ง ผลการดำเนินงาน ค่า HI ร้อยละ 8"),
        "3.2 อำเภอสอง (นิเทศวันที่ 3 มิถุนายน 2567)",
        ("พชอ.สอง ขับเคลื่อนประเด็น 1) การจัดการขยะในครัวเรือน 2) การลดอุบัติเหตุทางถนน มีจุดเสี่ยง 5 จุด "
         "แก้ไขแล้ว 3 จุด"),
        "3.3 อำเภอวังชิ้น",
        ("ประเด็นของ พชอ.วังชิ้น ได้แก่ การส่งเสริมอาชีพผู้สูงอายุ และการป้องกันการตั้งครรภ์ในวัยรุ่น "
         "ผลการดำเนินงานพบว่ามีผู้สูงอายุเข้าร่วม 40 คน"),
    ], rows=[
        ["อำเภอ", "ประเด็นขับเคลื่อน", "ผล"],
        ["ลอง", "การป้องกันและควบคุมโรคไข้เลือดออก", "ผ่าน"],
        ["", "การดูแลผู้ป่วยติดเตียง", ""],
        ["สอง", "การจัดการขยะในครัวเรือน", "ผ่าน"],
    ], merges=[(1, 0, 2, 0), (1, 2, 2, 2)])
    long, song, wang = (_code(PHRAE, n) for n in ("ลอง", "สอง", "วังชิ้น"))
    assert sorted(_pairs(parse(path))) == sorted([
        (long, "การป้องกันและควบคุมโรคไข้เลือดออก"),
        (long, "การดูแลผู้ป่วยติดเตียง (ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส)"),
        (song, "การจัดการขยะในครัวเรือน"), (song, "การลดอุบัติเหตุทางถนน"),
        (wang, "การส่งเสริมอาชีพผู้สูงอายุ"), (wang, "การป้องกันการตั้งครรภ์ในวัยรุ่น"),
    ])


def test_minutes_paragraphs_headed_by_their_issue_label_give_the_issue_and_a_working_group_does_not(
    tmp_path: Path,
):
    from pcc_ingest.parsers import parse

    path = write_docx(tmp_path / "minutes.docx", [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอสอง ครั้งที่ 3/2567",
        "วาระที่ 4 เรื่องเพื่อทราบ",
        "เลขานุการรายงานว่า พชอ.สอง ขับเคลื่อนประเด็น 2 ประเด็น ผลการดำเนินงานมีดังนี้",
        ("ประเด็นที่ 1 การป้องกันและแก้ไขปัญหายาเสพติด ในไตรมาสที่ 3 มีผู้เข้ารับการบำบัด 25 คน "
         "คิดเป็นร้อยละ 80 ของเป้าหมาย ติดตามครบ 1 ปี 12 คน"),
        ("ประเด็นที่ 2 การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง ผู้สูงอายุได้รับการคัดกรอง ADL "
         "จำนวน 3,200 คน คิดเป็นร้อยละ 91.5 พบติดเตียง 40 คน ได้รับการดูแลตาม Care plan ครบทุกราย"),
        ("มติที่ประชุม รับทราบ และมอบหมายให้คณะทำงานประเด็นที่ 1 ติดตามผู้ป่วยยาเสพติดที่ขาดการบำบัด"
         "ให้ครบภายในเดือนสิงหาคม 2567 ทั้งนี้ให้รายงานผลในการประชุมครั้งถัดไป"),
    ])
    song = _code(PHRAE, "สอง")
    assert _pairs(parse(path)) == [
        (song, "การป้องกันและแก้ไขปัญหายาเสพติด"), (song, "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง")]


def test_a_plan_tables_group_rows_name_its_issues(tmp_path: Path):
    from pcc_ingest.parsers import parse

    path = write_docx(tmp_path / "plan.docx", [
        "แผนปฏิบัติการ พชอ. อำเภอลอง จังหวัดแพร่ ปีงบประมาณ 2568",
    ], rows=[
        ["ที่", "กิจกรรม", "งบประมาณ"],
        ["ประเด็นที่ 1 การป้องกันอุบัติเหตุทางถนน", "", ""],
        ["1", "ตั้งด่านชุมชนช่วงเทศกาล", "5,000"],
        ["รวมประเด็นที่ 1", "", "5,000"],
        ["ประเด็นที่ 2 การส่งเสริมสุขภาพจิตและป้องกันการฆ่าตัวตาย", "", ""],
        ["2", "คัดกรองภาวะซึมเศร้า", "3,000"],
    ], merges=[(1, 0, 1, 2), (4, 0, 4, 2)])
    long = _code(PHRAE, "ลอง")
    assert _pairs(parse(path)) == [
        (long, "การป้องกันอุบัติเหตุทางถนน"), (long, "การส่งเสริมสุขภาพจิตและป้องกันการฆ่าตัวตาย")]


# --- real corpus files ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_inspection_gives_each_districts_issues_once_by_their_first_full_statement(parsed, fmt):
    issues = _issues(parsed(f"chumphon-province-2566-inspection.{fmt}"))
    per_district: dict[str | None, list[str]] = {}
    for i in issues:
        per_district.setdefault(i.district, []).append(i.text)
    assert sorted(per_district) == ["8601", "8602", "8603", "8604", "8607"]
    assert per_district["8601"] == [
        "การจัดการขยะมูลฝอยและสิ่งแวดล้อม", "การป้องกันและลดอุบัติเหตุทางถนน",
        "การดูแลกลุ่มเปราะบาง (ผู้ป่วยติดบ้านติดเตียงและผู้พิการ)"]
    assert per_district["8602"][0] == "ความมั่นคงทางอาหาร (ผักปลอดภัยและธนาคารอาหารชุมชน)"
    assert per_district["8603"] == ["การป้องกันและแก้ไขปัญหายาเสพติด", "การพัฒนาคุณภาพชีวิตผู้สูงอายุ"]
    assert per_district["8607"][-1] == "การป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_minutes_read_the_issue_labelled_paragraphs(parsed, fmt):
    issues = _issues(parsed(f"chaiyaphum-phu-khiao-2566-minutes.{fmt}"))
    assert [(i.district, i.text, i.category) for i in issues] == [
        ("3610", "การดูแลผู้สูงอายุกลุ่มติดบ้านติดเตียง", "elderly"),
        ("3610", "การป้องกันและลดอุบัติเหตุทางถนน", "road_safety"),
        ("3610", "การลดฝุ่นละอองขนาดเล็ก (PM2.5) จากการเผาอ้อยและวัสดุทางการเกษตร", "waste_environment"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_plans_counted_sentence_and_its_group_rows_give_three_issues(parsed, fmt):
    issues = _issues(parsed(f"kanchanaburi-thong-pha-phum-2568-action-plan.{fmt}"))
    assert [i.text.replace(" ", "") for i in issues] == [
        "การป้องกันและแก้ไขปัญหายาเสพติด", "การป้องกันควบคุมโรคไข้มาลาเรียและโรคไข้เลือดออก",
        "การดูแลกลุ่มเปราะบาง(ผู้สูงอายุผู้พิการและผู้ป่วยติดบ้านติดเตียง)"]


def test_an_addition_after_the_last_numbered_issue_is_not_an_issue(parsed):
    issues = _issues(parsed("lop-buri-khok-samrong-2565-project.pdf"))
    assert [i.text for i in issues] == [
        "การป้องกันและแก้ไขปัญหายาเสพติด", "การดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง",
        "การจัดการขยะมูลฝอยในชุมชน"]
