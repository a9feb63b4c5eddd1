"""The grid reader's percent detector where the unit is stated elsewhere (``[grid]`` of outcomes.toml).

Rules pinned, one test each, on small real .docx files with invented names:
- a fiscal-year label ("ปีงบประมาณ 2567") over quarter / result labels is a year, not
  money: the bare figures under it keep the unit the caption states;
- a row head naming the share of a population that received something ("ร้อยละของ
  ประชากร... ได้รับ...") names a result, not a background population share, and its
  figures ("a/b (c)") are read;
- a background share ("ร้อยละ ... ของประชากร" with nothing received) stays unread, and
  money under a budget label stays no percentage.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.grid_reader import grid_outcomes
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

CTX = Context(year_be=2567, province=None, single="9999", plan=False)


def _read(tmp_path: Path, rows: list[list[str]], caption: str = "") -> list:
    parts: list = [caption, rows] if caption else [rows]
    table = read_tables(parse(write_parts(tmp_path / "t.docx", parts)))[-1]
    return grid_outcomes(table, CTX)


def test_fiscal_year_label_is_no_money_under_a_percent_caption(tmp_path: Path) -> None:
    rows = [["ชุมชน", "ปีงบประมาณ 2567", "ปีงบประมาณ 2567"], ["ชุมชน", "ไตรมาส 1", "ไตรมาส 2"],
            ["ชุมชนตัวอย่าง", "41.5", "63.25"], ["ชุมชนทดลอง", "38.75", "60.5"]]
    got = _read(tmp_path, rows, "ตารางที่ 1 ร้อยละของตัวอย่างที่ได้รับการดูแล รายไตรมาส")
    assert sorted(o.value_pct for o in got) == [38.75, 41.5, 60.5, 63.25]


def test_budget_label_still_says_no_percentage(tmp_path: Path) -> None:
    rows = [["ชุมชน", "งบประมาณ", "ร้อยละ"], ["ชุมชนตัวอย่าง", "50", "75.5"], ["ชุมชนทดลอง", "40", "62.5"]]
    got = _read(tmp_path, rows, "ตารางที่ 1 ร้อยละของตัวอย่าง")
    assert sorted(o.value_pct for o in got) == [62.5, 75.5]


def test_share_of_population_that_received_is_a_result(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2"],
            ["1.1 ร้อยละของประชากรอายุ 35 ปีขึ้นไปได้รับการตรวจตัวอย่าง", "1,200/5,000 (24.00)",
             "3,000/5,000 (60.00)"]]
    got = _read(tmp_path, rows)
    assert [o.value_pct for o in got] == [24.0, 60.0]


def test_background_population_share_stays_unread(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2"], ["ผู้สูงอายุตัวอย่าง ร้อยละของประชากร", "18.5", "18.75"],
            ["ร้อยละของตัวอย่างที่ได้รับการดูแล", "40", "70"]]
    got = _read(tmp_path, rows)
    assert [o.value_pct for o in got] == [40.0, 70.0]
