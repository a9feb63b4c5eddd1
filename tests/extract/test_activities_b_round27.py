"""Round 27 (activities, b): a budget table's group row takes the money of the cost rows
under it that its merged number cell covers; a table's own sequence numbers count as
the lone numbers that pair a listed run 1..N with that table's groups; a form label
followed by "และ..." is a heading joining two parts, no activity's name; a plan cell
whose lead is an activity names it alone, its numbered steps only spelling it out; a
target cell naming several groups each with a count adds them up, but not a total or a
share; minutes count a table of those present by its number cells and add the guests
a label counts on its own line; "ที่ได้รับ" in a decision says which ones and does not
cut the task's name; a line scheduling the next meeting gives one meeting named from
"ประชุม"; a meeting on a day another meeting activity lists among its days is one of
those.  Strings first, then real corpus files of set 27."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.assemble import names_scheduled
from pcc_ingest.extract.activities.draft import Draft, groups_people
from pcc_ingest.extract.activities.merge import without_series_days
from pcc_ingest.extract.activities.minutes_meeting import listed_present
from pcc_ingest.extract.activities.ordinals import parallel_pairs
from pcc_ingest.extract.activities.tables import _item_spans
from pcc_ingest.extract.activities.titles import is_labelled_name, title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

KAPONG = "phang-nga-kapong-2566-project"
RUESO = "narathiwat-rueso-2567-minutes"
SI_CHIANG_MAI = "nong-khai-si-chiang-mai-2568-action-plan"


def _block(text: str, order: int = 0, table: int | None = None) -> Block:
    kind = "table_cell" if table is not None else "list_item"
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text), table=table)


def test_a_table_rows_own_number_pairs_with_a_listed_run():
    listed = [Draft(t[3:], _block(t, i), 3, len(t)) for i, t in enumerate(
        ["1. ประชุมคณะกรรมการ พชอ. และคณะอนุกรรมการ", "2. อบรมพัฒนาศักยภาพ พชต. ผู้จัดการการดูแล",
         "3. รณรงค์ Big Cleaning Day กำจัดแหล่ง"])]
    groups = [Draft(t, _block(t, 10 + n, table=0), 0, len(t), row_number=n) for n, t in enumerate(
        ["ประชุมคณะกรรมการ พชอ. 4 ครั้ง", "อบรมพัฒนาศักยภาพ พชต./CM/CG", "รณรงค์ Big Cleaning Day ป้องกัน"], 1)]
    assert parallel_pairs(listed + groups) == {(0, 3), (1, 4), (2, 5)}


def test_a_label_joined_to_another_part_is_a_heading_not_a_name():
    assert not is_labelled_name("3.1 กิจกรรมหลักและผลการดำเนินงาน")
    assert is_labelled_name("กิจกรรมที่ 2 อบรมแกนนำชุมชนเรื่องการคัดแยกขยะ")


def test_a_plan_cells_lead_activity_is_named_without_its_steps():
    text = "ประชุมชี้แจงแนวทางการควบคุมโรคไข้เลือดออกแก่ พชต. และ อสม.แกนนำ 1. ชี้แจงสถานการณ์ 2. ฝึกปฏิบัติ"
    [(start, end, number)] = _item_spans(text)
    assert (text[start:end].strip(), number) == ("ประชุมชี้แจงแนวทางการควบคุมโรคไข้เลือดออกแก่ พชต. และ อสม.แกนนำ", None)


def test_a_target_cell_naming_several_groups_adds_their_counts():
    assert groups_people("เด็กที่ได้รับวัคซีนไม่ครบ 1,126 คน ผู้นำศาสนา/อสม. 90 คน") == 1216


def test_a_total_or_a_share_after_a_count_adds_nothing():
    assert groups_people("แกนนำ 4 คน รวม 60 คน") is None
    assert groups_people("ผู้ป่วย 214 ราย ได้รับการเยี่ยม 203 ราย") is None
    assert groups_people("กรรมการ 35 คน") is None


def test_which_ones_received_stays_in_a_decisions_name():
    text = "รพ.สต. ทุกแห่งจัดทำทะเบียนเด็กที่ได้รับวัคซีนไม่ครบ ส่งสำนักงานสาธารณสุขอำเภอภายในวันที่ 31 มกราคม 2567"
    start, end = title_span(text, 0, len(text), sentence=True)
    assert text[start:end] == "รพ.สต. ทุกแห่งจัดทำทะเบียนเด็กที่ได้รับวัคซีนไม่ครบ ส่งสำนักงานสาธารณสุขอำเภอ"


def test_a_meeting_on_a_day_a_listed_series_names_is_one_of_them():
    series = "ประชุมคณะกรรมการ พชอ. 4 ครั้ง ได้แก่ วันที่ 15 ธันวาคม 2565, 16 มีนาคม 2566 และ 14 กันยายน 2566"
    told = "คณะกรรมการ ได้ประชุมวิเคราะห์ปัญหาของพื้นที่เมื่อวันที่ 15 ธันวาคม 2565"
    day = PartialDate(2022, 12, 15)
    one = Draft(told[told.index("ประชุม"):told.index("เมื่อ")], _block(told, 1), told.index("ประชุม"), told.index("เมื่อ"),
                day, day)
    many = Draft(series[:29], _block(series, 2), 0, 29, day, PartialDate(2023, 9, 14))
    assert without_series_days([one, many]) == [many]
    other = Draft(one.title, one.block, one.start, one.end, PartialDate(2022, 12, 16), PartialDate(2022, 12, 16))
    assert without_series_days([other, many]) == [other, many]


def test_minutes_count_a_table_of_those_present_and_the_guests_a_label_counts():
    body = [Block(kind="paragraph", raw_text="ผู้มาประชุม", text="ผู้มาประชุม", order=0, start=0, end=11)]
    for i, t in enumerate(["1.", "นายก ข", "ประธาน", "2.", "นายค ง", "กรรมการ", "3.", "นางจ ฉ", "เลขานุการ"], 1):
        body.append(_block(t, i, table=0))
    for i, t in enumerate(["ผู้ไม่มาประชุม (ติดราชการ) 2 คน",
                           "ผู้เข้าร่วมประชุม ผู้อำนวยการ รพ.สต. 11 แห่ง และประธาน พชต. 9 ตำบล รวม 20 คน"], 20):
        body.append(Block(kind="paragraph", raw_text=t, text=t, order=i, start=0, end=len(t)))
    assert listed_present(body) == 23


def test_a_line_scheduling_the_next_meeting_is_not_read_whole():
    text = "ประธานกำหนดประชุมครั้งต่อไป ครั้งที่ 2/2567 ในวันพุธที่ 17 เมษายน 2567"
    whole = Draft(text[:text.index(" ใน")], _block(text), 0, text.index(" ใน"))
    assert names_scheduled(whole)
    at = text.index("ประชุม")
    assert not names_scheduled(Draft(text[at:text.index(" ใน")], _block(text), at, text.index(" ใน")))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_list_takes_each_budget_group_sum(parsed, suffix):
    acts = extract(parsed(KAPONG + suffix)).activities
    assert [a.budget_baht for a in acts] == [18200, 21700, 14400, 19200, 12900]
    assert acts[0].title.startswith("ประชุมคณะกรรมการ พชอ.") and acts[0].start == "2022-12-15"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_count_present_and_name_the_next_meeting(parsed, suffix):
    acts = extract(parsed(RUESO + suffix)).activities
    assert acts[0].participants == 32
    campaign = next(a for a in acts if a.title.startswith("รณรงค์ให้วัคซีน"))
    assert campaign.participants == 1216
    nxt = next(a for a in acts if "2/2567" in a.title)
    assert nxt.title.startswith("ประชุม") and nxt.start == "2024-04-17"


def test_a_real_plan_cell_names_its_activity_without_steps(parsed):
    titles = [a.title for a in extract(parsed(SI_CHIANG_MAI + ".docx")).activities]
    assert "ประชุมชี้แจงแนวทางการควบคุมโรคไข้เลือดออกแก่ พชต. และ อสม.แกนนำ" in titles
