"""Round 24: a participants cell whose figure stands over a bracketed note counts
the figure; a line closing on the attendees heading with its count ("ผู้มาประชุม
รวม 26 คน ได้แก่"), even joined onto the line above, opens a list of posts that
are no activities; the list ends at its first line that is no numbered item;
a table opening with a signature line is the signers' block, no plan rows.
Strings first, then real corpus files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.minutes_meeting import attendee_lines
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

MAHA_SARAKHAM = "maha-sarakham-province-2567-summary"
PHUNPHIN = "surat-thani-phunphin-2567-progress.pdf"
SUNG_NOEN = "nakhon-ratchasima-sung-noen-2568-action-plan.docx"


def _doc(*texts: str) -> Document:
    blocks = [Block(kind="paragraph", raw_text=t, text=t, order=i, start=0, end=len(t)) for i, t in enumerate(texts)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=blocks)


def test_a_figure_over_a_bracketed_note_is_the_cells_head_count():
    noted = rule_re("participants", "cell_count_noted")
    assert noted.search("96 (ตำบลละ 6 คน)")["n"] == "96"
    assert noted.search("38,450 (คัดกรองแล้ว)")["n"] == "38,450"
    assert noted.search("๕๙๓ (ราย)")["n"] == "๕๙๓"
    assert noted.search("อสม. 612") is None
    assert noted.search("ตำบลละ 6 คน (96 คน)") is None


def test_the_attendees_heading_with_its_count_closes_a_line_even_joined_to_the_date():
    intro = rule_re("minutes", "present_intro")
    assert intro.search("ผู้มาประชุม รวม 26 คน ได้แก่")
    assert intro.search("วันที่ 19 กันยายน 2567 ณ ห้องประชุมสำนักงานผู้มาประชุม รวม 26 คน ได้แก่")
    assert intro.search("ผู้เข้าร่วมประชุม ดังนี้ :")
    assert not intro.search("มีผู้เข้าร่วมประชุม 26 คน ได้แก่ผู้แทนทุกตำบล และให้จัดอบรม")


def test_the_numbered_lines_under_the_attendees_heading_are_attendees_until_an_unnumbered_line():
    doc = _doc(
        "ผู้มาประชุม รวม 3 คน ได้แก่",
        "1. นายอำเภอ ประธาน",
        "2. สาธารณสุขอำเภอ เลขานุการ",
        "ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ",
        "1. ประชุมคณะทำงาน 20 คน",
    )
    assert attendee_lines(doc) == {1, 2}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_attendees_of_a_meeting_told_in_a_summary_are_no_activities(parsed, suffix):
    titles = [a.title for a in extract(parsed(MAHA_SARAKHAM + suffix)).activities]
    assert not any(t.startswith(("นายแพทย์สาธารณสุขจังหวัด", "หัวหน้ากลุ่มงาน")) for t in titles)
    assert any(t.startswith("เยี่ยมเสริมพลัง พชอ.") for t in titles)


def test_participants_cells_with_a_note_under_the_figure_count_people_in_a_real_report(parsed):
    acts = extract(parsed(PHUNPHIN)).activities
    people = {a.title[:20]: a.participants for a in acts}
    assert people["ประชุมเชิงปฏิบัติการจัดทำ"[:20]] == 96
    assert people["เยี่ยมบ้านกลุ่มเปราะบางโดยทีมหมอ"[:20]] == 593
    assert people["รณรงค์คัดกรองเบาหวานและความดัน"[:20]] == 38450


def test_a_table_opening_with_a_signature_line_is_the_signers_block():
    signature = rule_re("cells", "signature")
    assert signature.match("ลงชื่อ ................................ ผู้อนุมัติแผน")
    assert signature.match("ลง ชื่อ ........ ผู้เสนอแผน")
    assert not signature.match("ประชุมคณะกรรมการ ลงชื่อรับรองแผน")


def test_the_signers_table_after_an_action_plan_gives_no_activities(parsed):
    acts = extract(parsed(SUNG_NOEN)).activities
    assert not any(a.title.startswith(("ลงชื่อ", "(นาย", "นายอำเภอ")) for a in acts)
    assert any(a.title.startswith("ตั้งด่านชุมชนช่วงเทศกาล") for a in acts)
