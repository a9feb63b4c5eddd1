"""Activities in documents the extractors were not tuned on: inspection
reports whose per-district paragraphs report results, minutes whose agenda
items are only topics, plan rows cut by a page break, labelled activities
under a heading the rules do not know, and plan steps dated by their part's
heading.  Rules on strings first, then on small built .docx files and on
real corpus files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builder import write_docx

from pcc_ingest.extract.activities import (
    actor_lead,
    asks_act,
    dated_by_papers,
    decision_tasks,
    extract_activities,
    head_count,
    meeting_owner,
    only_designates,
    reports_state,
    scheduling,
    start_re,
    title_span,
)
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.parsers import parse


def title(text: str, **kw) -> str | None:
    span = title_span(text, 0, len(text), **kw)
    return text[span[0]:span[1]] if span else None


def summary(doc) -> list[tuple]:
    return [(a.title, a.start, a.end, a.participants, a.budget_baht)
            for a in extract_activities(doc, extract_facts(doc))]


def with_headings(path: Path, lines: list[tuple[str, bool]]) -> Path:
    """A .docx of (text, is_heading) lines; headings get Word's Heading 1 style."""
    document = docx.Document()
    for text, heading in lines:
        if heading:
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    document.save(path)
    return path


# --- strings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "อำเภอเมืองชุมพร (นิเทศวันที่ 13 มิถุนายน 2566)",
    "ตำบลนาดี (ติดตามครั้งที่ 2 วันที่ 4 ก.ค. 67)",
])
def test_an_act_inside_brackets_after_a_place_is_a_note_not_an_actors_act(line):
    assert actor_lead(line) is None
    assert actor_lead("พชต.นาดี จัดอบรมแกนนำ 14 ม.ค. 68") == 0


@pytest.mark.parametrize("text", [
    "ประเมินตนเองแล้ว มีผลการประเมินตั้งแต่ระดับ 3 ขึ้นไปทุกองค์ประกอบ",
    "ประชุม พชอ. แล้ว 2 ครั้ง ผลการดำเนินงานด้านขยะ",
    "คัดกรองผู้สูงอายุไปแล้ว ร้อยละ 85",
    "จัดตั้งศูนย์ยืมคืนอุปกรณ์เรียบร้อยแล้ว",
    "ประเมินตนเองเสร็จสิ้น ผลการประเมินอยู่ในระดับ 3",
])
def test_an_act_said_to_be_done_already_without_a_date_is_a_state(text):
    assert reports_state(text)


@pytest.mark.parametrize("text", [
    "ประชุม พชอ. แล้ว เมื่อวันที่ 5 มกราคม 2566",
    "จัดประชุมคณะกรรมการ พชอ. ผู้เข้าร่วม 40 คน",
])
def test_a_dated_or_plain_act_is_no_state(text):
    assert not reports_state(text)


def test_a_total_right_after_the_parts_is_the_head_count():
    assert head_count("แกนนำ พชต. 7 ตำบลๆ ละ 8 คน และคณะทำงาน 4 คน รวม 60 คน") == 60
    assert head_count("อสม. 30 คน และครู 12 คน รวมทั้งสิ้น 42 คน") == 42
    far = "ผู้เข้าร่วม 45 คน " + "ก" * 70 + " รวม 120 คน"
    assert head_count(far) == 45


@pytest.mark.parametrize("text", [
    "ตำบลบ้านแก้งเป็นตำบลต้นแบบการดูแลผู้สูงอายุ และส่งเข้ารับการคัดเลือกระดับจังหวัด",
    "นายสมชาย ใจดี เป็นผู้ประสานงานหลักของโครงการ",
    "สสอ. ทำหน้าที่เลขานุการคณะทำงานคัดเลือก",
])
def test_a_decision_that_only_names_a_role_asks_no_act(text):
    assert only_designates(text)


@pytest.mark.parametrize("text", [
    "จัดเวทีแลกเปลี่ยนเรียนรู้ในวันที่ 15 มิถุนายน 2566",
    "ปลัดอำเภอเป็นหัวหน้าคณะทำงาน ให้เลขานุการจัดทำร่างคำสั่งภายในเดือนพฤศจิกายน 2566",
    "จัดกิจกรรมในวันที่ 20 เมษายน 2566 และมอบหมายให้ สสอ. เป็นผู้ประสานงานหลัก",
])
def test_a_decision_that_asks_for_an_act_somewhere_is_a_decision_to_act(text):
    assert not only_designates(text)


