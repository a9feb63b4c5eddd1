"""Thai dates, ranges, fiscal years, quarters and inspection rounds."""

from datetime import date

import pytest

from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import (
    MonthMatch,
    PartialDate,
    be_to_ce,
    ce_to_be,
    find_dates,
    find_fiscal_year,
    find_fiscal_years,
    find_quarter,
    find_quarter_range,
    find_round,
    fiscal_year_bounds,
    fiscal_year_of,
    month_lookup,
    month_number,
    quarter_bounds,
    round_bounds,
)


def _read(text: str, default_year_be: int | None = None) -> list[tuple[str, str, str]]:
    """(start, end, matched text) of every date found."""
    return [
        (m.start.iso(), m.end.iso(), text[m.span[0]:m.span[1]])
        for m in find_dates(text, default_year_be)
    ]


# --- PartialDate, years ---------------------------------------------------


def test_partial_date_iso_keeps_the_written_precision() -> None:
    assert PartialDate(2019, 12, 26).iso() == "2019-12-26"
    assert PartialDate(2019, 12).iso() == "2019-12"
    assert PartialDate(2019).iso() == "2019"


def test_partial_date_first_and_last_day_cover_the_month() -> None:
    feb = PartialDate(2024, 2)
    assert (feb.first_day(), feb.last_day()) == (date(2024, 2, 1), date(2024, 2, 29))


def test_partial_date_is_frozen() -> None:
    with pytest.raises(AttributeError):
        PartialDate(2022, 1).year = 2023  # type: ignore[misc]


@pytest.mark.parametrize(
    ("written", "ce"),
    [
        (2565, 2022), ("2565", 2022), ("๒๕๖๒", 2019), ("๖๕", 2022), ("65", 2022),
        (2022, 2022), ("2020", 2020),
    ],
)
def test_be_to_ce_reads_be_two_digit_be_and_ce(written: int | str, ce: int) -> None:
    assert be_to_ce(written) == ce


@pytest.mark.parametrize("written", ["165", "x", "20221"])
def test_be_to_ce_refuses_other_lengths(written: str) -> None:
    with pytest.raises(ValueError):
        be_to_ce(written)


def test_ce_to_be_adds_543() -> None:
    assert ce_to_be(2022) == 2565


# --- months ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "number"),
    [
        ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3), ("เมษายน", 4), ("พฤษภาคม", 5),
        ("มิถุนายน", 6), ("กรกฎาคม", 7), ("สิงหาคม", 8), ("กันยายน", 9), ("ตุลาคม", 10),
        ("พฤศจิกายน", 11), ("ธันวาคม", 12),
    ],
)
def test_month_number_reads_full_names(token: str, number: int) -> None:
    assert month_number(token) == number


@pytest.mark.parametrize(
    ("token", "number"),
    [
        ("ม.ค.", 1), ("มค", 1), ("ม.ค", 1), ("มค.", 1), ("ม. ค.", 1), ("ก.พ.", 2), ("มี.ค.", 3),
        ("มีค", 3), ("เม.ย.", 4), ("พ.ค.", 5), ("พค", 5), ("มิ.ย.", 6), ("ก.ค.", 7),
        ("ส.ค.", 8), ("ก.ย.", 9), ("ต.ค.", 10), ("พ.ย.", 11), ("ธ.ค.", 12), ("ธค", 12),
    ],
)
def test_month_number_reads_abbreviations_with_or_without_dots(token: str, number: int) -> None:
    assert month_number(token) == number


def test_month_lookup_flags_a_corrected_typo() -> None:
    assert month_lookup("ธัวาคม") == MonthMatch(12, corrected=True)
    assert month_lookup("กรกฏาคม") == MonthMatch(7, corrected=True)
    assert month_lookup("ธันวาคม") == MonthMatch(12, corrected=False)


@pytest.mark.parametrize("token", ["", "เดือน", "พ.ศ.", "December", "ตุลาการ"])
def test_month_lookup_refuses_non_months(token: str) -> None:
    assert month_lookup(token) is None


def test_month_lexicon_spellings_are_unambiguous() -> None:
    seen: dict[str, int] = {}
    for entry in load_rules("months")["month"]:
        for word in entry["names"] + entry["short"] + entry["typos"] + [
            a.replace(".", "") for a in entry["abbreviations"]
        ]:
            assert seen.setdefault(word, entry["number"]) == entry["number"], word
    assert sorted(set(seen.values())) == list(range(1, 13))


