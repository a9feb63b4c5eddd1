"""Round 47 (activities, issues): a number closing a spaced product's working ("ค่าอาหาร
(50 x 150 x 3)") is no item marker, so the real "(3)" after it opens the next inline item;
an inline item's groups counted one after the other ("ผู้เข้ารับการบำบัด 30 คนญาติ 20 คน")
add up to its head count, and those it serves named after them ("ดูแลผู้สูงอายุ 126 คน") are
none of them; a cost line whose words are read from the paragraph's start still
pays the inline item its amount stands in; an issue's own "ดำเนินการ (1) … (2) …" list inside
its "ประเด็นที่ N" line gives activities, not issues; an issue list moved whole onto the line
after its lead ("… ได้แก่" over "1) … 2) … 3) …") gives each issue, the last ending before a
pointer to the table ("สรุปดังตาราง"); a breakdown opened by "ประกอบด้วย" adds nothing to its total, and
neither the money's working ("งบประมาณ 30 คน × 150 บาท") nor those absent ("ผู้ไม่มาประชุม 4 คน")
is a group; a whole numbered line read as one cost line still pays the act it opens.  Strings first, then Word files built here, then real
corpus files of set 47."""

from __future__ import annotations

from pathlib import Path

from docx import Document as Word

from pcc_ingest.extract.activities.draft import head_count, named_groups
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_cell_lines import numbered_items
from pcc_ingest.parsers import parse

SURAT = "surat-thani-ban-na-san-2567-progress.pdf"


# --- strings -----------------------------------------------------------------------------


def test_a_spaced_products_last_factor_is_no_item_marker():
    text = ("ดำเนินการ (1) ตรวจปัสสาวะ 40 ชุด × 40 บาท = 1,600 บาท (2) ค่ายบำบัด ค่าอาหาร (50 x 150 x 3) "
            "= 22,500 บาท (3) ประชุมคณะทำงาน")
    items = numbered_items(text)
    assert [i.number for i in items] == [1, 2, 3]
    assert text[items[2].start:].startswith("ประชุมคณะทำงาน")


def test_those_an_act_serves_after_its_groups_are_no_participants():
    assert named_groups("เยี่ยมบ้าน ทีมเยี่ยม Caregiver 28 คน อสม. 20 คน ดูแลผู้สูงอายุ 126 คน") == 48
    assert named_groups("อบรมผู้ดูแลผู้สูงอายุ อสม. 15 คน ผู้ดูแล 25 คน") == 40



def test_a_breakdown_opened_by_its_word_adds_nothing_to_the_total():
    assert named_groups("ผู้เข้าร่วม ๔๕ คน ประกอบด้วยคณะกรรมการ พชอ. ๒๑ คน และผู้แทน พชต. ๒๔ คน") is None
    assert head_count("ผู้เข้าร่วม ๔๕ คน ประกอบด้วยคณะกรรมการ พชอ. ๒๑ คน และผู้แทน พชต. ๒๔ คน") == 45
    assert named_groups("อปพร. 48 คน อสม. 32 คน ผู้นำชุมชน 16 คน") == 96


def test_the_moneys_working_and_those_absent_are_no_groups():
    assert named_groups("ผู้เข้าร่วม 30 คน งบประมาณ 30 คน × 150 บาท × 2 วัน = 9,000 บาท") is None
    assert named_groups("ผู้มาประชุม 38 คน ผู้ไม่มาประชุม 4 คน (ติดราชการ)") is None

# --- Word files built here ----------------------------------------------------------------


def _inline_report(path: Path) -> Path:
    doc = Word()
    doc.add_paragraph("รายงานผลการดำเนินงาน พชอ.นาดี จังหวัดปราจีนบุรี ปีงบประมาณ ๒๕๖๘")
    doc.add_paragraph("พชอ.นาดี กำหนดประเด็นขับเคลื่อน ๒ ประเด็น คือ 1) การป้องกันอุบัติเหตุทางถนน "
                      "2) การป้องกันการจมน้ำในเด็ก")
    doc.add_paragraph("กิจกรรมที่ดำเนินการ")
    doc.add_paragraph(
        "ประเด็นที่ 1 การป้องกันอุบัติเหตุทางถนน ดำเนินการ (1) ตั้งด่านชุมชนช่วงปีใหม่ วันที่ 29 ธันวาคม 2567 "
        "อปพร. 24 คนผู้นำชุมชน 16 คน ค่าอาหาร (40 x 60 x 2) = 4,800 บาท ค่าป้ายไวนิล 1,200 บาท "
        "(2) อบรมผู้ขับขี่ปลอดภัย วันที่ 15 มกราคม 2568 นักเรียน 80 คน ค่าอาหารว่าง 80 คน × 35 บาท = 2,800 บาท "
        "(3) ตรวจจับผู้ไม่สวมหมวกนิรภัย วันที่ 3 กุมภาพันธ์ 2568 ตำรวจ 10 คน")
    doc.save(path)
    return path