def test_an_act_is_asked_when_it_comes_before_any_role():
    assert asks_act("รพ.สต. ทุกแห่งคัดกรองเบาหวาน")
    assert not asks_act("สสอ. เป็นผู้ประสานงานในการประชุม")


def test_each_task_handed_to_another_party_is_a_task_of_its_own():
    text = ("มอบหมายให้ รพ.สต. ทุกแห่งคัดกรองเบาหวานในกลุ่มเสี่ยง ภายในเดือนมิถุนายน 2566 "
            "และให้ อสม. ร่วมกับ อปท. ติดตามเยี่ยมบ้านผู้ป่วย ในเดือนกรกฎาคม 2566")
    start = len("มอบหมายให้ ")
    tasks = [text[s:e] for s, e in decision_tasks(text, start)]
    assert len(tasks) == 2
    assert tasks[0].startswith("รพ.สต.") and tasks[0].endswith("2566")
    assert tasks[1].startswith("ติดตามเยี่ยมบ้าน")
    joined = "ให้ รพ.สต. คัดกรองเบาหวาน พร้อมทั้งมอบ อสม. ออกเยี่ยมบ้านผู้ป่วย"
    assert len(decision_tasks(joined, len("ให้ "))) == 2


@pytest.mark.parametrize("text", [
    "แต่งตั้งคณะทำงาน จำนวน 7 คน และให้ส่งผลการคัดเลือกภายในวันที่ 30 เมษายน 2566",
    "จัดกิจกรรมในวันที่ 20 เมษายน 2566 และมอบหมายให้ สสอ. เป็นผู้ประสานงานหลัก",
])
def test_a_further_clause_without_a_party_acting_stays_in_the_task(text):
    assert len(decision_tasks(text, 0)) == 1


def test_the_schedule_phrase_nearest_the_date_names_the_meeting():
    text = ("6.1 กำหนดการประชุมครั้งต่อไป ฝ่ายเลขานุการแจ้งกำหนดการประชุมคณะกรรมการ พชอ. "
            "ครั้งที่ 3/2566 ในวันพฤหัสบดีที่ 20 กรกฎาคม 2566")
    at = scheduling(text)
    assert at is not None and text[at:].startswith("ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566")
    assert scheduling("กำหนดการประชุมครั้งต่อไป จะแจ้งให้ทราบภายหลัง") is None


def test_a_meeting_named_after_its_committee_starts_at_the_committee():
    text = "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอทองผาภูมิ ในการประชุมครั้งที่ 4/2567 จึงมีมติ"
    at = text.index("การประชุม")
    assert meeting_owner(text, at, "การประชุมครั้งที่ 4/2567") == 0
    verb = "พชอ.แม่แจ่ม มีมติในการประชุมครั้งที่ 1/2567"
    assert meeting_owner(verb, verb.index("การประชุม"), "การประชุมครั้งที่ 1/2567") == verb.index("การประชุม")


def test_only_the_date_of_an_order_is_a_papers_date():
    assert dated_by_papers("อำเภอได้ออกคำสั่ง ที่ 112/2566 ลงวันที่ 1 กุมภาพันธ์ 2566 แต่งตั้งคณะทำงาน")
    assert dated_by_papers("แจ้งตามหนังสือ ที่ ชย 0032/ว 123 ลว. 5 ม.ค. 66")
    assert not dated_by_papers("จัดประชุมเมื่อวันที่ 1 กุมภาพันธ์ 2566")
    assert not dated_by_papers("การแต่งตั้งคณะทำงาน")


def test_bracketed_budget_arithmetic_ends_a_name():
    assert title("ค่ายปรับเปลี่ยนพฤติกรรมแบบชุมชนล้อมรักษ์ (CBTx) (30 คน x 3 วัน x 400 บาท)",
                 cell=True) == "ค่ายปรับเปลี่ยนพฤติกรรมแบบชุมชนล้อมรักษ์ (CBTx)"


