"""Round 21: forms laid out as tables of field labels (a project's fields, an
inspection's fields by district), plan tables numbering their rows inside
the activity cell, and numbered meetings dated where another mention dates them.

Strings first, then the real corpus files.
"""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.form_tables import field_kind, is_form_table, item_spans
from pcc_ingest.extract.activities.meetings import meeting_number
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables

RATCHABURI = "ratchaburi-damnoen-saduak-2568-project"
KRABI = "krabi-khlong-thom-2566-project.pdf"
NONG_BUA = "nong-bua-lam-phu-province-2568-inspection.pdf"
NAN = "nan-tha-wang-pha-2567-progress"
RANONG = "ranong-kapoe-2567-project"


def _items(text: str) -> list[tuple[str, int | None]]:
    return [(text[s:e].strip(), n) for s, e, n in item_spans(text)]


def test_an_activity_field_splits_at_each_numbered_label():
    text = "กิจกรรมที่ 1 อบรมแกนนำ วันที่ 12 ธันวาคม 2567 - ค่าอาหาร 7,000 บาท กิจกรรมที่ ๒ ตรวจคัดกรอง 400 คน"
    assert _items(text) == [("กิจกรรมที่ 1 อบรมแกนนำ วันที่ 12 ธันวาคม 2567 - ค่าอาหาร 7,000 บาท", 1),
                            ("กิจกรรมที่ ๒ ตรวจคัดกรอง 400 คน", 2)]


def test_an_activity_field_without_labels_splits_at_numbered_then_dashed_items():
    assert [n for _, n in _items("1) ประชุมคณะกรรมการ 35 คน 2) อบรม พชต. 70 คน")] == [1, 2]
    dashed = _items("- ค่ายปรับเปลี่ยนพฤติกรรม จำนวน 45 คน - ประกวดหมู่บ้าน 18 หมู่บ้าน")
    assert [t for t, _ in dashed] == ["ค่ายปรับเปลี่ยนพฤติกรรม จำนวน 45 คน", "ประกวดหมู่บ้าน 18 หมู่บ้าน"]
    assert _items("ประชุมคณะกรรมการ") == [("ประชุมคณะกรรมการ", None)]


def test_a_referring_bracket_opens_no_item():
    text = "อบรมแกนนำ 60 คน (กิจกรรมที่ 2 ของปีก่อน)"
    assert _items(text) == [(text, None)]


@pytest.mark.parametrize(("label", "is_field"), [
    ("ชื่อโครงการ", True), ("หลักการและเหตุผล", True), ("กิจกรรมและงบประมาณ", True),
    ("ระยะเวลาดำเนินการ", True), ("การประชุม พชอ.", True), ("ม่วงกลวง", False), ("1", False),
])
def test_form_field_labels_are_told_from_row_names(label, is_field):
    assert (field_kind(label) is not None) == is_field


def test_project_and_inspection_forms_are_form_tables_and_budget_tables_are_not(parsed):
    for name in (f"{RATCHABURI}.docx", KRABI, NONG_BUA):
        assert any(is_form_table(t) for t in read_tables(parsed(name))), name
    for ext in ("docx", "pdf"):  # rows "กิจกรรมที่ 1 ...", "กิจกรรมที่ 2 ...": one kind of label
        assert not any(is_form_table(t) for t in read_tables(parsed(f"{RANONG}.{ext}")))


def test_a_project_form_gives_the_activities_of_its_activity_field_only(parsed):
    for ext in ("docx", "pdf"):
        acts = extract(parsed(f"{RATCHABURI}.{ext}")).activities
        got = [(a.title, a.start, a.end, a.participants, a.budget_baht) for a in acts]
        assert got == [
            ("อบรมเชิงปฏิบัติการเกษตรกรแกนนำ “ลดเคมี เพิ่มชีวภัณฑ์”", "2024-12-12", "2024-12-12", 100, 15500),
            ("ตรวจคัดกรองสารเคมีในเลือดเกษตรกรด้วยกระดาษทดสอบโคลีนเอสเตอเรส", "2025-01", "2025-03", 400, 9600),
            ("สุ่มตรวจสารเคมีกำจัดศัตรูพืชตกค้างในผักและผลไม้ ตลาดน้ำดำเนินสะดวกและตลาดสด 4 แห่ง",
             "2025-02", "2025-07", None, 8500),
            ("เวทีถอดบทเรียนและคืนข้อมูลแก่ พชต.", "2025-07-24", "2025-07-24", 60, 2900),
        ], ext


def test_a_form_budget_field_pays_each_numbered_activity(parsed):
    budgets = [a.budget_baht for a in extract(parsed(KRABI)).activities]
    assert budgets == [875, 19000, 10500, None, 7275]


def test_an_inspection_table_by_district_gives_each_district_activities_and_meetings(parsed):
    acts = {a.title: a for a in extract(parsed(NONG_BUA)).activities}
    camp = acts["ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้สารเสพติด"]
    assert (camp.start, camp.end, camp.participants) == ("2024-12-09", "2024-12-11", 45)
    assert acts["ตรวจสารปนเปื้อนในอาหารสดตลาดนัด 8 แห่ง"].start == "2024-12"
    meeting = acts["ประชุม พชอ."]
    assert (meeting.start, meeting.end) == ("2024-11-14", "2025-01-23")


def test_a_row_numbered_in_its_activity_cell_owns_its_whole_results_cell(parsed):
    for ext in ("docx", "pdf"):
        acts = {a.title: a for a in extract(parsed(f"{NAN}.{ext}")).activities}
        training = acts["อบรมอาสาสมัครเฝ้าระวังไฟป่าระดับหมู่บ้าน"]
        assert (training.start, training.participants) == ("2024-01-12", 150), ext
        checkpoints = acts["ตั้งจุดตรวจและจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2567"]
        assert (checkpoints.start, checkpoints.end, checkpoints.participants) == ("2023-12-29", "2024-01-04", 186)


def test_a_meeting_number_is_read_however_spaced():
    assert meeting_number("การประชุม ครั้งที่ 01 / 2567") == "1/2567"
    assert meeting_number("ประชุมคณะกรรมการ พชอ.") == ""


def test_an_undated_mention_of_a_meeting_takes_the_date_given_where_its_report_is_approved(parsed):
    for ext in ("docx", "pdf"):
        acts = extract(parsed(f"chon-buri-phanat-nikhom-2567-minutes.{ext}")).activities
        first = [a for a in acts if "1/2567" in a.title]
        assert [(a.start, a.end) for a in first] == [("2023-12-14", "2023-12-14")], ext
