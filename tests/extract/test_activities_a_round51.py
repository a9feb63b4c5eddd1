"""Round 51 (activities in minutes, inspections and projects; issues), the rules pinned here:

- an agenda item of minutes that follows up an earlier meeting's decisions ("3.1 การติดตาม
  กิจกรรมตามมติการประชุมครั้งที่ 1/2568 ... รายงานสถานะ ดังนี้") is a report: the status table
  under it tells what was done, put off or dropped, no activities, and the earlier meeting
  it names is background;
- a plan table with one money column per quarter whose label gives the quarter's months
  ("ไตรมาสที่ 3 (เม.ย.–มิ.ย. 68)") dates each row from the first month of its first quarter
  holding money to the last month of its last; counts per quarter date nothing;
- a line under a numbered plan table setting the day of one of its rows by number ("ให้
  ดำเนินกิจกรรมที่ 2 ในวันพุธที่ 12 มีนาคม 2568") dates that row's activity;
- a calendar step "2." that the results table splits into rows "2.1", "2.2" under a merged
  heading row stays an activity of its own, dated by the calendar;
- two tables opening rows with the same outline number "2.1" and names alike tell one
  activity;
- a project's issue line naming the committee's other issues by number beside its own
  ("... (ประเด็นที่ 1 ของ พชอ.X ควบคู่กับประเด็นที่ 2 A และประเด็นที่ 3 B)") lists them too.
Word files built here first, then the set-51 corpus files."""

from __future__ import annotations

import docx

from pcc_ingest.extract.issues.companions import companion_spans
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import add_table, write_docx
from tests.extract.extracted import activities_by_title

PHRAE = "phrae-long-2568-minutes"
HUA_HIN = "prachuap-khiri-khan-hua-hin-2566-project"

MINUTES_HEAD = [
    "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง (พชอ.ตัวอย่าง)",
    "ครั้งที่ ๒/๒๕๖๘",
    "วันพุธที่ ๑๙ กุมภาพันธ์ พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น.",
    "ณ ห้องประชุมอำเภอตัวอย่าง จังหวัดแพร่",
    "ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๘ เมื่อวันพุธที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๗",
    "มติที่ประชุม รับรองรายงานการประชุมโดยไม่มีการแก้ไข",
    "ระเบียบวาระที่ ๓ เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว",
]


# --- Word files built here ----------------------------------------------------------------


def test_a_follow_up_item_over_a_status_table_names_no_activities(tmp_path):
    path = write_docx(
        tmp_path / "follow_up.docx",
        [*MINUTES_HEAD, "๓.๑ การติดตามกิจกรรมตามมติการประชุมครั้งที่ ๑/๒๕๖๘ ฝ่ายเลขานุการรายงานสถานะ ดังนี้"],
        [("กิจกรรม", "ผู้รับผิดชอบ", "สถานะ", "หมายเหตุ"),
         ("๑. ตั้งจุดตรวจชุมชนตัวอย่างช่วงปีใหม่ ครบ ๖ ตำบล", "สภ.ตัวอย่าง", "ดำเนินการแล้ว", "๒๗ ธ.ค. ๖๗ – ๒ ม.ค. ๖๘"),
         ("๒. จัดทำทะเบียนผู้สูงอายุตัวอย่างรายหมู่บ้าน", "สสอ.ตัวอย่าง", "ดำเนินการแล้ว", "ขึ้นทะเบียน ๔๘ ราย"),
         ("๓. มหกรรมสุขภาพตัวอย่าง", "สสอ.ตัวอย่าง", "ยกเลิก", "ซ้ำซ้อนกับงานของ อปท.")],
        after=["มติที่ประชุม รับทราบ และมอบหมายให้ สสอ.ตัวอย่าง จัดอบรมแกนนำตัวอย่างเพิ่มเติม"],
    )
    titles = list(activities_by_title(path))
    assert not any("ตัวอย่างช่วงปีใหม่" in t or "ทะเบียน" in t or "มหกรรม" in t for t in titles)
    assert not any("ติดตามกิจกรรม" in t or "1/2568" in t for t in titles)
    assert any("จัดอบรมแกนนำตัวอย่าง" in t for t in titles)  # the decision stays


def _quarter_plan(tmp_path, name: str, header: tuple[str, ...], rows: list[tuple[str, ...]], after: list[str]):
    return write_docx(tmp_path / name, [*MINUTES_HEAD[:4], "ระเบียบวาระที่ ๕ เรื่องเพื่อพิจารณา",
                                        "๕.๒ การพิจารณาแผนปฏิบัติการและงบประมาณ ไตรมาสที่ ๒ – ๔"],
                      [header, *rows], after=after)


QUARTERS = ("กิจกรรม", "ไตรมาสที่ ๒ (ม.ค.–มี.ค. ๖๘)", "ไตรมาสที่ ๓ (เม.ย.–มิ.ย. ๖๘)",
            "ไตรมาสที่ ๔ (ก.ค.–ก.ย. ๖๘)", "รวม", "แหล่งงบประมาณ")


