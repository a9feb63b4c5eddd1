"""Round 39 (activities a): "เป็น" right after a kind of place opens the place's name
("ตำบลเป็นสุข"), not a designation, so a resolution handing tambons a task still asks an act;
in a resolution "และให้" after an approval hands a party a task with a deadline, but not in
what a higher body told the meeting; a decision that first designates ("ให้ตำบล... เป็น
ตำบลต้นแบบ และให้จัดเวที...") is the act after it, with the money its own words ask for; an
agenda item is an activity only when a decision under it names the same thing; a one-line
schedule whose acts are parted by spaced slashes is read act by act; and a dated short name
that an undated plan-table row opens with is that row told in brief.  Strings first, then a
real corpus file of set 39."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.dashes import slash_parts
from pcc_ingest.extract.activities.minutes import (
    deadline_directive,
    decision_tasks,
    only_designates,
)
from pcc_ingest.extract.activities.retold import opens_name
from pcc_ingest.extract.run import extract

CHOM_PHRA = "surin-chom-phra-2566-minutes"


def test_a_tambon_named_pen_is_no_designation():
    assert not only_designates("รพ.สต. ตำบลบ้านผือและตำบลเป็นสุข ร่วมกับ อสม. เร่งสำรวจลูกน้ำยุงลาย")
    assert only_designates("ตำบลหนองสนิทเป็นตำบลต้นแบบ")


def test_a_resolution_hands_a_task_with_a_deadline_after_an_approval():
    text = ("มติที่ประชุม เห็นชอบแผนงานและงบประมาณ ปี 2566 รวมทั้งสิ้น 164,400 บาท "
            "และให้ฝ่ายเลขานุการจัดทำหนังสือขอสนับสนุนงบประมาณ ภายในวันที่ 28 ก.พ. 66")
    m = deadline_directive(text)
    assert m is not None and text[m.end():].startswith("ฝ่ายเลขานุการ")


def test_a_higher_bodys_directive_after_and_is_no_decision():
    text = ("1.1 จังหวัดลพบุรีแจ้งแนวทางการขับเคลื่อน พชอ. ค่าเป้าหมายร้อยละ 75 "
            "และให้ทุกอำเภอประเมินตนเองตามองค์ประกอบ UCCARE ส่งจังหวัดภายในวันที่ 31 มีนาคม 2567")
    assert deadline_directive(text) is None


def test_a_designation_before_an_act_is_no_task_the_act_is():
    text = ("มติที่ประชุม เห็นชอบให้ตำบลหนองสนิทเป็นตำบลต้นแบบ และให้จัดเวทีแลกเปลี่ยนเรียนรู้ "
            "ในวันที่ 22 มิ.ย. 66")
    start = text.index("ตำบลหนองสนิท")
    [(s, _)] = decision_tasks(text, start)
    assert text[s:].startswith("จัดเวที")


def test_a_one_line_schedule_is_parted_at_its_spaced_slashes():
    text = ("กำหนดการ: อบรมแกนนำ วันที่ 14 – 15 มี.ค. 66 / รณรงค์ วันที่ 24 มี.ค. 66 "
            "/ ค่ายเยาวชน วันที่ 20 – 21 เม.ย. 66")
    parts = [text[s:e] for s, e in slash_parts(text)]
    assert [p.split()[0] for p in parts] == ["กำหนดการ:", "รณรงค์", "ค่ายเยาวชน"]


def test_slashes_between_undated_names_part_nothing():
    assert slash_parts("ผู้ป่วย / ผู้ดูแล / อสม. ได้รับการอบรม วันที่ 5 มี.ค. 66") == []


def test_a_short_name_the_row_opens_with_is_the_row():
    assert opens_name("ค่ายเยาวชน TO BE NUMBER ONE ต้านยาเสพติด", "ค่ายเยาวชน")
    assert not opens_name("ค่ายเยาวชน TO BE NUMBER ONE", "ค่าย")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_read_resolution_tasks_and_schedule_dates(parsed, suffix):
    acts = extract(parsed(CHOM_PHRA + suffix)).activities
    titles = [a.title for a in acts]
    assert any(t.startswith("รพ.สต. ตำบลบ้านผือและตำบลเป็นสุข") for t in titles)
    letter = next(a for a in acts if a.title.startswith("ฝ่ายเลขานุการจัดทำหนังสือ"))
    assert (letter.start, letter.end) == (None, "2023-02-28")
    forum = next(a for a in acts if a.title.startswith("จัดเวทีแลกเปลี่ยนเรียนรู้"))
    assert (forum.start, forum.participants, forum.budget_baht) == ("2023-06-22", 60, 6000)
    assert not any(t.startswith("การคัดเลือกตำบลต้นแบบ") for t in titles)
    training = next(a for a in acts if a.title.startswith("อบรม อสม. เชี่ยวชาญ"))
    assert (training.start, training.end) == ("2023-03-14", "2023-03-15")
    camp = next(a for a in acts if a.title.startswith("ค่ายเยาวชน"))
    assert (camp.start, camp.end) == ("2023-04-20", "2023-04-21")
    assert "ค่ายเยาวชน" not in titles
