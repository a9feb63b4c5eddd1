"""District names resolved to DOPA codes, and the districts a corpus document reports on."""

import geothai
import pytest

from pcc_ingest.extract.districts import (
    district_at_start,
    extract_districts,
    find_provinces,
    resolve_district,
)
from pcc_ingest.extract.document_facts import extract_facts


@pytest.mark.parametrize(
    ("name", "province", "code"),
    [
        ("เมือง", "54", "5401"),
        ("อ.เมือง", "83", "8301"),
        ("อำเภอเมือง", "40", "4001"),
        ("1.เมือง", "40", "4001"),
        ("อำเภอเด่นชัย", "54", "5405"),
        ("เมืองแพร่", "54", "5401"),
        ("สอง", "54", "5406"),
    ],
)
def test_names_resolve_to_official_codes_in_their_province(name, province, code):
    assert resolve_district(name, province)[0] == code


def test_district_named_muang_something_is_not_the_capital():
    # เมืองสรวง is a district of Roi Et of its own, not Roi Et's capital.
    assert resolve_district("อำเภอเมืองสรวง", "45") == ("4512", "เมืองสรวง")


def test_another_provinces_capital_is_not_this_provinces_capital():
    assert resolve_district("เมืองขอนแก่น", "45") is None


def test_district_of_another_province_does_not_resolve_with_province_context():
    assert resolve_district("ถลาง", "54") is None


def test_stray_spaces_and_dropped_tone_marks_are_tolerated():
    assert resolve_district("เด่น ชัย", "54")[0] == "5405"
    assert resolve_district("หนองม่วงไข", "54")[0] == "5408"


def test_without_province_only_unambiguous_names_resolve():
    assert resolve_district("หนองม่วงไข่", None)[0] == "5408"
    assert resolve_district("เมือง", None) is None


def test_name_must_be_the_whole_text():
    assert resolve_district("สองแคว", "54") is None


def test_province_names_with_typos_and_form_blanks_are_found():
    assert [code for code, *_ in find_provinces("จ.ขอนแกน")] == ["40"]
    assert [code for code, *_ in find_provinces("จังหวัด ……ขอนแก่น….  เขตสุขภาพที่ 7")] == ["40"]
    assert [code for code, *_ in find_provinces("สสจ. ร้อยเอ็ด")] == ["45"]
    assert list(find_provinces("ระดับจังหวัด และระดับอำเภอ")) == []


def test_line_opening_with_a_district_gives_its_code_and_where_the_name_ends():
    assert district_at_start("อำเภอถลาง มี 6 ประเด็น", "83") == ("8303", "ถลาง", 9)
    assert district_at_start("2. กะทู้: ขยะ", "83") == ("8302", "กะทู้", 8)


def test_bare_name_must_stand_alone_at_the_start_of_a_line():
    assert district_at_start("สองครั้งต่อปี", "54") is None


def _codes(province: str, names: list[str]) -> list[str]:
    """Official codes of district names as the document writes them (geothai's spelling)."""
    by_name = {d.name_th: d.code for d in geothai.districts(province)}
    return [by_name[n] for n in names]


def _extract(doc):
    return extract_districts(doc, extract_facts(doc))


PHRAE_ORDER = ["เมืองแพร่", "เด่นชัย", "สูงเม่น", "สอง", "ร้องกวาง", "ลอง", "หนองม่วงไข่", "วังชิ้น"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_districts_named_with_their_issues_are_listed_in_document_order(parsed, fmt):
    found = _extract(parsed(f"phrae-province-2563-project.{fmt}"))
    assert [d.code for d in found] == _codes("54", PHRAE_ORDER)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bare_names_in_a_results_table_resolve_with_mueang_as_the_capital(parsed, fmt):
    found = _extract(parsed(f"phuket-province-2564-progress.{fmt}"))
    assert {d.code for d in found} == {d.code for d in geothai.districts("83")}
    assert found[0].code == "8301"


def test_every_district_of_a_province_wide_results_table_is_listed(parsed):
    found = _extract(parsed("ubon-ratchathani-province-2566-progress.pdf"))
    assert {d.code for d in found} == {d.code for d in geothai.districts("34")}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_single_district_plan_ignores_another_district_named_in_an_activity(parsed, fmt):
    # The plan of เมืองสรวง names "มหกรรมคนอำเภอเมืองร้อยเอ็ด" in measure 6: a slip.
    found = _extract(parsed(f"roi-et-mueang-suang-2567-action-plan.{fmt}"))
    assert [(d.code, d.name) for d in found] == [("4512", "เมืองสรวง")]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_model_borrowed_in_passing_does_not_list_a_district_but_its_table_row_does(parsed, fmt):
    # หนองนาคำ is first named after "นาคำโมเดล" (passing), then has its own issues row.
    found = _extract(parsed(f"khon-kaen-province-2565-inspection.{fmt}"))
    codes = [d.code for d in found]
    assert codes == _codes("40", ["เมืองขอนแก่น", "หนองนาคำ", "ชุมแพ", "บ้านไผ่", "น้ำพอง", "ภูเวียง"])
    nong_na_kham = found[1]
    assert nong_na_kham.evidence.table is not None


def test_another_provinces_district_in_a_table_is_not_listed(parsed):
    # Phichit's results table has a row "บางระกำ", a district of Phitsanulok.
    found = _extract(parsed("phichit-province-2565-progress.pdf"))
    assert {d.code for d in found} == {d.code for d in geothai.districts("66")}


@pytest.mark.parametrize(
    "name",
    ["phrae-wang-chin-2567-project.docx", "phrae-wang-chin-2567-project.pdf",
     "maha-sarakham-kosum-phisai-2566-minutes.docx", "maha-sarakham-kosum-phisai-2566-minutes.pdf",
     "phitsanulok-wat-bot-2564-project.pdf", "songkhla-hat-yai-2566-action-plan.pdf",
     "chiang-mai-mae-chaem-2567-progress.pdf", "nakhon-ratchasima-pak-chong-2565-progress.pdf"],
)
def test_single_district_document_lists_the_district_of_its_title(parsed, name):
    doc = parsed(name)
    found = _extract(doc)
    assert len(found) == 1
    assert found[0].name in found[0].evidence.text.replace(" ", "")


def test_damaged_legacy_font_pdf_still_lists_every_district(parsed):
    found = _extract(parsed("nan-province-2562-progress.pdf"))
    assert {d.code for d in found} == {d.code for d in geothai.districts("55")}


@pytest.mark.parametrize(
    "name",
    ["nan-province-2562-progress.pdf", "chiang-rai-province-2566-action-plan.docx",
     "yasothon-province-2567-inspection.pdf", "nakhon-phanom-province-2563-action-plan.docx"],
)
def test_evidence_quotes_words_that_resolve_to_the_district(parsed, name):
    doc = parsed(name)
    facts = extract_facts(doc)
    for d in extract_districts(doc, facts):
        assert doc.blocks[d.evidence.block].text[d.evidence.start:d.evidence.end] == d.evidence.text
        assert resolve_district(d.evidence.text, facts.province_code) == (d.code, d.name)
