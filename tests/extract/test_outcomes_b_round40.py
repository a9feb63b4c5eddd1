"""Round 40 (outcomes b): a caption naming results by quarter may say what they are measured by
("ผลการดำเนินงานตามตัวชี้วัด รายไตรมาส"), so its quarter columns are results of the table's year.
A whole-year column the one-row header left unnamed ("ผลทั้งปี" beside "ไตรมาส 1 … ไตรมาส 4") is one
more result of that year, named by its own label.
Rounds of a row whose figures fall somewhere ("100 | 100 | 85.71 | 100") are each their own figure,
not a cumulative one that did not move.
A result in running text written to hundredths ("ร้อยละ 29.80") that a table gives with its target
is that record, whatever words name it.
A sentence broken between "ร้อยละ" and its figure twice in a row is read whole from its first line.
A percentage followed by the size of its pack ("(ทีมีฟอส 1%) ขนาด 25 กก.") is a thing bought's strength.
A stacked cell's figure may come with its count ("24/26 (92.31%) 21/25 (84.00%)").
A range in a target-year column ("ร้อยละ 80–90") sets its lower end as the year's target.
Strings and small blocks first, then real corpus files of set 40."""

from __future__ import annotations

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.merging import written_to_hundredths
from pcc_ingest.extract.outcomes.running_text import broken_lead
from pcc_ingest.extract.outcomes.stacked_cells import figure_parts
from pcc_ingest.extract.outcomes.year_parts import unnamed_total
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Table
from tests.extract.blocks import doc_of, grid_cell, text_block

RANONG = "ranong-la-un-2566-progress.pdf"
THA_MUANG = "kanchanaburi-tha-muang-2568-progress.pdf"
WANG_SAPHUNG = "loei-wang-saphung-2566-action-plan.docx"


def test_a_caption_of_results_by_quarter_may_name_what_they_are_measured_by() -> None:
    caption = rule_re("table", "results_caption")
    assert caption.search("4. ผลการดำเนินงานตามตัวชี้วัด รายไตรมาส")
    assert caption.search("ผลการดำเนินงานรายไตรมาส (ข้อมูล ณ วันที่ 31/01/2566)")
    assert not caption.search("แผนการดำเนินงานรายไตรมาส")


def test_an_unnamed_whole_year_column_beside_rounds_is_a_result_of_their_year() -> None:
    labels = {0: ("ตัวชี้วัด",), 1: ("ไตรมาส 1",), 2: ("ไตรมาส 2",), 3: ("ผลทั้งปี",), 4: ("หมายเหตุ",)}
    cells = {(0, c): grid_cell(t[0], 0, c) for c, t in labels.items()}
    grid = Grid(table=0, cells=cells, rows=(0,), n_cols=5)
    columns = (Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"),
               Column(1, "year", "ไตรมาส 1", own="ไตรมาส 1"), Column(2, "year", "ไตรมาส 2", own="ไตรมาส 2"))
    got = unnamed_total(Table(grid, (0,), columns, (), labels=labels), columns)
    assert [(c.col, c.role, c.own) for c in got[3:]] == [(3, "year", "ผลทั้งปี")]  # no remarks column


def test_a_whole_year_label_with_no_rounds_beside_it_adds_no_column() -> None:
    labels = {0: ("ตัวชี้วัด",), 1: ("ผลทั้งปี",)}
    grid = Grid(table=0, cells={(0, c): grid_cell(t[0], 0, c) for c, t in labels.items()}, rows=(0,), n_cols=2)
    columns = (Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"),)
    assert unnamed_total(Table(grid, (0,), columns, (), labels=labels), columns) == columns


def test_a_figure_written_to_hundredths_is_precise_however_round_its_value() -> None:
    def rec(text: str) -> OutcomeRecord:
        return OutcomeRecord(indicator="x", district="8502", value_pct=29.8, target_pct=None, year_be=2566,
                             evidence=evidence(text_block(text), 0, len(text)))
    assert written_to_hundredths(rec("ร้อยละ 29.80"))
    assert not written_to_hundredths(rec("ร้อยละ 29.8"))


def test_a_sentence_broken_twice_before_its_figures_is_read_from_its_first_line() -> None:
    doc = doc_of([text_block("ผู้สูงอายุได้รับการดูแลตาม Care Plan คิดเป็นร้อยละ"),
                  text_block("93.55 เพิ่มขึ้นจากปี 2565 ซึ่งทำได้ร้อยละ 88.00 และปี 2564 ร้อยละ"),
                  text_block("84.62 สาเหตุเนื่องจาก Caregiver ลาออก")])
    lead = broken_lead(doc, doc.blocks[2])
    assert lead.startswith("ผู้สูงอายุได้รับการดูแลตาม Care Plan") and lead.endswith("และปี 2564 ร้อยละ")


def test_a_percentage_before_the_size_of_its_pack_is_a_things_strength() -> None:
    assert [v for v, _, _ in percentages("ทรายกำจัดลูกน้ำยุงลาย (ทีมีฟอส 1%) ขนาด 25 กก.")] == []
    assert [v for v, _, _ in percentages("หมู่บ้านผ่านเกณฑ์ร้อยละ 85 ขนาดใหญ่")] == [85.0]


def test_a_stacked_cell_figure_may_come_with_its_count() -> None:
    assert len(figure_parts("24/26 (92.31%) 21/25 (84.00%)")) == 2
    assert figure_parts("24/26 (92.31%) ผ่าน") == []


def test_ranong_quarters_take_the_row_target_and_the_whole_year_restates_the_fourth(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(RANONG)).outcomes
           if o.evidence.table is not None}
    hi = "ร้อยละหมู่บ้านมีค่าดัชนีลูกน้ำยุงลาย (HI) น้อยกว่า 10"
    assert (f"{hi} ไตรมาส 2", 78.05, 85.0) in got and (f"{hi} ผลทั้งปี", 87.8, 85.0) in got
    assert not any(name == f"{hi} ไตรมาส 4" for name, _, _ in got)
    dengue = "ร้อยละผู้ป่วยไข้เลือดออกได้รับการควบคุมโรคตามมาตรการ 3-3-1"
    assert {v for name, v, _ in got if name.startswith(dengue)} == {100.0, 85.71, 95.24}
    assert sum(1 for name, _, _ in got if name.startswith(dengue)) == 5  # three 100% quarters kept


def test_ranong_text_figures_are_named_by_the_broken_sentences_subject(parsed) -> None:
    prose = [o for o in extract(parsed(RANONG)).outcomes if o.evidence.table is None]
    assert [o.year_be for o in prose if o.indicator.startswith("ผู้สูงอายุที่มีภาวะพึ่งพิง")] == [2566, 2565, 2564]
    assert not any("ตรวจซ้ำ" in o.indicator for o in prose)  # 29.80 is the table's whole-year record


def test_tha_muang_stacked_ci_rows_and_no_product_strength(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(THA_MUANG)).outcomes}
    assert ("ร้อยละวัดที่มีค่า CI = 0 ไตรมาส 1", 84.0, 90.0) in got
    assert ("ร้อยละโรงเรียนที่มีค่า CI = 0 ไตรมาส 2", 100.0, 100.0) in got
    assert not any("ทีมีฟอส" in name for name, _, _ in got)


def test_wang_saphung_range_target_sets_its_lower_end(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(WANG_SAPHUNG)).outcomes}
    assert ("ร้อยละครัวเรือนที่คัดแยกขยะต้นทาง", None, 80.0, 2566) in got
