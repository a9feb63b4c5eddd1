"""The human-readable eval output: figures table and mismatch listing."""

from __future__ import annotations

from pcc_ingest.eval_report import describe_record, format_mismatches, format_table, locator
from pcc_ingest.scoring import FIELD_NAMES, score


def doc(**parts) -> dict:
    base = {
        "source": "x.docx",
        "document": {"doc_type": "progress_report", "province_code": "45", "fiscal_year_be": 2564,
                     "period_start": "2020-10-01", "period_end": "2021-09-30"},
        "districts": [], "issues": [], "activities": [], "budget_items": [],
        "budget_total_baht": None, "outcomes": [],
    }
    base.update(parts)
    return base


CELL = {"block": 17, "page": 3, "table": 2, "row": 4, "col": 1, "start": 0, "end": 16,
        "text": "อุบัติเหตุทางถนน", "context": "2) อุบัติเหตุทางถนน ลดลง"}


def test_table_shows_each_list_with_its_figures():
    gold = {"roiet.pdf": doc(districts=["4501", "4502", "4503"])}
    pred = {"roiet.pdf": doc(districts=["4501"])}
    lines = format_table(score(gold, pred)).splitlines()
    [districts] = [line for line in lines if line.startswith("districts")]
    assert districts.split() == ["districts", "1.0000", "0.3333", "0.5000", "1", "1", "3"]
    for name in (*FIELD_NAMES, "doc_type", "budget_total_baht"):
        assert any(line.split()[0] == name for line in lines if line), name


def test_mismatches_name_document_locator_and_source_text():
    gold = {"roiet.pdf": doc(issues=[{"district": "4501", "text": "ขยะและสิ่งแวดล้อม",
                                      "category": "waste_environment"}])}
    pred = {"roiet.pdf": doc(issues=[{"district": "4501", "text": "อุบัติเหตุทางถนน",
                                      "category": "road_safety", "evidence": CELL}])}
    text = format_mismatches(score(gold, pred))
    assert "== roiet.pdf (2)" in text
    assert "missed (gold, unpaired): [4501] ขยะและสิ่งแวดล้อม (waste_environment)" in text
    assert "extra (predicted, unpaired): [4501] อุบัติเหตุทางถนน (road_safety)" in text
    assert "at p.3 table 2 r4 c1: «อุบัติเหตุทางถนน» in «2) อุบัติเหตุทางถนน ลดลง»" in text


def test_field_mismatch_shows_both_values_and_both_records():
    gold = {"a.docx": doc(activities=[{"title": "ประชุม พชอ. ครั้งที่ 1", "start": "2021-01-15",
                                       "end": "2021-01-15", "participants": 30, "budget_baht": None}])}
    pred = {"a.docx": doc(activities=[{"title": "ประชุม พชอ. ครั้งที่ 1", "start": "2021-01",
                                       "end": "2021-01-15", "participants": 30, "budget_baht": None,
                                       "evidence": {"block": 9, "paragraph": 12, "start": 0, "end": 5,
                                                    "text": "ประชุม"}}])}
    text = format_mismatches(score(gold, pred))
    assert "activities.start: gold '2021-01-15', predicted '2021-01'" in text
    assert "gold:      ประชุม พชอ. ครั้งที่ 1 (start 2021-01-15" in text
    assert "at ¶12: «ประชุม»" in text


def test_missing_and_extra_documents_are_listed():
    text = format_mismatches(score({"gone.pdf": doc()}, {"new.pdf": doc(districts=["4501"])}))
    assert "gone.pdf: no prediction for this gold document" in text
    assert "new.pdf: predicted, but there is no gold for it" in text
    assert "document.doc_type: gold 'progress_report', predicted None" in text
    assert "districts: extra (predicted, unpaired): 4501" in text


def test_perfect_result_says_no_mismatches():
    assert format_mismatches(score({"a": doc()}, {"a": doc()})) == "No mismatches.\n"


def test_locator_falls_back_from_table_to_paragraph_to_block():
    assert locator({"page": 2, "paragraph": 5}) == "p.2 ¶5"
    assert locator({"block": 7}) == "block 7"


def test_describe_record_summarises_budget_and_outcome_records():
    assert describe_record("budget_items", {"description": "ค่าอาหาร", "amount_baht": 5000, "unit_cost_baht": 50,
                                            "quantity": 100, "source": "สสจ."}) == \
        "ค่าอาหาร: 5000 baht (unit 50 x 100, source สสจ.)"
    assert describe_record("outcomes", {"indicator": "ร้อยละของอำเภอ", "district": None, "value_pct": 100.0,
                                        "target_pct": 75.0, "year_be": 2564}) == \
        "[None] ร้อยละของอำเภอ: value 100.0%, target 75.0%, year 2564"
