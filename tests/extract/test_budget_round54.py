"""Round 54 budget rules.

- A budget table's group row that is nothing but a funder's name, after the group's letter and the
  word for money ("(ก) งบประมาณสำนักงานสาธารณสุขจังหวัดX (งบ…)", "(ข) กองทุนหลักประกันสุขภาพ…"),
  funds the lines under it, as a "แหล่งงบประมาณ: …" group row does (groups.py, widened).
- After the word for money a group row's body need not be a fund or office by name ("งบศูนย์
  ปฏิบัติการความปลอดภัยทางถนนอำเภอX"): it pays too.
- A group left open at a PDF page break goes on over the table's next piece (corpus PDF).
- An activity table with no spent column whose money adds up to the itemised cost table's lines
  (or exceeds them by the balance the report states) tells the activities' budgets: no lines
  (spent_tables.is_account_of, widened).
- "รวมจ่ายจริงทั้งสิ้น" is a report's total spent, as "รวมใช้จ่ายจริง" is (total.grand, widened).
- A budget heading's closing bracket may open with the word for money ("3.2 รายงานการใช้จ่าย
  งบประมาณ… (งบสำนักงานสาธารณสุขจังหวัดX)") and still names the funder (source.heading_funder, widened).
- Money pooled with other money ("… ร่วมกับงบปกติของหน่วยงานและงบ อปท.") names no one funder: the
  lines it introduces take none (source.pooled, beside source.second_funder).
- A funder's name opening a detail cell before a colon ("อบต.X : ค่าสารเคมี…") is that line's
  source, as a bracket closing a priced line is (funders.priced_bracket_source, widened).
- A count written before a bracket of workings ("ประชุม… 2 ครั้ง (40 คน x 70 บาท)" for 5,600)
  multiplies the quantity when the bracket alone falls short of the amount (lines.arithmetic).
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


def _grouped(first: str, second: str) -> list[tuple[str, ...]]:
    return [
        ("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
        (first, "", "", "", "", ""),
        ("1", "ค่าอาหารกลางวัน ประชุมตัวอย่าง", "40", "คน", "70", "2,800"),
        ("2", "ค่าตอบแทนวิทยากร", "6", "ชั่วโมง", "600", "3,600"),
        ("รวมงบ สสจ.ตัวอย่าง", "", "", "", "", "6,400"),
        (second, "", "", "", "", ""),
        ("3", "ค่าป้ายไวนิลรณรงค์ตัวอย่าง", "10", "ป้าย", "450", "4,500"),
        ("รวมงบ ตัวอย่าง", "", "", "", "", "4,500"),
        ("รวมทั้งสิ้น", "", "", "", "", "10,900"),
    ]


_GROUP_MERGES = {0: [(1, 0, 1, 5), (5, 0, 5, 5)]}


def test_lettered_funder_group_rows_fund_the_lines_under_them(tmp_path):
    rows = _grouped("(ก) งบประมาณสำนักงานสาธารณสุขจังหวัดตัวอย่าง (งบพัฒนาคุณภาพชีวิต พชอ.)",
                    "(ข) กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง")
    lines = _lines(write_parts(tmp_path / "r.docx", ["รายละเอียดงบประมาณ จำแนกตามแหล่งงบประมาณ", rows],
                               _GROUP_MERGES))
    assert sorted((amount, source) for _, amount, source in lines) == [
        (2800, "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"), (3600, "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"),
        (4500, "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง")]


def test_money_led_group_row_names_a_centre_as_its_funder(tmp_path):
    rows = _grouped("งบสำนักงานสาธารณสุขจังหวัดตัวอย่าง (งบสนับสนุน พชอ.)",
                    "งบศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอตัวอย่าง")
    lines = _lines(write_parts(tmp_path / "r.docx", ["รายละเอียดค่าใช้จ่าย", rows], _GROUP_MERGES))
    assert [source for _, amount, source in lines if amount == 4500] == ["ศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอตัวอย่าง"]


_ACTIVITIES = [
    ("ที่", "กิจกรรม", "วันที่ดำเนินการ", "ผู้เข้าร่วม (คน)", "งบประมาณ (บาท)"),
    ("1", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1", "15/11/2566", "35", "3000"),
    ("2", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2", "14/02/2567", "33", "3000"),
    ("3", "อบรมแกนนำตัวอย่าง", "23/01/2567", "150", "{third}"),
]
_BY_FUNDER = [
    ("ที่", "รายการ", "งบที่ได้รับ (บาท)"),
    ("งบประมาณ สำนักงานสาธารณสุขจังหวัดตัวอย่าง", "", ""),
    ("1", "ประชุมคณะกรรมการ พชอ. 2 ครั้ง (ค่าอาหารว่างและเครื่องดื่ม)", "6,000"),
    ("รวมงบ สสจ.ตัวอย่าง", "", "6,000"),
    ("กองทุนหลักประกันสุขภาพเทศบาลเมืองตัวอย่าง", "", ""),
    ("2", "อบรมแกนนำตัวอย่าง", "32,400"),
    ("รวมงบกองทุนฯ ทม.ตัวอย่าง", "", "32,400"),
    ("รวมทั้งสิ้น", "", "38,400"),
]


def _report(third: str, after: str = "") -> list:
    activities = [tuple(c.format(third=third) for c in row) for row in _ACTIVITIES]
    return ["ตารางที่ 4 กิจกรรมที่ดำเนินการ", activities,
            "ตารางที่ 6 งบประมาณที่ได้รับ จำแนกตามแหล่งงบประมาณ", _BY_FUNDER, after]


def test_activity_table_adding_up_to_the_itemised_lines_gives_no_lines(tmp_path):
    lines = _lines(write_parts(tmp_path / "r.docx", _report("32400"), {1: [(1, 0, 1, 2), (4, 0, 4, 2)]}))
    assert sorted((amount, source) for _, amount, source in lines) == [
        (6000, "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"), (32400, "กองทุนหลักประกันสุขภาพเทศบาลเมืองตัวอย่าง")]


def test_activity_table_exceeding_the_lines_by_the_stated_balance_gives_no_lines(tmp_path):
    after = "สรุปการเงิน งบประมาณที่ได้รับ 39,000 บาท จ่ายจริง 38,400 บาท คงเหลือ 600 บาท"
    parts = _report("33000", after)
    lines = _lines(write_parts(tmp_path / "r.docx", parts, {1: [(1, 0, 1, 2), (4, 0, 4, 2)]}))
    assert sorted(amount for _, amount, _ in lines) == [6000, 32400]


def test_activity_table_with_unexplained_difference_keeps_its_lines(tmp_path):
    lines = _lines(write_parts(tmp_path / "r.docx", _report("33000"), {1: [(1, 0, 1, 2), (4, 0, 4, 2)]}))
    assert 33000 in [amount for _, amount, _ in lines]


def test_spent_in_all_total_row_is_the_reports_total(tmp_path):
    rows = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
            ("ค่าอาหารกลางวัน ผู้เข้าร่วมอบรม", "40", "คน", "70", "2,800"),
            ("ค่าตอบแทนวิทยากร", "6", "ชั่วโมง", "600", "3,600"),
            ("รวมจ่ายจริงทั้งสิ้น", "", "", "", "6,400")]
    parts = ["รายงานผลการดำเนินโครงการตัวอย่าง",
             "โครงการได้รับงบประมาณรวมทั้งสิ้น 7,000 บาท (เจ็ดพันบาทถ้วน)", "รายละเอียดการใช้จ่าย", rows]
    result = extract(parse(write_parts(tmp_path / "r.docx", parts)))
    assert result.budget_total is not None and result.budget_total.amount_baht == 6400


def test_heading_bracket_opening_with_money_word_names_the_funder(tmp_path):
    rows = [("กิจกรรม", "งบประมาณที่ได้รับ (บาท)"),
            ("1. ประชุมคณะกรรมการ พชอ. (4 ครั้ง)", "8,000"),
            ("2. รณรงค์ตัวอย่าง", "12,000")]
    parts = ["3.2 รายงานการใช้จ่ายงบประมาณสนับสนุนการดำเนินงาน พชอ. (งบสำนักงานสาธารณสุขจังหวัดตัวอย่าง)",
             "เลขานุการรายงานการใช้จ่ายงบประมาณ ดังนี้", rows]
    lines = _lines(write_parts(tmp_path / "r.docx", parts))
    assert {source for _, _, source in lines} == {"สำนักงานสาธารณสุขจังหวัดตัวอย่าง"}


def test_money_pooled_with_other_money_names_no_funder(tmp_path):
    rows = [("กิจกรรม", "ก.ค. 66", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"),
            ("รณรงค์ตัวอย่าง (ค่าทรายกำจัดลูกน้ำและป้ายประชาสัมพันธ์)", "●", "1,370", "สสอ."),
            ("ประชุมคณะกรรมการ พชอ. ครั้งที่ 4 (40 คน x 60 บาท)", "●", "2,400", "สสอ.")]
    parts = ["เลขานุการเสนอแผนกิจกรรมไตรมาสที่ 4 โดยใช้งบประมาณคงเหลือจำนวน 3,770 บาท "
             "ร่วมกับงบปกติของหน่วยงานและงบ อปท. ดังนี้", rows]
    lines = _lines(write_parts(tmp_path / "r.docx", parts))
    assert sorted(amount for _, amount, _ in lines) == [1370, 2400]
    assert {source for _, _, source in lines} == {None}


def test_funder_before_a_colon_is_the_lines_own_source(tmp_path):
    rows = [("รายการ", "รวม (บาท)"),
            ("งบองค์การบริหารส่วนตำบล", ""),
            ("อบต.ตัวอย่างเหนือ : ค่าสารเคมีพ่นหมอกควัน", "9,600"),
            ("อบต.ตัวอย่างใต้ : ค่าดำเนินการค่ายบำบัด (40 คน x 450 บาท)", "18,000"),
            ("รวมงบ อบต.", "27,600")]
    lines = _lines(write_docx(tmp_path / "r.docx", ["การใช้จ่ายงบประมาณ แยกตามแหล่งงบประมาณ"], rows))
    assert sorted((amount, source) for _, amount, source in lines) == [
        (9600, "อบต.ตัวอย่างเหนือ"), (18000, "อบต.ตัวอย่างใต้")]


def test_count_before_the_bracket_of_workings_multiplies_the_quantity(tmp_path):
    rows = [("รายการ", "ไตรมาส 1", "ไตรมาส 2", "รวม (บาท)"),
            ("ค่าอาหารประชุมคณะกรรมการ พชอ. 2 ครั้ง (40 คน x 70 บาท)", "2,800", "2,800", "5,600")]
    items = _items(write_docx(tmp_path / "r.docx", ["การใช้จ่ายงบประมาณ"], rows))
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [(5600, 70, 80)]


def test_corpus_grouped_budget_tables_take_their_funders():
    hang_dong = _lines(CORPUS / "chiang-mai-hang-dong-2566-action-plan.pdf")
    assert len(hang_dong) == 18
    assert {source for _, _, source in hang_dong} == {
        "สำนักงานสาธารณสุขจังหวัดเชียงใหม่", "กองทุนหลักประกันสุขภาพเทศบาลตำบลหางดง",
        "องค์การบริหารส่วนตำบลน้ำแพร่", "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านแหวน"}
    phimai = _lines(CORPUS / "nakhon-ratchasima-phimai-2567-progress.pdf")
    assert sorted(amount for _, amount, _ in phimai) == [9500, 12000, 15000, 18500, 24000, 28600, 32400]
    assert all(source is not None and source.startswith(("สำนักงาน", "กองทุน", "องค์การ")) for _, _, source in phimai)


def test_corpus_project_report_keeps_its_spent_lines_and_total():
    for suffix in ("docx", "pdf"):
        result = extract(parse(CORPUS / f"khon-kaen-ban-phai-2568-project.{suffix}"))
        assert sorted(i.amount_baht for i in result.budget_items) == [3600, 5800, 6125, 7000, 7500, 8120, 18550]
        assert result.budget_total is not None and result.budget_total.amount_baht == 56695


def test_corpus_minutes_and_progress_sources():
    khao_yoi = _lines(CORPUS / "phetchaburi-khao-yoi-2566-minutes.docx")
    assert {source for _, amount, source in khao_yoi if amount in (8000, 12000, 15000)} == {
        "สำนักงานสาธารณสุขจังหวัดเพชรบุรี"}
    assert {source for _, amount, source in khao_yoi if amount in (1370, 2400)} == {None}
    tha_tum = _items(CORPUS / "surin-tha-tum-2567-progress.pdf")
    assert {i.amount_baht: i.source for i in tha_tum}[9600] == "อบต.กระโพ"
    assert {i.amount_baht: i.quantity for i in tha_tum}[5600] == 80
