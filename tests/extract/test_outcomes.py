"""Percentage results and targets: running text, results tables, baselines, one record per subject."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.outcomes import (
    block_figures,
    drop_counts,
    extract_outcomes,
    indicator_words,
    is_target,
    pair_figures,
    percentages,
    same_subject,
    title_subject,
)
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, Evidence
from pcc_ingest.parsers import parse


def district(code: str) -> DistrictRecord:
    return DistrictRecord(code=code, name="", evidence=Evidence(block=0, start=0, end=0, text=""))


def summary(records):
    return [(o.district, o.value_pct, o.target_pct, o.year_be) for o in records]


def test_percentages_are_read_once_and_rates_are_left_out():
    text = "ครอบคลุมร้อยละ 87.92% อัตราตาย 20 % ต่อปี และ 79.2% ของกลุ่มเปราะบาง"
    assert [v for v, _, _ in percentages(text)] == [87.92, 79.2]


@pytest.mark.parametrize(
    ("before", "default", "target"),
    [
        ("เกณฑ์เป้าหมาย : อำเภอผ่านเกณฑ์ ", False, True),
        ("ไม่น้อยกว่า", False, True),
        ("ผลงานปี 2566 ", True, False),
        ("ดูแลกลุ่มเปราะบางครอบคลุม ", False, False),
        ("พชต. ผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ ", True, True),
    ],
)
def test_target_words_make_a_target_result_words_a_result(before, default, target):
    assert is_target(before, default=default) is target


def test_each_figure_of_a_sentence_keeps_its_own_clause():
    text = "พบว่า 1) ดูแลกลุ่มเปราะบางครอบคลุม 79.2% ติดตามเด็กครอบคลุมร้อยละ 93.32"
    figs = block_figures(text, False)
    assert [(f.value, f.target, text[c:f.start].strip()) for f, c in figs] == [
        (79.2, False, "ดูแลกลุ่มเปราะบางครอบคลุม"),
        (93.32, False, "ติดตามเด็กครอบคลุม"),
    ]


def test_results_table_by_district_with_kpi_target_and_baselines(tmp_path):
    paragraphs = [
        "รายงานผลการดำเนินงาน คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ จังหวัดภูเก็ต ปีงบประมาณ 2564",
        "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ",
        "พชอ.คุณภาพดูแลกลุ่มเปราะบางมีผลลัพธ์ดีขึ้น ร้อยละ 75",
        "ผลการดำเนินงาน",
    ]
    rows = [
        ["อำเภอ", "ผลการดำเนินงาน (ระหว่างวันที่ 1 ตุลาคม – 31 ธันวาคม 2563)", "", "", "Base line", ""],
        ["", "เป้าหมาย", "ผลงาน", "ร้อยละ", "2562", "2563"],
        ["เมือง", "1", "1", "100", "1", "1"],
        ["กะทู้", "1", "0", "0", "0", "1"],
        ["รวม", "2", "1", "50", "50", "100"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
    doc = parse(write_docx(tmp_path / "r.docx", paragraphs, rows, merges))
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, [district("8301"), district("8302")])
    assert summary(records) == [
        ("8301", 100, 75, 2564), ("8302", 0, 75, 2564), (None, 50, 75, 2564),
        (None, 50, None, 2562), (None, 100, None, 2563),
    ]
    assert (records[0].result, records[0].denominator) == (1, 1)
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"


def test_target_in_a_table_header_applies_to_every_row(tmp_path):
    rows = [
        ["ตัวชี้วัด", "เกณฑ์ ≥ 80%", "ผลงาน (ร้อยละ)"],
        ["ร้อยละของผู้สูงอายุได้รับการคัดกรอง", "", "85.5"],
        ["ร้อยละของครัวเรือนคัดแยกขยะ", "", "72"],
    ]
    doc = parse(write_docx(tmp_path / "k.docx", ["ผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2566"], rows))
    facts = DocumentFacts(doc_type="progress_report", fiscal_year_be=2566)
    records = extract_outcomes(doc, facts, [district("5407")])
    assert [(o.indicator, *s) for o, s in zip(records, summary(records))] == [
        ("ร้อยละของผู้สูงอายุได้รับการคัดกรอง", "5407", 85.5, 80, 2566),
        ("ร้อยละของครัวเรือนคัดแยกขยะ", "5407", 72, 80, 2566),
    ]


def test_prose_results_take_their_stated_year_and_bare_targets_stay_bare(tmp_path):
    paragraphs = [
        "แบบรายงานการตรวจราชการ ประจำปีงบประมาณ พ.ศ.2565 จังหวัดขอนแก่น",
        "ตัวชี้วัดที่ 3 ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ",
        "เกณฑ์เป้าหมาย : อำเภอผ่านเกณฑ์ ร้อยละ 75",
        "วิเคราะห์สถานการณ์",
        "จากการดำเนินงานในปีงบประมาณ 2564 พบว่า 1) ดูแลกลุ่มเปราะบางครอบคลุม 79.2% อัตราตาย 18 ต่อแสนประชากร",
    ]
    doc = parse(write_docx(tmp_path / "i.docx", paragraphs))
    facts = DocumentFacts(doc_type="inspection_report", province_code="40", fiscal_year_be=2565)
    records = extract_outcomes(doc, facts, [])
    assert summary(records) == [(None, None, 75, 2565), (None, 79.2, None, 2564)]
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"
    assert records[1].indicator == "ดูแลกลุ่มเปราะบางครอบคลุม"


def test_a_result_and_its_target_side_by_side_are_one_record(tmp_path):
    paragraphs = ["ผลการดำเนินงาน", "ผู้ป่วยเบาหวานควบคุมน้ำตาลได้ ร้อยละ 42.5 (เป้าหมาย ร้อยละ 40)"]
    doc = parse(write_docx(tmp_path / "p.docx", paragraphs))
    facts = DocumentFacts(doc_type="progress_report", fiscal_year_be=2566)
    records = extract_outcomes(doc, facts, [district("5401")])
    assert summary(records) == [("5401", 42.5, 40, 2566)]


def test_in_a_plan_a_bare_percentage_is_a_target(tmp_path):
    paragraphs = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอ อำเภอเมืองสรวง ปีงบประมาณ 2567",
                  "ตำบลผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ ร้อยละ 100"]
    doc = parse(write_docx(tmp_path / "plan.docx", paragraphs))
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert facts.doc_type == "action_plan"
    assert summary(records) == [("4512", None, 100, 2567)]


def test_mueang_suang_plan_milestone_is_a_bare_target_of_its_district(parsed):
    doc = parsed("roi-et-mueang-suang-2567-action-plan.docx")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [("4512", None, 100, 2567)]
    assert "ผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ" in records[0].indicator


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_reports_without_percentages_have_no_outcomes(parsed, ext):
    doc = parsed(f"phrae-province-2563-project.{ext}")
    facts = extract_facts(doc)
    assert extract_outcomes(doc, facts, extract_districts(doc, facts)) == []


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phuket_results_table_gives_districts_total_and_baselines_with_the_kpi_target(parsed, ext):
    doc = parsed(f"phuket-province-2564-progress.{ext}")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [
        ("8301", 100, 75, 2564), ("8302", 100, 75, 2564), ("8303", 100, 75, 2564), (None, 100, 75, 2564),
        (None, 66.67, None, 2561), (None, 100, None, 2562), (None, 100, None, 2563),
    ]
    assert [(o.result, o.denominator) for o in records[:4]] == [(1, 1), (1, 1), (1, 1), (3, 3)]
    assert all(o.indicator.startswith("ร้อยละของอำเภอผ่านเกณฑ์การประเมิน") for o in records)
    assert records[0].evidence.text == "100" and records[0].evidence.table is not None


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_khon_kaen_target_and_last_years_results(parsed, ext):
    doc = parsed(f"khon-kaen-province-2565-inspection.{ext}")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [
        (None, None, 75, 2565), (None, 79.2, None, 2564), (None, 93.32, None, 2564),
        (None, 84.06, None, 2564), (None, 82.95, None, 2564), (None, 87.92, None, 2564),
    ]
    assert records[2].indicator == "ติดตามเด็ก 0-5 ปีที่มีพัฒนาการล่าช้า ครอบคลุม"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_chiang_rai_kpi_targets_stay_bare_province_wide(parsed, ext):
    doc = parsed(f"chiang-rai-province-2566-action-plan.{ext}")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    assert summary(records) == [(None, None, 80, 2566), (None, None, 70, 2566)]
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"


def test_pak_chong_indicator_table_with_baselines_and_a_header_target(parsed):
    doc = parsed("nakhon-ratchasima-pak-chong-2565-progress.pdf")
    facts = extract_facts(doc)
    records = extract_outcomes(doc, facts, extract_districts(doc, facts))
    current = [o for o in records if o.year_be == 2565]
    assert [(o.value_pct, o.target_pct, o.result, o.denominator) for o in current] == [
        (90.05, 80, 371, 412), (71, 80, 852, 1200), (70.5, 80, 84938, 120480), (91.67, 80, 11, 12),
    ]
    assert current[0].indicator == "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan"
    baselines = [(o.value_pct, o.year_be) for o in records if o.year_be != 2565]
    assert baselines[:3] == [(78.5, 2562), (84.21, 2563), (88.67, 2564)]
    assert len(baselines) == 9  # the vaccine indicator has no baseline ("-")
    assert {o.district for o in records} == {"3021"}


# --- indicators without the counts a figure was worked out from ------------------------


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("อำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ 13 อำเภอ จาก 15 อำเภอ คิดเป็น",
         "อำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"),
        ("มีผู้สูงอายุ 16,482 คน กลุ่มติดเตียง 187 คน ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan 176 คน คิดเป็น",
         "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan"),
        ("นอกจากนี้ พชต. 11 ตำบล จาก 13 ตำบล มีแผนการดำเนินงานที่สอดคล้องกับประเด็นของ พชอ. คิดเป็น",
         "พชต. มีแผนการดำเนินงานที่สอดคล้องกับประเด็นของ พชอ."),
        ("มีผู้เข้าร่วมโครงการ 49 คน จากกลุ่มเป้าหมาย 51 คน คิดเป็น", "ผู้เข้าร่วมโครงการ จากกลุ่มเป้าหมาย"),
        ("ผลการประเมินรอบสิ้นปี พบว่า อำเภอผ่านเกณฑ์ 22 อำเภอ จากทั้งหมด 25 อำเภอ คิดเป็น", "อำเภอผ่านเกณฑ์"),
    ],
)
def test_an_indicator_leaves_out_the_counts_its_figure_is_worked_out_from(clause, indicator):
    assert indicator_words(clause) == indicator


def test_a_threshold_count_is_part_of_the_indicator():
    assert drop_counts("ผู้สูงอายุได้รับการเยี่ยมบ้านอย่างน้อย 1 ครั้ง") == "ผู้สูงอายุได้รับการเยี่ยมบ้านอย่างน้อย 1 ครั้ง"


def test_a_long_unbroken_indicator_is_kept_whole_up_to_its_last_words():
    clause = "อำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพตามองค์ประกอบ UCCARE จำนวน 10 อำเภอ จาก 12 อำเภอ คิดเป็น"
    assert indicator_words(clause) == "อำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพตามองค์ประกอบ UCCARE"


def test_a_target_label_with_its_year_is_a_target():
    assert is_target("ร้อยละของอำเภอผ่านเกณฑ์ ค่าเป้าหมายปี 2566 ", default=False)


def test_a_target_said_of_the_result_before_it_pairs_with_it():
    text = ("ได้รับการดูแลตาม Care Plan 176 คน คิดเป็นร้อยละ 94.12 ของผู้ที่มีภาวะพึ่งพิง "
            "ผ่านเป้าหมายที่กำหนดไว้ร้อยละ 90 พชต. ยางน้อย จัดตั้งศูนย์")
    pairs = pair_figures(block_figures(text, False), text)
    assert [(f.value, t.value if t else None) for f, t, _ in pairs] == [(94.12, 90)]
    far = "ร้อยละ 60 ของครัวเรือนคัดแยกขยะ และผู้ป่วยเบาหวานควบคุมน้ำตาลได้ดีขึ้นกว่าปีก่อน เป้าหมายร้อยละ 50"
    assert len(pair_figures(block_figures(far, False), far)) == 2


def test_subjects_are_one_when_their_indicators_share_a_run_of_words():
    assert same_subject("ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ", "อำเภอผ่านเกณฑ์")
    assert not same_subject("ร้อยละของอำเภอผ่านเกณฑ์การประเมิน", "ครัวเรือนคัดแยกขยะ")


def test_a_table_title_without_its_number_and_lead_in_names_the_subject():
    assert title_subject("ตารางที่ 1 ร้อยละของ พชต. ที่ผ่านเกณฑ์ตำบลคุณภาพชีวิตดี จำแนกรายอำเภอ ปีงบประมาณ 2566") == (
        "ร้อยละของ พชต. ที่ผ่านเกณฑ์ตำบลคุณภาพชีวิตดี")
    assert title_subject("ผลการประเมิน พชต. ตามเกณฑ์ตำบลคุณภาพชีวิตดี มีดังนี้") == "ผลการประเมิน พชต. ตามเกณฑ์ตำบลคุณภาพชีวิตดี"


# --- documents: KPI targets, other provinces' rows, count columns, broken lines -------------


def test_a_kpi_target_joins_the_later_result_of_its_subject(tmp_path):
    paragraphs = [
        "แบบรายงานการตรวจราชการ ปีงบประมาณ พ.ศ. 2567 จังหวัดยโสธร",
        "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ (ค่าเป้าหมาย ร้อยละ 80)",
        "ผลการประเมินตนเอง",
        "ผ่านเกณฑ์ 7 อำเภอ จาก 9 อำเภอ (ร้อยละ 77.78) ครัวเรือนคัดแยกขยะ ร้อยละ 60",
    ]
    doc = parse(write_docx(tmp_path / "k.docx", paragraphs))
    facts = DocumentFacts(doc_type="inspection_report", province_code="35", fiscal_year_be=2567)
    records = extract_outcomes(doc, facts, [])
    assert summary(records) == [(None, 77.78, 80, 2567), (None, 60, None, 2567)]
    assert records[0].indicator == "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"


def test_count_columns_and_a_row_of_another_province_are_read(tmp_path):
    rows = [
        ["อำเภอที่รายงาน", "จำนวน พชต. (เป้าหมาย)", "พชต. ผ่านเกณฑ์ (ผลงาน)", "ร้อยละ (เป้าหมาย ≥ 80)"],
        ["เมืองพิจิตร", "16", "14", "87.50"],
        ["บางระกำ", "11", "10", "90.91"],
        ["รวม", "27", "24", "88.89"],
    ]
    paragraphs = ["รายงานผลการดำเนินงาน จังหวัดพิจิตร ปีงบประมาณ 2565", "ผลการประเมิน พชต. ตามเกณฑ์ตำบลคุณภาพชีวิตดี มีดังนี้"]
    doc = parse(write_docx(tmp_path / "t.docx", paragraphs, rows))
    facts = DocumentFacts(doc_type="progress_report", province_code="66", fiscal_year_be=2565)
    records = extract_outcomes(doc, facts, [district("6601"), district("6602")])
    assert summary(records) == [("6601", 87.5, 80, 2565), ("6504", 90.91, 80, 2565), (None, 88.89, 80, 2565)]
    assert [(o.result, o.denominator) for o in records] == [(14, 16), (10, 11), (24, 27)]
    assert records[0].indicator == "ผลการประเมิน พชต. ตามเกณฑ์ตำบลคุณภาพชีวิตดี"


def test_a_percentage_broken_after_its_word_is_read_with_its_figure(tmp_path):
    paragraphs = ["ผลการดำเนินงาน", "ผู้สูงอายุที่อยู่ลำพังได้รับการเยี่ยมบ้านอย่างน้อย 1 ครั้ง ร้อยละ",
                  "72.50 (เป้าหมายร้อยละ 80)"]
    doc = parse(write_docx(tmp_path / "b.docx", paragraphs))
    records = extract_outcomes(doc, DocumentFacts(doc_type="progress_report", fiscal_year_be=2567), [district("5003")])
    assert summary(records) == [("5003", 72.5, 80, 2567)]
    assert records[0].indicator == "ผู้สูงอายุที่อยู่ลำพังได้รับการเยี่ยมบ้านอย่างน้อย 1 ครั้ง"
    assert records[0].evidence.text.startswith("72.50")


def corpus_outcomes(parsed, name):
    doc = parsed(name)
    facts = extract_facts(doc)
    return extract_outcomes(doc, facts, extract_districts(doc, facts))


def test_phichit_rows_give_counts_and_the_row_of_another_province(parsed):
    records = corpus_outcomes(parsed, "phichit-province-2565-progress.pdf")
    table = [o for o in records if o.evidence.table is not None]
    assert len(table) == 14
    assert (table[3].district, table[3].value_pct, table[3].result, table[3].denominator) == ("6604", 92.31, 11, 13)
    assert (table[12].district, table[12].value_pct) == ("6504", 90.91)
    assert (table[13].district, table[13].result, table[13].denominator) == (None, 87, 100)
    assert {o.target_pct for o in table} == {80}


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_yasothon_kpi_target_joins_the_summary_result(parsed, ext):
    records = corpus_outcomes(parsed, f"yasothon-province-2567-inspection.{ext}")
    assert summary(records) == [(None, 77.78, 80, 2567)]


def test_ubon_kpi_target_goes_to_its_own_result_not_to_the_table_after_it(parsed):
    records = corpus_outcomes(parsed, "ubon-ratchathani-province-2566-progress.pdf")
    assert summary(records)[0] == (None, 88, 80, 2566)
    table = [o for o in records if o.evidence.table is not None]
    assert table and all(o.target_pct is None for o in table)
    assert table[0].indicator == "ร้อยละของ พชต. ที่ผ่านเกณฑ์ตำบลคุณภาพชีวิตดี"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_kosum_phisai_result_and_the_target_said_of_it_are_one(parsed, ext):
    records = corpus_outcomes(parsed, f"maha-sarakham-kosum-phisai-2566-minutes.{ext}")
    assert summary(records) == [("4403", 94.12, 90, 2566), ("4403", 75.01, None, 2566)]
    assert [o.indicator for o in records] == ["ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan", "ครัวเรือนคัดแยกขยะต้นทาง"]


def test_mae_chaem_percentage_broken_across_lines(parsed):
    records = corpus_outcomes(parsed, "chiang-mai-mae-chaem-2567-progress.pdf")
    assert summary(records) == [("5003", 72.5, 80, 2567)]
