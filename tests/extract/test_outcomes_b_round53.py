"""Round 53 (outcomes B): rules pinned here, one test each.

- A table of districts by rounds under years (a three-level header: "ปีงบประมาณ
  2565 | ปีงบประมาณ 2566" > "ไตรมาส 4 | ไตรมาส 1 | ..." > "เป้าหมาย | ผลงาน")
  whose caption says its bare figures are percentages ("ตารางที่ 1 ร้อยละของ...
  รายไตรมาส") gives one outcome per district row and round, named by the
  caption's subject and the round, in the year above the round; the total row's
  are the province's.
- In such a table a round of an earlier year is a baseline: no target, though
  the table writes its bar beside it.
- Tables of an appendix (ภาคผนวก) repeating figures the body gives (same
  district, year and percentage) add no outcomes.
- A province's table of districts with one measure per column written as
  percentages ("อำเภอ | A | B | ระดับ UCCARE" over "เมืองX | 86.46% | 86.81% | 3")
  gives each district its measures' figures, named by the column; a column of
  levels holds none.
- A group's share given right after the population's count ("ประชากร 1,356,449
  คน ผู้สูงอายุร้อยละ 16.82") is background, no outcome.
- A numbered heading ending on its fiscal year ("3.1 ผลการดำเนินงาน...
  ปีงบประมาณ พ.ศ. 2567"), longer than a heading usually runs, still heads its
  section, and its year is the year of the table of places under it.

Small strings first, then variants built as real .docx files, then the
set-53 corpus files themselves."""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_docx, write_parts
from extracted import outcome_rows as _outcomes
from extracted import paragraph as _block

from pcc_ingest.extract.outcomes.appendix_tables import appendix_start
from pcc_ingest.extract.outcomes.dated_headings import dated_depth
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

Got = set[tuple[str | None, str, float | None, float | None, int | None]]


_QUARTERS = [
    ["อำเภอ", "ปีงบประมาณ 2565", "", "ปีงบประมาณ 2566", "", "", ""],
    ["", "ไตรมาส 4", "", "ไตรมาส 1", "", "ไตรมาส 2", ""],
    ["", "เป้าหมาย", "ผลงาน", "เป้าหมาย", "ผลงาน", "เป้าหมาย", "ผลงาน"],
    ["เมืองนครนายก", "80", "81.25", "40", "42.10", "60", "61.75"],
    ["ปากพลี", "80", "77.40", "40", "36.55", "60", "58.20"],
    ["ภาพรวมจังหวัด", "80", "79.90", "40", "40.35", "60", "60.05"],
]
_MERGES = [(0, 0, 2, 0), (0, 1, 0, 2), (0, 3, 0, 6), (1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6)]
_HEAD = ["แบบรายงานการตรวจราชการ จังหวัดนครนายก ปีงบประมาณ 2566",
         "ตารางที่ 1 ร้อยละของผู้สูงอายุตัวอย่างได้รับการเยี่ยมบ้าน รายไตรมาส"]


def _by_value(got: Got) -> dict[float | None, tuple[str | None, str, float | None, float | None, int | None]]:
    return {o[2]: o for o in got}


def test_a_numbered_heading_ending_on_its_year_is_a_heading_however_long() -> None:
    long = "3.1 ผลการดำเนินงานตามประเด็นพัฒนาคุณภาพชีวิตตัวอย่างของอำเภอ ปีงบประมาณ พ.ศ. 2567"
    assert len(long) > 60 and dated_depth(_block(long)) == 2
    assert dated_depth(_block("3.1 ผลการดำเนินงานตามประเด็นตัวอย่าง คิดเป็นร้อยละ 85.19 ของเป้าหมาย")) is None


def test_districts_by_quarter_under_years_give_each_round_in_its_year(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "q.docx", _HEAD, _QUARTERS, _MERGES)
    got = _by_value(_outcomes(path))
    district, name, _, target, year = got[42.1]
    assert (district, target, year) == ("2601", 40.0, 2566) and name.endswith("ไตรมาส 1")
    assert "ผู้สูงอายุตัวอย่างได้รับการเยี่ยมบ้าน" in name
    assert got[36.55][0] == "2602" and got[58.2][3] == 60.0
    assert got[40.35][0] is None  # the total row: the province's


def test_a_round_of_an_earlier_year_is_a_baseline_without_target(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "b.docx", _HEAD, _QUARTERS, _MERGES)
    got = _by_value(_outcomes(path))
    assert got[81.25][3:] == (None, 2565) and got[77.4][3:] == (None, 2565)


