"""Round 48 (activities, issues): a plan table giving each activity two rows (its name across
the row, then a row of its period, head count and money) is read one activity per pair, the
name from the first row and the figures from the second, and the sub-item rows between pairs
are steps of the activity above, no activities of their own; quarterly money columns labelled
with their months ("ไตรมาส 1 (ต.ค.–ธ.ค. 67)"), a funder's footnote mark after a figure
("18.0**") and a table stated in thousands of baht ("หน่วย : พันบาท") still give a row its money,
in baht; a table cell holding a figure alone ("85.00%") names no activity; a column headed by the
topics of a training's test ("ประเด็นความรู้ | ก่อนอบรม (%) | หลังอบรม (%)") lists no issues.
Strings first, then Word files built here, then real corpus files of set 48."""

from __future__ import annotations

from pathlib import Path

from docx import Document as Word

from pcc_ingest.extract.activities.rules import rule_any, rule_re
from pcc_ingest.extract.activities.tables import is_never
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

RAYONG = "rayong-wang-chan-2568-action-plan.pdf"
CHUMPHON = "chumphon-pathio-2567-progress.pdf"
NAN = "nan-chiang-klang-2567-project.docx"
BUENG_KAN = "bueng-kan-province-2566-inspection.docx"


# --- strings -----------------------------------------------------------------------------


def test_a_figure_alone_names_no_activity():
    assert is_never("85.00%") and is_never("๑๒.๕") and is_never("3/4")
    assert not is_never("อบรม อสม. 80 คน")


def test_a_quarter_label_may_give_its_months_and_a_figure_its_footnote_mark():
    assert rule_any("cells", "quarter_label").search("งบประมาณรายไตรมาส ไตรมาส 2 (ม.ค.–มี.ค. 68)")
    assert rule_re("cells", "footnote_mark").sub("", "18.0**") == "18.0"


def test_a_training_tests_topics_head_no_issue_column():
    header = compiled(issue_rules()["table"]["issue_header"])
    assert not header.search("ประเด็นความรู้")
    assert not header.search("ประเด็นคำถาม")
    assert header.search("ประเด็นที่ขับเคลื่อน")
    assert header.search("ประเด็นพัฒนาคุณภาพชีวิต")


# --- Word files built here ----------------------------------------------------------------


def _two_row_plan(path: Path, rows: list[tuple[str, ...]], header: tuple[str, ...], above: list[str]) -> Path:
    """A plan whose name rows are merged across the table."""
    doc = Word()
    doc.add_paragraph("แผนปฏิบัติการ พชอ.หนองบัว จังหวัดนครสวรรค์ ปีงบประมาณ ๒๕๖๘")
    for line in above:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        if len(row) == 2:  # a name row: its number, then the name across the rest
            table.cell(r, 0).text = row[0]
            merged = table.cell(r, 1).merge(table.cell(r, len(header) - 1))
            merged.text = row[1]
        else:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    doc.save(path)
    return path


def test_a_built_two_row_plan_reads_one_activity_per_pair(tmp_path):
    header = ("ที่", "กิจกรรม / ระยะเวลา", "กลุ่มเป้าหมาย (คน)", "งบประมาณ (บาท)")
    rows = [
        ("๑", "ประชุมคณะกรรมการ พชอ. หนองบัว ทุกไตรมาส"),
        ("", "ต.ค. ๖๗ – ก.ย. ๖๘", "๒๘", "๘,๔๐๐"),
        ("", "๑.๑ ประชุมครั้งที่ ๑/๒๕๖๘ วันที่ ๑๔ พ.ย. ๖๗", "๒๘", "๒,๑๐๐"),
        ("", "๑.๒ ประชุมครั้งที่ ๒/๒๕๖๘ วันที่ ๑๓ ก.พ. ๖๘", "๒๘", "๒,๑๐๐"),
        ("๒", "อบรมแกนนำชุมชนป้องกันการจมน้ำในเด็ก"),
        ("", "มี.ค. ๖๘", "๖๐", "๑๘,๐๐๐"),
        ("๓", "คัดกรองภาวะซึมเศร้าในผู้สูงอายุ ๑๒ ตำบล"),
        ("", "ม.ค. – มิ.ย. ๖๘", "๔๕๐", "-"),
    ]
    x = extract(parse(_two_row_plan(tmp_path / "plan.docx", rows, header, ["๓. แผนงานและงบประมาณ"])))
    acts = {a.title: a for a in x.activities}
    meeting = acts["ประชุมคณะกรรมการ พชอ. หนองบัว ทุกไตรมาส"]
    assert (meeting.start, meeting.end, meeting.participants, meeting.budget_baht) == ("2024-10", "2025-09", 28, 8400)
    training = acts["อบรมแกนนำชุมชนป้องกันการจมน้ำในเด็ก"]
    assert (training.start, training.participants, training.budget_baht) == ("2025-03", 60, 18000)
    assert acts["คัดกรองภาวะซึมเศร้าในผู้สูงอายุ 12 ตำบล"].participants == 450
    assert not any("ประชุมครั้งที่" in t for t in acts)  # the steps of activity 1


