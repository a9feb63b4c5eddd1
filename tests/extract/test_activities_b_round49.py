"""Round 49 (activities b): rules pinned here.

- A sub-activity's label ("กิจกรรมที่ 2.1 ธงแจ้งเตือน...") is cut whole from its title, not
  left as ".1 ..." (``[title] form_label``), and its number is "2.1", not activity 2
  (``[ordinals] sub_label``).
- A line-items budget table's group "กิจกรรมที่ N.M <shorter name>" pairs with the plan row
  numbered N.M, even when the number follows the parent's name in one cell
  (``[ordinals] inner_outline``); a group "กิจกรรมที่ N <shorter name>" pairs with plan row N when
  its name lies inside the row's ("ด่านชุมชน") or its letters run in order in it ("ประชุม
  พชอ."), as a list's budget table does; merged so, the group's cost lines stay its own and
  pay no other activity (``with_named_costs`` ``paid``).
- An agenda item of minutes that puts off a plan's activity ("4.1 การเลื่อนกิจกรรม X ...
  เลื่อนเป็นวันที่ D ... N คน งบประมาณเดิม M บาท") dates that activity by the new date, and the
  resolution agreeing ("เห็นชอบให้เลื่อนตามที่เสนอ") is no activity (``[postponed]``).
- Lines under an agenda item presenting the plan ("3.2 แผนปฏิบัติการ ...", sub-items "1.1 ..."
  numbered under another number than the item's) are the plan's activities with their planned
  figures, kept even when dated before the meeting (``[plan_items]``); a results table's actual
  spend and head count do not replace them.
- "กิจกรรมที่ N <name> งบประมาณรวม ..." over drafted lines "N.1 ...", with no date or head count
  of its own, is a group heading, no activity; so is a plan row pointing at sub-items by number
  ("... (1.1–1.3)") (``[group_heads]``).
- A plan's series of sessions ("ประชุมคณะกรรมการ พชอ. (4 ครั้ง × 40 คน ...)") never merges with
  one numbered meeting ("ครั้งที่ 3/2567") (``[merge] sessions``).
- A cell holding only a column label ("กิจกรรม") names no activity (``[words] never``).
Strings first, then Word files built here, then real corpus files of set 49."""

from __future__ import annotations

from pathlib import Path

import docx

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import add_table, write_docx

SAKON = Path("corpus/sakon-nakhon-kusuman-2567-minutes.docx")
SAKON_PDF = Path("corpus/sakon-nakhon-kusuman-2567-minutes.pdf")
KAMPHAENG = Path("corpus/kamphaeng-phet-khlong-khlung-2568-action-plan.pdf")


def _acts(path: Path) -> list:
    return extract(parse(path)).activities


# --- strings -----------------------------------------------------------------------------


def test_a_sub_activity_label_is_cut_whole():
    label = rule_re("title", "form_label")
    assert label.sub("", "กิจกรรมที่ 2.1 ธงแจ้งเตือนคุณภาพอากาศ", count=1) == "ธงแจ้งเตือนคุณภาพอากาศ"
    assert label.sub("", "กิจกรรมที่ 4 ด่านชุมชน", count=1) == "ด่านชุมชน"
    assert rule_re("ordinals", "sub_label").search("กิจกรรมที่ 7.1 ")["n"] == "7.1"
    assert not rule_re("ordinals", "label").search("กิจกรรมที่ 7.1 ")


def test_a_postponing_agenda_item_names_its_act():
    m = rule_re("postponed", "item").match("4.1 การเลื่อนกิจกรรมประกวดตัวอย่างสุขภาพดี เนื่องจากตรงกับวันหยุด")
    assert m and m["act"] == "ประกวดตัวอย่างสุขภาพดี"
    assert not rule_re("postponed", "item").match("4.2 เงินเหลือจ่าย กิจกรรม 1.1 คงเหลือ 286.00 บาท")


def test_a_column_label_alone_names_no_activity():
    from pcc_ingest.extract.activities.tables import is_never
    assert is_never("กิจกรรม") and is_never("กิจกรรม/โครงการ")
    assert not is_never("กิจกรรมรณรงค์ตัวอย่าง")


