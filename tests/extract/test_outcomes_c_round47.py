"""Round 47 (outcomes C): a heading stating its target in brackets over a dash
list of places with bare figures makes each item a result with that target,
a place standing for several ("ตำบลอื่น 6 ตำบล") included.  Two records
closing with two places, or with one place measured by two subjects, are two
results however alike their figures.  A note under a table naming each
measure with its target gives each measure its own.  A "ผ่าน/ไม่ผ่าน" column
is no part of the next measure's name.  Figures each followed by their places
in brackets are one result per figure, named by the measure and the places,
a round the clause opens with after the measure; when the text counts the
places passing the bar they take the KPI's name and target.  A cell listing
places' figures that earlier records already give adds none.  Strings first,
then built .docx variants, then a real corpus file of set 47."""

from __future__ import annotations

import docx
from docx_builder import add_table

from pcc_ingest.extract.outcomes.caption_targets import named_target
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.merging import merge, other_places
from pcc_ingest.extract.outcomes.respective_lists import bracketed_figures
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

BAN_NA_SAN = "surat-thani-ban-na-san-2567-progress"
TITLE = "รายงานผลการดำเนินงาน พชอ.{0} รอบ 6 เดือน ปีงบประมาณ 2567 อำเภอ{0} จังหวัด{1}"


def _record(indicator: str, value: float, block: int) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="1", value_pct=value, year_be=2567,
                         evidence=Evidence(block=block, start=0, end=2, text="50"))


def test_a_place_standing_for_several_places_keeps_its_count() -> None:
    m = rule_re("place_cells", "place_figure").fullmatch("ตำบลอื่น 6 ตำบล 60.00")
    assert m is not None and m["place"] == "ตำบลอื่น 6 ตำบล" and m["figure"] == "60.00"
    m = rule_re("place_cells", "place_figure").match("ต.นาดี 85 ตำบลสำพันตา 90")
    assert m is not None and m["place"] == "ต.นาดี"  # a figure's next place is not its count


def test_a_heading_with_a_bracketed_target_is_a_target_heading() -> None:
    m = rule_re("place_lists", "target_heading").match("ร้อยละผู้ใช้ยาเสพติดได้รับการบำบัดครบตามเกณฑ์ (เป้าหมาย ร้อยละ 70)")
    assert m is not None and m["target"] == "70" and m["name"].endswith("ครบตามเกณฑ์")
    assert rule_re("place_lists", "target_heading").match("ร้อยละ 70 (ต.นาสาร)") is None


def test_two_places_or_two_subjects_of_one_place_are_two_results() -> None:
    a, b = _record("ร้อยละผู้บำบัดครบ ต.ท่าชี", 50.0, 1), _record("ร้อยละผู้บำบัดครบ ต.ทุ่งเตา", 50.0, 2)
    assert other_places(a, b) and len(merge([a, b])) == 2
    c, d = _record("หมู่บ้าน HI ไม่เกิน 10 ไตรมาส 2 ต.ลำพูน", 88.89, 1), _record("ผู้ป่วยติดเตียง Care Plan ต.ลำพูน", 88.89, 2)
    assert other_places(c, d)
    same = _record("ร้อยละผู้บำบัดครบ ต.ท่าชี", 50.0, 3)
    assert not other_places(a, same) and len(merge([a, same])) == 1


def test_a_note_naming_each_measure_gives_each_its_own_target() -> None:
    note = "* เป้าหมาย หลังคาเรือนปลอดลูกน้ำยุงลาย ร้อยละ 90 ผู้สูงอายุได้รับการคัดกรอง ADL ร้อยละ 80"
    assert named_target(note, "ผู้สูงอายุได้รับการคัดกรอง ADL (คิดเป็น %)") == 80.0
    assert named_target(note, "หลังคาเรือนปลอดลูกน้ำยุงลาย (คิดเป็น %)") == 90.0


def test_a_verdict_column_label_is_known() -> None:
    for label in ("ผ่าน/ไม่ผ่าน", "ผลการประเมิน ผ่าน / ไม่ผ่าน", "ผ่านเกณฑ์/ไม่ผ่านเกณฑ์"):
        assert rule_re("table", "verdict_label").match(label), label
    assert rule_re("table", "verdict_label").match("ผ่านเกณฑ์ (คน)") is None