def test_a_built_inline_list_gives_each_item_its_groups_and_cost_lines(tmp_path):
    x = extract(parse(_inline_report(tmp_path / "inline.docx")))
    acts = {a.title: a for a in x.activities}
    checkpoint = acts["ตั้งด่านชุมชนช่วงปีใหม่"]
    assert (checkpoint.participants, checkpoint.budget_baht) == (40, 6000)
    assert acts["อบรมผู้ขับขี่ปลอดภัย"].budget_baht == 2800
    assert "ตรวจจับผู้ไม่สวมหมวกนิรภัย" in acts


def test_a_built_issue_line_listing_its_activities_gives_no_issues(tmp_path):
    x = extract(parse(_inline_report(tmp_path / "inline.docx")))
    assert {i.text for i in x.issues} == {"การป้องกันอุบัติเหตุทางถนน", "การป้องกันการจมน้ำในเด็ก"}


# --- real corpus file of set 47 --------------------------------------------------------------


def test_surat_inline_activities_sum_groups_and_cost_lines(parsed):
    x = extract(parsed(SURAT))
    acts = {a.title: a for a in x.activities}
    camp = acts["ค่ายบำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชน (CBTx)"]
    assert (camp.participants, camp.budget_baht) == (50, 25340)
    assert acts["ประชุมคณะทำงาน ศป.ปส.อ.บ้านนาสาร"].budget_baht == 2000
    assert acts["รณรงค์ Big Cleaning Week ทุกหมู่บ้าน"].budget_baht == 15600
    assert acts["อบรมฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ"].participants == 60
    assert len(x.issues) == 3


def _moved_list(path: Path) -> Path:
    doc = Word()
    doc.add_paragraph("รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองยาง ครั้งที่ ๒/๒๕๖๗")
    doc.add_paragraph("เลขานุการนำเสนอผลการดำเนินงาน ๓ ประเด็นที่ พชอ.เมืองยาง เลือกในปีงบประมาณ ๒๕๖๗ ได้แก่")
    doc.add_paragraph("๑) การป้องกันอุบัติเหตุทางถนน ๒) การป้องกันการจมน้ำในเด็ก ๓) การดูแลผู้สูงอายุติดเตียง "
                      "สรุปผลตามตาราง")
    doc.save(path)
    return path


def test_a_built_list_moved_whole_under_its_lead_gives_each_issue(tmp_path):
    x = extract(parse(_moved_list(tmp_path / "moved.docx")))
    assert {i.text for i in x.issues} == {
        "การป้องกันอุบัติเหตุทางถนน", "การป้องกันการจมน้ำในเด็ก", "การดูแลผู้สูงอายุติดเตียง"}


def test_thung_yai_pdf_list_on_the_line_after_its_lead_splits(parsed):
    x = extract(parsed("nakhon-si-thammarat-thung-yai-2566-minutes.pdf"))
    assert [i.text for i in x.issues] == [
        "การดูแลผู้สูงอายุและผู้ป่วยติดเตียง", "การป้องกันและควบคุมโรคไข้เลือดออก", "การจัดการขยะมูลฝอยในครัวเรือน"]


def test_ranong_minutes_plan_items_keep_their_own_money_and_head_count(parsed):
    x = extract(parsed("ranong-suk-samran-2566-minutes.docx"))
    acts = {a.title: a for a in x.activities}
    assert acts["เยี่ยมเสริมพลังคณะกรรมการ พชต."].budget_baht == 3500
    assessed = acts["ประเมินตนเองตามองค์ประกอบ UCCARE และสรุปบทเรียน"]
    assert (assessed.participants, assessed.budget_baht) == (30, 9000)
