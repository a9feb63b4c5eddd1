"""Round 41 (activities b and issues): rules on small tables, lines and drafts, then real set-41 files.

A column headed by the meetings or forums held ("การประชุม/เวทีที่ดำเนินการ") is the activity column, so a date-first meeting list dates each row by its first cell and its header is no activity.
A participants cell counting only places ("4 ตำบล") gives no head count, and the results cell's count ("ผู้ขาย 26 ราย") is none either.
A participants cell counting people still gives the row's head count.
A short line naming issues that points at the table under it ("… มีผลรายตำบลดังตาราง") is no issue heading.
A short issue heading with no such pointer still names its issue.
An assessment of the committees themselves dated after the report's period is a higher body's coming check, no activity.
The same assessment within the report's period, or a committee's self-assessment after it, stays.
"""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.agenda import coming_committee_check
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.tables import table_activities
from pcc_ingest.extract.issues.items import item_text
from pcc_ingest.extract.issues.sections import heading_item
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.thai.dates import PartialDate
from tests.extract.blocks import table_doc, text_block

PALIAN = "trang-palian-2567-progress.pdf"
AT_SAMAT = "roi-et-at-samat-2568-minutes"
KANCHANABURI = "kanchanaburi-province-2568-inspection"


# --- rules on tables, lines and drafts ----------------------------------------------------


def test_a_column_of_meetings_held_is_the_activity_column_of_a_date_first_list():
    doc = table_doc([
        ["วัน/เดือน/ปี", "การประชุม/เวทีที่ดำเนินการ"],
        ["12/10/2566", "ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2567 ผู้เข้าร่วม 31 คน"],
        ["14/11/2566 – 15/12/2566", "เวทีประชาคมระดับตำบลจัดทำทะเบียนผู้มีภาวะพึ่งพิง"],
    ])
    table = read_tables(doc)[0]
    assert "activity" in table.roles and "period" in table.roles
    drafts = table_activities(table, 2567)
    assert drafts[0].title.startswith("ประชุมคณะกรรมการ")
    assert not any("ที่ดำเนินการ" in d.title for d in drafts)
    assert (drafts[0].date_from.iso(), drafts[0].date_to.iso(), drafts[0].participants) == ("2023-10-12", "2023-10-12", 31)
    assert (drafts[1].date_from.iso(), drafts[1].date_to.iso()) == ("2023-11-14", "2023-12-15")


def _plan_row(target: str, result: str) -> Draft:
    doc = table_doc([
        ["กิจกรรม", "ระยะเวลา", "กลุ่มเป้าหมาย", "ผลการดำเนินงาน"],
        ["ตลาดนัดผักปลอดภัยทุกวันศุกร์", "มิ.ย. – ก.ย. 2567", target, result],
    ])
    return table_activities(read_tables(doc)[0], 2567)[0]


def test_a_target_group_of_places_gives_no_head_count_from_the_results():
    assert _plan_row("4 ตำบล", "ผู้ขาย 26 ราย").participants is None


def test_a_target_group_of_people_still_gives_the_head_count():
    assert _plan_row("เกษตรกร 80 คน", "ผู้ขาย 26 ราย").participants == 80


def test_a_line_pointing_at_the_table_under_it_is_no_issue_heading():
    block = text_block("ประเด็นเด็กปฐมวัยและประเด็นขยะ มีผลรายตำบลดังตาราง")
    assert heading_item(block, "45", "4514") is None


def test_a_short_issue_heading_still_names_its_issue():
    found = heading_item(text_block("ประเด็นที่ 2 การจัดการขยะมูลฝอยในชุมชน"), "45", "4514")
    assert found is not None and item_text(found) == "การจัดการขยะมูลฝอยในชุมชน"


def _draft(title: str, month: int) -> Draft:
    text = f"{title} ภายในเดือน"
    return Draft(title, text_block(text), 0, len(title), PartialDate(2025, month), PartialDate(2025, month))


def test_an_assessment_of_the_committees_after_the_period_is_a_coming_check():
    title = "ประเมินผล พชอ.ที่มีคุณภาพตามองค์ประกอบ UCCARE ระดับจังหวัด"
    assert coming_committee_check(_draft(title, 8), "2025-06-30")


def test_an_assessment_within_the_period_or_a_self_assessment_stays():
    assert not coming_committee_check(_draft("ประเมินผล พชอ.ที่มีคุณภาพ ระดับจังหวัด", 5), "2025-06-30")
    assert not coming_committee_check(_draft("ประเมินตนเองตามองค์ประกอบ UCCARE", 8), "2025-06-30")
    assert not coming_committee_check(_draft("ประเมินผล พชอ.ที่มีคุณภาพ ระดับจังหวัด", 8), None)


# --- real corpus files of set 41 ----------------------------------------------------------


def test_a_real_date_first_meeting_list_dates_its_meetings(parsed):
    acts = extract(parsed(PALIAN)).activities
    assert not any(a.title == "การประชุม/เวทีที่ดำเนินการ" for a in acts)
    dated = {a.title[:40]: (a.start, a.end) for a in acts}
    assert ("2024-08-28", "2024-08-29") in dated.values()
    assert ("2024-01-18", "2024-01-18") in dated.values()
    market = next(a for a in acts if a.title.startswith("ตลาดนัดผักปลอดภัย"))
    assert market.participants is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_give_no_issue_from_a_line_over_a_results_table(parsed, suffix):
    issues = extract(parsed(AT_SAMAT + suffix)).issues
    assert len(issues) == 3
    assert not any("ดังตาราง" in i.text for i in issues)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_gives_no_activity_for_the_provinces_coming_assessment(parsed, suffix):
    acts = extract(parsed(KANCHANABURI + suffix)).activities
    assert not any(a.title.startswith("ประเมินผล พชอ.") for a in acts)
    assert any(a.title.startswith("ออกเยี่ยมเสริมพลัง") for a in acts)
