"""Thai block-text normalisation: each repair on the strings that need it."""

import unicodedata

import pytest

from pcc_ingest.thai.text import (
    collapse_doubled_marks,
    collapse_doubled_sara_am,
    fold_whitespace,
    join_sara_am,
    join_wrapped_range,
    map_pua_glyphs,
    normalize_text,
    remove_space_before_marks,
    remove_zero_width,
    reorder_marks,
    strip_list_marker,
    thai_digits_to_arabic,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ก\uf70aอน", "ก่อน"),  # mai ek lowered (SD)
        ("ผู\uf70b", "ผู้"),  # mai tho lowered after a low vowel
        ("ป\uf713า", "ป่า"),  # mai ek shifted left beside ป (SL)
        ("ป\uf705\uf710", "ป่ั"),  # down-left tone, left mai han-akat
        ("ป\uf710จจุบ\uf710น", "ปัจจุบัน"),  # mai han-akat shifted left
        ("ฝ\uf702", "ฝี"),  # sara ii shifted left
        ("ฟ\uf704\uf70bน", "ฟื้น"),  # sara uee left + mai tho lowered
        ("ก\uf70e", "ก์"),  # thanthakhat lowered
        ("\uf700\uf718", "ฐุ"),  # tho than without descender + sara u lowered
        ("กตัญ\uf719", "กตัญู"),  # sara uu lowered
        ("\uf70fา", "ญา"),  # yo ying without its lower part
        ("ป\uf88b", "ป่"),  # Apple's code point for the lowered mai ek
    ],
)
def test_pua_glyphs_become_thai_marks(raw: str, expected: str) -> None:
    assert map_pua_glyphs(raw) == expected


def test_pua_mapping_is_not_fixthaipdfs_guess() -> None:
    # fixthaipdf maps U+F705 to mai chattawa and U+F710 to mai tho; HarfBuzz's
    # table (the fonts' own) says mai ek and mai han-akat.
    assert normalize_text("ก\uf705อน ป\uf710น") == "ก่อน ปัน"


def test_pua_free_text_is_unchanged_by_the_pua_map() -> None:
    text = "การดูแลผู้สูงอายุ (LTC) 100%"
    assert map_pua_glyphs(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ทํา", "ทำ"),  # nikhahit + sara aa
        ("ทํ า", "ทำ"),  # with a space between them
        ("นํ้า", "น้ำ"),  # tone mark between nikhahit and sara aa
        ("คํ่า", "ค่ำ"),
        ("สํ าคัญ", "สำคัญ"),
    ],
)
def test_split_sara_am_is_joined(raw: str, expected: str) -> None:
    assert join_sara_am(raw) == expected


def test_doubled_sara_am_from_pdf_export_is_collapsed() -> None:
    assert collapse_doubled_sara_am("การดำาเนินงาน สำานักงาน") == "การดำเนินงาน สำนักงาน"


def test_single_sara_am_and_sara_aa_are_kept() -> None:
    assert collapse_doubled_sara_am("ทำงานมา") == "ทำงานมา"


@pytest.mark.parametrize(
    "char", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"]
)
def test_zero_width_characters_are_removed(char: str) -> None:
    assert remove_zero_width(f"คุณภาพ{char}ชีวิต") == "คุณภาพชีวิต"


def test_thai_digits_become_ascii() -> None:
    assert thai_digits_to_arabic("พ.ศ.๒๕๖๓ จำนวน ๑๒๐ คน") == "พ.ศ.2563 จำนวน 120 คน"


def test_whitespace_runs_fold_to_one_space() -> None:
    raw = "  อำเภอ\u00a0\u00a0เมือง\t\tแพร่\n ขยะ\u3000ชุมชน "
    assert fold_whitespace(raw) == "อำเภอ เมือง แพร่ ขยะ ชุมชน"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ที ่", "ที่"),
        ("เรื ่อง", "เรื่อง"),
        ("พ ุ่ม", "พุ่ม"),
    ],
)
def test_space_before_a_mark_is_removed(raw: str, expected: str) -> None:
    assert remove_space_before_marks(raw) == expected


def test_space_before_a_word_is_kept() -> None:
    assert remove_space_before_marks("ที่ อำเภอ") == "ที่ อำเภอ"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("เคล่อืน", "เคลื่อน"),  # tone on the consonant, ื pushed past อ
        ("เพ่อืน", "เพื่อน"),
        ("ก่ี", "กี่"),  # tone typed before the upper vowel
        ("ท้ั้ง", "ทั้ง"),
        ("นำ้", "น้ำ"),  # tone after sara am
        ("เเปลก", "แปลก"),  # two sara e for sara ae
        ("ทัง้สิ้น", "ทั้งสิ้น"),  # tone pushed past the final after mai han-akat
        ("ตัง้ด่าน", "ตั้งด่าน"),
    ],
)
def test_misordered_marks_are_put_in_logical_order(raw: str, expected: str) -> None:
    assert collapse_doubled_marks(reorder_marks(raw)) == expected


