"""Round 56 (activities), the rules pinned here:

- a numbered activity over its own second-level items, the first of which opens by saying
  when ("2. อบรม..." over "2.1 วันที่ 10/12/2567 ณ ..." and "2.2 ผู้เข้าร่วม 110 คน"; "1. คัดกรอง..."
  over "1.1 ต.ค. 67 – มี.ค. 68 ..."), is told by them: their dates and head count are the item's
  and they are no activities of their own (widened: details.py, which took only one
  unnumbered line under the item as its account);
- several dated sub-items ("1.1 ครั้งที่ 1/2568 วันที่ ...", "1.2 ครั้งที่ 2/2568 ...") are occasions
  of the item: it runs from the first to the last and has no one head count (widened: details.py);
- "X คน จากทั้งหมด Y คน" counts X people out of Y: X is the head count, not a total after it
  (widened: ``[participants] total_before``);
- a budget row's short name that several activities hold is the one it opens, not one holding it
  further on ("ประชุมทีม... วางแผนการเยี่ยมบ้านผู้ป่วยติดเตียง") (widened: merge.py twin choice);
- a committee's name spelled out before its bracketed abbreviation ("คณะกรรมการพัฒนาคุณภาพชีวิต
  ระดับตำบล (พชต.)") compares as the abbreviation the budget table writes (widened: ``comparable``,
  ``[merge] spelled_out``).
Word files built here first, then the set-56 corpus files."""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

REPORT_HEAD = ["รายงานผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ปีงบประมาณ พ.ศ. 2568",
               "(1 ตุลาคม 2567 – 30 กันยายน 2568)",
               "ส่วนที่ 3 ผลการดำเนินงานรายกิจกรรม"]


def _report(tmp_path: Path, lines: list[str]) -> dict:
    return activities_by_title(write_parts(tmp_path / "r.docx", [*REPORT_HEAD, *lines]))


# --- Word files built here ----------------------------------------------------------------


def test_sub_items_opening_with_when_tell_their_item(tmp_path):
    acts = _report(tmp_path, [
        "1. อบรมพัฒนาศักยภาพแกนนำตัวอย่าง",
        "1.1 วันที่ 10/12/2567 ณ หอประชุมโรงพยาบาลตัวอย่าง",
        "1.2 ผู้เข้าร่วม 110 คน ได้แก่ อสม. 66 คน ผู้นำชุมชน 44 คน",
        "2. รณรงค์คัดแยกขยะต้นทางตัวอย่าง",
        "2.1 ระหว่างวันที่ 06/01/2568 – 28/02/2568 ครอบคลุมทั้ง 9 ตำบล",
        "2.2 ครัวเรือนร่วมจัดทำถังขยะเปียก 1,186 ครัวเรือน",
    ])
    training = one_titled(acts, "อบรมพัฒนาศักยภาพแกนนำตัวอย่าง")
    assert (training.start, training.end, training.participants) == ("2024-12-10", "2024-12-10", 110)
    campaign = one_titled(acts, "รณรงค์คัดแยกขยะต้นทางตัวอย่าง")
    assert (campaign.start, campaign.end) == ("2025-01-06", "2025-02-28")
    assert len(acts) == 2, list(acts)


def test_several_dated_sub_items_run_their_item_first_to_last(tmp_path):
    acts = _report(tmp_path, [
        "1. ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง",
        "1.1 ครั้งที่ 1/2568 วันที่ 15/11/2567 ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง ผู้เข้าร่วมประชุม 32 คน",
        "1.2 ครั้งที่ 2/2568 วันที่ 20/02/2568 ณ ห้องประชุมที่ว่าการอำเภอตัวอย่าง ผู้เข้าร่วมประชุม 30 คน",
        "2. อบรมผู้ดูแลผู้สูงอายุตัวอย่าง",
        "2.1 วันที่ 20 พฤศจิกายน 2567 ณ หอประชุมโรงพยาบาลตัวอย่าง ผู้เข้าร่วม 60 คน",
    ])
    meetings = one_titled(acts, "ประชุมคณะกรรมการพัฒนาคุณภาพชีวิต")
    assert (meetings.start, meetings.end, meetings.participants) == ("2024-11-15", "2025-02-20", None)
    assert one_titled(acts, "อบรมผู้ดูแลผู้สูงอายุตัวอย่าง").participants == 60


