"""Round 18: a numbered activity told in a paragraph and in a budget table is
one activity; a plain numbered paragraph next after a part heading opens a
part; a factor of a cost's working is no list item; the first factor of a
working counts the people; a joint meeting holds the committee a passing
mention names.  Strings first, then real corpus files."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft, budget_people
from pcc_ingest.extract.activities.meetings import held_that_day
from pcc_ingest.extract.activities.ordinals import activity_number, told_twice
from pcc_ingest.extract.activities.structure import block_lines, opens_part
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

NAN = "nan-pua-2566-project"
LOM_SAK = "phetchabun-lom-sak-2567-minutes.docx"
DET_UDOM = "ubon-ratchathani-det-udom-2567-progress.pdf"


def _block(text: str, kind: str = "paragraph", order: int = 0) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text))


def _draft(text: str, title: str, kind: str = "paragraph", **fields) -> Draft:
    start = text.index(title)
    return Draft(title, _block(text, kind), start, start + len(title), **fields)


def test_the_label_before_a_title_gives_its_number():
    assert activity_number(_draft("กิจกรรมที่ 3 รณรงค์ลดการเผา", "รณรงค์ลดการเผา")) == 3
    assert activity_number(_draft("**กิจกรรมที่ ๒** อบรมเชิงปฏิบัติการ", "อบรมเชิงปฏิบัติการ")) == 2
    assert activity_number(_draft("กิจกรรมหลักที่ 4: เวทีถอดบทเรียน", "เวทีถอดบทเรียน")) == 4


def test_a_number_elsewhere_in_the_line_is_no_label():
    assert activity_number(_draft("ประชุมครั้งที่ 2 อบรมแกนนำ", "อบรมแกนนำ")) is None
    assert activity_number(_draft("(กิจกรรมที่ 2) เลื่อนการอบรมจากเดิมเดือนมกราคม", "เลื่อนการอบรม")) is None


def test_one_number_in_a_paragraph_and_a_table_cell_is_one_activity():
    told = _draft("กิจกรรมที่ 2 อบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ (Caregiver) ระหว่างวันที่ 18 – 19 มกราคม 2566",
                  "อบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ (Caregiver)")
    costed = _draft("กิจกรรมที่ 2 อบรมฟื้นฟูศักยภาพ CG", "อบรมฟื้นฟูศักยภาพ CG", "table_cell")
    other = _draft("กิจกรรมที่ 3 รณรงค์ลดการเผา", "รณรงค์ลดการเผา", "table_cell")
    assert told_twice(told, costed)
    assert not told_twice(told, other)


def test_two_paragraphs_with_one_number_are_not_paired():
    a = _draft("กิจกรรมที่ 1 ประชุมคณะกรรมการ พชต.", "ประชุมคณะกรรมการ พชต.")
    b = _draft("กิจกรรมที่ 1 อบรมแกนนำชุมชน", "อบรมแกนนำชุมชน")
    assert not told_twice(a, b)


def test_a_short_paragraph_numbered_next_after_a_part_opens_a_part():
    assert opens_part(_block("8. ผลการดำเนินกิจกรรม"), last_part=7)
    assert not opens_part(_block("8. ผลการดำเนินกิจกรรม"), last_part=None)
    assert not opens_part(_block("3. ผลการดำเนินกิจกรรม"), last_part=7)
    assert not opens_part(_block("8.1 ผลการดำเนินกิจกรรม"), last_part=7)
    long_line = "8. ประชุมคณะกรรมการ พชอ. เมื่อวันที่ 17 พฤศจิกายน 2565 ณ ห้องประชุมที่ว่าการอำเภอ ผู้เข้าร่วม 45 คน"
    assert not opens_part(_block(long_line), last_part=7)


def test_a_factor_of_a_costs_working_opens_no_item():
    text = ("1) ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2567 เมื่อวันที่ 9 พฤศจิกายน 2566 ใช้งบประมาณค่าอาหารว่าง "
            "35 คน x 2 มื้อ x 30 บาท เป็นเงิน 2,100 บาท")
    assert [(s, e) for s, e, _ in block_lines(_block(text))] == [(0, len(text))]


def test_the_first_factor_of_a_working_counts_people():
    assert budget_people("ค่าอาหารและอาหารว่าง 96 คน x 110 บาท = 10,560 ค่าตอบแทนวิทยากร 5 ชม. x 600 บาท = 3,000",
                         first_factor=True) == 96
    assert budget_people("ค่าเบี้ยเลี้ยงคณะกรรมการประเมิน 6 คน x 5 วัน x 240 บาท") is None
    assert budget_people("ค่าอาหาร 70 บาท x 100 คน") == 100
    assert budget_people("46 จุด x 7 วัน x 100 บาท = 32,200", first_factor=True) is None
    assert budget_people("40 คน x 5 วัน x 250 บาท และ 30 คน x 110 บาท", first_factor=True) is None  # lines disagree


def test_a_joint_meeting_that_day_holds_the_committees_mention():
    day = PartialDate(2022, 11, 17)
    mention = _draft("คณะกรรมการ พชอ.ปัว ในการประชุมครั้งที่ 1/2566 เมื่อวันที่ 17 พฤศจิกายน 2565",
                     "คณะกรรมการ พชอ.ปัว ในการประชุมครั้งที่ 1/2566", date_from=day, date_to=day)
    joint = _draft("กิจกรรมที่ 1 ประชุมคณะกรรมการ พชอ. และ พชต. เพื่อคัดเลือกประเด็น",
                   "ประชุมคณะกรรมการ พชอ. และ พชต. เพื่อคัดเลือกประเด็น", date_from=day, date_to=day)
    other_day = _draft("ประชุมคณะกรรมการ พชอ. และ พชต. เพื่อคัดเลือกประเด็น",
                       "ประชุมคณะกรรมการ พชอ. และ พชต. เพื่อคัดเลือกประเด็น",
                       date_from=PartialDate(2022, 12, 1), date_to=PartialDate(2022, 12, 1))
    assert held_that_day(mention, [joint])
    assert not held_that_day(mention, [other_day])


def test_a_project_reports_numbered_activities_once_with_dates_and_money(parsed):
    for suffix in (".docx", ".pdf"):
        acts = extract(parsed(NAN + suffix)).activities
        assert len(acts) == 5, suffix
        training = next(a for a in acts if a.title.startswith("อบรมเชิงปฏิบัติการฟื้นฟูศักยภาพ"))
        assert (training.start, training.end, training.participants, training.budget_baht) == (
            "2023-01-18", "2023-01-19", 60, 19800), suffix


def test_a_minutes_plan_table_counts_people_from_its_working(parsed):
    acts = {a.title: a for a in extract(parsed(LOM_SAK)).activities}
    assert acts["อบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ (CG)"].participants == 96
    assert acts["ด่านชุมชนช่วงเทศกาลสงกรานต์ 2567"].participants is None  # "46 จุด x 7 วัน" counts no people


def test_a_cost_lines_factor_is_no_activity_of_a_real_report(parsed):
    titles = [a.title for a in extract(parsed(DET_UDOM)).activities]
    assert not any(t.startswith("2 มื้อ") for t in titles)
    assert any(t.startswith("ประชุมคณะกรรมการ พชอ.เดชอุดม ครั้งที่ 1/2567") for t in titles)
