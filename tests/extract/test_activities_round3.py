"""Activities in narrative reports and plans the extractors were not tuned on:
one act after another in running text, each clause with its own date; a
series of meetings told at once; one meeting named several ways; plans whose
background, approving meeting and monitoring part are no activities; months
listed with one year; cost lines paying for what an act gets.  Rules on
strings first, then on small built .docx files and on real corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.activities import (
    cost_owner,
    dates_in,
    extract_activities,
    is_routine,
    lead_clause,
    more_in_sentence,
    next_inner,
    same_activity,
    title_span,
)
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

PLAN = DocumentFacts(doc_type="action_plan", fiscal_year_be=2568)
REPORT = DocumentFacts(doc_type="progress_report", fiscal_year_be=2568)


def title(text: str, **kw) -> str | None:
    span = title_span(text, 0, len(text), **kw)
    return text[span[0]:span[1]] if span else None


def iso(dates) -> tuple[str | None, str | None] | None:
    return (dates[0].iso() if dates[0] else None, dates[1].iso()) if dates else None


def activities(doc, facts=None) -> dict[str, tuple]:
    found = extract_activities(doc, facts or extract_facts(doc))
    return {a.title: (a.start, a.end, a.participants, a.budget_baht) for a in found}


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "dates"), [
    ("ก.พ. พ.ค. และ ส.ค. 68", ("2025-02", "2025-08")),
    ("ก.พ., พ.ค., ส.ค. 2568", ("2025-02", "2025-08")),
    ("พ.ย. ธ.ค. และ ม.ค. 68", ("2024-11", "2025-01")),  # a later month falls in the year before
    ("ส.ค. 68", ("2025-08", "2025-08")),
    ("ทุกไตรมาส ส.ค. 68", ("2025-08", "2025-08")),  # a word, not a month, stops the list
])
def test_months_listed_before_a_dated_month_share_its_year(text, dates):
    assert iso(dates_in(text, 2568)) == dates


def test_a_date_that_opens_a_clause_is_the_act_after_it():
    text = "ตามแบบคัดกรอง 9 ด้าน เป็นต้น ต่อมาเมื่อวันที่ 18 – 19 เมษายน 2567 ได้จัดอบรมผู้ดูแล"
    at = text.index("ได้จัดอบรม")
    assert lead_clause(text, 0, at) == (text.index("ต่อมา"), True)
    text = "จำนวน 176 คน ในเดือนมกราคม 2567 คณะทำงานได้สำรวจจุดเสี่ยง"
    assert lead_clause(text, 0, text.index("ได้สำรวจ")) == (text.index("ในเดือน"), False)


@pytest.mark.parametrize("text", [
    # the date follows the last act's count, and its venue stands between
    "ประชุมชี้แจง จำนวน 36 คน เมื่อวันที่ 24 มกราคม 2566 ณ ห้องประชุมสำนักงาน และทีมจังหวัดได้ลงพื้นที่",
    # a word that is not who acted stands between
    "ระหว่างวันที่ 17 – 28 กรกฎาคม 2566 ทั้งนี้ อำเภอได้ประเมินตนเอง",
    # no time word leads the date
    "แผ่นพับ 1,000 แผ่น 5 ม.ค. 2568 อสม.ได้ออกเยี่ยมบ้าน",
])
def test_a_date_that_does_not_open_the_acts_clause_stays_with_what_came_before(text):
    at = text.rindex("ได้")
    assert lead_clause(text, 0, at) is None


def test_an_act_done_every_day_or_week_is_a_routine_unless_dated():
    assert is_routine("ได้สำรวจลูกน้ำยุงลายในหลังคาเรือนทุกวันศุกร์")
    assert is_routine("ออกตรวจร้านอาหารทุกสัปดาห์")
    assert not is_routine("ออกตรวจร้านอาหารทุกสัปดาห์ ระหว่างเดือนมีนาคม – เมษายน 2568")
    assert not is_routine("ประชุม พชอ. ทุกไตรมาส")


# --- titles and the acts of a sentence -------------------------------------------------------


@pytest.mark.parametrize(("text", "kw", "name"), [
    ("รณรงค์การสวมหมวกนิรภัยในโรงเรียน 14 แห่ง มีนักเรียนเข้าร่วม 1,085 คน", {}, "รณรงค์การสวมหมวกนิรภัยในโรงเรียน 14 แห่ง"),
    ("ตั้งด่านชุมชน 12 ด่าน มีอาสาสมัครปฏิบัติหน้าที่ 180 คน", {}, "ตั้งด่านชุมชน 12 ด่าน"),
    ("เยี่ยมเสริมพลัง พชอ. 9 อำเภอ - ค่าอาหารว่างและเครื่องดื่ม 9 ครั้ง x 30 คน x 30 บาท = 8,100 บาท",
     {"cell": True}, "เยี่ยมเสริมพลัง พชอ. 9 อำเภอ"),
    ("ออกเยี่ยมเสริมพลัง พชต. ครบทั้ง 5 ตำบล วันละ 1 ตำบล โดยไม่ใช้งบประมาณ", {"sentence": True},
     "ออกเยี่ยมเสริมพลัง พชต. ครบทั้ง 5 ตำบล"),
    ("สำรวจจุดเสี่ยงร่วมกับตำรวจและ อปท. พบจุดเสี่ยง 8 จุด และได้ติดตั้งป้ายเตือน", {"sentence": True},
     "สำรวจจุดเสี่ยงร่วมกับตำรวจและ อปท."),
    ("ออกเยี่ยมบ้านผู้ป่วยติดเตียงตามแผนการดูแลรายบุคคล อย่างต่อเนื่องตลอดปี", {"sentence": True},
     "ออกเยี่ยมบ้านผู้ป่วยติดเตียงตามแผนการดูแลรายบุคคล"),
    ("ติดตั้งป้ายเตือนและตัดแต่งกิ่งไม้บดบังทัศนวิสัย นอกจากนี้ระหว่างเดือนมิถุนายน", {"sentence": True},
     "ติดตั้งป้ายเตือนและตัดแต่งกิ่งไม้บดบังทัศนวิสัย"),
    ('รณรงค์ "บ้านสะอาด คัดแยกขยะ" ระหว่างวันที่ 10 – 14 กุมภาพันธ์ 2568', {}, 'รณรงค์ "บ้านสะอาด คัดแยกขยะ"'),
])
def test_a_name_ends_where_who_took_part_what_it_cost_or_the_next_clause_begins(text, kw, name):
    assert title(text, **kw) == name


def test_a_team_whose_name_holds_an_activity_word_keeps_its_act():
    text = "ทีมเยี่ยมเสริมพลังระดับจังหวัดได้ลงพื้นที่เยี่ยมเสริมพลังครบทุกอำเภอ"
    assert title(text, sentence=True) == text


def test_each_was_done_phrase_of_running_text_opens_an_act_but_not_a_purpose():
    text = ("ได้จัดอบรมฟื้นฟูทีม SRRT จำนวน 65 คน จากนั้นได้จัดกิจกรรมรณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลาย "
            "เพื่อติดตามความก้าวหน้า แก้ไขปัญหาอุปสรรค และสรุปผลการดำเนินงานรายประเด็น")
    first = next_inner(text, 0, len(text))
    more = more_in_sentence(text, first.span[1], len(text), running=True)
    names = [text[o.span[0]:o.span[1]] for o in [first, *more]]
    assert names == ["อบรมฟื้นฟูทีม SRRT", "กิจกรรมรณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลาย"]
    assert more_in_sentence(text, first.span[1], len(text)) == []  # not running text: "และ" only


def test_a_phrase_that_qualifies_a_noun_opens_no_act():
    assert next_inner("บางส่วนไปอาศัยอยู่ต่างจังหวัดในช่วงที่มีการคัดกรองผู้สูงอายุ", 0, 60) is None
    text = "ขอบคุณทุกภาคส่วนที่ร่วมจัดกิจกรรมรณรงค์ลดอุบัติเหตุช่วงเทศกาลปีใหม่"
    assert next_inner(text, 0, len(text)) is not None


# --- one meeting, several names ---------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("ประชุม พชอ. ครั้งที่ 1/2568", "ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2568"),
    ("ประชุมครั้งที่ 4/2567", "ประชุมคณะกรรมการ พชอ.เขาชัยสน ครั้งที่ 4/2567"),
    ("การประชุมคณะกรรมการ ครั้งที่ 1/2567", "ประชุมคณะกรรมการ พชอ.เขาชัยสน ครั้งที่ 1/2567"),
    ("ประชุม พชอ.เกาะคา ครั้งที่ 4/2566", "ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเกาะคา ครั้งที่ 4/2566"),
    ("ประชุมคณะกรรมการ พชอ.ละงู ครั้งที่ 2/2567", "ประชุมคณะกรรมการ พชอ.ละงู ครั้งที่ 2/2567 ติดตามผลและรับรองแผน พชต."),
])
def test_names_of_one_numbered_meeting_are_one_activity(a, b):
    assert same_activity(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("ประชุม พชอ.เมือง ครั้งที่ 1/2567", "ประชุม พชอ.ปง ครั้งที่ 1/2567"),  # two districts
    ("ประชุม พชต. ครั้งที่ 1/2567", "ประชุม พชอ. ครั้งที่ 1/2567"),  # two bodies
    ("ประชุม พชอ. ครั้งที่ 1/2567", "ประชุม พชอ. ครั้งที่ 2/2567"),
])
def test_meetings_of_other_bodies_or_numbers_stay_apart(a, b):
    assert not same_activity(a, b)


# --- money for what an act gets ----------------------------------------------------------------


def test_a_cost_line_pays_for_the_act_that_gets_its_thing():
    titles = ["อบรมผู้ดูแลผู้สูงอายุ", "จัดหาที่นอนลมป้องกันแผลกดทับให้ผู้ป่วยติดเตียง",
              "ติดตั้งป้ายเตือน ไฟกระพริบ และตัดแต่งกิ่งไม้"]
    assert cost_owner("และค่าที่นอนลม", titles, []) == 1
    assert cost_owner("ค่าป้ายเตือนและไฟกระพริบพลังงานแสงอาทิตย์", titles, []) == 2
    assert cost_owner("ค่าอาหารกลางวัน", titles, []) is None


def test_a_cost_line_several_acts_match_goes_to_the_one_told_right_above():
    titles = ["กิจกรรมรณรงค์ Big Cleaning Day", "รณรงค์การสวมหมวกนิรภัยในโรงเรียน"]
    assert cost_owner("ค่าป้ายไวนิลรณรงค์", titles, [1]) == 1
    assert cost_owner("ค่าป้ายไวนิลรณรงค์", titles, []) is None


# --- built documents -------------------------------------------------------------------------


def test_a_narrative_paragraph_gives_each_act_its_own_clause(tmp_path):
    doc = parse(write_docx(tmp_path / "report.docx", [
        "3. ผลการดำเนินงาน",
        ("การดำเนินงาน เมื่อวันที่ 5 มีนาคม 2568 คณะทำงานได้จัดอบรมแกนนำครอบครัว ณ หอประชุมอำเภอ "
         "จำนวน 40 คน ต่อมาระหว่างวันที่ 10 – 12 เมษายน 2568 อสม. และเจ้าหน้าที่ รพ.สต. "
         "ได้ออกเยี่ยมบ้านผู้ป่วยติดเตียง 30 หลังคาเรือน นอกจากนี้ อสม. ได้สำรวจลูกน้ำยุงลายทุกวันศุกร์"),
    ]))
    found = activities(doc, REPORT)
    assert found == {
        "อบรมแกนนำครอบครัว": ("2025-03-05", "2025-03-05", 40, None),
        "ออกเยี่ยมบ้านผู้ป่วยติดเตียง 30 หลังคาเรือน": ("2025-04-10", "2025-04-12", None, None),
    }


def test_meetings_told_as_a_series_are_one_activity_each(tmp_path):
    doc = parse(write_docx(tmp_path / "series.docx", [
        "2. การขับเคลื่อนกลไก",
        ("ในปีงบประมาณ 2568 คณะกรรมการ พชอ.บ้านหลวง ได้จัดประชุมรวม 3 ครั้ง คือ ครั้งที่ 1/2568 "
         "วันที่ 5 ธันวาคม 2567 ครั้งที่ 2/2568 วันที่ 6 มีนาคม 2568 และครั้งที่ 3/2568 วันที่ 4 กันยายน 2568 "
         "เพื่อติดตามความก้าวหน้า และสรุปผลการดำเนินงาน"),
    ]))
    assert activities(doc, REPORT) == {
        "ประชุมคณะกรรมการ พชอ.บ้านหลวง ครั้งที่ 1/2568": ("2024-12-05", "2024-12-05", None, None),
        "ประชุมคณะกรรมการ พชอ.บ้านหลวง ครั้งที่ 2/2568": ("2025-03-06", "2025-03-06", None, None),
        "ประชุมคณะกรรมการ พชอ.บ้านหลวง ครั้งที่ 3/2568": ("2025-09-04", "2025-09-04", None, None),
    }


def test_a_plans_background_approval_and_monitoring_are_no_activities_but_its_issue_choice_is(tmp_path):
    doc = parse(write_docx(
        tmp_path / "plan.docx",
        ["แผนปฏิบัติการพัฒนาคุณภาพชีวิต จังหวัดน่าน ประจำปีงบประมาณ พ.ศ. 2568",
         "(ผ่านความเห็นชอบที่ประชุมคณะทำงานระดับจังหวัด ครั้งที่ 1/2568 วันที่ 20 พฤศจิกายน 2567)",
         "1. ประเด็นการพัฒนาคุณภาพชีวิต",
         "คณะกรรมการ พชอ. ทุกอำเภอได้ประชุมคัดเลือกประเด็นตามบริบทของพื้นที่ เมื่อเดือนพฤศจิกายน 2567",
         "2. กิจกรรม"],
        rows=[["ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)"],
              ["1", "ประชุมชี้แจงแนวทางการดำเนินงาน", "ธ.ค. 67", "5,000"],
              ["2", "ประชุมติดตามความก้าวหน้า รายไตรมาส", "ก.พ. พ.ค. และ ส.ค. 68", "-"]],
        after=["กิจกรรมที่ 1 และ 2 ใช้งบประมาณจากสำนักงานสาธารณสุขจังหวัด",
               "3. การติดตามและประเมินผล",
               "1) อำเภอรายงานผลผ่านโปรแกรม ภายในวันที่ 15 เมษายน 2568",
               "2) สรุปผลการดำเนินงานระดับจังหวัดเสนอผู้ว่าราชการจังหวัด ภายในเดือนกันยายน 2568"],
    ))
    planned = activities(doc, PLAN)
    assert planned.pop("ประชุมชี้แจงแนวทางการดำเนินงาน") == ("2024-12", "2024-12", None, 5000)
    assert planned.pop("ประชุมติดตามความก้าวหน้า รายไตรมาส") == ("2025-02", "2025-08", None, None)
    # The meeting that chose the issues is an activity in any kind of document (gold/README.md);
    # the approval and the monitoring duties are not.
    assert list(planned) == ["ประชุมคัดเลือกประเด็นตามบริบทของพื้นที่"]
    # The same past acts in a report are activities.
    assert "ประชุมคัดเลือกประเด็นตามบริบทของพื้นที่" in activities(doc, REPORT)


# --- corpus files ----------------------------------------------------------------------------


def test_a_yearly_narrative_report_reads_every_act_with_its_own_date(parsed):
    found = activities(parsed("phatthalung-khao-chaison-2567-progress.pdf"))
    for n, day in [(1, "2023-11-14"), (2, "2024-02-20"), (3, "2024-05-21"), (4, "2024-08-27")]:
        meetings = [v for t, v in found.items() if f"ครั้งที่ {n}/2567" in t]
        assert [v[:2] for v in meetings] == [(day, day)]
    assert found["ประชุมคณะกรรมการ พชอ.เขาชัยสน ครั้งที่ 2/2567"][:2] == ("2024-02-20", "2024-02-20")
    assert found["การประชุมคณะกรรมการ ครั้งที่ 1/2567"][2] == 28  # "มีผู้เข้าร่วมประชุม 28 คน"
    assert not any("รวม 4 ครั้ง" in t for t in found)
    assert found["ประชุมเชิงปฏิบัติการจัดทำแผนพัฒนาคุณภาพชีวิตรายประเด็นและประเมินตนเองก่อนดำเนินการตามองค์ประกอบ UCCARE"][:2] == (
        "2023-12-12", "2023-12-12")
    assert found["อบรมฟื้นฟูทีมปฏิบัติการสอบสวนควบคุมโรค (SRRT) ระดับตำบล"][:3] == ("2024-02-21", "2024-02-21", 65)
    assert found["คัดกรองสุขภาพผู้สูงอายุตามแบบคัดกรอง 9 ด้าน"][:2] == ("2023-12", "2024-03")
    assert found["สำรวจจุดเสี่ยงร่วมกับตำรวจภูธรเขาชัยสนและ อปท."][:2] == ("2024-01", "2024-01")
    assert found["ติดตั้งป้ายเตือน ไฟกระพริบ และตัดแต่งกิ่งไม้บดบังทัศนวิสัย"] == (None, None, None, 48600)
    assert found["รณรงค์การสวมหมวกนิรภัยในโรงเรียน 14 แห่ง"] == ("2024-06", "2024-07", 1085, 6300)
    assert not any("ลูกน้ำยุงลายในหลังคาเรือน" in t or t.startswith("สรุปผล") for t in found)


def test_a_province_plan_keeps_its_planned_steps_and_the_issue_choice(parsed):
    for name in ("phayao-province-2567-action-plan.docx", "phayao-province-2567-action-plan.pdf"):
        found = activities(parsed(name))
        assert list(found) == [
            "ประชุมคัดเลือกประเด็นการพัฒนาคุณภาพชีวิตตามบริบทของพื้นที่",
            "ประชุมเชิงปฏิบัติการชี้แจงแนวทางและจัดทำแผนขับเคลื่อน พชอ. ปี 2567",
            "เยี่ยมเสริมพลังและติดตามการดำเนินงาน พชอ. 9 อำเภอ",
            "ประชุมติดตามความก้าวหน้าคณะทำงานระดับจังหวัด รายไตรมาส",
            'เวทีแลกเปลี่ยนเรียนรู้และถอดบทเรียน "พะเยาคุณภาพชีวิตดี" ปี 2567',
        ]


def test_a_project_proposal_reads_its_steps_and_not_its_memo_or_notes(parsed):
    found = activities(parsed("narathiwat-tak-bai-2568-project.docx"))
    assert len(found) == 9
    assert found["ประชุมคณะกรรมการ พชอ. ติดตามความก้าวหน้า ครั้งที่ 2 – 4/2568"][:2] == ("2025-02", "2025-08")
    assert not any("4/2567" in t or "ไม่ใช้งบประมาณ" in t or t.startswith(("การประเมินผล", "ประเมินจาก"))
                   for t in found)


def test_a_bullet_with_two_dated_tasks_is_two_and_a_meeting_named_twice_is_one(parsed):
    found = activities(parsed("sa-kaeo-watthana-nakhon-2568-progress.docx"))
    assert found["ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2568"][:2] == ("2025-07", "2025-07")
    assert found["ประเมินตนเองตามองค์ประกอบ UCCARE"][:2] == ("2025-08", "2025-08")
    assert sum("1/2568" in t for t in found) == 1


def test_a_summary_intro_gives_the_offices_acts_and_a_deadline_gives_only_an_end(parsed):
    found = activities(parsed("sing-buri-province-2566-summary.pdf"))
    assert found["ทีมเยี่ยมเสริมพลังระดับจังหวัดได้ลงพื้นที่เยี่ยมเสริมพลังครบทุกอำเภอ"][:2] == ("2023-07-17", "2023-07-28")
    assert found["ประเมินตนเองหลังการดำเนินงาน"][:2] == (None, "2023-08-31")
    assert len(found) == 3


def test_a_meeting_named_in_passing_on_a_listed_meetings_day_is_that_meeting(parsed):
    found = activities(parsed("mae-hong-son-pai-2566-progress.pdf"))
    assert [t for t in found if "2022-11-18" in (found[t][0] or "")] == [
        "ประชุมคณะกรรมการ พชต. คัดเลือกประเด็นและจัดทำแผนการดำเนินงาน"]
