"""Round 49 budget rules (budget b).

A total's repetition in words is skipped before the spending said after it, so "… 90,110 บาท (…บาทถ้วน)
ใช้จ่ายจริง 87,960 บาท" gives no line.
A footnote symbol on an activity's subtotal row ("กิจกรรมที่ 2 … | 22,500**") names the funder of the "-"
cost lines under it, down to the next marked row, across a page break that cuts the table.
A legend's lead-in may name the money's programme ("** งบควบคุมโรค สำนักงาน…"): no part of the funder.
Activity rows of a budget table that a later list of cost bullets details, in order, are subtotals; each
cost line takes the row's activity, so a source table naming activities ("funder (กิจกรรมที่ 2, 3)") funds it.
A source-summary row naming activities in its funder cell funds those activities' lines.
Activities' amounts told before a cost table that add up to exactly the table's lines are the same money
told twice: no lines.
A per-unit share right after an amount ("80,000 บาท จัดสรรให้ 5 อำเภอ อำเภอละ 16,000 บาท") is that
amount's working, no second line.
A bare abbreviated funder ("สสจ.") takes the one fuller name the other lines give it ("สสจ.X").
A source summary's funder rows no source's lines add up to are lines of their own, once another row of
it sums some source's lines.
"""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.budget.footnotes import legend_funder
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_docx, write_parts

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
OFFICE = "สำนักงานสาธารณสุขอำเภอตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
PAO = "องค์การบริหารส่วนจังหวัดตัวอย่าง"


def _lines(path: Path) -> list[tuple[str, float, str | None]]:
    return [(i.description, i.amount_baht, i.source) for i in extract(parse(path)).budget_items]


# --- rules on small strings ----------------------------------------------------------------


def test_a_legend_lead_in_naming_the_programme_is_no_part_of_the_funder():
    assert legend_funder("** งบควบคุมโรค สำนักงานป้องกันควบคุมโรคที่ 9 ตัวอย่าง") == (
        "**", "สำนักงานป้องกันควบคุมโรคที่ 9 ตัวอย่าง")
    assert legend_funder("* งบดำเนินงาน สสอ.ตัวอย่าง") == ("*", "สสอ.ตัวอย่าง")
    assert legend_funder("*** งบ อบต.ตัวอย่าง") == ("***", "อบต.ตัวอย่าง")
    assert legend_funder("** งบ" + FUND) == ("**", FUND)


# --- layouts in real .docx files built here --------------------------------------------------


def test_spending_said_after_a_total_repeated_in_words_is_no_line(tmp_path):
    path = write_docx(tmp_path / "r.docx", [
        "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2566",
        "ค่าอาหารกลางวัน 50 คน x 60 บาท เป็นเงิน 3,000 บาท",
        "ค่าป้ายรณรงค์ 4 ป้าย x 500 บาท เป็นเงิน 2,000 บาท",
        "รวมงบประมาณทั้งสิ้น 5,500 บาท (ห้าพันห้าร้อยบาทถ้วน) ใช้จ่ายจริง 5,000 บาท คืนเงินเหลือจ่าย 500 บาท"])
    assert [a for _, a, _ in _lines(path)] == [3000.0, 2000.0]


def test_a_marked_subtotal_row_funds_the_cost_lines_under_it(tmp_path):
    costs = [("กิจกรรม / รายการ", "จำนวนเงิน (บาท)", "ใช้จ่ายจริง (บาท)"),
             ("กิจกรรมที่ 1 อบรม อสม. ตัวอย่าง", "5,000*", "5,000"),
             ("- ค่าอาหารกลางวัน 50 คน × 60 บาท", "3,000", ""),
             ("- ค่าตอบแทนวิทยากร 5 ชม. × 400 บาท", "2,000", ""),
             ("กิจกรรมที่ 2 รณรงค์ตัวอย่าง", "4,500**", "4,500"),
             ("- ค่าป้ายไวนิล 5 ป้าย × 500 บาท", "2,500", ""),
             ("- ค่าแผ่นพับ 1,000 แผ่น × 2 บาท", "2,000", ""),
             ("รวมงบประมาณทั้งสิ้น", "9,500", "9,500")]
    path = write_parts(tmp_path / "report.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2566", "5. การใช้จ่ายงบประมาณ", costs,
                                                  "* " + FUND, "** งบควบคุมโรค " + OFFICE])
    assert _lines(path) == [("ค่าอาหารกลางวัน", 3000.0, FUND), ("ค่าตอบแทนวิทยากร", 2000.0, FUND),
                            ("ค่าป้ายไวนิล", 2500.0, OFFICE), ("ค่าแผ่นพับ", 2000.0, OFFICE)]