def test_a_built_quarterly_plan_in_thousands_gives_money_in_baht(tmp_path):
    header = ("ประเด็น", "ระยะเวลาดำเนินการ", "ผู้เข้าร่วม (คน)", "ไตรมาส ๑ (ต.ค.–ธ.ค. ๖๗)",
              "ไตรมาส ๒ (ม.ค.–มี.ค. ๖๘)", "ไตรมาส ๓ (เม.ย.–มิ.ย. ๖๘)", "ไตรมาส ๔ (ก.ค.–ก.ย. ๖๘)", "รวม")
    rows = [
        ("การป้องกันการจมน้ำ", "๑.๑ สอนว่ายน้ำเพื่อเอาชีวิตรอดในเด็กประถม"),
        ("", "ม.ค. – มี.ค. ๖๘", "๑๒๐", "-", "๒๔.๐*", "-", "-", "๒๔.๐"),
        ("", "๑.๒ สำรวจแหล่งน้ำเสี่ยงและติดป้ายเตือน"),
        ("", "ต.ค. – ธ.ค. ๖๗", "๔๐", "๖.๕**", "๓.๐**", "-", "-", "๙.๕"),
    ]
    x = extract(parse(_two_row_plan(tmp_path / "quarters.docx", rows, header, ["หน่วย : พันบาท"])))
    acts = {a.title: a for a in x.activities}
    assert acts["สอนว่ายน้ำเพื่อเอาชีวิตรอดในเด็กประถม"].budget_baht == 24000
    survey = acts["สำรวจแหล่งน้ำเสี่ยงและติดป้ายเตือน"]
    assert (survey.start, survey.participants, survey.budget_baht) == ("2024-10", 40, 9500)


# --- real corpus files of set 48 ----------------------------------------------------------


def test_rayong_two_row_plan_in_thousands(parsed):
    acts = {a.title: a for a in extract(parsed(RAYONG)).activities}
    training = acts["อบรมเกษตรกรการใช้สารเคมีอย่างปลอดภัยและการทำปุ๋ยอินทรีย์ชีวภาพ"]
    assert (training.start, training.end, training.participants, training.budget_baht) == (
        "2025-01", "2025-02", 200, 45500)
    assert acts["จัดหาอุปกรณ์เครื่องช่วยความพิการและปรับสภาพบ้านผู้พิการ"].budget_baht == 75000


def test_chumphon_two_row_plan_folds_its_sub_items(parsed):
    acts = {a.title: a for a in extract(parsed(CHUMPHON)).activities}
    meeting = acts["ประชุมคณะกรรมการ พชอ. อำเภอปะทิว (รายไตรมาส)"]
    assert (meeting.participants, meeting.budget_baht) == (30, 9000)
    assert not any(t.startswith("ประชุมครั้งที่") for t in acts)


def test_bueng_kan_percent_cells_and_nan_training_topics(parsed):
    assert not any(a.title.endswith("%") for a in extract(parsed(BUENG_KAN)).activities)
    assert not any("หน้ากาก" in i.text for i in extract(parsed(NAN)).issues)