def test_quarter_money_columns_with_their_months_date_each_row(tmp_path):
    rows = [("๑. รณรงค์ตัวอย่างช่วงสงกรานต์", "-", "๑๘,๐๐๐", "-", "๑๘,๐๐๐", "กองทุนตัวอย่าง"),
            ("๒. ค่ายเยาวชนตัวอย่าง", "-", "๑๕,๐๐๐", "๑๐,๐๐๐", "๒๕,๐๐๐", "กองทุนตัวอย่าง"),
            ("๓. เยี่ยมบ้านตัวอย่าง", "๔,๕๐๐", "๔,๕๐๐", "๔,๕๐๐", "๑๓,๕๐๐", "สสจ.ตัวอย่าง"),
            ("รวม", "๔,๕๐๐", "๓๗,๕๐๐", "๑๔,๕๐๐", "๕๖,๕๐๐", "")]
    acts = activities_by_title(_quarter_plan(tmp_path, "quarters.docx", QUARTERS, rows, ["มติที่ประชุม อนุมัติตามที่เสนอ"]))
    assert (acts["รณรงค์ตัวอย่างช่วงสงกรานต์"].start, acts["รณรงค์ตัวอย่างช่วงสงกรานต์"].end) == ("2025-04", "2025-06")
    assert (acts["ค่ายเยาวชนตัวอย่าง"].start, acts["ค่ายเยาวชนตัวอย่าง"].end) == ("2025-04", "2025-09")
    assert (acts["เยี่ยมบ้านตัวอย่าง"].start, acts["เยี่ยมบ้านตัวอย่าง"].end) == ("2025-01", "2025-09")


def test_quarter_columns_of_counts_date_nothing(tmp_path):
    header = ("กิจกรรม", "ไตรมาส ๑ (ต.ค.–ธ.ค. ๖๗)", "ไตรมาส ๒ (ม.ค.–มี.ค. ๖๘)", "ผลการดำเนินงาน")
    rows = [("๑. อบรมแกนนำตัวอย่าง", "๑", "๒", "ดำเนินการแล้ว"),
            ("๒. เยี่ยมบ้านผู้ป่วยตัวอย่าง", "-", "๓", "ดำเนินการแล้ว")]
    path = write_docx(tmp_path / "counts.docx", ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ ๒๕๖๘"],
                      [header, *rows])
    for a in extract(parse(path)).activities:
        assert a.start is None or not a.start.startswith("2024-10")


def test_a_day_set_for_a_numbered_plan_row_dates_that_row(tmp_path):
    rows = [("๑. รณรงค์ตัวอย่างช่วงสงกรานต์", "-", "๑๘,๐๐๐", "-", "๑๘,๐๐๐", "กองทุนตัวอย่าง"),
            ("๒. อบรมผู้ดูแลตัวอย่าง ๕๐ คน", "๑๒,๕๐๐", "-", "-", "๑๒,๕๐๐", "สสจ.ตัวอย่าง")]
    after = ["ที่ประชุมได้อภิปรายอย่างกว้างขวาง",
             "มติที่ประชุม อนุมัติแผนปฏิบัติการและงบประมาณ จำนวน ๓๐,๕๐๐ บาท ตามที่เสนอ และให้ดำเนินกิจกรรมที่ ๒ "
             "ในวันพุธที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๘ ณ ห้องประชุมโรงพยาบาลตัวอย่าง"]
    acts = activities_by_title(_quarter_plan(tmp_path, "day.docx", QUARTERS, rows, after))
    training = acts["อบรมผู้ดูแลตัวอย่าง"]
    assert (training.start, training.end, training.participants) == ("2025-03-12", "2025-03-12", 50)
    assert acts["รณรงค์ตัวอย่างช่วงสงกรานต์"].start == "2025-04"