def test_figures_followed_by_their_places_in_brackets_are_one_result_each() -> None:
    text = ("ไตรมาส 2 หมู่บ้านที่มีค่า HI ไม่เกิน 10 คิดเป็นร้อยละ 100 (ต.พรุพี ต.ท่าชี), "
            "90.00 (ต.ทุ่งเตา) และ 75.00 (ต.น้ำพุ)")
    got = {value: name for name, value, _, _ in bracketed_figures(text)}
    assert got == {100.0: "หมู่บ้านที่มีค่า HI ไม่เกิน 10 ไตรมาส 2 ต.พรุพี ต.ท่าชี",
                   90.0: "หมู่บ้านที่มีค่า HI ไม่เกิน 10 ไตรมาส 2 ต.ทุ่งเตา",
                   75.0: "หมู่บ้านที่มีค่า HI ไม่เกิน 10 ไตรมาส 2 ต.น้ำพุ"}
    assert bracketed_figures("ร้อยละ 80 (ต.นาสาร)") == []  # one figure alone is no list


def test_a_built_docx_variant_reads_a_list_under_a_target_heading(tmp_path) -> None:
    """Another district, "เกณฑ์" for "เป้าหมาย", "%" after the figure, bullets, Thai digits, "ตำบล" written out."""
    path = tmp_path / "targeted.docx"
    document = docx.Document()
    document.add_paragraph(TITLE.format("วังสะพุง", "เลย"))
    document.add_paragraph("ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี (เกณฑ์ ≥ ๔๐%)")
    for item in ("• ตำบลผาน้อย ๔๕.๕๐", "• ตำบลศรีสงคราม ๓๘.๒๐", "• ตำบลเขาหลวง ๓๘.๒๐", "• ตำบลอื่น ๕ ตำบล ๔๑.๐๐"):
        document.add_paragraph(item)
    document.save(path)
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    name = "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี"
    assert {(f"{name} ตำบลผาน้อย", 45.5, 40.0), (f"{name} ตำบลศรีสงคราม", 38.2, 40.0),
            (f"{name} ตำบลเขาหลวง", 38.2, 40.0), (f"{name} ตำบลอื่น 5 ตำบล", 41.0, 40.0)} <= got
    assert not any(o[1] is None for o in got)  # the heading's target is the items', no record


def test_a_built_docx_variant_reads_verdict_columns_and_a_note_of_targets(tmp_path) -> None:
    """Columns in another order (verdict first, "ไม่ผ่าน/ผ่าน"), "ร้อยละ" in the header, another district."""
    path = tmp_path / "verdicts.docx"
    document = docx.Document()
    document.add_paragraph(TITLE.format("วังสะพุง", "เลย"))
    add_table(document, [["ตำบล", "ครัวเรือนคัดแยกขยะ (ร้อยละ)", "ไม่ผ่าน/ผ่าน", "เด็กได้รับวัคซีนครบ (ร้อยละ)", "ไม่ผ่าน/ผ่าน"],
                      ["ผาน้อย", "72.50", "ผ่าน", "96.10", "ผ่าน"],
                      ["ศรีสงคราม", "64.20", "ไม่ผ่าน", "91.40", "ไม่ผ่าน"]])
    document.add_paragraph("หมายเหตุ เป้าหมาย ครัวเรือนคัดแยกขยะ ร้อยละ 70 เด็กได้รับวัคซีนครบ ร้อยละ 95")
    document.save(path)
    got = {(o.value_pct, o.target_pct): o.indicator for o in extract(parse(path)).outcomes}
    assert got.get((96.1, 95.0), "").startswith("เด็กได้รับวัคซีนครบ")
    assert got.get((91.4, 95.0), "").startswith("เด็กได้รับวัคซีนครบ")
    assert got.get((72.5, 70.0), "").startswith("ครัวเรือนคัดแยกขยะ")
    assert not any("ผ่าน" in name for name in got.values())
    assert not any(v is None for v, _ in got)  # the note's targets are no records


