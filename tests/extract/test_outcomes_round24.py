"""Round 24 outcome rules.

A percent column naming its year ("ร้อยละ ปี 2566") is a year column of that
year, so earlier years are baselines without the table's target.  A count
beside the passes counted ("จำนวนตำบล | ผ่านเกณฑ์") is what they are out of,
never a bar for the year columns' percentages.  A list item led by one
district and naming no other reports every figure on it, also the figure a
PDF line break carried into the next block.  A year listed after a compared
year and its figure ("เทียบกับปี 2566 ร้อยละ 60 และปี 2565 ร้อยละ 40") is the
year of the figure right after it.  A heading naming indicators and their
targets ("ตัวชี้วัดและค่าเป้าหมาย") heads a list of targets, and a sub-item
("2.1") does not end that list.
Each rule on small strings or blocks first, then on a real corpus file of
set 24.
"""

from collections.abc import Callable

import pytest

from pcc_ingest.extract.districts.mentions import Mention
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.kpi_lists import kpi_items
from pcc_ingest.extract.outcomes.running_text import item_districts
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Table
from pcc_ingest.model import Block, Document

MAHA = "maha-sarakham-province-2567-summary"


def _block(text: str, order: int = 0, kind: str = "paragraph", **place: int) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text), **place)


def _table(labels: tuple[str, ...]) -> Table:
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"),
               *(Column(i + 1, "percent", label, own=label) for i, label in enumerate(labels)))
    first = _block("อำเภอ", table=0, row=0, col=0)
    grid = Grid(table=0, cells={(0, 0): first}, rows=(0,), n_cols=len(columns))
    return Table(grid, (0,), columns, (), labels={c.col: (c.own,) for c in columns})


@pytest.mark.parametrize(("label", "year"), [
    ("ร้อยละ ปี 2567", 2567),
    ("ร้อยละ (ปีงบประมาณ 2566)", 2566),
    ("% พ.ศ. 2565", 2565),
])
def test_a_percent_column_naming_its_year_is_that_years_column(label: str, year: int) -> None:
    col = year_parts(_table((label,))).columns[1]
    assert (col.role, col.year_be) == ("year", year)


@pytest.mark.parametrize("label", ["ร้อยละ", "ร้อยละของตำบลผ่านเกณฑ์ ปี 2567", "ร้อยละ (เป้าหมาย 80)"])
def test_a_percent_column_naming_no_year_of_its_own_stays_a_percent_column(label: str) -> None:
    table = _table((label,))
    assert year_parts(table) is table


def _mention(block: Block, name: str, code: str) -> Mention:
    start = block.text.index(name)
    return Mention(code=code, name=name, block=block, start=start, end=start + len(name))


def test_an_item_led_by_one_district_is_about_it() -> None:
    led = _block("• อำเภอกันทรวิชัย การสวมหมวกนิรภัยร้อยละ 52.30 เด็กมีพัฒนาการสมวัยร้อยละ 91.45", 1)
    again = _block("อำเภอบรบือ ผู้ป่วยเบาหวานร้อยละ 31.80 อำเภอบรบือมีแผนต่อ", 2)
    assert item_districts([_mention(led, "อำเภอกันทรวิชัย", "4404"), _mention(again, "อำเภอบรบือ", "4406"),
                           _mention(again, "อำเภอบรบือมี", "4406")]) == {1: "4404", 2: "4406"}


def test_an_item_naming_another_district_or_one_only_later_is_no_ones() -> None:
    two = _block("อำเภอบรบือและอำเภอพยัคฆภูมิพิสัย มี พชต. ผ่านเกณฑ์ต่ำกว่าร้อยละ 70", 1)
    later = _block("ครัวเรือนคัดแยกขยะร้อยละ 78 ส่วนอำเภอบรบือร้อยละ 60", 2)
    found = [_mention(two, "อำเภอบรบือ", "4406"), _mention(two, "อำเภอพยัคฆภูมิพิสัย", "4408"),
             _mention(later, "อำเภอบรบือ", "4406")]
    assert item_districts(found) == {}


def test_a_year_listed_after_a_compared_year_dates_the_figure_after_it() -> None:
    text = "คิดเป็นร้อยละ 80.00 (เป้าหมายร้อยละ 80) เทียบกับปี 2566 ร้อยละ 60.00 และปี 2565 ร้อยละ 40.00"
    assert year_before(text, text.index("60.00")) == 2566
    assert year_before(text, text.index("40.00")) == 2565


def test_a_year_after_a_figure_not_of_a_comparison_is_not_listed() -> None:
    text = "ลดลงจาก 31 ราย ในปี 2566 เหลือ 24 ราย และปี 2567 ร้อยละ 52.40 ผู้สูงอายุร้อยละ 90"
    assert year_before(text, text.index("90")) == 2567


@pytest.mark.parametrize(("heading", "opens"), [
    ("4. ตัวชี้วัดและค่าเป้าหมาย", True),
    ("ตัวชี้วัด และเป้าหมาย :", True),
    ("6. ผลลัพธ์ตามตัวชี้วัดและค่าเป้าหมาย", False),
])
def test_a_heading_of_indicators_and_targets_opens_a_target_list(heading: str, opens: bool) -> None:
    assert bool(rule_re("section", "kpi_heading").match(heading)) is opens


def test_a_sub_item_does_not_end_a_target_list() -> None:
    texts = ["4. ตัวชี้วัดและค่าเป้าหมาย", "1. ตำบลผ่านเกณฑ์ ไม่น้อยกว่าร้อยละ 80", "2. ครัวเรือนคัดแยกขยะ ร้อยละ 70",
             "2.1 หมู่บ้านมีค่า HI ไม่เกิน 10 ร้อยละ 80", "3. ผู้สูงอายุได้รับการดูแล ร้อยละ 95",
             "5. กิจกรรม", "3.5 ผลงานร้อยละ 90"]
    doc = Document(path="x.docx", sha256="0", format="docx",
                   blocks=[_block(t, i, "list_item") for i, t in enumerate(texts)])
    assert kpi_items(doc) == {1, 2, 3, 4}


def test_a_projects_listed_targets_join_its_results_table(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("rayong-ban-khai-2567-project.docx")).outcomes
    care = [(o.value_pct, o.target_pct, o.year_be) for o in outcomes if "Care Plan" in o.indicator]
    assert care == [(91.2, None, 2565), (94.05, None, 2566), (97.62, 95.0, 2567)]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_tables_year_percent_columns_are_results_and_baselines(
        parsed: Callable[[str], Document], ext: str) -> None:
    outcomes = extract(parsed(f"{MAHA}.{ext}")).outcomes
    tabled = [o for o in outcomes if o.district == "4401" and o.evidence.table is not None]
    assert [(o.value_pct, o.target_pct, o.year_be) for o in tabled] == [(85.71, 70.0, 2567), (71.43, None, 2566),
                                                                        (57.14, None, 2565)]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_every_figure_of_a_district_led_item_is_that_districts(parsed: Callable[[str], Document], ext: str) -> None:
    outcomes = extract(parsed(f"{MAHA}.{ext}")).outcomes
    led = {o.value_pct: o.district for o in outcomes if o.value_pct in (52.3, 91.45, 95.12, 31.8)}
    assert led == {52.3: "4404", 91.45: "4404", 95.12: "4406", 31.8: "4406"}


def test_baselines_listed_in_a_sentence_keep_their_years(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed(f"{MAHA}.docx")).outcomes
    years = {o.value_pct: o.year_be for o in outcomes if o.value_pct in (60.0, 40.0) and o.evidence.table is None}
    assert years == {60.0: 2566, 40.0: 2565}