def test_activity_rows_detailed_by_later_cost_bullets_are_subtotals_funded_by_the_source_table(tmp_path):
    plan = [("ที่", "กิจกรรม", "วันที่ดำเนินการ", "งบประมาณ (บาท)"),
            ("1", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2566", "15/11/2565", "1,000"),
            ("2", "อบรมผู้ดูแลผู้สูงอายุตัวอย่าง", "19/01/2566", "5,000"),
            ("3", "รณรงค์ลดอุบัติเหตุตัวอย่าง", "14/06/2566", "3,500")]
    sources = [("แหล่งงบประมาณ", "งบที่ได้รับ (บาท)", "ใช้จริง (บาท)", "คงเหลือ (บาท)"),
               (FUND + " (กิจกรรมที่ 2)", "5,000", "5,000", "0"),
               (OFFICE + " (กิจกรรมที่ 1)", "1,000", "1,000", "0"),
               (PAO + " (กิจกรรมที่ 3)", "3,500", "3,500", "0"),
               ("รวม", "9,500", "9,500", "0")]
    path = write_parts(tmp_path / "report.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2566", plan,
                                                  "รายละเอียดค่าใช้จ่ายกิจกรรมที่ 2 และ 3",
                                                  "- ค่าอาหารกลางวัน 40 คน × 70 บาท เป็นเงิน 2,800 บาท",
                                                  "- ค่าตอบแทนวิทยากร 6 ชั่วโมงๆ ละ 300 บาท เป็นเงิน 1,800 บาท",
                                                  "- ค่าวัสดุฝึกปฏิบัติ เป็นเงิน 400 บาท",
                                                  "- ค่าป้ายรณรงค์ 5 ป้าย × 500 บาท เป็นเงิน 2,500 บาท",
                                                  "- ค่าแผ่นพับ 500 แผ่น × 2 บาท เป็นเงิน 1,000 บาท",
                                                  "5. งบประมาณ", sources])
    lines = _lines(path)
    assert [a for _, a, _ in lines] == [1000.0, 2800.0, 1800.0, 400.0, 2500.0, 1000.0]
    assert [s for _, _, s in lines] == [OFFICE, FUND, FUND, FUND, PAO, PAO]


