"""Round 12: a report's running account of acts told one after another.

A bare "ดำเนินการ" opens an act when the line says when, how many or how much
(and is no routine); a date standing between two acts goes to the act before
when the act after has its own; a result told after an act ("ผลการสำรวจ...")
ends its name, dates and head count.  Strings first, then a built .docx,
then the real corpus files.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_docx

from pcc_ingest.extract.activities.act_words import thin_account
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _titles(path: Path) -> dict[str, object]:
    return {a.title: a for a in extract(parse(path)).activities}


def test_a_bare_carried_out_line_with_nothing_measured_is_thin():
    assert thin_account("ดำเนินการคัดกรองความสามารถ (ADL) ผู้สูงอายุทุกหมู่บ้านโดย อสม.")


def test_a_bare_carried_out_routine_is_thin_even_with_a_count():
    assert thin_account("ดำเนินการสำรวจและทำลายแหล่งเพาะพันธุ์ยุงลายทุกวันศุกร์ จำนวน 13 หมู่บ้าน ผู้ร่วม 40 คน")


def test_a_bare_carried_out_line_with_its_dates_is_not_thin():
    assert not thin_account("ดำเนินการตั้งด่านชุมชน ระหว่างวันที่ 11 – 17 เมษายน 2566 รวม 36 ด่าน")


def test_a_line_not_opened_by_carried_out_is_never_thin():
    assert not thin_account("คัดกรองสุขภาพผู้สูงอายุทุกหมู่บ้าน")


def _account(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "account.docx", [
        "รายงานผลการดำเนินงาน พชอ. อำเภอตัวอย่าง ปีงบประมาณ 2567",
        "3. ผลการดำเนินงานตามประเด็น",
        "ดำเนินการตั้งจุดตรวจช่วงเทศกาลสงกรานต์ ระหว่างวันที่ 11 – 17 เมษายน 2567 มีอาสาสมัครร่วม 200 คน "
        "สำรวจจุดเสี่ยงร่วมกับ อปท. จำนวน 12 จุด รณรงค์ขับขี่ปลอดภัยในโรงเรียน 4 แห่ง "
        "ผลการสำรวจการสวมหมวกนิรภัยเดือนมิถุนายน 2567 จำนวน 900 ราย",
        "คัดกรองสุขภาพผู้สูงอายุ ระหว่างเดือนมกราคม – มีนาคม 2567 จัดอบรมแกนนำผู้ดูแล "
        "ในวันที่ 5 – 6 มีนาคม 2567 ผู้เข้ารับการอบรม 40 คน",
    ])


def test_a_carried_out_account_with_dates_gives_each_of_its_acts(tmp_path):
    titles = _titles(_account(tmp_path))
    checkpoint = next(a for t, a in titles.items() if t.startswith("ตั้งจุดตรวจ"))
    assert (checkpoint.start, checkpoint.end, checkpoint.participants) == ("2024-04-11", "2024-04-17", 200)
    assert any(t.startswith("สำรวจจุดเสี่ยง") for t in titles)


def test_a_result_after_an_act_gives_it_no_date_count_or_words(tmp_path):
    campaign = next(a for t, a in _titles(_account(tmp_path)).items() if t.startswith("รณรงค์ขับขี่"))
    assert "ผลการสำรวจ" not in campaign.title
    assert (campaign.start, campaign.participants) == (None, None)


def test_a_date_between_two_acts_goes_to_the_act_before_when_the_next_has_its_own(tmp_path):
    titles = _titles(_account(tmp_path))
    screening = next(a for t, a in titles.items() if t.startswith("คัดกรองสุขภาพ"))
    training = next(a for t, a in titles.items() if t.startswith("จัดอบรมแกนนำ"))
    assert (screening.start, screening.end) == ("2024-01", "2024-03")
    assert (training.start, training.end) == ("2024-03-05", "2024-03-06")


def test_roi_et_running_account_gives_its_road_acts_and_dates_the_training():
    titles = _titles(CORPUS / "roi-et-selaphum-2566-progress.docx")
    assert any(t.startswith("สำรวจและแก้ไขจุดเสี่ยง") for t in titles)
    campaign = next(a for t, a in titles.items() if t.startswith("รณรงค์สวมหมวกนิรภัย"))
    assert (campaign.start, campaign.participants) == (None, None)
    training = next(a for t, a in titles.items() if "Caregiver" in t)
    assert (training.start, training.end) == ("2023-03-09", "2023-03-10")


def test_phetchabun_undated_ongoing_work_is_no_activity():
    titles = _titles(CORPUS / "phetchabun-wichian-buri-2566-progress.docx")
    assert not any(t.startswith("คัดกรองความสามารถในการประกอบกิจวัตร") for t in titles)