# --- find_dates: single dates ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๒๖ ธันวาคม ๒๕๖๒", [("2019-12-26", "2019-12-26", "๒๖ ธันวาคม ๒๕๖๒")]),
        ("เมื่อ วันที่  12 มกราคม 2565", [("2022-01-12", "2022-01-12", "วันที่  12 มกราคม 2565")]),
        ("วันที่  3  กุมภาพันธ์  2565 ", [("2022-02-03", "2022-02-03", "วันที่  3  กุมภาพันธ์  2565")]),
        ("(ภายใน 31 มี.ค 2565)", [("2022-03-31", "2022-03-31", "31 มี.ค 2565")]),
        ("ธันวาคม พ.ศ. ๒๕๖๒", [("2019-12", "2019-12", "ธันวาคม พ.ศ. ๒๕๖๒")]),
        ("เมื่อ 26 ธ.ค.62", [("2019-12-26", "2019-12-26", "26 ธ.ค.62")]),
        ("ลงวันที่ 12/01/2565", [("2022-01-12", "2022-01-12", "12/01/2565")]),
    ],
)
def test_find_dates_reads_single_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ในเดือน ธันวาคม ๒๕๖๒", [("2019-12", "2019-12", "เดือน ธันวาคม ๒๕๖๒")]),
        ("ระดับจังหวัดแพร่ เดือนธันวาคม ๒๕๖๒", [("2019-12", "2019-12", "เดือนธันวาคม ๒๕๖๒")]),
        ("5. ภายในเดือนมีนาคม 2565", [("2022-03", "2022-03", "เดือนมีนาคม 2565")]),
        ("ม.ค. ๖๕", [("2022-01", "2022-01", "ม.ค. ๖๕")]),
        ("กรกฏาคม 2565", [("2022-07", "2022-07", "กรกฏาคม 2565")]),
    ],
)
def test_find_dates_reads_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_find_dates_reads_ascii_and_thai_digits_alike() -> None:
    assert [m.start for m in find_dates("๑๒ ม.ค. ๒๕๖๖")] == [m.start for m in find_dates("12 ม.ค. 2566")]


def test_find_dates_reads_two_dates_in_a_row_apart() -> None:
    assert _read("ธันวาคม 2562 มกราคม 2563") == [
        ("2019-12", "2019-12", "ธันวาคม 2562"),
        ("2020-01", "2020-01", "มกราคม 2563"),
    ]


def test_find_dates_drops_an_impossible_day_to_month_precision() -> None:
    assert _read("31 กุมภาพันธ์ 2565") == [("2022-02", "2022-02", "31 กุมภาพันธ์ 2565")]


@pytest.mark.parametrize(
    "text",
    [
        "จำนวน ๑๒๐ คน",
        "ตามระเบียบสำนักนายกรัฐมนตรี พ.ศ.๒๕๖๑",
        "ม.ค. 50 คน",  # a count after a month, not a year
        "สำนักงาน ก.ค.ศ. 2565",  # an agency, not July
        "ศาล ตุลาการ 2565",  # ตุลา inside a longer word
        "ในเดือนธันวาคมที่ผ่านมา",  # no year and no default
        "5. 2565 ปีงบประมาณ",
    ],
)
def test_find_dates_finds_nothing_where_there_is_no_date(text: str) -> None:
    assert find_dates(text) == []


# --- find_dates: ranges ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("๑๒-๑๔ ม.ค. ๒๕๖๖", "2023-01-12", "2023-01-14"),
        ("พ.ย. ๒๕๖๕ – ก.ย. ๒๕๖๖", "2022-11", "2023-09"),
        ("ดำเนินการ ก.ย.-ต.ค.2565", "2022-09", "2022-10"),
        ("6. เม.ย.-พค.2565", "2022-04", "2022-05"),
        ("พฤศจิกายน ๒๕๖๖ ถึง กันยายน ๒๕๖๗", "2023-11", "2024-09"),
        ("(ระหว่างวันที่ 1 ตุลาคม – 31 ธัวาคม 2563)", "2020-10-01", "2020-12-31"),
        ("ระหว่างวันที่ ๑๐ มกราคม ๒๕๖๕ ถึงวันที่ ๒๐ กุมภาพันธ์ ๒๕๖๕", "2022-01-10", "2022-02-20"),
        ("มี.ค. - มิ.ย. 66", "2023-03", "2023-06"),
        ("1 ตุลาคม 2563 จนถึง 31 มีนาคม", "2020-10-01", "2021-03-31"),
        # an abbreviation typed flush after a time word (months.toml glued_after)
        ("ช่วงม.ค.–มี.ค. 67", "2024-01", "2024-03"),
        ("ตั้งแต่ต.ค. 66 ถึงก.ย. 67", "2023-10", "2024-09"),
        ("ระยะเวลาธ.ค. 66", "2023-12", "2023-12"),
        ("ภายในมี.ค.67", "2024-03", "2024-03"),
    ],
)
def test_find_dates_reads_ranges(text: str, start: str, end: str) -> None:
    [match] = find_dates(text)
    assert (match.start.iso(), match.end.iso()) == (start, end)