def test_activity_amounts_a_later_cost_table_adds_up_to_are_no_lines(tmp_path):
    plan = [("วันที่", "กิจกรรม / งบประมาณ"),
            ("วันที่ 14 พฤศจิกายน 2566", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567 งบประมาณ 1,500 บาท"),
            ("วันที่ 11 ธันวาคม 2566", "อบรมฟื้นฟูความรู้ อสม. ตัวอย่าง งบประมาณ 4,700 บาท"),
            ("วันที่ 19 มิถุนายน 2567", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567 งบประมาณ 1,500 บาท")]
    costs = [("ที่", "รายการ", "จำนวนเงิน (บาท)"),
             ("1", "ค่าอาหารว่างประชุม พชอ. 2 มื้อๆ ละ 25 บาท x 30 คน x 2 ครั้ง", "3,000"),
             ("2", "ค่าอาหารกลางวันอบรม อสม. 40 คน × 70 บาท", "2,800"),
             ("3", "ค่าตอบแทนวิทยากร 3 ชั่วโมง × 600 บาท", "1,800"),
             ("4", "ค่าเอกสาร อสม. 40 ชุดๆ ละ 2.50 บาท", "100"),
             ("รวมค่าใช้จ่ายจริง", "", "7,700")]
    path = write_parts(tmp_path / "report.docx", ["รายงานผลโครงการ พชอ.ตัวอย่าง ปีงบประมาณ 2567", plan,
                                                  "5. ค่าใช้จ่ายในการดำเนินโครงการ", costs])
    assert [a for _, a, _ in _lines(path)] == [3000.0, 2800.0, 1800.0, 100.0]


def test_a_share_per_place_after_an_amount_is_its_working_and_a_bare_abbreviation_takes_the_full_name(tmp_path):
    costs = [("ที่", "กิจกรรม", "รายละเอียดค่าใช้จ่าย", "งบประมาณ (บาท)"),
             ("1", "ประชุมชี้แจงตัวอย่าง", "ค่าอาหารกลางวัน 100 คน × 80 บาท", "8,000"),
             ("2", "ติดตามประเมินตัวอย่าง", "ค่าน้ำมันเชื้อเพลิงรถราชการ", "2,000"),
             ("รวม", "", "", "10,000")]
    path = write_parts(tmp_path / "report.docx", ["แบบรายงานการตรวจราชการ จังหวัดตัวอย่าง ปีงบประมาณ 2568",
                                                  "3.2 กิจกรรมระดับจังหวัดที่ใช้งบ สสจ.ตัวอย่าง", costs,
                                                  "งบ สสจ. ส่วนที่เหลือ 30,000 บาท จัดสรรให้ 3 อำเภอ อำเภอละ 10,000 บาท เพื่อจัดประชุม พชอ."])
    lines = [i for i in extract(parse(path)).budget_items]
    assert [i.amount_baht for i in lines] == [8000.0, 2000.0, 30000.0]
    assert (lines[-1].unit_cost_baht, lines[-1].quantity) == (10000.0, 3.0)
    assert {i.source for i in lines} == {"สสจ.ตัวอย่าง"}


def test_funder_rows_of_a_summary_that_no_lines_add_up_to_are_lines(tmp_path):
    summary = [("แหล่งงบประมาณ", "งบประมาณ (บาท)", "ร้อยละของงบทั้งหมด"),
               ("สสจ.ตัวอย่าง", "10,000", "20.00"),
               (FUND + " (สปสช.)", "25,000", "50.00"),
               ("ภาคเอกชนตัวอย่าง", "15,000", "30.00"),
               ("รวมงบประมาณทั้งสิ้น", "50,000", "100.00")]
    costs = [("ที่", "กิจกรรม", "รายละเอียดค่าใช้จ่าย", "งบประมาณ (บาท)"),
             ("1", "ประชุมชี้แจงตัวอย่าง", "ค่าอาหารกลางวัน 100 คน × 80 บาท", "8,000"),
             ("2", "ติดตามประเมินตัวอย่าง", "ค่าน้ำมันเชื้อเพลิงรถราชการ", "2,000"),
             ("รวม", "", "", "10,000")]
    path = write_parts(tmp_path / "report.docx", ["แบบรายงานการตรวจราชการ จังหวัดตัวอย่าง ปีงบประมาณ 2568",
                                                  "3.1 งบประมาณจำแนกตามแหล่งงบประมาณ", summary,
                                                  "3.2 กิจกรรมระดับจังหวัดที่ใช้งบ สสจ.ตัวอย่าง", costs])
    lines = _lines(path)
    assert (FUND, 25000.0, FUND) in [(d, a, s) for d, a, s in lines]
    assert ("ภาคเอกชนตัวอย่าง", 15000.0, "ภาคเอกชนตัวอย่าง") in lines
    assert 10000.0 not in [a for _, a, _ in lines]


# --- set 49's own files (now in the corpus) ------------------------------------------------------------------------


def test_set49_progress_activity_rows_detailed_below_take_the_source_tables_funders():
    lines = _lines(CORPUS / "sing-buri-tha-chang-2566-progress.docx")
    assert len(lines) == 14
    assert 7800.0 not in [a for _, a, _ in lines]
    assert ("ค่าวัสดุฝึกปฏิบัติ", 360.0, "กองทุนหลักประกันสุขภาพ อบต.ถอนสมอ") in lines
    assert ("อบรมแกนนำธนาคารขยะชุมชนและการคัดแยกขยะต้นทาง", 10000.0, "องค์การบริหารส่วนจังหวัดสิงห์บุรี") in lines


def test_set49_project_keeps_only_the_cost_table_lines():
    lines = _lines(CORPUS / "uttaradit-tron-2567-project.pdf")
    assert len(lines) == 9
    assert all(d.startswith("ค่า") for d, _, _ in lines)


def test_set49_progress_pdf_subtotal_marks_fund_their_cost_lines():
    lines = _lines(CORPUS / "trat-bo-rai-2566-progress.pdf")
    assert len(lines) == 11
    assert ("ชุดตรวจมาลาเรียชนิดเร็ว", 13500.0, "สำนักงานป้องกันควบคุมโรคที่ 6 ชลบุรี") in lines
    assert ("ค่าอาหารว่าง", 2450.0, "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ่อพลอย") in lines


def test_set49_inspection_funders_not_itemised_are_lines():
    lines = _lines(CORPUS / "suphan-buri-province-2568-inspection.docx")
    assert len(lines) == 10
    assert ("ภาคเอกชนและสมาคม", 51500.0, "ภาคเอกชนและสมาคม") in lines
    assert {s for _, a, s in lines if a < 50000} == {"สสจ.สุพรรณบุรี"}
