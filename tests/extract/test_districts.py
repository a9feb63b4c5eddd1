"""District names resolved to DOPA codes, and the districts a corpus document reports on."""

import pytest

from pcc_ingest.extract.districts import (
    district_at_start,
    extract_districts,
    find_provinces,
    resolve_district,
    resolve_province,
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
    assert resolve_province("จ.ขอนแกน") == "40"
    assert [code for code, *_ in find_provinces("จังหวัด ……ขอนแก่น….  เขตสุขภาพที่ 7")] == ["40"]
    assert [code for code, *_ in find_provinces("สสจ. ร้อยเอ็ด")] == ["45"]
    assert list(find_provinces("ระดับจังหวัด และระดับอำเภอ")) == []


def test_line_opening_with_a_district_gives_its_code_and_where_the_name_ends():
    assert district_at_start("อำเภอถลาง มี 6 ประเด็น", "83") == ("8303", "ถลาง", 9)
    assert district_at_start("2. กะทู้: ขยะ", "83") == ("8302", "กะทู้", 8)


def test_bare_name_must_stand_alone_at_the_start_of_a_line():
    assert district_at_start("สองครั้งต่อปี", "54") is None
