"""Document type, province, fiscal year and period, read from real corpus files."""

from datetime import date

import geothai
import pytest

from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.thai.dates import fiscal_year_bounds, quarter_bounds, round_bounds


def _province(name: str) -> str:
    return next(p.code for p in geothai.provinces() if p.name_th == name)


def _iso(bounds: tuple[date, date]) -> tuple[str, str]:
    return bounds[0].isoformat(), bounds[1].isoformat()


# (corpus stem, formats, doc_type, province, fiscal year, period) as each title states them.
TITLES = [
    ("phrae-province-2563-project", ("docx", "pdf"), "project_report", "แพร่", 2563, fiscal_year_bounds(2563)),
    ("phrae-wang-chin-2567-project", ("docx", "pdf"), "project_report", "แพร่", 2567, fiscal_year_bounds(2567)),
    ("roi-et-mueang-suang-2567-action-plan", ("docx", "pdf"), "action_plan", "ร้อยเอ็ด", 2567,
     fiscal_year_bounds(2567)),
    ("phuket-province-2564-progress", ("docx", "pdf"), "progress_report", "ภูเก็ต", 2564, quarter_bounds(2564, 1)),
    ("khon-kaen-province-2565-inspection", ("docx", "pdf"), "inspection_report", "ขอนแก่น", 2565,
     fiscal_year_bounds(2565)),
    ("chiang-rai-province-2566-action-plan", ("docx", "pdf"), "action_plan", "เชียงราย", 2566,
     fiscal_year_bounds(2566)),
    ("maha-sarakham-kosum-phisai-2566-minutes", ("docx", "pdf"), "other", "มหาสารคาม", 2566,
     fiscal_year_bounds(2566)),
    ("yasothon-province-2567-inspection", ("docx", "pdf"), "inspection_report", "ยโสธร", 2567,
     round_bounds(2567, 1)),
    ("udon-thani-kumphawapi-2565-project", ("docx", "pdf"), "project_report", "อุดรธานี", 2565,
     fiscal_year_bounds(2565)),
    ("nakhon-phanom-province-2563-action-plan", ("docx", "pdf"), "action_plan", "นครพนม", 2563,
     fiscal_year_bounds(2563)),
    ("nan-province-2562-progress", ("pdf",), "progress_report", "น่าน", 2562, fiscal_year_bounds(2562)),
    ("chiang-mai-mae-chaem-2567-progress", ("pdf",), "progress_report", "เชียงใหม่", 2567, quarter_bounds(2567, 2)),
    ("nakhon-ratchasima-pak-chong-2565-progress", ("pdf",), "progress_report", "นครราชสีมา", 2565,
     quarter_bounds(2565, 2)),
    ("phitsanulok-wat-bot-2564-project", ("pdf",), "project_report", "พิษณุโลก", 2564,
     (date(2021, 3, 15), date(2021, 3, 16))),
    ("songkhla-hat-yai-2566-action-plan", ("pdf",), "action_plan", "สงขลา", 2566, fiscal_year_bounds(2566)),
    ("ubon-ratchathani-province-2566-progress", ("pdf",), "progress_report", "อุบลราชธานี", 2566,
     fiscal_year_bounds(2566)),
    ("phichit-province-2565-progress", ("pdf",), "progress_report", "พิจิตร", 2565, fiscal_year_bounds(2565)),
]
CASES = [
    pytest.param(f"{stem}.{fmt}", *rest, id=f"{stem}.{fmt}")
    for stem, formats, *rest in TITLES
    for fmt in formats
]


@pytest.mark.parametrize(("name", "doc_type", "province", "year", "period"), CASES)
def test_facts_are_those_the_document_states(parsed, name, doc_type, province, year, period):
    facts = extract_facts(parsed(name))
    assert facts.doc_type == doc_type
    assert facts.province_code == _province(province)
    assert facts.fiscal_year_be == year
    assert (facts.period_start, facts.period_end) == _iso(period)


@pytest.mark.parametrize("name", [c.values[0] for c in CASES])
def test_every_fact_cites_the_words_it_was_read_from(parsed, name):
    doc = parsed(name)
    facts = extract_facts(doc)
    assert set(facts.evidence) == {"doc_type", "province_code", "fiscal_year_be", "period_start", "period_end"}
    for ev in facts.evidence.values():
        assert ev.text and doc.blocks[ev.block].text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_misspelt_province_in_the_title_is_still_read(parsed, fmt):
    # The heading spells ขอนแก่น without its tone mark: "จังหวัดขอนแกน".
    facts = extract_facts(parsed(f"khon-kaen-province-2565-inspection.{fmt}"))
    assert facts.province_code == _province("ขอนแก่น")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_written_dates_in_a_table_header_outrank_a_quarter_word_in_the_title(parsed, fmt):
    # Phuket's title says ไตรมาส 4; its results table header writes 1 ตุลาคม – 31 ธัวาคม 2563.
    facts = extract_facts(parsed(f"phuket-province-2564-progress.{fmt}"))
    assert "ระหว่างวันที่" in facts.evidence["period_start"].context
    assert (facts.period_start, facts.period_end) != _iso(quarter_bounds(2564, 4))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_inspection_round_alone_does_not_narrow_the_fiscal_year(parsed, fmt):
    facts = extract_facts(parsed(f"khon-kaen-province-2565-inspection.{fmt}"))
    assert (facts.period_start, facts.period_end) != _iso(round_bounds(2565, 1))
    assert facts.evidence["period_start"] == facts.evidence["fiscal_year_be"]


def test_dates_under_a_duration_label_are_the_period_however_short(parsed):
    # "5. ระยะเวลาและสถานที่" then "วันที่ 15 – 16 มีนาคม 2564 ณ ห้องประชุม…".
    facts = extract_facts(parsed("phitsanulok-wat-bot-2564-project.pdf"))
    assert facts.evidence["period_start"].text.startswith("วันที่ 15")


def test_field_visit_dates_in_the_body_are_not_the_reporting_period(parsed):
    # "ระหว่างเดือนกุมภาพันธ์ – เมษายน 2562" dates the visits, not the report.
    facts = extract_facts(parsed("nan-province-2562-progress.pdf"))
    assert facts.evidence["period_start"] == facts.evidence["fiscal_year_be"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_meeting_minutes_take_their_year_from_the_meeting_number(parsed, fmt):
    facts = extract_facts(parsed(f"maha-sarakham-kosum-phisai-2566-minutes.{fmt}"))
    assert "2566" in facts.evidence["fiscal_year_be"].text
    assert facts.evidence["period_start"] == facts.evidence["fiscal_year_be"]
