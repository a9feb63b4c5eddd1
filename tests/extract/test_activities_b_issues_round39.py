"""Round 39 (activities): a funder noted in brackets after a budget group's name
("(แหล่งงบประมาณ: ...)") is cut from the title; quote marks around a slogan do not keep
two tellings of one activity apart; a numbered sub-heading of an indicator-results part
("7.4 ผลการประเมินตนเอง...") does not reopen it for activities.  Strings first, then a
real corpus file of set 39."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.prose import sub_part_of
from pcc_ingest.extract.activities.rules import rule_any
from pcc_ingest.extract.run import extract

BAN_LAT = "phetchaburi-ban-lat-2567-project"


def test_a_quoted_slogan_and_the_same_words_unquoted_name_one_activity():
    assert same_activity('รณรงค์ "บ้านลาดเมืองสะอาด" และจัดตั้งธนาคารขยะ', "รณรงค์บ้านลาดเมืองสะอาด")


def test_two_different_campaigns_stay_two_without_their_quotes():
    assert not same_activity('รณรงค์ "ขับขี่ปลอดภัย"', "รณรงค์ไข้เลือดออก")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_line_items_budget_gives_no_funder_note_in_titles_nor_indicator_part_activities(parsed, suffix):
    titles = [a.title for a in extract(parsed(BAN_LAT + suffix)).activities]
    assert not any("แหล่งงบประมาณ" in t for t in titles)
    assert sum(t.startswith("รณรงค์") for t in titles) == 1
    assert not any(t.startswith("คณะกรรมการ") and "ประเมินตนเอง" in t for t in titles)
    assert "ประเมินตนเองตามแนวทาง UCCARE" in titles


def test_a_funder_note_in_brackets_ends_a_title():
    text = "ด่านชุมชนช่วงเทศกาล (แหล่งงบประมาณ: ศูนย์ปฏิบัติการความปลอดภัยทางถนน)"
    m = rule_any("title", "cut").search(text)
    assert m is not None and text[: m.start()] == "ด่านชุมชนช่วงเทศกาล"


def test_a_sub_heading_numbered_under_a_closed_part_is_its_sub_part():
    block = SimpleNamespace(kind="heading", text="7.4 ผลการประเมินตนเองตามแนวทาง UCCARE")
    assert sub_part_of(block, 7) and not sub_part_of(block, 6)
