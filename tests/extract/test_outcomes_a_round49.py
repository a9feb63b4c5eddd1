"""Round 49 (outcomes A): a minutes' results in prose and in a results table.

Rules pinned here:
- a bracket stating the target between a measure and its run of figures with
  their places in brackets ("ผลการตรวจพบไข่พยาธิ (เป้าหมาย ไม่เกินร้อยละ 5) ได้ร้อยละ
  4.21 (ต.…), 6.80 (ต.…)") is no clause break: the measure is named by the
  words before it, and every place's figure takes its target;
- a figure for the whole right after the run ("ภาพรวมอำเภอร้อยละ 4.57") is the
  measure's result for the whole, named "<measure> ภาพรวมอำเภอ" with the run's
  target, and the earlier year's figure it is compared with ("ลดลงจากปี 2566
  ที่พบร้อยละ 7.24") is a baseline of that name, with no target;
- a cell listing places' figures may close on a note in brackets (the count
  behind another indicator stacked in the row: "(Care plan 140 จาก 143 ราย)")
  and still lists places, which go to the row's first stacked indicator;
- two ruled PDF tables drawn touching, one under the other, with two column
  systems are two tables; rows of merged cells keeping to their table's
  column edges are not cut off.
Small strings first, then variants built as real .docx files, then the real
corpus files of set 49.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.place_cells import place_figures
from pcc_ingest.extract.outcomes.respective_lists import bracketed_figures
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_stacked_tables import split_stacked

KUSUMAN = "sakon-nakhon-kusuman-2567-minutes"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TITLE = "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอกุสุมาลย์ จังหวัดสกลนคร ครั้งที่ 2/2567"
RUN = ("ผลการตรวจคัดกรองตัวอย่าง (เป้าหมาย ไม่เกินร้อยละ 5) ได้ร้อยละ 4.10 (ต.ตัวอย่าง), "
       "6.20 (ต.ทดลอง) และ 3.30 (ต.สมมุติ) ภาพรวมอำเภอร้อยละ 4.40 ลดลงจากปี 2566 ที่พบร้อยละ 7.10")

Row = tuple[str | None, str, float | None, float | None, int | None]


def _outcomes(path: Path) -> set[Row]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def test_a_target_bracket_before_a_run_does_not_cut_the_measures_name() -> None:
    got = {value: name for name, value, _, _ in bracketed_figures(RUN)}
    assert got == {4.1: "ผลการตรวจคัดกรองตัวอย่าง ต.ตัวอย่าง", 6.2: "ผลการตรวจคัดกรองตัวอย่าง ต.ทดลอง",
                   3.3: "ผลการตรวจคัดกรองตัวอย่าง ต.สมมุติ"}


def test_every_places_figure_takes_the_target_bracket_before_the_run(tmp_path: Path) -> None:
    got = _outcomes(write_docx(tmp_path / "m.docx", [TITLE, RUN]))
    assert ("4702", "ผลการตรวจคัดกรองตัวอย่าง ต.ตัวอย่าง", 4.1, 5.0, 2567) in got
    assert ("4702", "ผลการตรวจคัดกรองตัวอย่าง ต.ทดลอง", 6.2, 5.0, 2567) in got
    assert ("4702", "ผลการตรวจคัดกรองตัวอย่าง ต.สมมุติ", 3.3, 5.0, 2567) in got


def test_the_wholes_figure_after_a_run_is_the_measures_and_its_baseline_has_no_target(tmp_path: Path) -> None:
    got = _outcomes(write_docx(tmp_path / "m.docx", [TITLE, RUN]))
    assert ("4702", "ผลการตรวจคัดกรองตัวอย่าง ภาพรวมอำเภอ", 4.4, 5.0, 2567) in got
    assert ("4702", "ผลการตรวจคัดกรองตัวอย่าง ภาพรวมอำเภอ", 7.1, None, 2566) in got
    assert len(got) == 5


@pytest.mark.parametrize(("text", "count"), [
    ("ต.ตัวอย่าง 93.00 ต.ทดลอง 76.15 (Care plan 140 จาก 143 ราย)", 2),
    ("ต.ตัวอย่าง 93.00 ต.ทดลอง 76.15", 2),
    ("ต.ตัวอย่าง 93.00 ต.ทดลอง 76.15 ยังไม่ผ่านเกณฑ์", 0),  # words besides the places: another layout
])
def test_a_places_cell_may_close_on_a_bracketed_note(text: str, count: int) -> None:
    assert len(place_figures(text)) == count


def test_a_stacked_rows_places_with_a_closing_note_go_to_its_first_indicator(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "เป้าหมาย (ร้อยละ)", "ผลงานรายตำบล (ร้อยละ)", "ภาพรวมอำเภอ"],
            ["ร้อยละผู้สูงอายุได้รับการคัดกรองตัวอย่าง\nร้อยละผู้ป่วยติดเตียงมีแผนตัวอย่าง", "90\n100",
             "ต.ตัวอย่าง 93.00\nต.ทดลอง 76.15\n(แผนตัวอย่าง 140 จาก 143 ราย)", "85.12\n97.90"]]
    got = _outcomes(write_docx(tmp_path / "t.docx", [TITLE, "ผลการดำเนินงาน"], rows))
    assert ("4702", "ร้อยละผู้สูงอายุได้รับการคัดกรองตัวอย่าง ต.ตัวอย่าง", 93.0, 90.0, 2567) in got
    assert ("4702", "ร้อยละผู้สูงอายุได้รับการคัดกรองตัวอย่าง ต.ทดลอง", 76.15, 90.0, 2567) in got
    assert any(i.startswith("ร้อยละผู้ป่วยติดเตียงมีแผนตัวอย่าง") and v == 97.9 and t == 100.0
               for _, i, v, t, _ in got)
    assert not any(i.startswith("ร้อยละผู้ป่วยติดเตียง") and "ต." in i for _, i, _, _, _ in got)


def _grid(top: float, lefts: list[float], rows: int, right: float = 500.0, height: float = 20.0) -> list:
    edges = [*lefts, right]
    return [(x0, top + r * height, x1, top + (r + 1) * height)
            for r in range(rows) for x0, x1 in pairwise(edges)]


def test_two_touching_tables_of_two_column_systems_are_two() -> None:
    upper = _grid(100, [85, 290, 345, 460], 3)
    lower = _grid(160, [85, 340, 440], 3)
    parts = split_stacked(upper + lower)
    assert [sorted(p) for p in parts] == [sorted(upper), sorted(lower)]


def test_rows_of_merged_cells_on_their_tables_edges_stay_in_it() -> None:
    body = _grid(100, [85, 110, 310, 370, 430], 2)
    merged = _grid(140, [85, 310], 1)  # a row whose cells span columns, on the table's own edges
    rest = _grid(160, [85, 110, 310, 370, 430], 2)
    assert len(split_stacked(body + merged + rest)) == 1


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_kusuman_reads_its_prose_run_and_before_after_table(ext: str) -> None:
    got = _outcomes(CORPUS / f"{KUSUMAN}.{ext}")
    assert ("4702", "ผลการตรวจพบไข่พยาธิใบไม้ตับ ต.นาโพธิ์", 6.8, 5.0, 2567) in got
    assert ("4702", "ผลการตรวจพบไข่พยาธิใบไม้ตับ ภาพรวมอำเภอ", 4.57, 5.0, 2567) in got
    assert ("4702", "ผลการตรวจพบไข่พยาธิใบไม้ตับ ภาพรวมอำเภอ", 7.24, None, 2566) in got
    assert any(v == 92.1 and t is None and i.startswith("อสม. และ Care giver") for _, i, v, t, _ in got)


def test_kusuman_docx_gives_the_stacked_rows_places_to_its_first_indicator() -> None:
    got = _outcomes(CORPUS / f"{KUSUMAN}.docx")
    assert ("4702", "ร้อยละผู้สูงอายุได้รับการคัดกรอง ADL ต.อุ่มจาน", 86.7, 90.0, 2567) in got
