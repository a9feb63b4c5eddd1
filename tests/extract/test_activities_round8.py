"""Activity rules added after the round-8 held-out documents, each about how a
report lays its activities out: a section label that states its content on its
own line ("ประเด็นที่ขับเคลื่อน ... คือ (1) ... (2) ...") heads nothing below it and
its numbers are no list items; a short numbered sub-heading that names nothing
("3.2 อำเภอหนองเสือ") closes one district's bullets before the next; a bullet
of results may give only its money; a project bullet followed by sibling
bullets holds none of them; and the count of those an act reached ("214 ราย
ได้รับการเยี่ยมแล้ว 203 ราย") is its head count.  Pure functions on strings
first, then the rules on a real file in both its formats."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities import head_count
from pcc_ingest.extract.activities.lists import (
    ListLine,
    is_activity_item,
    names_nothing,
    parts_list,
)
from pcc_ingest.extract.activities.projects import same_bullet
from pcc_ingest.extract.activities.structure import section_heading, states_inline
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block

# --- pure functions -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ประเด็นที่ขับเคลื่อน 2 ประเด็น คือ (1) ความปลอดภัยด้านอาหารและการลดใช้สารเคมีในภาคเกษตร",
    "ประเด็นที่ขับเคลื่อน ได้แก่ การจัดการขยะและสิ่งแวดล้อม การดูแลกลุ่มเปราะบาง",
    "ประเด็นที่ขับเคลื่อน : 1) การป้องกันอุบัติเหตุทางถนน 2) การป้องกันควบคุมโรคไข้เลือดออก 3) การดูแลผู้สูงอายุ",
])
def test_a_section_label_stating_its_content_inline_heads_nothing(text):
    assert states_inline(text)
    assert section_heading(text) is None


@pytest.mark.parametrize("text", [
    "ประเด็นขับเคลื่อน",                      # a bare heading
    "ประเด็นที่ขับเคลื่อน : ยาเสพติด",           # too little after the colon to be a statement
    "ประชุมเวลา 09:30 น. ที่ห้องประชุมอำเภอ ผู้เข้าร่วม 40 คน",  # a colon inside a time, no section label
])
def test_a_bare_or_unlabelled_line_is_no_inline_statement(text):
    assert not states_inline(text)


def test_a_bare_section_label_still_heads_its_part():
    assert section_heading("ประเด็นขับเคลื่อน") == "issues"


def _block(text: str, order: int = 0) -> Block:
    return Block(order=order, kind="paragraph", text=text, raw_text=text, page=1, start=0, end=len(text))


def test_a_short_numbered_sub_heading_naming_nothing_closes_the_list():
    assert names_nothing(_block("3.2 อำเภอหนองเสือ"))
    assert parts_list(_block("3.2 อำเภอหนองเสือ"))
    assert not parts_list(_block("3.2 ประชุมคณะกรรมการ พชอ. วันที่ 14 ธันวาคม 2564"))


def test_a_bullet_giving_only_its_money_is_an_activity_item():
    text = "- ประชุมคณะกรรมการ พชอ. และติดตามงาน พชต. งบประมาณ สสจ. 10,000 บาท"
    assert is_activity_item(ListLine(_block(text), 0, len(text)))
    bare = "- ประชุมคณะกรรมการ พชอ. และติดตามงาน พชต."
    assert not is_activity_item(ListLine(_block(bare), 0, len(bare)))


def test_lines_with_the_same_typed_bullet_are_siblings():
    assert same_bullet("- โครงการหมู่บ้านต้นแบบ", "- เยี่ยมบ้านกลุ่มเปราะบาง")
    assert not same_bullet("- โครงการหมู่บ้านต้นแบบ", "• เยี่ยมบ้านกลุ่มเปราะบาง")
    assert not same_bullet("โครงการหมู่บ้านต้นแบบ", "- เยี่ยมบ้านกลุ่มเปราะบาง")


@pytest.mark.parametrize(("text", "count"), [
    ("เยี่ยมบ้านกลุ่มเปราะบาง 214 ราย ได้รับการเยี่ยมแล้ว 203 ราย คิดเป็นร้อยละ 94.86", 203),
    ("คัดกรองสุขภาพผู้สูงอายุ 9,105 คน ได้รับการคัดกรองแล้ว 8,420 คน", 8420),
    ("ค้นหาและบำบัดผู้ใช้ยาเสพติด 45 ราย ผ่านการบำบัดครบตามเกณฑ์ 38 ราย", 45),
])
def test_the_count_of_those_reached_is_the_head_count_but_not_those_who_passed(text, count):
    assert head_count(text) == count


# --- real files ---------------------------------------------------------------

DISTRICT_BULLETS = {
    # a project bullet with sibling bullets after it
    "โครงการหมู่บ้านต้นแบบการจัดการขยะที่ต้นทาง (Zero Waste) 7 หมู่บ้าน": (None, 24000),
    # bullets after a district's inline issues line
    "อบรมเกษตรกรเรื่องการใช้สารเคมีอย่างปลอดภัยและตรวจหาระดับเอนไซม์โคลีนเอสเตอเรสในเลือด": (600, None),
    "ตั้งด่านชุมชน 11 ตำบล ช่วงเทศกาลสงกรานต์": (None, 15600),
    # the count of those reached
    "คัดกรองสุขภาพผู้สูงอายุ": (8420, None),
}


@pytest.mark.parametrize("name", ["pathum-thani-province-2565-inspection.docx",
                                  "pathum-thani-province-2565-inspection.pdf"])
def test_bullets_in_district_sections_are_activities_in_both_formats(parsed, name):
    found = {a.title: a for a in extract(parsed(name)).activities}
    for title, (people, money) in DISTRICT_BULLETS.items():
        assert title in found, title
        if people is not None:
            assert found[title].participants == people
        if money is not None:
            assert found[title].budget_baht == money
    # the bullet that gives only money is its own activity
    assert any(t.startswith("ประชุมคณะกรรมการ พชอ. และติดตามงาน พชต.") and a.budget_baht == 10000
               for t, a in found.items())