@pytest.mark.parametrize("word", ["เห่อื่น", "แม่มี", "เคลื่อน", "กิ่ง", "ผู้ใหญ่", "ทั้งสิ้น", "วันที่", "ทั่วไป"])
def test_correct_spellings_are_not_reordered(word: str) -> None:
    assert reorder_marks(word) == word


def test_doubled_tone_mark_is_collapsed() -> None:
    assert collapse_doubled_marks("ที่่ผ่าน") == "ที่ผ่าน"


def test_normalize_text_applies_every_repair() -> None:
    raw = (
        "\ufeff๑)\u00a0การขับเคล\u0e48\u0e2d\u0e37นงาน\u200bของ\tคณะกรรมการ"
        " ปีงบประมาณ ๒๕๖๓ ดำาเนินการ ทํ า ป\uf710จจุบ\uf710น  "
    )
    expected = "1) การขับเคลื่อนงานของ คณะกรรมการ ปีงบประมาณ 2563 ดำเนินการ ทำ ปัจจุบัน"
    assert normalize_text(raw) == expected


def test_normalize_text_composes_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Café ผู้สูงอายุ")
    assert normalize_text(decomposed) == "Café ผู้สูงอายุ"


def test_normalize_text_keeps_latin_and_punctuation() -> None:
    text = "Customer Focus (UCCARE) – “พชอ.” 66.67% 1,234.50 บาท; ขก0032/ว.1609"
    assert normalize_text(text) == text


def test_normalize_text_is_idempotent() -> None:
    once = normalize_text("นํ้า  ทํ า\u200bเคล่อืน ๑๒")
    assert normalize_text(once) == once


def test_normalize_text_of_blank_is_empty() -> None:
    assert normalize_text(" \u00a0\t\u200b\n") == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("๑) การจัดการขยะในครัวเรือน", "การจัดการขยะในครัวเรือน"),
        ("1. ประชุมคณะกรรมการ", "ประชุมคณะกรรมการ"),
        ("1) ประชุม", "ประชุม"),
        ("(1) ประชุม", "ประชุม"),
        ("(๒) ประชุม", "ประชุม"),
        ("- ค่าอาหารกลางวัน", "ค่าอาหารกลางวัน"),
        ("-ค่าอาหารกลางวัน", "ค่าอาหารกลางวัน"),
        ("· กิจกรรมการพัฒนาศักยภาพ", "กิจกรรมการพัฒนาศักยภาพ"),
        ("• ผู้สูงอายุ", "ผู้สูงอายุ"),
        ("๑.๑ ประชุมคณะกรรมการ", "ประชุมคณะกรรมการ"),
        ("1.2. ติดตามผล", "ติดตามผล"),
        ("5..จัดประชุม", "จัดประชุม"),
        ("9.ไตรมาส 3-4", "ไตรมาส 3-4"),
        ("ก) อุบัติเหตุทางถนน", "อุบัติเหตุทางถนน"),
    ],
)
def test_leading_list_marker_is_stripped(raw: str, expected: str) -> None:
    assert strip_list_marker(raw) == expected


@pytest.mark.parametrize(
    "text",
    ["2565 เป็นปีแรก", "66.67 % ของอำเภอ", "1.5 ล้านบาท", "ก.ย.-ต.ค.2565", "พชอ. 8 อำเภอ"],
)
def test_text_without_a_list_marker_is_kept(text: str) -> None:
    assert strip_list_marker(text) == text


def test_only_the_first_marker_is_stripped() -> None:
    assert strip_list_marker("1. ขั้นตอนที่ 2. ต่อไป") == "ขั้นตอนที่ 2. ต่อไป"


@pytest.mark.parametrize(("wrapped", "joined"), [
    ("เด็ก 0– 5 ปี", "เด็ก 0–5 ปี"),
    ("ไตรมาส ๒- ๓", "ไตรมาส ๒-๓"),
])
def test_a_range_wrapped_after_its_dash_is_joined(wrapped: str, joined: str) -> None:
    assert join_wrapped_range(wrapped) == joined


@pytest.mark.parametrize("typed", ["ร้อยละ 80 – 90", "0–5 ปี", "ปี 2566 –2567", "ข้อ 1– ประชุม"])
def test_a_typed_range_keeps_its_spacing(typed: str) -> None:
    assert join_wrapped_range(typed) == typed
