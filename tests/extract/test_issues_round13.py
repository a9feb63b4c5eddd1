"""Round 13 issue rules: spending tables, tallies beside the districts' own
lists, instructions about an issue and a sentence's subject glued to "จึง";
pure functions on strings, then each rule on real corpus files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.issues.counted import counted_items
from pcc_ingest.extract.issues.tables import spending_header
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def _gold(name: str) -> list[tuple[str | None, str]]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return sorted((i["district"], "".join(i["text"].split())) for i in data["issues"])


@pytest.mark.parametrize("cells", [
    ["ประเด็น/กิจกรรม", "แหล่งงบประมาณ", "ได้รับจัดสรร (บาท)", "เบิกจ่าย (บาท)", "คงเหลือ (บาท)"],
    ["ประเด็น / โครงการ", "งบประมาณ (บาท)"],
    ["ประเด็นหรือแผนงาน", "จำนวนเงิน"],
])
def test_an_issue_or_activity_column_beside_money_heads_a_spending_table(cells):
    assert spending_header(cells)


@pytest.mark.parametrize("cells", [
    ["ประเด็น", "กิจกรรม", "ช่วงเวลา", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
    ["ประเด็น/กิจกรรม", "ผู้รับผิดชอบ"],
    ["ที่", "อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "งบสนับสนุน (บาท)"],
])
def test_an_issue_column_of_its_own_or_no_money_is_no_spending_table(cells):
    assert not spending_header(cells)


def test_a_counted_list_ends_where_the_next_sentences_subject_says_so():
    text = ("มีมติคัดเลือกประเด็น จำนวน 3 ประเด็น คือ การดูแลผู้สูงอายุ การจัดการขยะ และการป้องกัน"
            "ควบคุมโรคไข้เลือดออก สำนักงานสาธารณสุขอำเภอเมืองจึงได้จัดทำโครงการนี้ขึ้น")
    items = [text[s:e] for s, e in counted_items(text)]
    assert items[-1] == "การป้องกันควบคุมโรคไข้เลือดออก"


@pytest.mark.parametrize("name", [
    # a spending table headed ประเด็น/กิจกรรม and a recommendation "ประเด็นX ให้เน้น…"
    "phitsanulok-nakhon-thai-2567-minutes.docx", "phitsanulok-nakhon-thai-2567-minutes.pdf",
    # "ประเด็นที่อำเภอเลือกมากที่สุด ได้แก่ A (8 อำเภอ) …" beside each district's own list
    "trang-province-2568-inspection.pdf", "ang-thong-province-2566-summary.pdf",
    # the last counted issue ends before "สำนักงาน…จึงได้จัดทำโครงการนี้ขึ้น"
    "uttaradit-lap-lae-2568-project.docx", "uttaradit-lap-lae-2568-project.pdf",
])
def test_only_the_chosen_issues_are_read(parsed, name):
    found = sorted((i.district, "".join(i.text.split())) for i in extract(parsed(name)).issues)
    assert found == _gold(name)


def test_a_tally_is_the_issues_when_no_district_lists_its_own(parsed):
    name = "sakon-nakhon-province-2566-inspection.pdf"
    found = sorted((i.district, "".join(i.text.split())) for i in extract(parsed(name)).issues)
    assert found == _gold(name)
    assert found and all(d is None for d, _ in found)