def test_an_appendix_table_repeating_the_body_adds_no_outcomes(tmp_path: Path) -> None:
    ranking = [["ลำดับ", "อำเภอ", "ร้อยละ", "ผลต่างจากเกณฑ์ (60%)"],
               ["1", "เมืองนครนายก", "61.75", "+1.75"], ["2", "ปากพลี", "58.20", "-1.80"]]
    path = write_parts(tmp_path / "a.docx", [*_HEAD, _QUARTERS, "ภาคผนวก",
                                             "ภาคผนวก ก การจัดลำดับผลการเยี่ยมบ้านตัวอย่าง ไตรมาสที่ 2/2566",
                                             ranking], {0: _MERGES})
    records = extract(parse(path)).outcomes
    for value in (61.75, 58.2):
        assert [o.evidence.table for o in records if o.value_pct == value] == [0]


def test_a_table_of_contents_entry_for_the_appendix_opens_no_appendix(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "toc.docx", ["สารบัญ", "ภาคผนวก ................ 15", "1. บทนำ", "ภาคผนวก ก ตารางผลงาน"])
    doc = parse(path)
    start = appendix_start(doc)
    assert start is not None and doc.blocks[start].text.startswith("ภาคผนวก ก")


def test_districts_by_measure_columns_of_written_percentages(tmp_path: Path) -> None:
    rows = [["อำเภอ", "ผู้สูงอายุตัวอย่างได้รับการเยี่ยมบ้าน", "ตำบลตัวอย่างขับเคลื่อนประเด็น", "ระดับ UCCARE"],
            ["เมืองนครนายก", "86.46%", "100.00%", "3"], ["ปากพลี", "79.94%", "80.00%", "2"]]
    path = write_docx(tmp_path / "d.docx", ["แบบรายงานการตรวจราชการ จังหวัดนครนายก ปีงบประมาณ 2566",
                                            "ตารางที่ 2 ผลการดำเนินงานรายอำเภอ จำแนกตามตัวชี้วัด"], rows)
    got = _by_value(_outcomes(path))
    assert got[86.46][0] == "2601" and "ผู้สูงอายุตัวอย่างได้รับการเยี่ยมบ้าน" in got[86.46][1]
    assert got[80.0][0] == "2602" and "ตำบลตัวอย่างขับเคลื่อนประเด็น" in got[80.0][1]
    assert not {3.0, 2.0} & set(got)


def test_a_groups_share_right_after_the_population_is_background(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "p.docx", [
        "แบบรายงานการตรวจราชการ จังหวัดนครนายก ปีงบประมาณ 2566",
        "จังหวัดนครนายกมี 4 อำเภอ ประชากรตามทะเบียนราษฎร 260,751 คน ผู้สูงอายุร้อยละ 19.45 ทุกอำเภอมีคำสั่งแต่งตั้ง พชอ."])
    assert 19.45 not in {v for _, _, v, _, _ in _outcomes(path)}


def test_a_table_of_places_under_a_dated_agenda_item_is_of_that_year(tmp_path: Path) -> None:
    rows = [["ตำบล", "ผู้สูงอายุตัวอย่างได้รับการดูแลตามแผน (คน)"],
            ["ตัวอย่างเหนือ", "26/27 (96.30)"], ["ตัวอย่างใต้", "21/24 (87.50)"]]
    path = write_docx(tmp_path / "m.docx", [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอบ้านนา จังหวัดนครนายก ครั้งที่ 1/2568",
        "ระเบียบวาระที่ 3 เรื่องเพื่อทราบ",
        "3.1 ผลการดำเนินงานตามประเด็นพัฒนาคุณภาพชีวิตตัวอย่างของอำเภอ ปีงบประมาณ พ.ศ. 2567",
        "ผลการดำเนินงานรายตำบล (ผลงาน/เป้าหมาย (ร้อยละ))"], rows)
    got = _by_value(_outcomes(path))
    assert got[96.3][4] == 2567 and got[87.5][4] == 2567


def test_set53_inspection_reads_the_quarter_table_and_drops_the_appendix() -> None:
    records = extract(parse(CORPUS / "samut-prakan-province-2565-inspection.docx")).outcomes
    got = {(o.district, o.value_pct, o.target_pct, o.year_be) for o in records}
    assert {("1101", 41.27, 40.0, 2565), ("1101", 83.15, None, 2564), (None, 83.06, None, 2564)} <= got
    assert [o for o in records if o.value_pct == 90.86] and all(
        o.evidence.table != 5 for o in records)  # the appendix's ranking restates the quarter table


def test_set53_minutes_table_of_places_is_of_the_agenda_items_year() -> None:
    got = _outcomes(CORPUS / "nakhon-sawan-chum-saeng-2568-minutes.docx")
    years = {y for _, name, v, _, y in got if v in (96.3, 72.73, 83.11) and "ตำบลชุมแสง" in name}
    assert years == {2567}
