"""Round 55 (activities and issues), the rules pinned here:

- a plan table with one period column per quarter ("ระยะเวลาดำเนินการ" over "ไตรมาส 1 (ต.ค.–ธ.ค. 66)
  | ... | ไตรมาส 4 (...)") dates each row from the first day its quarter cells write to the last,
  not by the first quarter's cell alone (widened: quarter_dates.py, which dated rows by the
  quarters holding their money);
- a group numbered in its table's sequence column ("4 | ด่านชุมชนช่วงเทศกาล..." over cost lines,
  "3 | รณรงค์งดเผา... | 35,000" in a summary by funder) pays for the plan row of that number when
  the names are alike, as a "กิจกรรมที่ N" label already did (widened: ordinals.row_and_group);
- a spending table per quarter whose quarters each span "แผน | ใช้จริง | คงเหลือ" pays each row
  the sum of its planned cells (widened: cell_money.quarter_money);
- in minutes, an agenda item that puts the account of money spent to the meeting ("4.1 พิจารณา
  ผลการใช้จ่ายงบประมาณ...") is a report: its table's rows restate the plan's activities
  (widened: ``[minutes] report_item``);
- a row counting cohorts ("อบรมแกนนำ... 2 รุ่น") or meetings in brackets over the year
  ("ประชุมคณะกรรมการ พชอ.X (4 ครั้ง)") beside the cohorts or meetings listed one by one counts
  them and is no activity of its own (widened: meeting_tallies.py);
- money left over or handed back ("คืนเงินเหลือจ่าย") is no activity (widened: ``[words] never``);
- an issue named in quotes ('ได้คัดเลือกประเด็น "การดูแลผู้สูงอายุ..." เป็นประเด็นขับเคลื่อน
  ลำดับที่ 1 ต่อเนื่องจาก...') is the words inside the quotes (widened: issues ``_clean_span``).
Word files built here first, then the set-55 corpus files."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

PLAN_HEAD = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
             "5. แผนงาน/กิจกรรม และระยะเวลาดำเนินการรายไตรมาส"]
REPORT_HEAD = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 9 เดือน ปีงบประมาณ พ.ศ. 2566",
               "(1 ตุลาคม 2565 – 30 มิถุนายน 2566)"]


# --- Word files built here ----------------------------------------------------------------


QUARTER_PLAN = [
    ("ที่", "กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลาดำเนินการ", "", "", "", "งบประมาณ (บาท)"),
    ("", "", "", "ไตรมาส 1 (ต.ค.–ธ.ค. 66)", "ไตรมาส 2 (ม.ค.–มี.ค. 67)", "ไตรมาส 3 (เม.ย.–มิ.ย. 67)",
     "ไตรมาส 4 (ก.ค.–ก.ย. 67)", ""),
    ("1", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ไตรมาสละ 1 ครั้ง", "คณะกรรมการ 30 คน", "20 พ.ย. 66", "21 ก.พ. 67",
     "22 พ.ค. 67", "21 ส.ค. 67", "6,000"),
    ("2", 'รณรงค์ "ฟ้าใส" งดเผาในที่โล่ง และจัดห้องปลอดฝุ่นตัวอย่าง', "12 ตำบล", "-", "10 ม.ค. – 31 มี.ค. 67", "1–20 เม.ย. 67", "-", "20,000"),
    ("3", "อบรมผู้ดูแลผู้สูงอายุตัวอย่าง", "Care Giver 40 คน", "-", "-", "17–18 มิ.ย. 67", "-", "9,000"),
]
QUARTER_MERGES = {0: [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]}


def test_quarter_period_columns_date_a_row_from_first_to_last_day(tmp_path):
    acts = activities_by_title(write_parts(tmp_path / "p.docx", [*PLAN_HEAD, QUARTER_PLAN], QUARTER_MERGES))
    meetings = one_titled(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง")
    assert (meetings.start, meetings.end) == ("2023-11-20", "2024-08-21")
    campaign = one_titled(acts, "ฟ้าใส")
    assert (campaign.start, campaign.end, campaign.budget_baht) == ("2024-01-10", "2024-04-20", 20000)
    training = one_titled(acts, "อบรมผู้ดูแลผู้สูงอายุตัวอย่าง")
    assert (training.start, training.end) == ("2024-06-17", "2024-06-18")


def test_a_summary_row_numbered_in_the_sequence_column_is_the_plan_row(tmp_path):
    path = write_parts(tmp_path / "p.docx", [
        *PLAN_HEAD, QUARTER_PLAN,
        "8. สรุปงบประมาณจำแนกตามแหล่งงบประมาณ",
        [("ที่", "กิจกรรม", "กองทุนตัวอย่าง", "อปท.ตัวอย่าง", "รวม"),
         ("1", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง", "6,000", "-", "6,000"),
         ("2", "รณรงค์งดเผาและห้องปลอดฝุ่นตัวอย่าง", "-", "20,000", "20,000"),
         ("3", "อบรมฟื้นฟูผู้ดูแลผู้สูงอายุ", "9,000", "-", "9,000"),
         ("รวม", "", "15,000", "20,000", "35,000")]], QUARTER_MERGES)
    acts = activities_by_title(path)
    assert len(acts) == 3, list(acts)
    assert one_titled(acts, "ฟ้าใส").budget_baht == 20000


def test_a_budget_group_numbered_in_the_sequence_column_pays_its_plan_row(tmp_path):
    path = write_parts(tmp_path / "p.docx", [
        *PLAN_HEAD,
        [("ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)"),
         ("1", "ตั้งด่านชุมชนป้องกันอุบัติเหตุตัวอย่างช่วงเทศกาลปีใหม่และสงกรานต์", "ธ.ค. 66 – เม.ย. 67", "12,000"),
         ("2", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง", "พ.ย. 66", "3,000")],
        "6. งบประมาณ",
        [("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
         ("1", "ด่านชุมชนตัวอย่างช่วงเทศกาลปีใหม่และสงกรานต์ (แหล่งงบประมาณ : อปท.ตัวอย่าง)", "", "", "", ""),
         ("", "ค่าอาหารอาสาสมัครประจำด่าน", "120", "คน-วัน", "100", "12,000"),
         ("2", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง (แหล่งงบประมาณ : สสอ.ตัวอย่าง)", "", "", "", ""),
         ("", "ค่าอาหารว่างและเครื่องดื่ม", "60", "คน", "50", "3,000")]])
    acts = activities_by_title(path)
    assert len(acts) == 2, list(acts)
    assert one_titled(acts, "ด่านชุมชน").budget_baht == 12000


SPENDING = [("กิจกรรม", "ไตรมาส 1", "", "", "ไตรมาส 2", "", ""),
            ("", "แผน", "ใช้จริง", "คงเหลือ", "แผน", "ใช้จริง", "คงเหลือ"),
            ("1. ประชุมชี้แจงแนวทางตัวอย่าง", "20,000", "19,500", "500", "-", "-", "-"),
            ("2. เยี่ยมเสริมพลังตัวอย่าง 5 อำเภอ", "-", "-", "-", "30,000", "27,000", "3,000"),
            ("3. ประชุมเชิงปฏิบัติการประเมินผลตัวอย่าง", "-", "-", "-", "16,000", "15,000", "1,000"),
            ("รวม", "20,000", "19,500", "500", "46,000", "42,000", "4,000")]
SPENDING_MERGES = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]


def test_a_spending_table_per_quarter_pays_the_planned_cells(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        "รายงานผลการตรวจราชการ พชอ. จังหวัดตัวอย่าง ปีงบประมาณ พ.ศ. 2566",
        "4. การดำเนินงานของจังหวัด",
        "1. ประชุมชี้แจงแนวทางตัวอย่างแก่เลขานุการ พชอ. เมื่อวันที่ 15 ธันวาคม พ.ศ. 2565 ผู้เข้าร่วม 50 คน",
        "2. เยี่ยมเสริมพลังตัวอย่าง 5 อำเภอ ระหว่างวันที่ 6 กุมภาพันธ์ – 10 มีนาคม พ.ศ. 2566",
        "3. ประชุมเชิงปฏิบัติการประเมินผลตัวอย่าง เมื่อวันที่ 28 มีนาคม พ.ศ. 2566 ผู้เข้าร่วม 40 คน",
        "5. การใช้จ่ายงบประมาณ",
        SPENDING], {0: SPENDING_MERGES})
    acts = activities_by_title(path)
    assert len(acts) == 3, list(acts)
    assert one_titled(acts, "ประชุมชี้แจงแนวทางตัวอย่าง").budget_baht == 20000
    assert one_titled(acts, "เยี่ยมเสริมพลังตัวอย่าง").budget_baht == 30000
    assert one_titled(acts, "ประเมินผลตัวอย่าง").budget_baht == 16000


def test_a_spending_account_put_to_a_meeting_restates_the_plan(tmp_path):
    path = write_parts(tmp_path / "m.docx", [
        "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 3/2566",
        "วันอังคารที่ 11 กรกฎาคม พ.ศ. 2566 เวลา 09.30 น.",
        "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา",
        "4.1 พิจารณาผลการใช้จ่ายงบประมาณ พชอ.ตัวอย่าง ปีงบประมาณ 2566",
        "เลขานุการ เสนอผลการใช้จ่ายงบประมาณ ดังนี้",
        SPENDING,
        "มติที่ประชุม เห็นชอบผลการใช้จ่ายงบประมาณ"], {0: SPENDING_MERGES})
    acts = activities_by_title(path)
    assert not any("ตัวอย่าง 5 อำเภอ" in t or "ประชุมชี้แจงแนวทางตัวอย่าง" in t for t in acts), list(acts)


def test_a_row_counting_listed_cohorts_or_meetings_is_no_activity(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "2. การดำเนินงานที่ผ่านมา",
        [("วันที่", "กิจกรรม"),
         ("25/11/2565", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2566 ผู้เข้าร่วม 30 คน"),
         ("14/12/2565 – 15/12/2565", "อบรมแกนนำชุมชนตัวอย่างการคัดแยกขยะ รุ่นที่ 1 ผู้เข้าร่วม 100 คน"),
         ("21/02/2566", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2566 ผู้เข้าร่วม 32 คน"),
         ("08/03/2566 – 09/03/2566", "อบรมแกนนำชุมชนตัวอย่างการคัดแยกขยะ รุ่นที่ 2 ผู้เข้าร่วม 100 คน"),
         ("23/06/2566", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 3/2566 ผู้เข้าร่วม 31 คน")],
        "5. ผลการใช้จ่ายงบประมาณ",
        [("กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ (บาท)", "แหล่งงบประมาณ"),
         ("1. ประชุมคณะกรรมการ พชอ.ตัวอย่าง (3 ครั้ง)", "ต.ค. 65 – ก.ย. 66", "3000", "สสจ.ตัวอย่าง"),
         ("2. อบรมแกนนำชุมชนตัวอย่างการคัดแยกขยะ 2 รุ่น", "ธ.ค. 65 – มี.ค. 66", "40000", "อปท.ตัวอย่าง")]])
    acts = activities_by_title(path)
    assert not any(t.endswith(("(3 ครั้ง)", "2 รุ่น")) for t in acts), list(acts)
    assert len(acts) == 5, list(acts)


def test_money_handed_back_is_no_activity(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        "รายงานผลการดำเนินโครงการตัวอย่าง ปีงบประมาณ พ.ศ. 2567",
        "6. สรุปการใช้จ่ายงบประมาณ",
        [("กิจกรรม", "สสจ.ตัวอย่าง (บาท)", "อปท.ตัวอย่าง (บาท)", "รวม (บาท)"),
         ("1. ประชุมคณะกรรมการ พชอ. ตัวอย่าง", "1,400.00", "-", "1,400.00"),
         ("2. อบรมพัฒนาศักยภาพ อสม. ตัวอย่าง", "20,000.00", "5,000.00", "25,000.00"),
         ("รวมใช้จ่ายจริง", "21,400.00", "5,000.00", "26,400.00"),
         ("คืนเงินเหลือจ่าย", "600.00", "-", "600.00")]])
    acts = activities_by_title(path)
    assert not any("คืนเงิน" in t for t in acts), list(acts)


def test_an_issue_named_in_quotes_is_the_quoted_words(tmp_path):
    path = write_parts(tmp_path / "p.docx", [
        "โครงการขับเคลื่อนประเด็นตัวอย่าง คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอบรบือ ปีงบประมาณ พ.ศ. 2567",
        "2. หลักการและเหตุผล",
        'คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอบรบือ ได้คัดเลือกประเด็น "การป้องกันอุบัติเหตุทางถนนตัวอย่าง" '
        "เป็นประเด็นขับเคลื่อนลำดับที่ 1 ต่อเนื่องจากปีงบประมาณ พ.ศ. 2566"])
    texts = [i.text for i in extract(parse(path)).issues]
    assert texts == ["การป้องกันอุบัติเหตุทางถนนตัวอย่าง"], texts


# --- the set-55 corpus files --------------------------------------------------------------


def test_phan_quarter_cells_date_the_plan_rows():
    acts = activities_by_title(CORPUS / "chiang-rai-phan-2567-action-plan.pdf")
    assert (one_titled(acts, "ไตรมาสละ 1 ครั้ง").start, one_titled(acts, "ไตรมาสละ 1 ครั้ง").end) == ("2023-11-21", "2024-08-22")
    checkpoints = one_titled(acts, "ตั้งด่านชุมชนป้องกันอุบัติเหตุ")
    assert (checkpoints.start, checkpoints.end) == ("2023-12-29", "2024-04-17")
    assert not any(t in acts for t in ("รณรงค์งดเผาและห้องปลอดฝุ่น", "อบรมฟื้นฟู Care Giver", "เวทีมหกรรมและถอดบทเรียน"))


def test_tak_activities_take_the_planned_quarter_money():
    acts = activities_by_title(CORPUS / "tak-province-2566-inspection.docx")
    assert one_titled(acts, "อบรมพัฒนาศักยภาพทีมเยี่ยมเสริมพลัง").budget_baht == 35000
    assert one_titled(acts, "เยี่ยมเสริมพลัง พชอ. ครบ").budget_baht == 54000


def test_sirindhorn_spending_rows_are_no_activities():
    acts = activities_by_title(CORPUS / "ubon-ratchathani-sirindhorn-2568-minutes.docx")
    assert not any(t in acts for t in ("ประชุม พชอ.", "ด่านชุมชน", "มหกรรมสุขภาพชายแดน", "เยี่ยมบ้านกลุ่มเปราะบาง"))


def test_kaset_wisai_tallies_and_borabue_issue():
    acts = activities_by_title(CORPUS / "roi-et-kaset-wisai-2566-progress.pdf")
    assert not any(t.endswith(("(4 ครั้ง)", "2 รุ่น")) for t in acts), list(acts)
    issues = [i.text for i in extract(parse(CORPUS / "maha-sarakham-borabue-2567-project.docx")).issues]
    assert issues == ["การดูแลผู้สูงอายุและผู้มีภาวะพึ่งพิงในชุมชน"], issues
