"""Round 20: the events ``start`` knows are told in running text too ("ได้จัด
ค่าย...", "ได้ค้นหา...", "เริ่มต้นด้วยการประชุม..."); the contents an act is
said to consist of ("กิจกรรมประกอบด้วย...") are no acts; cost lines under a
listed head pay for the act the head names; the number of a round before a
month is no day.  Strings first, then real corpus files."""

from __future__ import annotations

from pcc_ingest.extract.activities.cost_groups import group_head, names_act_alone
from pcc_ingest.extract.activities.dates import dates_in, without_round_numbers
from pcc_ingest.extract.activities.openers import after_count, more_in_sentence, next_inner
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

THA_SAE = "chumphon-tha-sae-2567-project"
MAE_HONG_SON = "mae-hong-son-province-2568-action-plan"


def _block(text: str, order: int) -> Block:
    return Block(kind="list_item", raw_text=text, text=text, order=order, start=0, end=len(text))


def _told(text: str) -> str | None:
    opener = next_inner(text, 0, len(text))
    return text[opener.span[0]:opener.span[1]] if opener else None


def test_a_camp_or_a_search_told_in_running_text_opens_an_activity():
    camp = "ระหว่างวันที่ 20 – 22 กุมภาพันธ์ 2567 ได้จัดค่ายปรับเปลี่ยนพฤติกรรม ณ ศูนย์ฝึกอบรม มีผู้เข้าค่าย 45 คน"
    assert _told(camp) == "ค่ายปรับเปลี่ยนพฤติกรรม"
    search = "ในเดือนมกราคม 2567 ทีมพี่เลี้ยงได้ค้นหาและคัดกรองผู้ใช้ยาเสพติดในหมู่บ้าน พบ 68 ราย"
    assert _told(search).startswith("ค้นหาและคัดกรองผู้ใช้ยาเสพติด")


def test_a_report_telling_its_steps_in_sequence_opens_each():
    text = "โครงการเริ่มต้นด้วยการประชุมชี้แจงแนวทางแก่ทีมพี่เลี้ยง เมื่อวันที่ 19 ธันวาคม 2566 มีผู้เข้าร่วม 80 คน"
    assert _told(text) == "ประชุมชี้แจงแนวทางแก่ทีมพี่เลี้ยง"
    assert _told("โครงการปิดท้ายด้วยเวทีสรุปบทเรียน เมื่อวันที่ 25 กรกฎาคม 2567") == "เวทีสรุปบทเรียน"


def test_a_village_or_scout_camp_named_as_a_place_opens_nothing():
    assert _told("ได้เดินทางไปบ้านค่ายเพื่อรับฟังปัญหา") is None
    assert _told("ผู้เข้าร่วมได้พักที่ค่ายลูกเสือ") is None


def test_what_an_act_consists_of_is_no_act_of_its_own():
    text = ("ได้จัดค่ายปรับเปลี่ยนพฤติกรรม มีผู้เข้าค่าย 45 คน กิจกรรมประกอบด้วยการให้ความรู้ "
            "การฝึกทักษะการปฏิเสธ และกิจกรรมครอบครัวสัมพันธ์ในวันสุดท้าย")
    assert after_count(text, 0, len(text)) is None
    assert more_in_sentence(text, text.index("มีผู้"), len(text), running=True) == []


def test_an_act_told_after_a_count_still_opens():
    text = "ประชุมชี้แจง ผู้เข้าร่วม 64 คน ตั้งด่านชุมชน 9 จุด ช่วงเทศกาลปีใหม่"
    opener = after_count(text, 0, len(text))
    assert opener is not None and text[opener.span[0]:].startswith("ตั้งด่านชุมชน")


def test_the_number_of_a_round_before_a_month_is_no_day():
    text = "ติดตามเยี่ยม อำเภอละ 2 รอบ (รอบที่ 1 กุมภาพันธ์ 2568 รอบที่ 2 กรกฎาคม 2568)"
    assert len(without_round_numbers(text)) == len(text)
    assert dates_in(text, 2568) == (PartialDate(2025, 2), PartialDate(2025, 7))
    assert dates_in("ประชุมครั้งที่ 2 ก.ค. 67", 2567) == (PartialDate(2024, 7), PartialDate(2024, 7))


