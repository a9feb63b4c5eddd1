"""The text-quality checks of a PDF page (pcc_ingest.quality), each on small strings, and the
dictionary repair of lost sara am."""

from __future__ import annotations

from pcc_ingest import quality
from pcc_ingest.quality import Edit, apply_edits, restore_sara_am

# Real report prose (phrae-wang-chin seed): hundreds of consonants, sara am among them.
GOOD_PAGE = (
    "รายงานสรุปผลตามโครงการสนับสนุนการดำเนินงานขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับพื้นที่ อำเภอวังชิ้น "
    "จังหวัดแพร่ ประจำปี 2567 คณะอนุกรรมการคุณภาพชีวิตระดับตำบลในอำเภอวังชิ้น มีทั้งหมด 13 คณะ "
    "ทุกคณะได้มีการดำเนินงานจัดให้มีเวทีการประชุมคณะกรรมการพชต.ระดับรพ.สต. เพื่อแลกเปลี่ยนเรียนรู้ "
) * 3


def repaired(text: str) -> str:
    return apply_edits(text, restore_sara_am(text))


def test_private_use_glyphs_are_counted() -> None:
    assert quality.private_use_glyphs("ที\uf70a\uf70bน") == 2
    assert quality.private_use_glyphs("ที่นี่") == 0


def test_replacement_characters_are_counted() -> None:
    assert quality.replacement_chars("ก\ufffdร\ufffd") == 2


def test_control_characters_count_but_tabs_and_line_breaks_do_not() -> None:
    assert quality.control_chars("\x01\x04\x05ก\tข\r\nค") == 3


def test_pdfminer_cid_codes_are_unmapped_glyphs() -> None:
    assert quality.unmapped_cids("(cid:1)(cid:23)ก") == 2


def test_consonant_space_sara_aa_is_a_split_sara_am() -> None:
    assert quality.split_sara_am("ค าน า ประจ าปี") == 3
    assert quality.split_sara_am("น ้า") == 1
    assert quality.split_sara_am("คำนำ การประชุม") == 0


def test_sara_am_missing_needs_hundreds_of_consonants_and_no_sara_am() -> None:
    without = GOOD_PAGE.replace("ำ", "า")
    assert quality.sara_am_missing(without)
    assert not quality.sara_am_missing(GOOD_PAGE)
    assert not quality.sara_am_missing("การประชุม" * 10)  # too short to tell
    assert not quality.sara_am_missing(without.replace("ดาเนิน", "ดําเนิน"))  # nikhahit + sara aa is sara am


def test_lone_marks_raise_the_invalid_cluster_share() -> None:
    assert quality.invalid_cluster_share("การประชุม") == 0.0
    assert quality.invalid_cluster_share("ก ั้ ง") == 2 / 4  # ั and ้ stand alone
    assert quality.invalid_cluster_share("abc") == 0.0


def test_a_good_page_has_no_problems() -> None:
    assert quality.problems(GOOD_PAGE) == []


def test_problems_name_each_kind_of_damage() -> None:
    assert [r.split(":")[0] for r in quality.problems(GOOD_PAGE + "\uf70a")] == ["private_use_glyphs"]
    assert [r.split(":")[0] for r in quality.problems("\x01\x02\x03")] == ["control_chars"]
    lost = GOOD_PAGE.replace("ำ", " า")
    assert [r.split(":")[0] for r in quality.problems(lost)] == ["split_sara_am", "sara_am_missing"]
    soup = "".join(ch + "\u0e48" if ch == " " else ch for ch in GOOD_PAGE)  # a tone after every space
    assert "invalid_clusters" in [r.split(":")[0] for r in quality.problems(soup)]


def test_a_page_number_alone_is_no_text_layer() -> None:
    assert not quality.has_text("- 2 -")
    assert quality.has_text(GOOD_PAGE)


def test_sara_am_lost_as_space_and_sara_aa_is_restored() -> None:
    assert repaired("ค าน า") == "คำนำ"
    assert repaired("ผลการด าเนินงาน ประจ าปี") == "ผลการดำเนินงาน ประจำปี"


def test_sara_am_lost_as_a_bare_space_is_restored_where_it_makes_words() -> None:
    assert repaired("ส นักงานสาธารณสุข ก หนดประเด็น ทั้ง 13 ต บล") == "สำนักงานสาธารณสุข กำหนดประเด็น ทั้ง 13 ตำบล"


def test_a_tone_mark_moves_before_the_restored_sara_am() -> None:
    assert repaired("มะเร็งท่อน ้าดี") == "มะเร็งท่อน้ำดี"


def test_real_spaces_between_words_are_kept() -> None:
    text = "ที่ประชุม พชอ. มีมติเลือก การดูแลผู้สูงอายุ และการป้องกัน"
    assert restore_sara_am(text) == []


def test_a_stray_space_before_sara_aa_is_dropped_when_that_reads_better() -> None:
    assert repaired("การจัดก ารขยะ") == "การจัดการขยะ"


def test_edits_apply_in_order_of_position() -> None:
    assert apply_edits("abcdef", [Edit(4, 5, "E"), Edit(0, 2, "")]) == "cdEf"


def test_the_space_between_a_titled_first_name_and_the_surname_is_kept() -> None:
    assert repaired("3. นายแพทย์ณัฐพล ศรีทอง ผู้อำนวยการโรงพยาบาล") == "3. นายแพทย์ณัฐพล ศรีทอง ผู้อำนวยการโรงพยาบาล"


def test_a_post_opening_with_nai_still_gets_its_lost_sara_am_back() -> None:
    assert repaired("นายกเทศมนตรีต บลป่าบอน") == "นายกเทศมนตรีตำบลป่าบอน"