def test_not_yet_received_is_part_of_a_target_group_not_a_result():
    name = title("ได้ติดตามผู้สูงอายุที่ยังไม่ได้รับการดูแลตาม Care plan ในตำบลโอโล", sentence=True)
    assert name is not None and name.endswith("ตำบลโอโล")
    assert title("ได้จัดอบรมแกนนำชุมชนทั้งอำเภอ ได้รับความร่วมมือดี", sentence=True) == "จัดอบรมแกนนำชุมชนทั้งอำเภอ"


@pytest.mark.parametrize("text", ["ตั้งจุดตรวจและรณรงค์สวมหมวกนิรภัย", "ตั้งด่านชุมชน 7 วันอันตราย"])
def test_setting_up_checkpoints_starts_an_activity(text):
    assert start_re().match(text)


# --- built .docx files -------------------------------------------------------------------


MINUTES_HEAD = [
    "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอนาดี",
    "ครั้งที่ 1/2567",
    "วันจันทร์ที่ 4 ธันวาคม 2566 เวลา 09.30 น.",
    "ผู้มาประชุม",
    "1. นายอำเภอนาดี ประธานกรรมการ",
    "2. สาธารณสุขอำเภอนาดี กรรมการและเลขานุการ",
    "3. ผู้อำนวยการ รพ.สต. ในอำเภอนาดี จำนวน 9 คน",
    "เริ่มประชุมเวลา 09.30 น.",
]


def test_minutes_keep_decided_acts_and_drop_topics_only_noted_or_named(tmp_path):
    lines = [*MINUTES_HEAD,
             "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
             "3.1 การแต่งตั้งคณะทำงานรายประเด็น อำเภอได้ออกคำสั่ง ที่ 45/2566 ลงวันที่ 2 ตุลาคม 2566 เรียบร้อยแล้ว",
             "มติที่ประชุม รับทราบ",
             "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา",
             "4.1 การคัดเลือกหมู่บ้านต้นแบบ",
             "มติที่ประชุม เห็นชอบให้บ้านหนองบัวเป็นหมู่บ้านต้นแบบ",
             "4.2 การจัดอบรมแกนนำครอบครัว",
             "เลขานุการเสนอให้จัดอบรมแกนนำครอบครัว กลุ่มเป้าหมายรวม 60 คน",
             ("มติที่ประชุม เห็นชอบให้จัดอบรมในวันที่ 12 มกราคม 2567 และให้ อสม. ร่วมกับ รพ.สต. "
              "ออกเยี่ยมบ้านกลุ่มเสี่ยง ในเดือนกุมภาพันธ์ 2567")]
    found = summary(parse(write_docx(tmp_path / "minutes.docx", lines)))
    titles = [t for t, *_ in found]
    assert found[0][0].startswith("ประชุมคณะกรรมการ") and found[0][3] == 11  # 2 named + 9 counted
    assert not [t for t in titles if "แต่งตั้ง" in t or "คัดเลือก" in t]
    training = next(f for f in found if f[0] == "การจัดอบรมแกนนำครอบครัว")
    assert training[1:4] == ("2024-01-12", "2024-01-12", 60)
    visit = next(f for f in found if f[0].startswith("ออกเยี่ยมบ้าน"))
    assert visit[1:3] == ("2024-02", "2024-02")


def test_a_results_by_indicator_part_names_no_activity(tmp_path):
    lines = ["1. ข้อมูลทั่วไป",
             "อำเภอนาดีมี 7 ตำบล",
             "4. ผลการดำเนินงานตามตัวชี้วัด",
             "ตำบลผ่านเกณฑ์ 6 ตำบล คิดเป็นร้อยละ 85.71 ทั้งนี้ได้ติดตามความครอบคลุมของแผนตำบล ดังตารางที่ 2",
             "5. ปัญหาอุปสรรค",
             "- ภาคีเครือข่ายมีส่วนร่วมน้อย"]
    assert summary(parse(write_docx(tmp_path / "results.docx", lines))) == []


def test_labelled_activities_under_an_unknown_numbered_heading_keep_their_whole_name(tmp_path):
    lines = [("5. กลุ่มเป้าหมาย", True),
             ("แกนนำชุมชน จำนวน 40 คน", False),
             ("7. ผลการดำเนินกิจกรรม", True),
             (("กิจกรรมที่ 1 อบรมแกนนำชุมชน เพื่อพัฒนาศักยภาพการคัดกรอง เมื่อวันที่ 8 มีนาคม 2566 "
               "ผู้เข้าร่วม 40 คน เนื้อหาประกอบด้วย การวัดความดัน และการบันทึกข้อมูล"), False)]
    found = summary(parse(with_headings(tmp_path / "project.docx", lines)))
    assert found == [("อบรมแกนนำชุมชน เพื่อพัฒนาศักยภาพการคัดกรอง", "2023-03-08", "2023-03-08", 40, None)]


