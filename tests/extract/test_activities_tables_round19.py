"""Round 19: bullets of a results column listing acts in a progress table
without an activity column, and recommendation lists that direct parties to
act by a deadline."""

from __future__ import annotations

from pcc_ingest.extract.activities.directives import (
    directive_activities,
    directs,
    lead_end,
    sets_deadline,
    timed_parts,
)
from pcc_ingest.extract.activities.groups import across_pages
from pcc_ingest.extract.activities.result_cells import (
    acts_share,
    bullet_bodies,
    is_done_item,
    result_cell_activities,
)
from pcc_ingest.extract.tables import read_tables

ACTS_CELL = "- ประชุม พชอ. 2 ครั้ง (14 พ.ย. 66, 20 ก.พ. 67) - คัดกรองผู้ใช้ยาเสพติดในชุมชน 8 ตำบล"


def test_bullet_bodies_split_a_bulleted_cell_and_skip_running_text():
    spans = bullet_bodies(ACTS_CELL)
    assert [ACTS_CELL[s:e].strip() for s, e in spans] == [
        "ประชุม พชอ. 2 ครั้ง (14 พ.ย. 66, 20 ก.พ. 67)", "คัดกรองผู้ใช้ยาเสพติดในชุมชน 8 ตำบล"]
    assert bullet_bodies("ประชุม พชอ. 2 ครั้ง และคัดกรองผู้ใช้ยาเสพติด") == []


def test_acts_share_counts_bullets_opening_with_an_activity_word():
    assert acts_share(["- ประชุม พชอ.", "- อบรมทีม 2 ทีม", "- ปรับสภาพบ้านผู้พิการ 5 หลัง"]) == 2 / 3
    assert acts_share(["- ครัวเรือนคัดแยกขยะต้นทาง ร้อยละ 68.40", "- ธนาคารขยะชุมชน 12 แห่ง"]) == 0.0


def test_a_result_figure_bullet_is_no_done_item_but_an_unlisted_act_is():
    assert is_done_item("- ปรับสภาพบ้านผู้พิการ 5 หลัง")
    assert not is_done_item("- ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ 91.25")


def test_results_column_bullets_of_a_district_table_are_activities(parsed):
    for name in ("kalasin-province-2567-progress.docx", "kalasin-province-2567-progress.pdf"):
        drafts = [d for t in across_pages(read_tables(parsed(name))) for d in result_cell_activities(t, 2567)]
        titles = [d.title for d in drafts]
        assert len(drafts) == 13, name
        assert "ปรับสภาพบ้านผู้พิการ 5 หลัง" in titles
        assert not any("ผู้เช่าพักชั่วคราว" in t for t in titles)  # the problems column is no list of acts
        swim = next(d for d in drafts if d.title.startswith("สอนว่ายน้ำ"))
        assert (swim.participants, swim.date_from.iso(), swim.date_to.iso()) == (120, "2024-03", "2024-03")
        twice = next(d for d in drafts if d.title == "ประชุม พชอ. 2 ครั้ง")
        assert (twice.date_from.iso(), twice.date_to.iso()) == ("2023-11-14", "2024-02-20")


def test_a_results_column_of_figures_gives_no_activities(parsed):
    doc = parsed("nakhon-sawan-province-2566-inspection.pdf")
    assert [d for t in across_pages(read_tables(doc)) for d in result_cell_activities(t, 2566)] == []


def test_directs_and_sets_deadline_read_an_order_with_its_due_date():
    order = "1. ให้ พชอ. ทุกแห่งจัดเวทีคืนข้อมูล ภายใน มิ.ย. 68"
    assert directs(order) and sets_deadline(order)
    advice = "- ควรพัฒนาระบบรายงานผลการคัดแยกขยะของ อปท. ให้เป็นรูปแบบเดียวกันทั้งจังหวัด"
    assert not directs(advice) and not sets_deadline(advice)


def test_lead_end_drops_the_directive_or_topic_and_should_lead_in():
    text = "2. ประเด็นเกษตรปลอดภัย ควรแต่งตั้งเกษตรอำเภอเป็นประธาน"
    assert text[lead_end(text):].startswith("แต่งตั้ง")
    text = "3. ให้ CM ประสานกับ อบจ. จัดทำระบบส่งต่อข้อมูล"
    assert text[lead_end(text):].startswith("CM ประสาน")


def test_timed_parts_split_two_tasks_each_with_a_deadline_only():
    text = "จัดเวทีถอดบทเรียน ก่อนสิ้นปีงบประมาณ และส่งผลการประเมินตนเอง ภายในวันที่ 15 สิงหาคม 2567"
    parts = timed_parts(text, 0, len(text))
    assert [text[s:e].strip() for s, e in parts] == [
        "จัดเวทีถอดบทเรียน ก่อนสิ้นปีงบประมาณ", "ส่งผลการประเมินตนเอง ภายในวันที่ 15 สิงหาคม 2567"]
    one = "ประสานกับ อบจ. จัดทำระบบส่งต่อข้อมูล ภายใน 7 วัน และจัดทำ Care Plan ให้ครบ"
    assert timed_parts(one, 0, len(one)) == [(0, len(one))]


def test_inspectors_orders_with_deadlines_are_planned_activities(parsed):
    for name in ("trat-khao-saming-2567-inspection.docx", "trat-khao-saming-2567-inspection.pdf"):
        drafts = directive_activities(parsed(name), 2567)
        assert len(drafts) == 5, name
        first = drafts[0]
        assert first.title.startswith("ศปถ.อำเภอ") and first.title.endswith("6 จุด")
        assert (first.date_from.iso(), first.date_to.iso()) == ("2024-08", "2024-08")
        assert drafts[1].title.startswith("แต่งตั้ง") and "เพื่อ" not in drafts[1].title
        last = drafts[-1]
        assert last.title.startswith("ส่งผลการประเมินตนเอง")
        assert (last.date_from, last.date_to.iso()) == (None, "2024-08-15")


def test_a_due_before_date_leaves_the_start_open(parsed):
    drafts = directive_activities(parsed("chaiyaphum-province-2567-inspection.docx"), 2567)
    team = next(d for d in drafts if d.title.startswith("ทีมพี่เลี้ยง"))
    assert (team.date_from, team.date_to.iso()) == (None, "2024-09")


def test_lists_of_advice_without_deadlines_give_no_activities(parsed):
    for name in ("kalasin-province-2567-progress.docx", "phatthalung-khao-chaison-2567-progress.pdf",
                 "yasothon-province-2567-inspection.docx"):
        assert directive_activities(parsed(name), None) == [], name
