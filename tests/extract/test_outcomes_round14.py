"""Round 14 outcome rules: a row of words under a full header is a body row,
not a lower header row; a percentage in a column headed as targets is a
target; a target in a bracket opened after a result is that result's; a
count target's bracketed share is the row's percentage target.  Strings
first, then real .docx files and corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.figure_pairs import pairs_up
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.figures import Figure
from pcc_ingest.extract.outcomes.table_targets import count_share
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse


@pytest.mark.parametrize(("text", "share"), [
    ("9 ตำบล (ร้อยละ 100)", 100.0),
    ("420 คน (ร้อยละ 80)", 80.0),
    ("118 แห่ง (80%)", 80.0),
    ("1,250 หลังคาเรือน (ร้อยละ 75.5)", 75.5),
])
def test_a_count_target_gives_its_bracketed_share(text, share):
    assert count_share(text) == share


@pytest.mark.parametrize("text", ["ร้อยละ 80", "9 ตำบล", "420 คน (เด็ก 6-14 ปี)", "ร้อยละ 100 (9 ตำบล)"])
def test_a_cell_without_a_count_and_its_share_gives_none(text):
    assert count_share(text) is None


SPENT = "ผลการเบิกจ่ายสะสมถึงไตรมาส 2 คิดเป็นร้อยละ 73.52 ของงบประมาณที่ได้รับ (เป้าหมายการเบิกจ่ายสะสมไตรมาส 2 ร้อยละ 50)"


def _figure(text: str, number: str, target: bool) -> Figure:
    start = text.index(number)
    return Figure(float(number), start, start + len(number), target)


def test_a_target_in_a_bracket_opened_after_a_result_pairs_with_it():
    assert pairs_up(SPENT, _figure(SPENT, "73.52", False), _figure(SPENT, "50", True))


def test_a_long_gap_without_a_target_bracket_does_not_pair():
    text = SPENT.replace("(เป้าหมาย", "และการเบิกจ่าย").replace(")", "")
    assert not pairs_up(text, _figure(text, "73.52", False), _figure(text, "50", True))


WORKING_GROUPS = [
    ["คณะทำงาน", "ประธานคณะทำงาน", "เลขานุการคณะทำงาน", "ค่าเป้าหมายสำคัญ ปี 2566"],
    ["1. ประเด็นการป้องกันและลดอุบัติเหตุทางถนน", "ผู้กำกับการ สภ.เมือง",
     "ผู้รับผิดชอบงานอุบัติเหตุและฉุกเฉิน รพ.", "สวมหมวกนิรภัย ร้อยละ 70"],
    ["2. ประเด็นการดูแลผู้สูงอายุ", "ผู้อำนวยการโรงพยาบาล", "ผู้รับผิดชอบงานผู้สูงอายุ สสอ.",
     "ได้รับการดูแลตาม Care Plan ร้อยละ 90"],
]


def test_a_row_of_words_under_a_full_header_is_no_lower_header_row(tmp_path):
    doc = parse(write_docx(tmp_path / "groups.docx", paragraphs=["การแต่งตั้งคณะทำงานรายประเด็น"],
                           rows=WORKING_GROUPS))
    table = read_tables(doc)[0]
    assert len(table.header_rows) <= 1  # the two working groups' rows stay body rows


def test_figures_in_a_column_headed_as_targets_are_targets(tmp_path):
    doc = parse(write_docx(tmp_path / "groups.docx", paragraphs=["การแต่งตั้งคณะทำงานรายประเด็น"],
                           rows=WORKING_GROUPS))
    found = {(o.value_pct, o.target_pct, o.year_be) for o in extract(doc).outcomes}
    assert (None, 70, 2566) in found
    assert (None, 90, 2566) in found
    assert not any(value in (70, 90) for value, _, _ in found)


@pytest.mark.parametrize("name", ["surat-thani-tha-chang-2566-minutes.docx", "surat-thani-tha-chang-2566-minutes.pdf"])
def test_minutes_key_targets_column_gives_targets(parsed, name):
    found = {(o.value_pct, o.target_pct) for o in extract(parsed(name)).outcomes}
    assert {(None, 60), (None, 10), (None, 95)} <= found
    assert not found & {(60, None), (10, None), (95, None)}


def test_a_spending_rate_keeps_its_bracketed_target(parsed):
    found = {(o.value_pct, o.target_pct) for o in extract(parsed("phatthalung-tamot-2566-progress.pdf")).outcomes}
    assert (73.52, 50) in found
    assert (None, 50) not in found


def test_count_targets_with_their_share_give_the_rows_targets(parsed):
    found = {(o.value_pct, o.target_pct) for o in extract(parsed("nakhon-phanom-si-songkhram-2567-project.pdf")).outcomes}
    assert {(100, 100), (87.62, 80), (86.44, 80)} <= found


TAK = ("ร้อยละ 60.15 (เป้าหมาย ร้อยละ 70 ปี 2566 ร้อยละ 52.37) "
       "จุดเสี่ยงได้รับการแก้ไข 5 จุด จาก 7 จุด คิดเป็นร้อยละ 71.43")


def test_a_year_inside_a_closed_aside_does_not_date_the_figures_after_it():
    assert year_before(TAK, TAK.index("71.43")) is None


def test_a_year_inside_an_aside_dates_the_asides_own_figure():
    assert year_before(TAK, TAK.index("52.37")) == 2566


def test_a_bracketed_year_labelling_the_next_figure_still_dates_it():
    text = "ผลงาน (ปี 2566) ร้อยละ 80"
    assert year_before(text, text.index("80")) == 2566


def test_results_after_an_aside_of_last_year_keep_the_documents_year(parsed):
    found = {(o.value_pct, o.year_be) for o in extract(parsed("tak-sam-ngao-2567-progress.pdf")).outcomes}
    assert (71.43, 2567) in found
    assert (52.37, 2566) in found
