"""Round 53 budget rules.

- An amount told in an activity's results under its heading ("กิจกรรมที่ 2 …" then "… ใช้งบประมาณ
  3,700 บาท"), no cost line itself, is that activity's money told again when a cost table lists the
  activity's cost lines: no line, whether it matches the costs (planned) or not (spent).
- A cost line told again in the results ("มอบหมวกตัวอย่าง 20 ใบ งบประมาณ 5,000 บาท") stays the table's
  line, with its unit price and count.
- Money named for the programme it supports without "การ" ("งบประมาณขับเคลื่อนงาน พชอ. จาก…") is a
  channel: the source is the funder alone.
- A budget category opening the funder after "จาก" ("จากงบดำเนินงาน สสจ.X") is left out of the source.
- A rate's unit word before the amount ("… สสจ.X อำเภอละ 10,000 บาท") ends the funder's name.
- A summary row naming several activities ("สสจ.X | กิจกรรมที่ 1, 3 | 7000") worth the cost lines of
  those activities in a grouped cost table restates them: no line.
"""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_docx, write_parts

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _items(path: Path) -> list:
    return extract(parse(path)).budget_items


def _lines(path: Path) -> list[tuple[str, float, str | None]]:
    return sorted((i.description, i.amount_baht, i.source) for i in _items(path))


_COSTS = [
    ("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"),
    ("กิจกรรมที่ 1", "", "", "", ""),
    ("ค่าอาหารกลางวัน", "40", "คน", "70", "2,800"),
    ("ค่าอาหารว่างและเครื่องดื่ม", "40", "คน", "25", "1,000"),
    ("กิจกรรมที่ 2", "", "", "", ""),
    ("หมวกนิรภัยตัวอย่าง", "20", "ใบ", "250", "5,000"),
    ("รวมงบประมาณทั้งสิ้น", "", "", "", "8,800"),
]


def _results(spent: str) -> list:
    return ["ผลการดำเนินงานรายกิจกรรม",
            "กิจกรรมที่ 1 ประชุมตัวอย่าง",
            f"วันที่ 15/01/2567 ณ หอประชุมตัวอย่าง ผู้เข้าร่วม 38 คน ใช้งบประมาณ {spent} บาท",
            "กิจกรรมที่ 2 รณรงค์ตัวอย่าง",
            "ระหว่างวันที่ 15/05/2567 – 28/06/2567 มอบหมวกนิรภัยตัวอย่างให้นักเรียน 20 ใบ งบประมาณ 5,000 บาท",
            "รายละเอียดค่าใช้จ่าย", _COSTS]


def test_spent_amount_in_an_itemised_activity_results_is_no_line(tmp_path):
    lines = _lines(write_parts(tmp_path / "r.docx", _results("3,700")))
    assert all(amount != 3700 for _, amount, _ in lines)
    assert sorted(amount for _, amount, _ in lines) == [1000, 2800, 5000]


def test_planned_amount_in_an_itemised_activity_results_is_no_line(tmp_path):
    lines = _lines(write_parts(tmp_path / "r.docx", _results("3,800")))
    assert sorted(amount for _, amount, _ in lines) == [1000, 2800, 5000]


def test_cost_line_told_again_in_results_keeps_its_price_and_count(tmp_path):
    items = _items(write_parts(tmp_path / "r.docx", _results("3,700")))
    helmets = [i for i in items if i.amount_baht == 5000]
    assert [(i.description, i.unit_cost_baht, i.quantity) for i in helmets] == [("หมวกนิรภัยตัวอย่าง", 250, 20)]


def test_programme_money_without_kan_names_the_funder_alone(tmp_path):
    text = "1) สนับสนุนงบประมาณขับเคลื่อนงาน พชอ. จาก สสจ.ตัวอย่าง จำนวน 10,000 บาท"
    assert [source for _, _, source in _lines(write_docx(tmp_path / "r.docx", [text]))] == ["สสจ.ตัวอย่าง"]