def _calendar_and_results(path):
    document = docx.Document()
    document.add_paragraph("รายงานสรุปผลโครงการตัวอย่าง พชอ.ตัวอย่าง ปีงบประมาณ พ.ศ. 2566")
    document.add_paragraph("3. ระยะเวลาและแผนการดำเนินงาน")
    add_table(document, [
        ("กิจกรรม", "พ.ศ. 2565", "", "", "พ.ศ. 2566", "", ""),
        ("", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค."),
        ("1. ประชุมคณะทำงานตัวอย่าง", "", "●", "", "", "", ""),
        ("2. พัฒนาศักยภาพทีมตัวอย่างระดับตำบล", "", "", "●", "●", "", ""),
        ("3. รณรงค์ตัวอย่างในโรงเรียน", "", "", "", "", "●", "●"),
    ], merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)])
    document.add_paragraph("4. ผลการดำเนินงานรายกิจกรรม")
    add_table(document, [
        ("กิจกรรม", "วันที่ดำเนินการ", "ผู้เข้าร่วม (คน)", "งบประมาณที่ใช้ (บาท)"),
        ("1. ประชุมคณะทำงานตัวอย่าง จัดทำแผนปฏิบัติการ", "15/11/2565", "45", "4,950"),
        ("2. พัฒนาศักยภาพทีมตัวอย่างระดับตำบล", "", "", ""),
        ("2.1 อบรมเชิงปฏิบัติการหลักสูตรทีมตัวอย่างและการจัดการจุดเสี่ยง", "20/12/2565", "80", "14,400"),
        ("2.2 ฝึกปฏิบัติการทีมตัวอย่างในพื้นที่จริง", "17/01/2566", "40", "6,200"),
        ("3. รณรงค์ตัวอย่างในโรงเรียนและมอบหมวกนิรภัย", "08/02/2566 – 14/03/2566", "50", "17,500"),
    ], merges=[(2, 0, 2, 3)])
    document.add_paragraph("6. ผลการใช้จ่ายงบประมาณ")
    add_table(document, [
        ("กิจกรรม", "ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ", "รวม"),
        ("1. ประชุมคณะทำงานตัวอย่าง", "-", "4,950", "-", "4,950"),
        ("2.1 อบรมเชิงปฏิบัติการทีมตัวอย่าง", "3,600", "8,800", "2,000", "14,400"),
        ("2.2 ฝึกปฏิบัติการทีมตัวอย่าง", "1,800", "4,400", "-", "6,200"),
        ("3. รณรงค์ตัวอย่างในโรงเรียน", "-", "-", "17,500", "17,500"),
    ])
    document.save(path)
    return path


def test_a_calendar_step_split_into_sub_rows_stays_an_activity(tmp_path):
    acts = activities_by_title(_calendar_and_results(tmp_path / "steps.docx"))
    parent = acts["พัฒนาศักยภาพทีมตัวอย่างระดับตำบล"]
    assert (parent.start, parent.end) == ("2022-12", "2023-01")
    assert acts["อบรมเชิงปฏิบัติการหลักสูตรทีมตัวอย่างและการจัดการจุดเสี่ยง"].start == "2022-12-20"


def test_rows_of_two_tables_under_one_outline_number_are_one_activity(tmp_path):
    titles = list(activities_by_title(_calendar_and_results(tmp_path / "outline.docx")))
    assert "อบรมเชิงปฏิบัติการทีมตัวอย่าง" not in titles
    assert "ฝึกปฏิบัติการทีมตัวอย่าง" not in titles


def test_issues_named_by_number_beside_a_projects_own_are_listed():
    line = ("ประเด็นการพัฒนาคุณภาพชีวิต : การป้องกันและลดอุบัติเหตุทางถนน (ประเด็นที่ 1 ของ พชอ.ตัวอย่าง ปี 2566 "
            "ควบคู่กับประเด็นที่ 2 การดูแลผู้สูงอายุและผู้มีภาวะพึ่งพิง และประเด็นที่ 3 การจัดการขยะมูลฝอยในชุมชน)")
    assert [line[s:e] for s, e in companion_spans(line)] == [
        "การดูแลผู้สูงอายุและผู้มีภาวะพึ่งพิง", "การจัดการขยะมูลฝอยในชุมชน"]
    assert companion_spans("ประเด็นที่ 2 การดูแลผู้สูงอายุ และประเด็นที่ 3 การจัดการขยะ") == []  # no issue label first


# --- real corpus files of set 51 ----------------------------------------------------------


def test_phrae_minutes_status_table_and_quarter_plan(parsed):
    for ext in ("docx", "pdf"):
        acts = {a.title: a for a in extract(parsed(f"{PHRAE}.{ext}")).activities}
        assert not any("ปีใหม่" in t or "มหกรรม" in t or "ติดตามกิจกรรม" in t for t in acts)
        assert not any(t.endswith("ครั้งที่ 1/2568") for t in acts)
        caregiver = acts["อบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ (Caregiver)"]
        assert (caregiver.start, caregiver.budget_baht) == ("2025-03-12", 12500)
        visits = acts["เยี่ยมบ้านผู้สูงอายุติดเตียงร่วมกับทีมหมอครอบครัว"]
        assert (visits.start, visits.end) == ("2025-01", "2025-09")


def test_hua_hin_project_parent_step_and_issues(parsed):
    for ext in ("docx", "pdf"):
        x = extract(parsed(f"{HUA_HIN}.{ext}"))
        acts = {a.title: a for a in x.activities}
        assert (acts["พัฒนาศักยภาพทีมสอบสวนอุบัติเหตุระดับตำบล"].start,
                acts["พัฒนาศักยภาพทีมสอบสวนอุบัติเหตุระดับตำบล"].end) == ("2022-12", "2023-01")
        assert "อบรมเชิงปฏิบัติการทีมสอบสวนอุบัติเหตุ" not in acts
        assert {i.category for i in x.issues} == {"road_safety", "elderly", "waste_environment"}