def test_an_undated_plan_step_takes_the_period_its_heading_states(tmp_path):
    lines = ["6. แผนการดำเนินงานไตรมาสที่ 2 (ม.ค. – มี.ค. 68)",
             "- ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2568 (ก.พ. 68)",
             "- ประสานเทศบาลจัดตั้งจุดรับซื้อขยะรีไซเคิล"]
    found = {t: (s, e) for t, s, e, *_ in summary(parse(write_docx(tmp_path / "plan.docx", lines)))}
    assert found["ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2568"] == ("2025-02", "2025-02")
    assert found["ประสานเทศบาลจัดตั้งจุดรับซื้อขยะรีไซเคิล"] == ("2025-01", "2025-03")


# --- real corpus files ----------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_an_inspection_report_gives_its_typed_steps_not_district_results(parsed, ext):
    found = summary(parsed(f"chumphon-province-2566-inspection.{ext}"))
    assert [(s, e, p) for _, s, e, p, _ in found] == [
        ("2022-12-21", "2022-12-21", 64), ("2023-02-09", "2023-02-09", 48),
        ("2023-06-13", "2023-06-21", 9), ("2023-09", "2023-09", None),
    ]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_minutes_give_the_meeting_its_decisions_and_the_next_meeting(parsed, ext):
    found = summary(parsed(f"chaiyaphum-phu-khiao-2566-minutes.{ext}"))
    assert found[0][3] == 27
    checkpoints = next(f for f in found if f[0].startswith("ตั้งจุดตรวจ"))
    mou = next(f for f in found if f[0].startswith("จัดทำบันทึกข้อตกลง"))
    assert checkpoints[1:3] == ("2023-05", "2023-06") and mou[1:3] == ("2023-09", "2023-09")
    assert not [t for t, *_ in found if t.startswith(("การแต่งตั้ง", "การคัดเลือก", "ประเมินตนเองแล้ว"))]
    forum = next(f for f in found if "เวทีแลกเปลี่ยนเรียนรู้" in f[0])
    assert forum[3:] == (110, 15000)
    assert len(found) == 7


@pytest.mark.parametrize("name", ["trang-huai-yot-2567-minutes.docx", "maha-sarakham-kosum-phisai-2566-minutes.docx"])
def test_announced_or_dated_agenda_items_stay_and_approved_choices_go(parsed, name):
    titles = [t for t, *_ in summary(parsed(name))]
    assert not [t for t in titles if t.startswith("การคัดเลือกประเด็น")]
    assert [t for t in titles if t.startswith(("การแต่งตั้งคณะทำงาน", "การคัดเลือก พชต.", "กิจกรรมรณรงค์"))]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_plan_row_cut_by_a_page_break_adds_up_and_counts_its_total(parsed, ext):
    found = summary(parsed(f"kanchanaburi-thong-pha-phum-2568-action-plan.{ext}"))
    assert found[0][0].startswith("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอทองผาภูมิ")
    workshop = next(f for f in found if f[0].startswith("ประชุมเชิงปฏิบัติการทบทวนแผน"))
    assert workshop[3:] == (60, 13500)


def test_labelled_results_of_a_project_give_their_dates_and_head_counts(parsed):
    found = summary(parsed("lop-buri-khok-samrong-2565-project.pdf"))
    assert [(s, e, p, b) for _, s, e, p, b in found] == [
        ("2021-12-15", "2021-12-15", 35, 1750), ("2022-02-23", "2022-02-24", 80, 29250),
        ("2022-06-01", "2022-06-30", 12, 2600), ("2022-08-18", "2022-08-18", 60, 8400),
    ]
    assert found[0][0].endswith("ปี 2565")


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_next_quarters_undated_step_takes_the_quarter(parsed, ext):
    found = summary(parsed(f"satun-la-ngu-2567-progress.{ext}"))
    assert found[-1][0].startswith("ประสานเทศบาล") and found[-1][1:3] == ("2024-07", "2024-09")