@pytest.mark.parametrize("text", ["ถนนมค 5", "สมค 67", "ผลก.พ. 66"])
def test_an_abbreviation_glued_to_another_word_is_still_no_month(text: str) -> None:
    assert find_dates(text) == []


def test_one_year_after_a_month_range_applies_to_both_ends() -> None:
    [match] = find_dates("ก.ย.-ต.ค.2565")
    assert (match.start, match.end) == (PartialDate(2022, 9), PartialDate(2022, 10))


def test_range_start_later_than_its_end_lies_in_the_previous_year() -> None:
    [match] = find_dates("พ.ย.-ก.ย. 2566")
    assert (match.start, match.end) == (PartialDate(2022, 11), PartialDate(2023, 9))


def test_range_span_covers_both_ends() -> None:
    text = "(ระหว่างวันที่ 1 ตุลาคม – 31 ธัวาคม 2563)"
    [match] = find_dates(text)
    assert text[match.span[0]:match.span[1]] == "วันที่ 1 ตุลาคม – 31 ธัวาคม 2563"


def test_range_through_a_typo_month_is_flagged_corrected() -> None:
    [match] = find_dates("1 ตุลาคม – 31 ธัวาคม 2563")
    assert match.month_corrected is True
    [clean] = find_dates("1 ตุลาคม – 31 ธันวาคม 2563")
    assert clean.month_corrected is False


# --- find_dates: default year ----------------------------------------------


def test_default_year_fills_a_full_month_name_and_is_flagged() -> None:
    [match] = find_dates("ในเดือนธันวาคมที่ผ่านมา", default_year_be=2565)
    assert (match.start, match.year_inferred) == (PartialDate(2022, 12), True)


def test_default_year_is_the_year_of_a_ranges_end() -> None:
    [match] = find_dates("พ.ย.-ก.ย.", default_year_be=2566)
    assert (match.start, match.end) == (PartialDate(2022, 11), PartialDate(2023, 9))


def test_written_year_wins_over_the_default() -> None:
    [match] = find_dates("ธันวาคม ๒๕๖๒", default_year_be=2565)
    assert (match.start.year, match.year_inferred) == (2019, False)


def test_fiscal_default_year_puts_october_to_december_in_the_year_before() -> None:
    [match] = find_dates("ในเดือนธันวาคมที่ผ่านมา", default_year_be=2566, default_is_fiscal=True)
    assert match.start == PartialDate(2022, 12)


def test_fiscal_default_year_keeps_january_to_september_in_its_year() -> None:
    [match] = find_dates("ประชุมวันที่ 5 มีนาคม", default_year_be=2566, default_is_fiscal=True)
    assert match.start == PartialDate(2023, 3, 5)


def test_fiscal_default_year_places_a_quarter_range() -> None:
    [match] = find_dates("ต.ค.-ธ.ค.", default_year_be=2566, default_is_fiscal=True)
    assert (match.start, match.end) == (PartialDate(2022, 10), PartialDate(2022, 12))


def test_default_year_does_not_turn_a_lone_abbreviation_into_a_date() -> None:
    assert find_dates("สำนักงาน ก.พ.", default_year_be=2565) == []


# --- fiscal years, quarters, rounds ----------------------------------------


def test_fiscal_year_bounds_run_october_to_september() -> None:
    assert fiscal_year_bounds(2563) == (date(2019, 10, 1), date(2020, 9, 30))


@pytest.mark.parametrize(
    ("q", "bounds"),
    [
        (1, (date(2021, 10, 1), date(2021, 12, 31))),
        (2, (date(2022, 1, 1), date(2022, 3, 31))),
        (3, (date(2022, 4, 1), date(2022, 6, 30))),
        (4, (date(2022, 7, 1), date(2022, 9, 30))),
    ],
)
def test_quarter_bounds_start_in_october_of_the_previous_year(q: int, bounds: tuple[date, date]) -> None:
    assert quarter_bounds(2565, q) == bounds


def test_quarter_bounds_refuses_a_fifth_quarter() -> None:
    with pytest.raises(ValueError):
        quarter_bounds(2565, 5)


def test_round_bounds_are_the_fiscal_years_halves() -> None:
    assert round_bounds(2565, 1) == (date(2021, 10, 1), date(2022, 3, 31))
    assert round_bounds(2565, 2) == (date(2022, 4, 1), date(2022, 9, 30))


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (date(2019, 9, 30), 2562), (date(2019, 10, 1), 2563),
        (date(2019, 12, 26), 2563), (date(2020, 9, 30), 2563),
    ],
)
def test_fiscal_year_of_turns_on_the_first_of_october(day: date, fy: int) -> None:
    assert fiscal_year_of(day) == fy


