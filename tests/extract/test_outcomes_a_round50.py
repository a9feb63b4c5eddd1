"""Round 50 (outcomes A): an inspection report's district tables.

Rules pinned here:
- a results cell written percentage first with its counts and their unit
  ("ร้อยละ 92.50 (37/40 คน)"), or counts first with the percentage in brackets
  ("1,284/1,402 (91.58)"), is a data cell: the header reader never takes a
  table's first row of such cells for a second header row;
- a results table by district and issue ("อำเภอ | ประเด็น / ตัวชี้วัด | ผลการ
  ดำเนินงาน") takes each row's indicator and target from the earlier table of
  the district's issues, indicators and targets that names the same issue; an
  issue with no result yet ("รอข้อมูล") keeps its bare target, even when a
  result of another issue of its district has the same bar;
- a transposed results table (districts as rows, one column of "n/d (p)" per
  measure, a "ผ่าน / ไม่ผ่าน" column, an "N/A" gap) is read column by column,
  each measure named without its counts' unit ("(ราย)"), and a pass-mark note under it ("หมายเหตุ: เกณฑ์ผ่าน คือ A ≥ 85% B ≥ 90%")
  gives each measure's rows, total included, that measure's target;
- a table captioned by what it counts ("ตารางที่ 3 จำนวนตำบลที่มี พชต. …
  เรียงลำดับรายอำเภอ") with a bare "ร้อยละ" column measures the share of it,
  and takes no target from the KPI stated before it;
- two tables giving one district the same figure to hundredths, named with
  shared words, are one record.
Small strings first, then variants built as real .docx files, then the
set-50 corpus files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_parts

from pcc_ingest.extract.outcomes.note_row_targets import row_targets
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_header import is_figure_cell
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NONTHABURI = "nonthaburi-province-2568-inspection"
TITLE = "แบบรายงานการตรวจราชการ พชอ. จังหวัดเลย ปีงบประมาณ 2568"

Row = tuple[str | None, str, float | None, float | None]


def _outcomes(path: Path) -> set[Row]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}


@pytest.mark.parametrize("text", ["ร้อยละ 92.50 (37/40 คน)", "1,284/1,402 (91.58)", "ร้อยละ 85.71 (6/7 หมู่บ้าน)"])
def test_a_figure_with_its_counts_is_a_data_cell(text: str) -> None:
    assert is_figure_cell(text)


def test_a_label_is_still_no_figure_cell() -> None:
    assert not is_figure_cell("ผลการดำเนินงาน รอบที่ 1")
    assert not is_figure_cell("ร้อยละ (คน)")


def test_a_pass_mark_note_gives_each_measure_its_target() -> None:
    text = "หมายเหตุ: เกณฑ์ผ่าน คือ ตัวอย่างได้รับการดูแล ≥ 85% ตัวอย่างมี Care Plan ≥ 90% และระดับ 3"
    note = Block(order=0, kind="paragraph", raw_text=text, text=text, start=0, end=len(text))
    assert row_targets(note) == [("ตัวอย่างได้รับการดูแล", 85.0), ("ตัวอย่างมี Care Plan", 90.0)]


TARGETS = [["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "ตัวชี้วัด", "ค่าเป้าหมาย"],
           ["เชียงคาน", "1) การจัดการขยะตัวอย่าง", "ร้อยละของครัวเรือนตัวอย่างคัดแยกขยะต้นทาง", "≥ 70%"],
           ["", "2) การดูแลผู้สูงอายุตัวอย่าง", "ร้อยละของผู้สูงอายุตัวอย่างได้รับการคัดกรอง", "≥ 80%"],
           ["ภูเรือ", "1) เกษตรปลอดภัยตัวอย่าง", "ร้อยละของครัวเรือนตัวอย่างปลูกผักปลอดภัย", "≥ 80%"],
           ["", "2) การป้องกันโรคตัวอย่าง", "ร้อยละของหมู่บ้านตัวอย่างมีค่า HI ต่ำ", "≥ 80%"]]
RESULTS = [["อำเภอ", "ประเด็น / ตัวชี้วัด", "ผลการดำเนินงาน รอบที่ 1", "ผ่าน / ไม่ผ่าน"],
           ["เชียงคาน", "การจัดการขยะตัวอย่าง", "ร้อยละ 72.40 (362/500 ครัวเรือน)", "ผ่าน"],
           ["", "การดูแลผู้สูงอายุตัวอย่าง", "รอข้อมูล", "-"],
           ["ภูเรือ", "เกษตรปลอดภัยตัวอย่าง", "ร้อยละ 85.00 (170/200 ครัวเรือน)", "ผ่าน"],
           ["", "การป้องกันโรคตัวอย่าง", "ร้อยละ 76.47 (52/68 หมู่บ้าน)", "ไม่ผ่าน"]]


def test_results_by_issue_take_the_earlier_tables_indicator_and_target(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "r.docx", [TITLE, "ตารางที่ 1 ประเด็น ตัวชี้วัด และค่าเป้าหมาย รายอำเภอ", TARGETS,
                                              "ผลการดำเนินงานตามประเด็นของอำเภอ", RESULTS],
                       {0: [(1, 0, 2, 0), (3, 0, 4, 0)], 1: [(1, 0, 2, 0), (3, 0, 4, 0)]})
    got = _outcomes(path)
    assert ("4203", "ร้อยละของครัวเรือนตัวอย่างคัดแยกขยะต้นทาง", 72.4, 70.0) in got
    assert ("4207", "ร้อยละของครัวเรือนตัวอย่างปลูกผักปลอดภัย", 85.0, 80.0) in got
    assert ("4207", "ร้อยละของหมู่บ้านตัวอย่างมีค่า HI ต่ำ", 76.47, 80.0) in got
    assert not {o for o in got if o[2] is not None and o[3] is None}  # no result left without its target


def test_an_issue_with_no_result_yet_keeps_its_bare_target(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "r.docx", [TITLE, "ตารางที่ 1 ประเด็น ตัวชี้วัด และค่าเป้าหมาย รายอำเภอ", TARGETS,
                                              "ผลการดำเนินงานตามประเด็นของอำเภอ", RESULTS],
                       {0: [(1, 0, 2, 0), (3, 0, 4, 0)], 1: [(1, 0, 2, 0), (3, 0, 4, 0)]})
    assert ("4203", "ร้อยละของผู้สูงอายุตัวอย่างได้รับการคัดกรอง", None, 80.0) in _outcomes(path)


TRANSPOSED = [["อำเภอ", "ตัวอย่างได้รับการดูแล (ราย)", "ตัวอย่างมี Care Plan (ราย)", "ระดับ UCCARE ต่ำสุด", "ผ่าน / ไม่ผ่าน"],
              ["เชียงคาน", "612/690 (88.70)", "148/160 (92.50)", "3", "ผ่าน"],
              ["ภูเรือ", "968/1,150 (84.17)", "N/A", "2", "ไม่ผ่าน"],
              ["รวม", "1,580/1,840 (85.87)", "148/160 (92.50)", "-", "1 อำเภอ"]]


def test_a_transposed_results_table_takes_each_measures_pass_mark(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "r.docx", [TITLE, "ตารางที่ 2 ผลการดูแลตัวอย่าง จำแนกรายอำเภอ", TRANSPOSED,
                                              "หมายเหตุ: เกณฑ์ผ่าน คือ ตัวอย่างได้รับการดูแล ≥ 85% ตัวอย่างมี Care Plan ≥ 90%"
                                              " และระดับ UCCARE ไม่ต่ำกว่าระดับ 3"], {})
    named = _outcomes(path)
    assert ("4203", "ตัวอย่างได้รับการดูแล", 88.7, 85.0) in named  # named without the counts' unit "(ราย)"
    got = {(d, v, t) for d, _, v, t in named}
    assert {("4203", 88.7, 85.0), ("4203", 92.5, 90.0), ("4207", 84.17, 85.0), (None, 85.87, 85.0)} <= got
    assert not {v for _, v, _ in got} & {2.0, 3.0}  # a UCCARE level is no result
    assert not [1 for d, v, _ in got if d == "4207" and v != 84.17]  # "N/A" is a gap


RANKING = [["ลำดับ", "อำเภอ", "ตำบลที่ดำเนินการ (แห่ง)", "ตำบลทั้งหมด (แห่ง)", "ร้อยละ"],
           ["1", "ภูเรือ", "6", "6", "100.00"],
           ["2", "เชียงคาน", "7", "9", "77.78"],
           ["รวม", "", "13", "15", "86.67"]]


def test_a_counted_caption_names_the_share_and_lends_no_kpi_target(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "r.docx", [TITLE, "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์ตัวอย่าง ค่าเป้าหมาย ≥ 85%",
                                              "ทุกอำเภอขยายกลไกการดำเนินงานลงสู่ระดับตำบล ผลการดำเนินงาน ดังนี้",
                                              "ตารางที่ 3 จำนวนตำบลที่มี พชต. ตัวอย่าง เรียงลำดับรายอำเภอ", RANKING],
                       {0: [(3, 0, 3, 1)]})
    got = {o for o in _outcomes(path) if o[2] in (100.0, 77.78, 86.67)}
    assert {("4207", 100.0), ("4203", 77.78), (None, 86.67)} <= {(d, v) for d, _, v, _ in got}
    assert {i for _, i, _, _ in got} == {"ร้อยละตำบลที่มี พชต. ตัวอย่าง"}
    assert {t for _, _, _, t in got} == {None}


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_nonthaburi_inspection_reads_every_district_table(ext: str) -> None:
    got = _outcomes(CORPUS / f"{NONTHABURI}.{ext}")
    by_figure = {(d, v, t) for d, _, v, t in got}
    assert ("1201", 95.7, 90.0) in by_figure  # issue result, targets table and transposed table: one record
    assert ("1202", 92.5, 90.0) in by_figure and (None, 93.14, 90.0) in by_figure  # pass mark under the table
    assert ("1204", 84.17, 85.0) in by_figure and len([1 for d, v, _ in by_figure if (d, v) == ("1204", 84.17)]) == 1
    assert {("1203", 100.0, None), ("1204", 62.5, None), (None, 80.77, None)} <= by_figure  # ranking table
    assert {("1202", None, 80.0), ("1204", None, 80.0), ("1206", None, 80.0)} <= by_figure  # no result yet
    assert not {v for _, v, _ in by_figure if v is not None} & {14.8, 20.0}  # a rate per 1,000 is no percentage
