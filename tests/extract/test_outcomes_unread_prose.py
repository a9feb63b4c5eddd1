"""The running-text fallback (``outcomes/unread_prose.py``): bare figures a list carries
the percent unit on to, read after every rule, in paragraphs only.

Rules pinned, one test each, on small real .docx files with invented names:
- each bare figure a list joins to a "ร้อยละ N" is a result of the head's measure, of the
  ตำบล its bracket names; a figure followed by a count's unit is no percentage;
- "ตามลำดับ" hands the figures, in order, to the ตำบล the clause names before them;
- "ตามลำดับ" hands them to the years the clause names; a year before the document's is a
  baseline, with no target even when the clause states one;
- a clause with target words but no figure of its own takes the target stated before it;
- a list a line break carried into the next paragraph goes on there;
- a figure a record already holds for the same district is not added again;
- a bare figure leading to a percentage ("90, 1.2 ไม่น้อยกว่าร้อยละ 40") numbers an item, no figure.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TITLE = "รายงานผลการดำเนินงาน พชอ. ปีงบประมาณ 2567"


def _outcomes(tmp_path: Path, *paragraphs: str) -> dict[float, tuple[str, float | None, int | None]]:
    doc = parse(write_parts(tmp_path / "t.docx", [TITLE, *paragraphs]))
    return {o.value_pct: (o.indicator, o.target_pct, o.year_be) for o in extract(doc).outcomes if o.value_pct}


def test_bare_figures_of_a_list_are_results_of_their_bracketed_place(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, "ผู้ป่วยติดเตียงตัวอย่างได้รับการเยี่ยมบ้าน ร้อยละ 100 (ต.ตัวอย่าง 30 คน), "
                              "95.45 (ต.ทดลอง 21/22 คน) และ 93.75 (ต.สมมุติ 15/16 คน) และ 12 คน")
    assert got[95.45][0].endswith("ต.ทดลอง") and got[93.75][0].endswith("ต.สมมุติ")
    assert "ผู้ป่วยติดเตียงตัวอย่าง" in got[95.45][0]
    assert 12.0 not in got


def test_respectively_hands_figures_to_the_places_named_before(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, "- ตำบลตัวอย่างและตำบลทดลอง ครัวเรือนคัดแยกขยะต้นทาง ร้อยละ 72.50 และ 68.30 ตามลำดับ")
    assert got[68.3][0].endswith("ต.ทดลอง")


def test_respectively_hands_figures_to_years_and_an_earlier_year_has_no_target(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, "ผู้ป่วยเบาหวานตัวอย่างควบคุมน้ำตาลได้ ร้อยละ 31.42 ยังต่ำกว่าเกณฑ์ (ไม่น้อยกว่าร้อยละ 40) "
                              "แต่ดีขึ้นจากปี 2565 และปี 2566 (ร้อยละ 27.15 และ 29.80 ตามลำดับ)")
    assert got[29.8][1:] == (None, 2566)


def test_target_words_without_a_figure_take_the_target_stated_before(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, "- ครัวเรือนตัวอย่างคัดแยกขยะร้อยละ 62.35 (เป้าหมายร้อยละ 60) "
                              "ตำบลตัวอย่างและตำบลทดลองยังต่ำกว่าเป้าหมาย (ร้อยละ 51.20 และ 54.80)")
    assert got[54.8][1] == 60.0


def test_a_list_broken_into_the_next_paragraph_goes_on(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, "ผู้ป่วยติดเตียงตัวอย่างได้รับการเยี่ยมบ้าน ร้อยละ 100 (ต.ตัวอย่าง), 95.24 (ต.ทดลอง),",
                    "96.10 (ต.สมมุติ) และ 92.86 (ต.จำลอง)")
    assert got[96.1][0].endswith("ต.สมมุติ") and got[92.86][0].endswith("ต.จำลอง")


def test_a_figure_a_record_holds_is_not_added_again(tmp_path: Path) -> None:
    got = [o.value_pct for o in extract(parse(write_parts(tmp_path / "t.docx", [
        TITLE, "ผู้ป่วยติดเตียงตัวอย่างได้รับการเยี่ยมบ้าน ร้อยละ 100 (ต.ตัวอย่าง 30 คน), 88.50 (ต.ทดลอง 23/26 คน) และ 92.10 (ต.สมมุติ 35/38 คน)",
        "ผู้ป่วยติดเตียงตัวอย่าง ตำบลทดลอง ร้อยละ 88.50"]))).outcomes]
    assert got.count(88.5) == 1 and 92.1 in got


def test_a_bare_figure_leading_to_a_percentage_numbers_an_item(tmp_path: Path) -> None:
    got = _outcomes(tmp_path, "ผู้ป่วยติดเตียงตัวอย่างได้รับการเยี่ยมบ้าน ร้อยละ 100 (ต.ตัวอย่าง 30 คน), 85.50 (ต.ทดลอง 171/200 คน)",
                    "ตัวชี้วัดตัวอย่าง 1.1 ผลงานร้อยละ 90, 1.2 ผลงานร้อยละ 40")
    assert 85.5 in got and 1.2 not in got