@pytest.mark.parametrize(
    ("text", "fy", "phrase"),
    [
        ("จังหวัดแพร่ ปีงบประมาณ พ.ศ.๒๕๖๓", 2563, "ปีงบประมาณ พ.ศ.๒๕๖๓"),
        ("ประจำปีงบประมาณ 2565", 2565, "ประจำปีงบประมาณ 2565"),
        ("(พชอ.) จังหวัดขอนแกน ปีงบประมาณ ๒๕๖๕", 2565, "ปีงบประมาณ ๒๕๖๕"),
        ("แผนปีงบฯ 66", 2566, "ปีงบฯ 66"),
        ("ปีงบประมาณ 2022", 2565, "ปีงบประมาณ 2022"),
    ],
)
def test_find_fiscal_year_reads_the_year_and_its_phrase(text: str, fy: int, phrase: str) -> None:
    found = find_fiscal_year(text)
    assert found is not None
    year, (i, j) = found
    assert (year, text[i:j]) == (fy, phrase)


def test_find_fiscal_years_reads_every_fiscal_year_in_order() -> None:
    text = "จากการดำเนินงานในปีงบประมาณ 2564 ... ในปีงบประมาณ ๒๕๖๕ จังหวัด"
    assert [(y, text[i:j]) for y, (i, j) in find_fiscal_years(text)] == [
        (2564, "ปีงบประมาณ 2564"),
        (2565, "ปีงบประมาณ ๒๕๖๕"),
    ]


@pytest.mark.parametrize("text", ["งบประมาณ 2565", "รวมงบประมาณ ๑๐,๐๐๐", "ปีงบประมาณนี้"])
def test_find_fiscal_year_needs_the_fiscal_year_phrase_and_a_year(text: str) -> None:
    assert find_fiscal_year(text) is None


@pytest.mark.parametrize(
    ("text", "q"),
    [("(พชอ.) ไตรมาส 4", 4), ("ไตรมาสที่ ๒", 2), ("รายงานไตรมาสที่2/2565", 2), ("ไตรมาส 3-4", 3)],
)
def test_find_quarter_reads_the_quarter_number(text: str, q: int) -> None:
    found = find_quarter(text)
    assert found is not None and found[0] == q


def test_find_quarter_range_reads_both_quarters() -> None:
    text = "9.ไตรมาส 3-4"
    found = find_quarter_range(text)
    assert found is not None
    first, last, (i, j) = found
    assert (first, last, text[i:j]) == (3, 4, "ไตรมาส 3-4")


@pytest.mark.parametrize(
    "text", ["ไตรมาส ละ ๑ ครั้ง", "รายงานทุกไตรมาส", "สรุปผลการดำเนินงาน รอบที่ 1", "ไตรมาส 5"]
)
def test_find_quarter_ignores_per_quarter_phrases_and_rounds(text: str) -> None:
    assert find_quarter(text) is None


@pytest.mark.parametrize(
    ("text", "r"),
    [
        ("สรุปผลการดำเนินงาน รอบที่ 1", 1), ("รอบที่ ...1..../2565", 1),
        ("ตรวจราชการรอบที่ ๒", 2), ("รอบ 2", 2),
    ],
)
def test_find_round_reads_inspection_rounds(text: str, r: int) -> None:
    found = find_round(text)
    assert found is not None and found[0] == r


@pytest.mark.parametrize(
    "text", ["รอบ 6 เดือน", "รอบ 12 เดือน", "กรอบ 1 แนวคิด", "ครอบ 2 ชั้น", "ไตรมาส 1"]
)
def test_find_round_ignores_lengths_frames_and_quarters(text: str) -> None:
    assert find_round(text) is None


def test_each_date_of_a_comma_separated_list_is_read() -> None:
    found = find_dates("ได้แก่ วันที่ 14 พ.ย. 66, 20 ก.พ. 67 และ 20 ส.ค. 67")
    assert [m.start for m in found] == [PartialDate(2023, 11, 14), PartialDate(2024, 2, 20), PartialDate(2024, 8, 20)]


def test_a_comma_after_the_year_ends_the_date() -> None:
    assert [m.start for m in find_dates("วันที่ 5 มีนาคม 2567, ณ ห้องประชุม")] == [PartialDate(2024, 3, 5)]


def test_a_comma_and_digits_after_a_month_make_a_figure_not_a_year() -> None:
    assert find_dates("เดือนมีนาคม 2,567,000 บาท") == []
