"""Round 30 (outcomes): a KPI target said to hold "ในแต่ละตำบล" goes to every
row of the ตำบล table it introduces, not only to its total row.  A sentence
"อำเภอกำหนดเป้าหมายให้ X ไม่น้อยกว่าร้อยละ 80" names X as what its table
measures.  A count restated as the figure after "หรือ" leaves the words
before it as the indicator.  A bracket opened by a target word and naming
what is measured gives the indicator, not the issue before it.  A bounded
percentage followed at once by the share of units that must meet it is part
of the subject.  An agenda heading up to 100 characters long still opens a
section (and its year).  A figure after "เกณฑ์เป้าหมาย :" is a target.  A
result cell's bracketed note on the data, with dates or counts but no
percentage or target, leaves the figure readable.  Strings first, then real
corpus files of set 30."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import block_figures, percentages
from pcc_ingest.extract.outcomes.outline import outline_number
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.outcomes.table_titles import measured_clause
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block

PHICHAI = "uttaradit-phichai-2567-progress.pdf"
WISET = "ang-thong-wiset-chai-chan-2567-minutes"
KALASIN = "kalasin-province-2566-inspection"
SCREENED = "ผู้สูงอายุได้รับการคัดกรองสุขภาพ 10 ด้าน"


def _paragraph(text: str) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=0, start=0, end=len(text))


def test_a_kpi_target_said_for_each_unit_is_read_after_its_figure() -> None:
    each = rule_re("table", "target_each_unit")
    assert each.search(" ของผู้สูงอายุในแต่ละตำบล ผลการคัดกรองรายตำบล ดังนี้")
    assert each.search(" ทุกหมู่บ้าน")
    assert not each.search(" ผลการคัดกรองรายตำบล ดังนี้")


def test_a_sentence_setting_the_target_names_what_its_table_measures() -> None:
    text = f"อำเภอกำหนดเป้าหมายให้{SCREENED} ไม่น้อยกว่าร้อยละ 80 ของผู้สูงอายุในแต่ละตำบล ผลการคัดกรองรายตำบล"
    assert measured_clause(text) == SCREENED


def test_a_count_restated_after_or_leaves_the_words_before_it() -> None:
    assert indicator_words("มีผู้กลับไปเสพซ้ำ 3 คน หรือ") == "ผู้กลับไปเสพซ้ำ"


def test_a_target_bracket_naming_the_measure_gives_the_indicator() -> None:
    words = "การดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง (เป้าหมาย ได้รับการดูแลตาม Care Plan ไม่น้อยกว่า"
    assert indicator_words(words) == "ได้รับการดูแลตาม Care Plan"
    assert indicator_words("ครัวเรือนคัดแยกขยะ (เป้าหมาย") == "ครัวเรือนคัดแยกขยะ"  # a bare bracket opener goes


def test_a_bar_followed_by_the_share_of_units_meeting_it_is_part_of_the_subject() -> None:
    text = "การป้องกันโรคไข้เลือดออก (เป้าหมาย หมู่บ้านมีค่า HI ไม่เกินร้อยละ 10 ไม่น้อยกว่าร้อยละ 80 ของหมู่บ้าน)"
    assert [v for v, _, _ in percentages(text)] == [80.0]
    assert [v for v, _, _ in percentages("HI ไม่เกินร้อยละ 10 ร้อยละ 80")] == [10.0, 80.0]


def test_a_long_agenda_heading_still_opens_a_section() -> None:
    heading = "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง : สรุปผลการดำเนินงาน พชอ. ปีงบประมาณ 2566"
    assert len(heading) > 60
    assert outline_number(_paragraph(heading)) == (3,)
    assert outline_number(_paragraph(heading + " " + "ที่ประชุมรับทราบผลการดำเนินงานทุกประเด็น" * 2)) is None


def test_a_figure_after_a_target_label_and_colon_is_a_target() -> None:
    text = "ตัวชี้วัด : ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ เกณฑ์เป้าหมาย : ร้อยละ 75"
    assert [(f.value, f.target) for f, _ in block_figures(text, False, 2566)] == [(75.0, True)]
    assert not block_figures("ผลการดำเนินงาน : ร้อยละ 75", False, 2566)[0][0].target


def test_a_bracketed_note_on_the_data_leaves_the_cell_figure() -> None:
    assert cell_figure("37.50 (ข้อมูล HDC ณ 31 มี.ค. 66)").value == 37.5
    assert cell_figure("76.92 (รพ.สต. 1 แห่งยังไม่ส่งข้อมูล)").value == 76.92
    assert cell_figure("76.92 (เป้าหมาย 80)") is None  # a target in the bracket is no note
    assert cell_figure("50 (10 คน)") is None


def test_each_subdistrict_row_takes_the_target_set_for_each_in_a_real_file(parsed) -> None:
    rows = [o for o in extract(parsed(PHICHAI)).outcomes if o.evidence.table is not None]
    assert len(rows) == 12 and all(o.target_pct == 80.0 for o in rows)
    assert all(o.indicator.startswith(SCREENED) for o in rows)
    got = {(o.value_pct, o.target_pct) for o in extract(parsed(PHICHAI)).outcomes}
    assert (8.57, None) in got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_last_years_results_under_an_agenda_heading_in_a_real_file(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(WISET + suffix)).outcomes}
    assert ("ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตาม Care Plan", 96.24, 90.0, 2566) in got
    assert ("ได้รับการดูแลตาม Care Plan", None, 95.0, 2567) in got
    assert ("หมู่บ้านมีค่า HI ไม่เกินร้อยละ 10", None, 80.0, 2567) in got
    assert not any(t == 10.0 for _, _, t, _ in got)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_inspection_kpi_target_after_a_colon_joins_its_result_in_a_real_file(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(KALASIN + suffix)).outcomes}
    assert (83.33, 75.0, 2566) in got
    assert (75.0, None, 2566) not in got