def test_budget_category_after_from_is_left_out_of_the_source(tmp_path):
    text = "1) จัดประชุมตัวอย่าง ใช้งบประมาณจากงบดำเนินงาน สสจ.ตัวอย่าง จำนวน 4,000 บาท"
    assert [source for _, _, source in _lines(write_docx(tmp_path / "r.docx", [text]))] == ["สสจ.ตัวอย่าง"]


def test_rate_unit_word_ends_the_funder_name(tmp_path):
    text = "4) สนับสนุนงบประมาณขับเคลื่อนงาน พชอ. จากงบดำเนินงาน สสจ.ตัวอย่าง อำเภอละ 10,000 บาท รวม 50,000 บาท"
    items = _items(write_docx(tmp_path / "r.docx", [text]))
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items] == [
        (50000, 10000, 5, "สสจ.ตัวอย่าง")]


_PLAN = [
    ("ที่", "กิจกรรม", "ระยะเวลา", "รวม (บาท)", "แหล่งงบประมาณ"),
    ("1", "ประชุมตัวอย่าง", "ธ.ค. 67", "1,000", "สสจ.ตัวอย่าง"),
    ("2", "อบรมตัวอย่าง", "ก.พ. 68", "7,800", "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง"),
    ("3", "ติดตามตัวอย่าง", "มี.ค. 68", "6,000", "สสจ.ตัวอย่าง"),
    ("รวมทั้งสิ้น", "", "", "14,800", ""),
]
_GROUPED = [
    ("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"),
    ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "", "", "", ""),
    ("ค่าอาหารว่างและเครื่องดื่ม", "40", "มื้อ", "25", "1,000"),
    ("กิจกรรมที่ 2 อบรมตัวอย่าง", "", "", "", ""),
    ("ค่าอาหารกลางวัน", "60", "มื้อ", "70", "4,200"),
    ("ค่าตอบแทนวิทยากร", "6", "ชั่วโมง", "600", "3,600"),
    ("กิจกรรมที่ 3 ติดตามตัวอย่าง", "", "", "", ""),
    ("ค่าน้ำมันเชื้อเพลิง", "1", "เหมา", "6,000", "6,000"),
    ("รวมทั้งสิ้น", "", "", "", "14,800"),
]
_BY_SOURCE = [
    ("แหล่งงบประมาณ", "กิจกรรม", "จำนวนเงิน (บาท)"),
    ("สำนักงานสาธารณสุขจังหวัดตัวอย่าง", "กิจกรรมที่ 1, 3", "7000"),
    ("กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง", "กิจกรรมที่ 2", "7800"),
    ("รวม", "-", "14800"),
]


def test_summary_row_naming_several_activities_restates_their_cost_lines(tmp_path):
    path = write_parts(tmp_path / "r.docx", ["แผนงาน/กิจกรรม และงบประมาณ", _PLAN, "รายละเอียดค่าใช้จ่าย", _GROUPED,
                                             "ภาคผนวก ก สรุปงบประมาณจำแนกตามแหล่งงบประมาณ", _BY_SOURCE])
    amounts = sorted(amount for _, amount, _ in _lines(path))
    assert amounts == [1000, 3600, 4200, 6000]


def test_set53_results_amounts_give_way_to_the_cost_table():
    for suffix in ("docx", "pdf"):
        items = _items(CORPUS / f"ratchaburi-ban-pong-2567-project.{suffix}")
        assert all(i.amount_baht not in (20880, 4100) for i in items)
        assert any((i.amount_baht, i.unit_cost_baht, i.quantity) == (25000, 250, 100) for i in items)


def test_set53_funder_after_an_operating_budget():
    items = _items(CORPUS / "samut-prakan-province-2565-inspection.docx")
    assert [i.source for i in items if i.amount_baht == 90000] == ["สสจ.สมุทรปราการ"]


def test_set53_summary_by_source_of_scattered_activities():
    items = _items(CORPUS / "sa-kaeo-ta-phraya-2568-action-plan.pdf")
    assert all(i.amount_baht != 28000 for i in items)
