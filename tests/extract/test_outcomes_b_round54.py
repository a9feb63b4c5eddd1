"""Round 54 (outcomes B): rules pinned here, one test each.

- A target cell merged down beside an indicator over its place rows
  ("ตัวชี้วัด | ค่าเป้าหมาย | อำเภอ | ... | ร้อยละ", "ร้อยละ 80" over five
  districts) is every row's target: ``target`` is a carry-down role, like the
  indicator it stands beside (widened: ``tables.toml`` ``carry_down``).
- A caption naming results by quarter through what was done ("ผลการคัดกรอง
  สุขภาพ... รายไตรมาส (ผลงานสะสม)") makes its quarter columns results of the
  table's year, as "ผลการดำเนินงานรายไตรมาส" does (widened: ``results_caption``).
- A table's bare figures are percentages when the table's own target for the
  row (a note under it: "* เกณฑ์ผ่าน : ... ไม่น้อยกว่าร้อยละ 60") is a
  percentage, as a row's own percent target cell says (widened:
  ``row_outcomes`` beside ``target_unit``).
- A row closed by a count's unit ("(คน)") in such a table keeps its figures
  as counts, none an outcome.
- A target note naming one round ("ณ สิ้นไตรมาส 2") is that round's target
  only: the other rounds' figures take none (widened: ``note_row_targets``).
- A note's "ของ <group>ทั้งหมด" after its target names the denominator, no
  measure (widened: ``note_measures.NO_MEASURE_RE``).
- A percent column named by its own label whose cells hold their counts
  ("จุดเสี่ยงได้รับการแก้ไข จุด (ร้อยละ)" over "18/24 (75.00)") names its
  measure, so the KPI stated before the table lends it neither name nor
  target (widened: ``measure_labels.measure_label``).

Small strings first, then variants built as real .docx files, then the
set-54 corpus files themselves."""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts
from extracted import outcome_rows as _outcomes
from extracted import paragraph as _block

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.note_measures import noted_measure

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

Got = set[tuple[str | None, str, float | None, float | None, int | None]]

_KPI = ["แบบรายงานการตรวจราชการ จังหวัดนครนายก ปีงบประมาณ 2567",
        "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ",
        "เกณฑ์เป้าหมาย ≥ 85%", "4. ผลการดำเนินงาน",
        "อำเภอผ่านเกณฑ์การประเมิน 5 อำเภอ จากทั้งหมด 6 อำเภอ คิดเป็นร้อยละ 83.33"]


def _of(got: Got, value: float) -> list[tuple[str | None, str, float | None, float | None, int | None]]:
    return [o for o in got if o[2] == value]


def test_a_note_ending_on_the_whole_group_names_no_measure() -> None:
    assert noted_measure(_block("* เกณฑ์ผ่าน : ผลงานสะสม ณ สิ้นไตรมาส 2 ไม่น้อยกว่าร้อยละ 60 ของผู้สูงอายุทั้งหมด")) == ""
    named = noted_measure(_block("* เป้าหมาย ร้อยละ 80 ของกลุ่มเปราะบางที่ขึ้นทะเบียนได้รับการดูแลช่วยเหลือ"))
    assert named.startswith("กลุ่มเปราะบาง")


def test_a_caption_naming_what_was_done_by_quarter_names_results() -> None:
    caption = rule_re("table", "results_caption")
    assert caption.search("4.3 ผลการคัดกรองสุขภาพผู้สูงอายุ 10 เรื่อง รายไตรมาส (ผลงานสะสม)")
    assert caption.search("ผลการดำเนินงานรายไตรมาส")
    assert not caption.search("แผนการดำเนินงานรายไตรมาส")


def test_a_target_merged_down_over_districts_is_each_rows(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ค่าเป้าหมาย", "อำเภอ", "เป้าหมาย", "ผลงาน", "ร้อยละ"],
            ["ร้อยละของกลุ่มตัวอย่างได้รับการดูแล", "ร้อยละ 80", "เมืองนครนายก", "1,000 คน", "864 คน", "86.40"],
            ["", "", "ปากพลี", "800 คน", "620 คน", "77.50"],
            ["", "", "บ้านนา", "500 คน", "430 คน", "86.00"]]
    path = write_parts(tmp_path / "m.docx", [*_KPI, rows], {0: [(1, 0, 3, 0), (1, 1, 3, 1)]})
    got = _outcomes(path)
    assert [(o[0], o[3]) for o in _of(got, 77.5)] == [("2602", 80.0)]
    assert [(o[0], o[3]) for o in _of(got, 86.0)] == [("2603", 80.0)]


