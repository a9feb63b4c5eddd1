"""Round 51 (outcomes C): a KPI template table ("ตัวชี้วัด | สูตรการคำนวณ |
A (ผลงาน) | B (เป้าหมาย) | ผลลัพธ์ | ค่าเป้าหมาย") reads its result from the
column after the formula's operands, a percentage however bare, and never
from the A and B counts, even when a page break leaves one row above it.
A change in that column ("ลดลงร้อยละ 31.71") is the row's result, and a
relative target naming its base ("ลดลงร้อยละ 20 จากปี 2566") is the change's
target.  A whole count before its bracketed percentage with sign and
decimals ("61 (26.52%)") is that percentage; "ร้อยละ 75 (6 ใน 8 ตำบล)" is proved by its count.  A first
column headed "ผลการดำเนินงาน" over words, beside quarter columns, names the
rows.  The paragraph under a places-by-measures table holding one measure
against the target ("… ผ่านเกณฑ์ทุกตำบล") gives that measure's figures its
KPI's target, and only that measure's.  "ร้อยละ" with what it measures before
its figure ("ร้อยละการเบิกจ่าย 97.07") is a percentage; a test's pass mark
restated as a percentage ("ได้คะแนน 16 คะแนนขึ้นไป หรือ 80%") is none.
Strings first, then built .docx variants, then set-51 corpus files."""

from __future__ import annotations

import docx
from docx_builder import add_table, write_docx

from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.compared_measures import compared_columns
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TITLE = "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567 อำเภอวังสะพุง จังหวัดเลย"
KPI_HEADER = ["ตัวชี้วัด", "สูตรการคำนวณ", "A (ผลงาน)", "B (เป้าหมาย)", "ผลลัพธ์", "ค่าเป้าหมาย"]


def _outcomes(path) -> set[tuple[str, float | None, float | None]]:
    return {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}


def test_a_relative_target_naming_its_base_is_a_change_target() -> None:
    figure = cell_figure("ลดลงร้อยละ 20 จากปี 2566")
    assert figure is not None and figure.value == 20.0 and figure.change == "ลดลง"
    figure = cell_figure("เพิ่มขึ้นร้อยละ 5 จากปีก่อน")
    assert figure is not None and figure.value == 5.0
    assert cell_figure("80 จากปี 2566") is None  # a base belongs to a change only


def test_a_count_before_its_marked_bracketed_percentage_is_that_percentage() -> None:
    figure = cell_figure("61 (26.52%)")
    assert figure is not None and figure.value == 26.52 and figure.marked
    assert cell_figure("1,128 (55.65%)").value == 55.65
    assert cell_figure("61 (26.52)") is None  # unmarked: a count with an aside
    assert cell_figure("80 (60%)") is None  # whole: two percentages, no single figure


def test_a_percentage_proved_by_n_in_d_places() -> None:
    assert fraction_percent("ร้อยละ 75 (6 ใน 8 ตำบล)") == 75.0
    assert fraction_percent("ร้อยละ 70 (6 ใน 8 ตำบล)") is None


def test_percent_word_then_what_it_measures_then_the_figure() -> None:
    text = "คิดเป็นร้อยละการเบิกจ่าย 97.07 ของงบประมาณที่ได้รับ"
    assert [v for v, _, _ in percentages(text)] == [97.07]
    assert [v for v, _, _ in percentages("ร้อยละการประชุม 4 ครั้ง")] == []  # a count, no percentage


def test_a_tests_pass_mark_as_a_percentage_is_no_outcome() -> None:
    text = "ผู้ผ่านเกณฑ์หลังอบรม (ได้คะแนน 16 คะแนนขึ้นไป หรือ 80%) จำนวน 108 คน คิดเป็น 90.00%"
    assert [v for v, _, _ in percentages(text)] == [90.0]


def test_each_clause_names_the_measure_it_holds_against_the_target() -> None:
    labels = {1: "ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตาม Care Plan", 2: "ผู้ใช้ผู้เสพได้รับการบำบัดและติดตามครบ",
              3: "การสวมหมวกนิรภัย"}
    text = ("จากตาราง พบว่า การดูแลผู้สูงอายุติดบ้านติดเตียงตาม Care Plan ผ่านเกณฑ์ทุกตำบล ยกเว้นตำบลหนึ่ง "
            "ส่วนการสวมหมวกนิรภัยยังต่ำกว่าเป้าหมายในตำบลสอง")
    assert compared_columns(text, labels) == {1, 3}
    assert compared_columns("การสวมหมวกนิรภัยดีขึ้นทุกตำบล", labels) == set()


def test_a_built_kpi_template_reads_the_result_column_not_the_counts(tmp_path) -> None:
    """Another district, "ผลการคำนวณ" for "ผลลัพธ์", bare results, a change row, a relative target."""
    header = [*KPI_HEADER[:4], "ผลการคำนวณ", "ค่าเป้าหมาย"]
    path = write_docx(tmp_path / "kpi.docx", [TITLE], [
        header,
        ["1. ร้อยละของเด็กได้รับวัคซีนครบตามเกณฑ์", "(A/B) × 100", "45", "50", "90.00", "≥ 95%"],
        ["2. จำนวนผู้ป่วยตัวอย่างลดลงเมื่อเทียบกับปีก่อน", "((B − A)/B) × 100", "30", "40", "ลดลงร้อยละ 25.00",
         "ลดลงร้อยละ 10 จากปี 2566"],
    ])
    got = _outcomes(path)
    assert ("ร้อยละของเด็กได้รับวัคซีนครบตามเกณฑ์", 90.0, 95.0) in got
    assert any(v == 25.0 and t == 10.0 for _, v, t in got)
    assert not any(v in (45.0, 50.0, 30.0, 40.0) for _, v, _ in got)  # the operands are counts


