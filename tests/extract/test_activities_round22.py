"""Round 22: an outline number shared by a paragraph and a budget-table row
makes one activity; field-work verbs open activities; a number glued to a
Latin letter is no list item; a spending row led by an activity pays it and
counts its people; a participants cell closing on a bare figure counts
people; a post held in several places counts one person per place; a higher
body's check told after it as subject is none of the committee's; a project
approved by name in minutes is an activity, bounded by the next agenda item.
Strings first, then real corpus files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.agenda import assessed_by_other
from pcc_ingest.extract.activities.costs import line_lead
from pcc_ingest.extract.activities.draft import Draft, per_place
from pcc_ingest.extract.activities.ordinals import outline_number, told_twice
from pcc_ingest.extract.activities.projects import is_later_sibling
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.structure import block_lines
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block

LOEI = "loei-phu-ruea-2566-project"
CHAI_NAT = "chai-nat-hankha-2566-progress.pdf"
THOEN = "lampang-thoen-2567-progress"
ONGKHARAK = "nakhon-nayok-ongkharak-2567-minutes"


def _block(text: str, kind: str = "paragraph", order: int = 0) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text))


def _draft(text: str, title: str, kind: str = "paragraph") -> Draft:
    start = text.index(title)
    return Draft(title, _block(text, kind), start, start + len(title))


def test_an_outline_number_opening_the_line_keys_the_activity():
    assert outline_number(_draft("6.1 ประชุมคณะทำงานและสำรวจจุดเสี่ยง", "ประชุมคณะทำงาน")) == "6.1"
    assert outline_number(_draft("๖.๓ ด่านชุมชนช่วงเทศกาลปีใหม่", "ด่านชุมชน")) == "6.3"
    assert outline_number(_draft("6. ประชุมคณะทำงาน", "ประชุมคณะทำงาน")) is None
    assert outline_number(_draft("ผลงาน 6.1 ประชุมคณะทำงาน", "ประชุมคณะทำงาน")) is None


def test_one_outline_number_in_a_paragraph_and_a_cost_row_is_one_activity():
    told = _draft("6.1 ประชุมคณะทำงานประเด็นอุบัติเหตุทางถนน เมื่อวันที่ 22 พฤศจิกายน 2565",
                  "ประชุมคณะทำงานประเด็นอุบัติเหตุทางถนน")
    costed = _draft("6.1 ประชุมคณะทำงานและสำรวจจุดเสี่ยง", "ประชุมคณะทำงานและสำรวจจุดเสี่ยง", "table_cell")
    other = _draft("6.5 แก้ไขจุดเสี่ยง", "แก้ไขจุดเสี่ยง", "table_cell")
    assert told_twice(told, costed)
    assert not told_twice(told, other)
    assert not told_twice(told, _draft("6.1 อบรมแกนนำชุมชน", "อบรมแกนนำชุมชน"))


@pytest.mark.parametrize("line", [
    "พ่นหมอกควันและใส่ทรายกำจัดลูกน้ำในโรงเรียน", "ซ่อมแซมที่อยู่อาศัยผู้ด้อยโอกาส 6 หลัง",
    "จัดพ่นสารเคมีกำจัดยุงลาย", "การซ่อมบ้านผู้พิการ",
])
def test_field_work_verbs_open_an_activity(line):
    assert start_re().match(line)


def test_handing_out_opens_no_activity_on_its_own():
    assert not start_re().match("แจกทรายอะเบทและปล่อยปลาหางนกยูงในภาชนะเก็บน้ำ")


def test_a_number_glued_to_a_latin_letter_opens_no_item():
    text = "1) ค้นหาและคัดกรองผู้ใช้ยาเสพติด ตามแบบคัดกรอง V2 ระหว่างเดือน พ.ย. 65 – ม.ค. 66"
    assert len(block_lines(_block(text, "list_item"))) == 1


def test_a_spending_row_led_by_an_activity_names_it():
    line = "ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2566 (16 มี.ค. 66) ค่าอาหารว่างและเครื่องดื่ม 35 คน x 25 บาท"
    assert line_lead(line, "ค่าอาหารว่างและเครื่องดื่ม") == "ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2566"
    assert line_lead("ค่าอาหารว่างและเครื่องดื่ม 35 คน x 25 บาท", "ค่าอาหารว่างและเครื่องดื่ม") is None
    assert line_lead("สสอ.หันคา ค่าอาหารว่าง 35 คน x 25 บาท", "ค่าอาหารว่าง") is None
    several = "ประชุมคณะกรรมการ พชอ. ค่าอาหารว่างและเครื่องดื่ม 30 คน x 35 บาท x 4 ครั้ง"
    assert line_lead(several, "ค่าอาหารว่างและเครื่องดื่ม") is None


def test_a_participants_cell_closing_on_a_bare_figure_counts_people():
    pattern = rule_re("participants", "cell_count")
    assert pattern.search("อสม. 612")["n"] == "612"
    assert pattern.search("แกนนำ 1,240")["n"] == "1,240"
    assert pattern.search("พชต. 8 ตำบล") is None


def test_a_post_held_in_several_places_counts_one_person_per_place():
    assert per_place("ผู้อำนวยการ รพ.สต. ในเขตอำเภอองครักษ์ 11 แห่ง") == 11
    assert per_place("ประธาน พชต. 11 ตำบล หรือผู้แทน") == 11
    assert per_place("นายสมชาย พึ่งทอง นายอำเภอ ประธานกรรมการ") is None


def test_a_higher_bodys_check_told_after_it_as_subject_is_none_of_the_committee():
    text = ("1.1 จังหวัดนครนายกแจ้งให้ทุกอำเภอรายงานผลการดำเนินงาน พชอ. รอบ 6 เดือน "
            "และจะมีการประเมินตามองค์ประกอบ UCCARE ในเดือนกรกฎาคม 2567")
    assert assessed_by_other(text, text.index("ประเมิน"))
    own = "จังหวัดจัดสรรงบประมาณให้ พชอ. จะมีการประเมินตนเองในเดือนกรกฎาคม"
    assert not assessed_by_other(own, own.index("ประเมิน"))


def test_a_resolution_approving_a_project_by_name_approves_it_as_put():
    as_put = rule_re("minutes", "as_put")
    assert as_put.match("มติที่ประชุม เห็นชอบโครงการ และมอบสำนักงานสาธารณสุขอำเภอประสาน อปท.")
    assert as_put.match("มติที่ประชุม เห็นชอบตามเสนอ")
    assert not as_put.match("มติที่ประชุม เห็นชอบให้จัดทำ MOU ร่วมกับเกษตรอำเภอ")


def test_the_next_item_of_a_projects_outline_level_is_its_sibling():
    head = _block("4.1 โครงการว่ายน้ำเป็น เล่นน้ำปลอดภัย", order=1)
    assert is_later_sibling(head, _block("4.2 การจัดเวทีแลกเปลี่ยนเรียนรู้", order=2))
    assert not is_later_sibling(head, _block("5.1 อื่น ๆ", order=3))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_budget_rows_outline_number_joins_its_activity_in_a_real_report(parsed, suffix):
    acts = extract(parsed(LOEI + suffix)).activities
    assert not any(a.title == "ประชุมคณะทำงานและสำรวจจุดเสี่ยง" for a in acts)
    first = next(a for a in acts if a.title.startswith("ประชุมคณะทำงานประเด็นอุบัติเหตุทางถนน"))
    assert (first.budget_baht, first.participants) == (1250, 25)
    signs = next(a for a in acts if a.title.startswith("ติดตั้งป้ายเตือน"))
    assert signs.budget_baht == 35600


def test_spending_rows_pay_the_meetings_and_field_work_of_a_damaged_pdf(parsed):
    acts = {a.title: a for a in extract(parsed(CHAI_NAT)).activities}
    second = acts["ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2566"]
    assert (second.budget_baht, second.participants) == (875, 35)
    screening = next(a for t, a in acts.items() if t.startswith("ค้นหาและคัดกรองผู้ใช้"))
    assert screening.title.endswith("V2") and screening.start == "2022-11"
    repair = next(a for t, a in acts.items() if t.startswith("ซ่อมแซมที่อยู่อาศัย"))
    assert repair.budget_baht == 120000


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_participants_cell_naming_who_counts_them_in_a_real_report(parsed, suffix):
    acts = extract(parsed(THOEN + suffix)).activities
    adl = next(a for a in acts if a.title.startswith("คัดกรองความสามารถ"))
    assert adl.participants == 612
    assert not any(a.title.startswith("ตั้งด่านชุมชน 24 จุด") for a in acts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_minutes_approving_a_project_make_it_an_activity(parsed, suffix):
    acts = extract(parsed(ONGKHARAK + suffix)).activities
    swim = next(a for a in acts if a.title.startswith("โครงการว่ายน้ำเป็น"))
    assert (swim.start, swim.end, swim.participants, swim.budget_baht) == ("2024-04-01", "2024-04-30", 400, 58400)
    meeting = next(a for a in acts if "ครั้งที่ 2/2567" in a.title)
    assert meeting.participants == 35
    assert not any("UCCARE" in a.title for a in acts)
