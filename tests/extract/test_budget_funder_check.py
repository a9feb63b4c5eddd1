"""The funder check (budget/funder_check.py): every budget line's source must
read as a funder's name, whatever layout rule gave it.

- A source cell holding a task's status ("เรียบร้อยแล้ว…"), a bare programme
  word ("โครงการ") or money left over ("เงินเหลือจ่ายจาก…") names no funder:
  the line's source is ``None`` (funder_check.opens / not_funder).
- A source that runs on into a sentence ("… การดำเนินงานมีความ…", "…
  (บูรณาการงบประมาณ) ผู้รับผิดชอบ …") is cut where the name ends
  (funder_check.runs_on).
- A line left without a source (none given, or one dropped as above) takes the
  funder its own words name: a closing bracket or a name heading the line
  before a colon (funder_check.own_*); a programme or a place in brackets
  ("(CBTx)", "(ศูนย์ฝึก…)") is no funder.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_parts
from tests.extract.extracted import budget_lines

_HEADER = ("ที่", "รายการ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ")
_INTRO = "รายละเอียดงบประมาณโครงการตัวอย่าง"


def _sources(tmp_path: Path, source: str) -> list[str | None]:
    rows = [_HEADER, ("1", "ค่าอาหารกลางวัน 50 คน x 60 บาท", "3,000", source),
            ("2", "ค่าป้ายไวนิลตัวอย่าง", "1,500", source)]
    return [s for _, _, s in budget_lines(write_parts(tmp_path / "s.docx", [_INTRO, rows]))]


def test_a_status_in_the_source_column_is_no_funder(tmp_path):
    assert _sources(tmp_path, "เรียบร้อยแล้วเมื่อวันที่ 08/08/2568") == [None, None]


def test_a_bare_programme_word_is_no_funder(tmp_path):
    assert _sources(tmp_path, "โครงการ") == [None, None]


def test_money_left_over_is_no_funder(tmp_path):
    assert _sources(tmp_path, "เงินเหลือจ่ายจากกิจกรรมอบรมตัวอย่าง") == [None, None]


def test_a_generic_noun_is_no_funder(tmp_path):
    assert _sources(tmp_path, "หน่วยงานระดับจังหวัด") == [None, None]


def test_a_source_running_on_into_a_sentence_is_cut_where_the_name_ends(tmp_path):
    got = _sources(tmp_path, "เทศบาลตำบลตัวอย่าง การดำเนินงานมีความโดดเด่นด้านการทำงานเป็นทีม")
    assert got == ["เทศบาลตำบลตัวอย่าง", "เทศบาลตำบลตัวอย่าง"]


def test_a_bracketed_channel_and_the_people_responsible_are_cut(tmp_path):
    got = _sources(tmp_path, "เทศบาลตำบลตัวอย่าง (บูรณาการงบประมาณ) ผู้รับผิดชอบ ท้องถิ่นอำเภอตัวอย่าง")
    assert got == ["เทศบาลตำบลตัวอย่าง", "เทศบาลตำบลตัวอย่าง"]


def _status_rows(tmp_path: Path, first: str, second: str) -> dict[float, str | None]:
    """A budget table whose source column holds a task's status, its lines
    naming their funders (or not) in their own words."""
    rows = [_HEADER, ("1", first, "3,600", "เรียบร้อยแล้ว"), ("2", second, "2,000", "เรียบร้อยแล้ว")]
    return {amount: s for _, amount, s in budget_lines(write_parts(tmp_path / "o.docx", [_INTRO, rows]))}


def test_a_closing_bracket_naming_money_a_body_owns_funds_the_line(tmp_path):
    got = _status_rows(tmp_path, "ค่าโล่รางวัลตัวอย่าง (เงินบำรุง สสอ.ตัวอย่าง)", "ค่าป้ายรณรงค์ตัวอย่าง")
    assert got == {3600.0: "เงินบำรุง สสอ.ตัวอย่าง", 2000.0: None}


def test_a_line_heading_its_funder_before_a_colon_takes_it(tmp_path):
    got = _status_rows(tmp_path, "อบต.ตัวอย่าง : ค่าสารเคมีพ่นหมอกควัน", "ค่าป้ายรณรงค์ตัวอย่าง")
    assert got == {3600.0: "อบต.ตัวอย่าง", 2000.0: None}


def test_a_programme_or_a_place_in_brackets_is_no_funder(tmp_path):
    got = _status_rows(tmp_path, "ค่ายบำบัดฟื้นฟูผู้ใช้ยาเสพติด (CBTx)", "อบรมผู้ดูแลผู้สูงอายุ (ศูนย์ฝึกตัวอย่าง)")
    assert got == {3600.0: None, 2000.0: None}