def test_a_built_table_of_quarters_named_by_a_results_column(tmp_path) -> None:
    """"ผลการดำเนินงาน" over the rows' names, cells of a count and its marked percentage."""
    path = write_docx(tmp_path / "quarters.docx", [TITLE, "3.1 ผลการดำเนินงานรายไตรมาส"], [
        ["ผลการดำเนินงาน", "ไตรมาส 1 (ต.ค.–ธ.ค. 66)", "ไตรมาส 2 (ม.ค.–มี.ค. 67)"],
        ["ร้อยละของครัวเรือนตัวอย่างคัดแยกขยะ (สะสม)", "120 (40.00%)", "180 (60.00%)"],
        ["จำนวนผู้ป่วยตัวอย่าง (ราย)", "12", "9"],
    ])
    got = _outcomes(path)
    assert ("ร้อยละของครัวเรือนตัวอย่างคัดแยกขยะ (สะสม) ไตรมาส 1", 40.0, None) in got
    assert ("ร้อยละของครัวเรือนตัวอย่างคัดแยกขยะ (สะสม) ไตรมาส 2", 60.0, None) in got
    assert not any(v in (12.0, 9.0) for _, v, _ in got)


def test_a_built_places_table_takes_the_target_only_for_the_compared_measure(tmp_path) -> None:
    """A KPI table with targets, then places by measures, then text comparing one measure."""
    path = tmp_path / "places.docx"
    document = docx.Document()
    document.add_paragraph(TITLE)
    add_table(document, [["ตัวชี้วัด", "ผลงาน", "เป้าหมาย", "ร้อยละ"],
                         ["ร้อยละของเด็กตัวอย่างได้รับวัคซีนครบ (เป้าหมาย ร้อยละ 95)", "90", "100", "90.00"],
                         ["ร้อยละของครัวเรือนตัวอย่างคัดแยกขยะ (เป้าหมาย ร้อยละ 70)", "65", "100", "65.00"]])
    document.add_paragraph("ผลงาน/เป้าหมาย (ร้อยละ) ของตัวชี้วัด จำแนกรายตำบล ดังนี้")
    add_table(document, [["ตำบล", "เด็กตัวอย่างได้รับวัคซีนครบ", "ครัวเรือนตัวอย่างคัดแยกขยะ"],
                         ["ผาน้อย", "48/50 (96.00)", "40/50 (80.00)"],
                         ["ศรีสงคราม", "42/50 (84.00)", "25/50 (50.00)"]])
    document.add_paragraph("จากตาราง พบว่า เด็กตัวอย่างได้รับวัคซีนครบต่ำกว่าเป้าหมายในตำบลศรีสงคราม")
    document.save(path)
    got = _outcomes(path)
    assert ("เด็กตัวอย่างได้รับวัคซีนครบ ตำบลศรีสงคราม", 84.0, 95.0) in got
    assert ("ครัวเรือนตัวอย่างคัดแยกขยะ ตำบลศรีสงคราม", 50.0, None) in got  # not compared: no target


def test_set_51_kpi_templates_in_real_files(parsed) -> None:
    got = {(o.value_pct, o.target_pct) for o in extract(parsed("chaiyaphum-chatturat-2567-progress.pdf")).outcomes}
    assert {(81.51, 80.0), (31.71, 20.0), (34.29, 40.0), (61.96, 60.0), (6.67, 5.0), (74.79, None)} <= got
    got = {(o.value_pct, o.target_pct) for o in extract(parsed("prachuap-khiri-khan-hua-hin-2566-project.pdf")).outcomes}
    assert {(70.0, 75.0), (90.0, 80.0), (100.0, 100.0), (75.0, 60.0)} <= got
    assert (80.0, None) not in got  # the test's pass mark


def test_set_51_places_and_quarters_in_a_real_file(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed("yala-betong-2567-progress.docx")).outcomes}
    assert ("ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตาม Care Plan ตำบลอัยเยอร์เวง", 88.0, 90.0) in got
    assert ("การสวมหมวกนิรภัย ตำบลยะรม", 75.5, 80.0) in got
    assert ("ผู้ใช้ผู้เสพได้รับการบำบัดและติดตามครบ ตำบลยะรม", 84.0, None) in got  # the text compares it not
    assert any(v == 26.52 and "ไตรมาส 1" in name for name, v, _ in got)
    assert any(v == 97.07 for _, v, _ in got)
    got = {(o.value_pct, o.target_pct) for o in extract(parsed("kalasin-kamalasai-2568-action-plan.pdf")).outcomes}
    assert {(75.0, None), (None, 20.0), (None, 5.0), (None, 10.0)} <= got