def _quarters(note: str) -> list[str | list[list[str]]]:
    return [*_KPI, "4.3 ผลการคัดกรองสุขภาพผู้สูงอายุตัวอย่าง รายไตรมาส (ผลงานสะสม)",
            [["อำเภอ", "ไตรมาส 1 (ต.ค. – ธ.ค. 2566)", "ไตรมาส 2 (ม.ค. – ก.พ. 2567)", "ผ่าน / ไม่ผ่าน*"],
             ["เมืองนครนายก", "38.62", "64.15", "ผ่าน"],
             ["ปากพลี", "31.40", "55.82", "ไม่ผ่าน"]],
            note]


def test_quarters_under_a_noted_percent_target_are_percentages(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "q.docx", _quarters("* เกณฑ์ผ่าน : ผลงานสะสม ไม่น้อยกว่าร้อยละ 60"))
    got = _outcomes(path)
    assert {(o[0], o[3]) for o in _of(got, 55.82)} == {("2602", 60.0)}
    assert _of(got, 38.62) and _of(got, 31.4)


def test_a_note_naming_one_round_is_that_rounds_target_only(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "r.docx", _quarters(
        "* เกณฑ์ผ่าน : ผลงานสะสม ณ สิ้นไตรมาส 2 ไม่น้อยกว่าร้อยละ 60 ของผู้สูงอายุทั้งหมด"))
    got = _outcomes(path)
    assert {(o[0], o[3]) for o in _of(got, 64.15)} == {("2601", 60.0)}
    assert {(o[0], o[3]) for o in _of(got, 38.62)} == {("2601", None)}
    assert all(o[1].endswith(("ไตรมาส 1", "ไตรมาส 2")) for o in _of(got, 31.4) + _of(got, 55.82))


def test_a_count_row_of_quarters_under_a_percent_target_stays_a_count(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "c.docx", [*_KPI, "ผลการดำเนินงานรายไตรมาส",
                                             [["ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2"],
                                              ["ผู้พบเชื้อตัวอย่าง (คน)", "27", "41"],
                                              ["ผู้พบเชื้อตัวอย่างได้รับการรักษา (คน)", "27", "41"]],
                                             "* เป้าหมาย ไม่เกินร้อยละ 5"])
    got = _outcomes(path)
    assert not _of(got, 27.0) and not _of(got, 41.0)


def test_a_named_counted_percent_column_takes_no_kpi(tmp_path: Path) -> None:
    rows = [["อำเภอ", "ประชากร (คน)", "อัตราตายต่อแสนประชากร", "จุดเสี่ยงตัวอย่างได้รับการแก้ไข จุด (ร้อยละ)"],
            ["เมืองนครนายก", "159,842", "8.76", "18/24 (75.00)"],
            ["ปากพลี", "171,356", "11.09", "21/32 (65.63)"]]
    got = _outcomes(write_parts(tmp_path / "k.docx", [*_KPI, "4.4 การป้องกันและลดอุบัติเหตุทางถนน", rows]))
    (district, name, _, target, _), = _of(got, 65.63)
    assert (district, target) == ("2602", None) and name.startswith("จุดเสี่ยงตัวอย่างได้รับการแก้ไข")


def test_si_sa_ket_merged_targets_quarters_and_risk_points() -> None:
    for suffix in ("docx", "pdf"):
        got = _outcomes(CORPUS / f"si-sa-ket-province-2567-inspection.{suffix}")
        assert ("3304", 80.0) in {(o[0], o[3]) for o in _of(got, 82.95)}
        assert ("3305", 70.0) in {(o[0], o[3]) for o in _of(got, 71.1)}
        assert {o[3] for o in _of(got, 55.82)} == {60.0} and {o[3] for o in _of(got, 31.4)} == {None}
        assert {(o[0], o[3]) for o in _of(got, 68.18)} == {("3305", None)}


def test_phetchaburi_merged_targets_over_tambon_rows() -> None:
    for suffix in ("docx", "pdf"):
        got = {o for o in _outcomes(CORPUS / f"phetchaburi-khao-yoi-2566-minutes.{suffix}") if "ลูกน้ำยุงลาย" in o[1]}
        assert {o[3] for o in _of(got, 77.78)} == {80.0}
        assert {o[3] for o in _of(got, 66.67)} == {100.0}
        assert len([o for o in _of(got, 71.43) if o[3] == 80.0]) == 2  # two ตำบล, one figure