def test_a_series_of_sessions_counts_its_sessions_not_a_meeting_number():
    sessions = rule_re("merge", "sessions")
    assert sessions.search("ประชุมคณะกรรมการ พชอ. (4 ครั้ง × 40 คน × 50 บาท)")
    assert not sessions.search("นัดประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2567 วันพุธที่ 26 มิถุนายน 2567")


# --- Word files built here ----------------------------------------------------------------


def test_a_line_items_group_with_a_sub_number_pays_its_plan_row(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("แผนปฏิบัติการ พชอ.ตัวอย่าง จังหวัดตัวอย่าง ปีงบประมาณ 2568")
    add_table(doc, [
        ("กิจกรรม", "ระยะเวลา", "กลุ่มเป้าหมาย", "งบประมาณ (บาท)"),
        ("1. ประชุมเชิงปฏิบัติการจัดทำมาตรการตัวอย่างระดับตำบล", "วันที่ 12 พ.ย. 67", "ผู้นำชุมชน 120 คน", "17,600.-"),
        ("2.1 จัดทำป้ายเตือนตัวอย่างประจำหมู่บ้าน", "พ.ย. 67", "124 หมู่บ้าน", "12,400.-"),
        ("3. ตั้งด่านชุมชนช่วงเทศกาลปีใหม่และสงกรานต์", "ธ.ค. 67 – เม.ย. 68", "อาสาสมัคร 80 คน", "16,800.-"),
    ])
    doc.add_paragraph("รายละเอียดงบประมาณรายกิจกรรม")
    add_table(doc, [
        ("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
        ("กิจกรรมที่ 2.1 ป้ายเตือนตัวอย่าง", "", "", "", "12,400.-"),
        ("- ป้ายเตือนพร้อมเสา", "124", "ชุด", "100", "12,400.-"),
        ("กิจกรรมที่ 3 ด่านชุมชน", "", "", "", "16,800.-"),
        ("- ค่าอาหารอาสาสมัคร", "1,120", "คน-วัน", "15", "16,800.-"),
    ])
    path = tmp_path / "plan.docx"
    doc.save(path)
    titles = [a.title for a in _acts(path)]
    assert not any(t.startswith(".") for t in titles)
    assert "ป้ายเตือนตัวอย่าง" not in titles and "ด่านชุมชน" not in titles
    assert "จัดทำป้ายเตือนตัวอย่างประจำหมู่บ้าน" in titles


def test_a_postponed_activity_takes_its_new_date(tmp_path):
    path = write_docx(tmp_path / "minutes.docx", [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 2/2567",
        "วันพุธที่ 27 มีนาคม 2567 เวลา 09.00 น.",
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
        "3.1 แผนปฏิบัติการ ปีงบประมาณ 2567",
        "1. ประกวดตัวอย่างสุขภาพดี วันที่ 10 เม.ย. 67 จำนวน 80 คน งบประมาณ 8,000 บาท",
        "มติที่ประชุม เห็นชอบ",
        "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา",
        "4.1 การเลื่อนกิจกรรมประกวดตัวอย่างสุขภาพดี เนื่องจากตรงกับวันหยุด เลขานุการเสนอเลื่อนเป็นวันที่ "
        "19 มิถุนายน 2567 ผู้เข้าร่วม 100 คน งบประมาณเดิม 8,000 บาท",
        "มติที่ประชุม เห็นชอบให้เลื่อนตามที่เสนอ",
    ])
    acts = _acts(path)
    assert not any(a.title.startswith("เลื่อน") for a in acts)
    contest = next(a for a in acts if a.title.startswith("ประกวดตัวอย่าง"))
    assert (contest.start, contest.end) == ("2024-06-19", "2024-06-19")


def _minutes_with_plan(tmp_path: Path) -> Path:
    doc = docx.Document()
    for line in [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 2/2567",
        "วันพุธที่ 27 มีนาคม 2567 เวลา 09.00 น.",
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
        "3.2 แผนปฏิบัติการ พชอ.ตัวอย่าง ปีงบประมาณ 2567 เลขานุการชี้แจงกิจกรรมหลัก ดังนี้",
        "กิจกรรมที่ 1 การคัดกรองตัวอย่างในชุมชน งบประมาณรวม 30,000 บาท",
        "1.1 ตรวจคัดกรองตัวอย่างในชุมชน วันที่ 12 – 14 ธ.ค. 66 จำนวน 1,200 คน งบประมาณ 20,000 บาท",
        "1.2 อบรมแกนนำตัวอย่าง วันที่ 15 ก.พ. 67 จำนวน 120 คน งบประมาณ 10,000 บาท",
    ]:
        doc.add_paragraph(line)
    add_table(doc, [
        ("กิจกรรม", "วันที่ดำเนินการ", "ผู้เข้าร่วม", "ค่าใช้จ่ายจริง (บาท)", "สถานะ"),
        ("1.1 ตรวจคัดกรองตัวอย่างในชุมชน", "12 – 14 ธ.ค. 66", "ประชาชน 1,150 คน", "19,500.00", "ดำเนินการแล้ว"),
        ("1.2 อบรมแกนนำตัวอย่าง", "15 ก.พ. 67", "แกนนำ 110 คน", "9,800.50", "ดำเนินการแล้ว"),
    ])
    doc.add_paragraph("มติที่ประชุม เห็นชอบแผนปฏิบัติการตามที่เสนอ")
    path = tmp_path / "plan_minutes.docx"
    doc.save(path)
    return path


def test_plan_items_in_minutes_keep_their_planned_figures(tmp_path):
    acts = {a.title: a for a in _acts(_minutes_with_plan(tmp_path))}
    screening = acts["ตรวจคัดกรองตัวอย่างในชุมชน"]
    assert (screening.start, screening.participants, screening.budget_baht) == ("2023-12-12", 1200, 20000)
    assert acts["อบรมแกนนำตัวอย่าง"].participants == 120


def test_a_numbered_activity_over_its_sub_activities_is_their_group(tmp_path):
    titles = [a.title for a in _acts(_minutes_with_plan(tmp_path))]
    assert "การคัดกรองตัวอย่างในชุมชน" not in titles


# --- set-49 corpus files ------------------------------------------------------------------


def test_kamphaeng_sub_activity_groups_add_no_activities():
    titles = [a.title for a in _acts(KAMPHAENG)]
    assert not any(t.startswith(".") for t in titles)
    assert "ด่านชุมชน" not in titles and "ประชุม พชอ." not in titles
    meeting = next(a for a in _acts(KAMPHAENG) if "ครั้งที่ 4/2568" in a.title)
    assert meeting.budget_baht is None


def test_sakon_postponed_contest_and_no_settling_decision():
    for path in (SAKON, SAKON_PDF):
        acts = _acts(path)
        assert not any(a.title.startswith("เลื่อน") for a in acts)
        contest = next(a for a in acts if a.title == "ประกวดผู้สูงอายุสุขภาพดี")
        assert (contest.start, contest.participants, contest.budget_baht) == ("2024-06-19", 100, 8000)


def test_sakon_plan_sub_activities_keep_planned_figures():
    for path in (SAKON, SAKON_PDF):
        acts = {a.title: a for a in _acts(path)}
        first = acts["ตรวจอุจจาระค้นหาไข่พยาธิใบไม้ตับ ประชาชนอายุ 15 ปีขึ้นไป"]
        assert (first.participants, first.budget_baht) == (1200, 20100)
        assert not any(t.startswith("การคัดกรองและปรับเปลี่ยน") or t == "กิจกรรม" for t in acts)


def test_sakon_series_of_meetings_and_the_next_meeting_are_two():
    acts = _acts(SAKON)
    assert any(a.title == "ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2567" and a.start == "2024-06-26" for a in acts)
    series = next(a for a in acts if a.title == "ประชุมคณะกรรมการ พชอ.")
    assert (series.start, series.end, series.budget_baht) == ("2023-11", "2024-09", 8000)