def test_a_meeting_number_with_its_year_and_a_real_day_are_kept():
    assert without_round_numbers("การประชุมครั้งที่ 1/2567") == "การประชุมครั้งที่ 1/2567"
    assert dates_in("ประชุมครั้งที่ 1/2567 วันที่ 5 ธันวาคม 2566", 2567) == (
        PartialDate(2023, 12, 5), PartialDate(2023, 12, 5))


def test_a_name_ends_at_the_bracket_of_its_rounds():
    text = "ติดตามเยี่ยมเสริมพลังและประเมิน พชอ. อำเภอละ 2 รอบ (รอบที่ 1 กุมภาพันธ์ 2568 รอบที่ 2 กรกฎาคม 2568)"
    span = title_span(text, 0, len(text))
    assert text[span[0]:span[1]] == "ติดตามเยี่ยมเสริมพลังและประเมิน พชอ. อำเภอละ 2 รอบ"


def test_cost_lines_under_a_listed_act_name_it_as_their_head():
    body = [_block("7.3 ติดตามเยี่ยมบ้านผู้ผ่านการบำบัด", 0),
            _block("- ค่าชุดตรวจสารเสพติดในปัสสาวะ 180 ชุด x 35 บาท เป็นเงิน 6,300 บาท", 1),
            _block("- ค่าน้ำมันเชื้อเพลิงในการออกติดตาม เป็นเงิน 4,000 บาท", 2)]
    assert group_head(body, 1) == group_head(body, 2) == "ติดตามเยี่ยมบ้านผู้ผ่านการบำบัด"
    assert group_head(body, 0) is None


def test_a_cost_line_under_a_line_with_money_or_no_act_has_no_head():
    paid = [_block("1. อบรมแกนนำ งบประมาณ 5,000 บาท", 0), _block("- ค่าอาหารกลางวัน 50 คน x 50 บาท เป็นเงิน 2,500 บาท", 1)]
    assert group_head(paid, 1) is None
    assert not names_act_alone("ค่าอาหารว่าง 2 มื้อ")
    assert not names_act_alone("ประชุมชี้แจงทีมพี่เลี้ยง")  # not listed: a sentence, no head


def test_a_project_report_tells_each_step_with_its_groups_money(parsed):
    for ext in ("docx", "pdf"):
        acts = {a.title: a for a in extract(parsed(f"{THA_SAE}.{ext}")).activities}
        camp = acts["ค่ายปรับเปลี่ยนพฤติกรรมและบำบัดฟื้นฟูแบบค่าย 3 วัน 2 คืน"]
        assert (camp.start, camp.end, camp.participants, camp.budget_baht) == ("2024-02-20", "2024-02-22", 45, 39850)
        forum = acts["เวทีสรุปบทเรียนและคืนข้อมูลแก่ พชอ."]
        assert (forum.start, forum.participants, forum.budget_baht) == ("2024-07-25", 60, 8870)
        assert acts["ค้นหาและคัดกรองผู้ใช้ยาเสพติดในหมู่บ้านนำร่อง"].start == "2024-01"
        assert not any(t.startswith("กิจกรรมประกอบด้วย") for t in acts)
        follow_up = next(a for t, a in acts.items() if t.startswith("ติดตามเยี่ยมบ้านผู้ผ่านการบำบัด"))
        assert follow_up.budget_baht == 10300


def test_a_plan_row_with_two_rounds_runs_by_month(parsed):
    for ext in ("docx", "pdf"):
        visits = [a for a in extract(parsed(f"{MAE_HONG_SON}.{ext}")).activities if a.title.startswith("ติดตามเยี่ยมเสริมพลัง")]
        assert [(a.title.endswith("อำเภอละ 2 รอบ"), a.start, a.end) for a in visits] == [(True, "2025-02", "2025-07")]