def test_those_reached_out_of_all_are_the_head_count(tmp_path):
    acts = _report(tmp_path, [
        "1. เยี่ยมบ้านผู้สูงอายุติดเตียงตัวอย่าง",
        "1.1 ระหว่างวันที่ 01/11/2567 – 31/08/2568 ดำเนินการโดยทีมหมอครอบครัว",
        "1.2 เยี่ยมบ้านผู้สูงอายุติดเตียง 137 คน จากทั้งหมด 161 คน",
        "2. อบรมผู้ดูแลผู้สูงอายุตัวอย่าง",
        "2.1 วันที่ 20 พฤศจิกายน 2567 ณ หอประชุมโรงพยาบาลตัวอย่าง ผู้เข้าร่วม 60 คน",
    ])
    assert one_titled(acts, "เยี่ยมบ้านผู้สูงอายุติดเตียงตัวอย่าง").participants == 137


BUDGET_HEAD = ("กิจกรรม", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่ายแล้ว (บาท)")


def test_a_budget_row_pays_the_activity_its_name_opens(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "1. ประชุมทีมหมอครอบครัวตัวอย่าง วางแผนการเยี่ยมบ้านผู้ป่วยติดเตียง",
        "1.1 วันที่ 16/12/2567 ณ โรงพยาบาลตัวอย่าง ผู้เข้าร่วม 26 คน",
        "2. เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมหมอครอบครัวร่วมกับ Caregiver",
        "2.1 ต.ค. 67 – มี.ค. 68 ทั้ง 5 ตำบล ผู้ป่วยติดเตียงได้รับการเยี่ยม 111 คน",
        "ส่วนที่ 4 ผลการใช้จ่ายงบประมาณ",
        [BUDGET_HEAD, ("1. เยี่ยมบ้านผู้ป่วยติดเตียง", "45,000", "21,600"), ("รวม", "45,000", "21,600")],
    ])
    acts = activities_by_title(path)
    assert one_titled(acts, "เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีม").budget_baht == 45000
    assert one_titled(acts, "ประชุมทีมหมอครอบครัวตัวอย่าง").budget_baht is None


def test_a_spelled_out_committee_compares_as_its_abbreviation(tmp_path):
    path = write_parts(tmp_path / "r.docx", [
        *REPORT_HEAD,
        "1. อบรมพัฒนาศักยภาพคณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล (พชต.) และภาคีเครือข่ายตัวอย่าง",
        "1.1 วันที่ 10/12/2567 ณ หอประชุมโรงพยาบาลตัวอย่าง ผู้เข้าร่วม 90 คน",
        "2. อบรมผู้ดูแลผู้สูงอายุตัวอย่าง",
        "2.1 วันที่ 20 พฤศจิกายน 2567 ณ หอประชุมโรงพยาบาลตัวอย่าง ผู้เข้าร่วม 60 คน",
        "ส่วนที่ 4 ผลการใช้จ่ายงบประมาณ",
        [BUDGET_HEAD, ("1. อบรมพัฒนาศักยภาพ พชต. และภาคีเครือข่ายตัวอย่าง", "20,000", "19,260"),
         ("รวม", "20,000", "19,260")],
    ])
    acts = activities_by_title(path)
    training = one_titled(acts, "อบรมพัฒนาศักยภาพ")
    assert (training.participants, training.budget_baht) == (90, 20000)


# --- the set-56 corpus files ----------------------------------------------------------------


def test_phichit_two_level_list_dates_and_counts_its_items():
    for ext in ("docx", "pdf"):
        acts = activities_by_title(CORPUS / f"phichit-pho-thale-2568-progress.{ext}")
        meetings = one_titled(acts, "ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอโพทะเล")
        assert (meetings.start, meetings.end, meetings.participants) == ("2024-11-15", "2025-08-18", None)
        visits = one_titled(acts, "คัดกรองสุขภาพและเยี่ยมบ้าน")
        assert (visits.start, visits.end, visits.participants) == ("2024-11-01", "2025-08-31", 337)
        assert not [t for t in acts if t.startswith("เยี่ยมบ้านผู้สูงอายุติดบ้าน")]


def test_buri_ram_sub_items_tell_dates_and_counts():
    acts = activities_by_title(CORPUS / "buri-ram-lahan-sai-2568-progress.pdf")
    adl = one_titled(acts, "คัดกรองความสามารถในการทำกิจวัตรประจำวัน")
    assert (adl.start, adl.end) == ("2024-10", "2025-03")
    dpac = one_titled(acts, "จัดคลินิกปรับเปลี่ยนพฤติกรรม")
    assert (dpac.start, dpac.end, dpac.participants) == ("2025-01-09", "2025-01-10", 80)
    assert one_titled(acts, "รณรงค์คัดแยกขยะต้นทางและจัดตั้งธนาคารขยะหมู่บ้าน").participants == 218
    visits = one_titled(acts, "เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมหมอครอบครัว")
    assert (visits.participants, visits.budget_baht) == (131, 45000)
