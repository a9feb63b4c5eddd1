"""Round 38 (activities a): a plan row the sequence column numbers is one activity, so a
long lead before the numbered steps of its activity cell names it even when its first word
is not an activity word ("Big Cleaning Day ... 1. สำรวจ... 2. ใส่ทราย..."), unless it names a
project, whose numbered items stay its activities; an unnumbered
row whose lead does not open like an activity still reads its numbered items as activities.
Strings first, then a real corpus file of set 38."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.tables import _item_spans
from pcc_ingest.extract.run import extract

SAI_BURI = "pattani-sai-buri-2567-action-plan"
CELL = "Big Cleaning Day กำจัดแหล่งเพาะพันธุ์ยุงลาย 11 ตำบล 1. สำรวจลูกน้ำยุงลายทุกหลังคาเรือน 2. ใส่ทรายกำจัดลูกน้ำ"


def test_a_numbered_rows_long_lead_names_the_activity_whatever_its_first_word():
    spans = _item_spans(CELL, numbered_row=True)
    assert len(spans) == 1
    assert CELL[spans[0][0]:spans[0][1]].strip() == "Big Cleaning Day กำจัดแหล่งเพาะพันธุ์ยุงลาย 11 ตำบล"


def test_an_unnumbered_rows_lead_without_an_activity_word_leaves_its_items_activities():
    assert [n for _, _, n in _item_spans(CELL)] == [1, 2]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_action_plan_keeps_each_numbered_row_whole(parsed, suffix):
    titles = [a.title for a in extract(parsed(SAI_BURI + suffix)).activities]
    assert any(t.startswith("Big Cleaning Day กำจัดแหล่งเพาะพันธุ์ยุงลาย") for t in titles)
    assert any(t.startswith("บำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง") for t in titles)
    assert "สำรวจลูกน้ำยุงลายทุกหลังคาเรือน" not in titles


def test_a_numbered_rows_project_lead_leaves_its_items_activities():
    text = "โครงการขับขี่ปลอดภัย สวมหมวกนิรภัย 100% 1) อบรมแกนนำชุมชน 80 คน 2) ตั้งด่านชุมชน"
    assert [n for _, _, n in _item_spans(text, numbered_row=True)] == [1, 2]
