"""Round 45 (outcomes B): a cell holding nothing but two or more "<place>
<figure>" pairs (the lines "ต.นาดี 85.20 ¶ ต.สำพันตา 90.10" folded into one)
is a list of places' results, and a cell with other words is not.  Beside an
indicator column such a cell gives one outcome per place, named "<indicator>
<place>" with the row's target, the row keeping its other figures, and an
unnamed column for the whole ("ภาพรวมอำเภอ") gives the district's figure.  A
row split into stacked indicators gives the places to its first indicator
only.  In a table with no indicator column (places grouped by verdict) the
pairs are read as a ตำบล table of the measure the column's bracket names.
A target in running text written to hundredths ("ต่ำกว่าเป้าหมาย (ร้อยละ
88.60)") that a table gives as a result is that result, not a target.  A
strength followed by a price per unit ("(ทรายอะเบท 1%) 12 ถัง ถังละ 3,850
บาท") is no outcome.  A total row given to hundredths that a later table
gives in an indicator's row is kept once, under the indicator.  Small strings
and records first, then variants built as real .docx files, then real corpus
files of set 45."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.place_cells import place_figures
from pcc_ingest.extract.outcomes.restated_prose import result_read_as_target
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse

TAKUA_PA = "phang-nga-takua-pa-2568-project"
NA_DI = "prachin-buri-na-di-2568-progress"
MUEANG_SAMUT = "samut-songkhram-mueang-samut-songkhram-2567-progress.pdf"


def _record(text: str, start: int, end: int, value: float | None, target: float | None,
            table: int | None = None) -> OutcomeRecord:
    kind = "table_cell" if table is not None else "paragraph"
    block = Block(kind=kind, raw_text=text, text=text, order=0 if table is None else 5, start=0, end=len(text),
                  table=table, row=1 if table is not None else None, col=1 if table is not None else None)
    return OutcomeRecord(indicator="ร้อยละผู้สูงอายุได้รับการคัดกรอง", district="9999", value_pct=value,
                         target_pct=target, year_be=2568, evidence=evidence(block, start, end))


@pytest.mark.parametrize(("text", "places"), [
    ("ต.นาดี 85.20 ต.สำพันตา 90.10", ["ต.นาดี", "ต.สำพันตา"]),
    ("ตำบลบ้านกลาง ร้อยละ 80 ตำบลท่าช้าง 75.5%", ["ตำบลบ้านกลาง", "ตำบลท่าช้าง"]),
    ("อ.เมือง: 91.2 อ.ท่าใหม่: 88", ["อ.เมือง", "อ.ท่าใหม่"]),
])
def test_a_cell_of_place_figure_pairs_is_a_list_of_places_results(text: str, places: list[str]) -> None:
    assert [m["place"] for m in place_figures(text)] == places


@pytest.mark.parametrize("text", ["ต.นาดี 85.20", "ครบทุกตำบล (112 ราย)", "สำรวจ ณ ด่านชุมชน 12 จุด",
                                  "ผ่านเกณฑ์ 7 ตำบล ตำบลห้วยหอม 70.00 ตำบลหนองโพ 65.00"])
def test_a_cell_with_other_words_or_one_place_is_no_list(text: str) -> None:
    assert place_figures(text) == []


def test_a_target_written_to_hundredths_that_a_table_gives_as_a_result_is_that_result() -> None:
    text = "การเดินทางลำบาก ทำให้ผลการคัดกรองต่ำกว่าเป้าหมาย (ร้อยละ 88.60)"
    start = text.index("ร้อยละ 88.60")
    prose = _record(text, start, start + len("ร้อยละ 88.60"), None, 88.6)
    tabled = _record("88.60", 0, 5, 88.6, 90.0, table=3)
    assert result_read_as_target(prose, [tabled])
    round_bar = _record("เป้าหมาย ร้อยละ 88.6", 9, 20, None, 88.6)
    assert not result_read_as_target(round_bar, [tabled])


def test_a_strength_before_a_price_per_unit_is_no_outcome() -> None:
    assert list(percentages("ทรายกำจัดลูกน้ำ (ทรายอะเบท 1%) 12 ถัง ถังละ 3,850 บาท = 46,200.00 บาท")) == []
    assert [v for v, _, _ in percentages("ครัวเรือนคัดแยกขยะ ร้อยละ 82.35 จาก 1,200 ครัวเรือน")] == [82.35]


def test_a_built_docx_variant_of_places_listed_in_a_kpi_cell(tmp_path) -> None:
    """Other header words, the whole's column before the places', ตำบล written out, Thai digits."""
    rows = [["ตัวชี้วัด", "เกณฑ์", "ภาพรวมอำเภอ", "ผลการดำเนินงานรายตำบล"],
            ["ร้อยละของหมู่บ้านที่มีค่า HI น้อยกว่า ๑๐", "ไม่น้อยกว่าร้อยละ ๗๕", "๘๑.๔๐",
             "ตำบลท่าช้าง ๘๘.๕๐\nตำบลบ้านกลาง ๗๒.๑๐\nตำบลหนองบัว ๘๓.๖๐"]]
    path = write_docx(tmp_path / "r.docx", ["ผลการดำเนินงาน พชอ.บ้านโฮ่ง ปีงบประมาณ ๒๕๖๘"], rows)
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}
    indicator = "ร้อยละของหมู่บ้านที่มีค่า HI น้อยกว่า 10"
    assert {(f"{indicator} ตำบลท่าช้าง", 88.5, 75.0, 2568), (f"{indicator} ตำบลบ้านกลาง", 72.1, 75.0, 2568),
            (f"{indicator} ตำบลหนองบัว", 83.6, 75.0, 2568)} <= got
    assert {v for _, v, t, _ in got if t == 75.0} == {88.5, 72.1, 83.6, 81.4}


def test_a_built_docx_variant_of_places_grouped_by_verdict(tmp_path) -> None:
    """No indicator column: the column's bracket names the measure, the title the target."""
    rows = [["ผลการประเมิน", "ตำบล (ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง ADL)", "จำนวน"],
            ["ผ่านเกณฑ์", "ต.ท่าช้าง ๙๒.๕๐\nต.บ้านกลาง ๙๕.๑๐", "๒"],
            ["ไม่ผ่านเกณฑ์", "ต.หนองบัว ๘๔.๓๐\nต.ดอนแก้ว ๘๗.๒๐\nต.ป่าซาง ๘๖.๐๐", "๓"]]
    path = write_docx(tmp_path / "r.docx", ["อำเภอบ้านโฮ่ง ปีงบประมาณ ๒๕๖๗",
                                            "๔.๒ การคัดกรองผู้สูงอายุ รายตำบล (เกณฑ์ ร้อยละ ๙๐)"], rows)
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    places = {(i.split()[-1], v, t) for i, v, t in got if i.split()[-1].startswith("ต.")}
    assert places == {("ต.ท่าช้าง", 92.5, 90.0), ("ต.บ้านกลาง", 95.1, 90.0), ("ต.หนองบัว", 84.3, 90.0),
                      ("ต.ดอนแก้ว", 87.2, 90.0), ("ต.ป่าซาง", 86.0, 90.0)}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_places_listed_in_kpi_cells_of_a_real_set_45_project(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(TAKUA_PA + suffix)).outcomes}
    waste = {(i.split("ต.")[-1].split()[0], v, t) for i, v, t, y in got if "คัดแยกขยะ" in i and " ต." in i}
    assert {("ย่านยาว", 84.1, 80.0), ("บางนายสี", 79.35, 80.0), ("เกาะคอเขา", 85.05, 80.0)} <= waste
    assert len({i for i, _, _, _ in got if "ADL ต." in i}) == 8
    assert not any(i.startswith("การเดินทาง") for i, _, _, _ in got)  # 88.60 is ต.เกาะคอเขา's result


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_places_a_whole_column_and_a_cost_line_in_a_real_set_45_progress_report(parsed, suffix) -> None:
    got = extract(parsed(NA_DI + suffix)).outcomes
    waste = {(o.indicator.split()[-1], o.value_pct, o.target_pct) for o in got if "รีไซเคิล" in o.indicator}
    assert {("ต.นาดี", 85.2, 80.0), ("ต.แก่งดินสอ", 74.3, 80.0)} <= waste
    assert any(v == 82.35 and t == 80.0 for _, v, t in waste)
    assert not any(o.value_pct == 1.0 for o in got)  # "(ทรายอะเบท 1%)"
    assert [o.indicator for o in got if o.value_pct == 94.18] == [
        "ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตามแผนการดูแลรายบุคคล (Care Plan)"]


def test_places_grouped_by_verdict_in_a_real_set_45_progress_report(parsed) -> None:
    got = {(o.indicator.split()[-1], o.value_pct, o.target_pct) for o in extract(parsed(MUEANG_SAMUT)).outcomes}
    assert {("ต.แม่กลอง", 64.2, 60.0), ("ต.บางจะเกร็ง", 59.15, 60.0)} <= got
