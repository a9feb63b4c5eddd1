"""The meeting that chose the issues, told in a sentence (``activities/issue_meeting.py``):

- a reader's fragment of the meeting that chose the issues takes the meeting's name:
  one named only by its session ("ในการประชุมครั้งที่ 1/2567") takes the committee
  before it, dated by the sentence (no fragment left);
- "คณะกรรมการ ... ประชุมเมื่อวันที่ ... มีมติเลือกประเด็น..." takes the committee and the choice;
- "... ได้จัดประชุมเมื่อวันที่ ... เพื่อ..." is named by the committee and its purpose;
- a date opening the sentence before the committee dates the meeting;
- the meeting that approved the plan is not it ("ตามมติที่ประชุม ...", ``[issue_meeting] not_before``)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

HEAD = ["แผนปฏิบัติการคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง จังหวัดตัวอย่าง ปีงบประมาณ พ.ศ. 2568",
        "1. สถานการณ์และความเป็นมา"]
PLAN = ["2. แผนการดำเนินงาน",
        [("ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)"),
         ("1", "อบรมแกนนำตัวอย่างจัดการขยะต้นทาง", "ธ.ค. 67", "12,000"),
         ("2", "ประกวดหมู่บ้านตัวอย่างปลอดขยะ", "ก.ค. 68", "6,000")]]


def test_session_only_meeting_takes_committee(tmp_path: Path) -> None:
    told = ("อำเภอตัวอย่างมี 9 ตำบล คณะกรรมการ พชอ.ตัวอย่าง ในการประชุมครั้งที่ 4/2567 เมื่อวันที่ "
            "20 กันยายน 2567 มีมติเลือกประเด็นขับเคลื่อนปีงบประมาณ 2568 จำนวน 3 ประเด็น คือ")
    acts = activities_by_title(write_parts(tmp_path / "s.docx", [*HEAD, told, *PLAN]))
    meeting = one_titled(acts, "ครั้งที่ 4/2567")
    assert meeting.title == "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 4/2567"
    assert (meeting.start, meeting.end) == ("2024-09-20", "2024-09-20")


def test_meeting_with_no_purpose_takes_the_choice_of_issues(tmp_path: Path) -> None:
    told = ("ในปี 2566 มีผู้สูงอายุ 9,800 คนคณะกรรมการ พชอ.ตัวอย่าง ประชุมเมื่อวันที่ 19/10/2566 ได้วิเคราะห์ข้อมูล"
            "ร่วมกับ พชต. ทั้ง 9 ตำบล และมีมติเลือกประเด็นขับเคลื่อนปีงบประมาณ 2567 จำนวน 3 ประเด็น ดังนี้")
    acts = activities_by_title(write_parts(tmp_path / "c.docx", [*HEAD, told, *PLAN]))
    meeting = one_titled(acts, "เลือกประเด็น")
    assert meeting.title == "ประชุมคณะกรรมการ พชอ.ตัวอย่าง เลือกประเด็นขับเคลื่อนปีงบประมาณ 2567"
    assert meeting.start == "2023-10-19"
    assert "ประชุมเมื่อ" not in acts


def test_unnamed_meeting_takes_committee_and_purpose(tmp_path: Path) -> None:
    told = ("คณะกรรมการ พชอ.ตัวอย่าง ได้จัดประชุมเมื่อวันที่ 18 กันยายน 2567 เพื่อทบทวนผลการดำเนินงาน"
            "ปีงบประมาณ 2567 และคัดเลือกประเด็นสำหรับปีงบประมาณ 2568 โดยใช้ข้อมูลสถานการณ์สุขภาพ")
    acts = activities_by_title(write_parts(tmp_path / "p.docx", [*HEAD, told, *PLAN]))
    meeting = one_titled(acts, "ทบทวนผลการดำเนินงาน")
    assert meeting.title == ("ประชุมคณะกรรมการ พชอ.ตัวอย่าง เพื่อทบทวนผลการดำเนินงานปีงบประมาณ 2567 "
                             "และคัดเลือกประเด็นสำหรับปีงบประมาณ 2568")
    assert meeting.start == "2024-09-18"
    assert not [t for t in acts if t in ("ประชุม", "จัดประชุม")]


def test_approving_meeting_is_not_read_beside_the_choosing_one(tmp_path: Path) -> None:
    approved = ("แผนนี้ผ่านความเห็นชอบตามมติที่ประชุม พชอ.ตัวอย่าง ครั้งที่ 2/2567 เมื่อวันที่ 5 พฤศจิกายน 2567 "
                "ซึ่งเห็นชอบแผนและกำหนดประเด็นตามที่เสนอ")
    told = ("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ได้มีมติในการประชุมครั้งที่ 1/2568 เมื่อวันที่ "
            "22 ตุลาคม 2567 กำหนดประเด็นขับเคลื่อนปีงบประมาณ 2568 จำนวน 3 ประเด็น ดังนี้")
    acts = activities_by_title(write_parts(tmp_path / "a.docx", [*HEAD, approved, told, *PLAN]))
    meeting = one_titled(acts, "ครั้งที่ 1/2568")
    assert meeting.title.startswith("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ครั้งที่ 1/2568")
    assert not [t for t in acts if "ครั้งที่ 2/2567" in t]


def test_date_opening_the_sentence_dates_the_meeting(tmp_path: Path) -> None:
    told = ("เมื่อวันที่ 18 ตุลาคม 2565 คณะกรรมการ พชอ.ตัวอย่าง ได้ประชุมครั้งที่ 1/2566 ณ ห้องประชุมที่ว่าการ"
            "อำเภอตัวอย่าง พิจารณาข้อมูลสถานการณ์ และมีมติเลือกประเด็นการพัฒนาคุณภาพชีวิต 3 ประเด็น")
    acts = activities_by_title(write_parts(tmp_path / "d.docx", [*HEAD, told, *PLAN]))
    meeting = one_titled(acts, "ครั้งที่ 1/2566")
    assert meeting.title == "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2566"
    assert (meeting.start, meeting.end) == ("2022-10-18", "2022-10-18")