def test_a_built_docx_variant_reads_bracketed_places_and_drops_a_restating_cell(tmp_path) -> None:
    """A KPI table, prose with bracketed places counting those passing, then a problems table restating two."""
    path = tmp_path / "brackets.docx"
    document = docx.Document()
    document.add_paragraph(TITLE.format("วังสะพุง", "เลย"))
    add_table(document, [["ตัวชี้วัด", "เป้าหมาย (ร้อยละ)", "ไตรมาส 1", "ไตรมาส 2"],
                      ["ร้อยละเด็กได้รับวัคซีนครบตามเกณฑ์", "95", "90.10", "93.30"],
                      ["ร้อยละครัวเรือนคัดแยกขยะต้นทาง", "70", "55.20", "61.70"]])
    document.add_paragraph("ผลรายตำบล เด็กได้รับวัคซีนครบตามเกณฑ์ ได้ร้อยละ 97.10 (ตำบลผาน้อย), "
                           "92.60 (ตำบลศรีสงคราม) และ 96.40 (ตำบลเขาหลวง ตำบลโคกขมิ้น) ผ่านเกณฑ์ 3 ตำบล")
    add_table(document, [["ประเด็น", "ตำบลที่ต่ำกว่าเกณฑ์", "แนวทางแก้ไข"],
                      ["วัคซีน", "ตำบลศรีสงคราม 92.60\nตำบลผาน้อย 97.10", "ติดตามเด็กที่ขาดนัด"]])
    document.save(path)
    got = [(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes]
    kpi = "ร้อยละเด็กได้รับวัคซีนครบตามเกณฑ์"
    assert (f"{kpi} ตำบลศรีสงคราม", 92.6, 95.0) in got
    assert (f"{kpi} ตำบลเขาหลวง ตำบลโคกขมิ้น", 96.4, 95.0) in got
    assert sum(v == 92.6 for _, v, _ in got) == 1  # the problems table's restatement adds none


def test_a_built_docx_variant_keeps_bracketed_places_untargeted_without_a_pass_count(tmp_path) -> None:
    path = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph(TITLE.format("วังสะพุง", "เลย"))
    document.add_paragraph("รอบ 2 เด็กได้รับวัคซีนครบตามเกณฑ์ คิดเป็นร้อยละ 97.10 (ต.ผาน้อย) และ 92.60 (ต.ศรีสงคราม)")
    document.save(path)
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert ("เด็กได้รับวัคซีนครบตามเกณฑ์ รอบ 2 ต.ศรีสงคราม", 92.6, None) in got


def test_a_progress_reports_places_in_a_real_file(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(BAN_NA_SAN + ".pdf")).outcomes}
    drugs = "ร้อยละผู้ใช้ยาเสพติดได้รับการบำบัดครบตามเกณฑ์"
    assert {(f"{drugs} ต.ท่าชี", 50.0, 70.0), (f"{drugs} ต.ทุ่งเตา", 50.0, 70.0),
            (f"{drugs} ตำบลอื่น 6 ตำบล", 60.0, 70.0)} <= got
    hi = "หมู่บ้านที่มีค่า HI ไม่เกิน 10 ไตรมาส 2"
    assert (f"{hi} ต.พรุพี ต.ท่าชี ต.ควนศรี ต.ควนสุบรรณ ต.ทุ่งเตาใหม่ ต.เพิ่มพูนทรัพย์", 100.0, None) in got
    assert (f"{hi} ต.คลองปราบ", 83.33, None) in got
    assert ("ผู้สูงอายุได้รับการคัดกรอง ADL ตำบลน้ำพุ", 78.6, 80.0) in got
    assert ("ร้อยละผู้สูงอายุติดบ้านติดเตียงได้รับการเยี่ยมบ้านตาม Care Plan ต.ท่าชี", 92.31, None) in got
    assert not any(name.startswith(("ผ่าน", "ส่วนที่")) for name, _, _ in got)
    assert not any(v is None for _, v, _ in got)

