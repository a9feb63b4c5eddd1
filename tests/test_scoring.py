"""The scorer against hand-made gold/prediction pairs (the scorer is pure, so dicts suffice)."""

from __future__ import annotations

import copy
import json

import pytest

from pcc_ingest.scoring import (
    FIELD_NAMES,
    below_floor,
    normalise_for_compare,
    pair_records,
    score,
    similarity,
    to_json,
)

# Thai consonants without marks, so normalisation leaves them as they are.
STEM = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ" * 3


def texts_at(similarity_pct: int) -> tuple[str, str]:
    """Two texts of 100 characters sharing a prefix of ``similarity_pct``: ratio = pct / 100.

    The tails use letters that occur nowhere else, so they add no matches.
    """
    keep = similarity_pct
    a = STEM[:keep] + "x" * (100 - keep)
    b = STEM[:keep] + "y" * (100 - keep)
    assert similarity(a, b) == pytest.approx(similarity_pct / 100)
    return a, b


def doc(**lists) -> dict:
    """A record in the RECORDS.md shape; keyword arguments override its parts."""
    base = {
        "source": "x.docx",
        "document": {"doc_type": "project_report", "province_code": "54", "fiscal_year_be": 2563,
                     "period_start": "2019-10-01", "period_end": "2020-09-30"},
        "districts": [], "issues": [], "activities": [], "budget_items": [],
        "budget_total_baht": None, "outcomes": [],
    }
    base.update(lists)
    return base


def issue(text, district="5401", category="waste_environment"):
    return {"district": district, "text": text, "category": category}


def activity(title, start=None, end=None, participants=None, budget_baht=None):
    return {"title": title, "start": start, "end": end, "participants": participants, "budget_baht": budget_baht}


def item(description, amount, unit=None, quantity=None, source=None):
    return {"description": description, "amount_baht": amount, "unit_cost_baht": unit,
            "quantity": quantity, "source": source}


def outcome(indicator, value=None, target=None, district="5401", year=2563):
    return {"indicator": indicator, "district": district, "value_pct": value, "target_pct": target,
            "year_be": year}


PHRAE = doc(
    source="phrae-2563.docx",
    districts=["5401", "5402", "5403"],
    issues=[issue("การจัดการขยะในครัวเรือนและชุมชน", "5401"),
            issue("การดูแลผู้สูงอายุในเขตอำเภอเมืองแพร่", "5401", "elderly"),
            issue("ขยะและสิ่งแวดล้อม", "5402"),
            issue("อุบัติเหตุทางถนน", "5402", "road_safety"),
            issue("การคุ้มครองผู้บริโภคด้านอาหาร ปลอดภัย ปลอดโรค", "5403", "food_safety")],
    activities=[activity("กิจกรรมการพัฒนาศักยภาพ ความรู้ และทักษะ ของคณะกรรมการคุณภาพชีวิตระดับอำเภอ",
                         "2019-12-26", "2019-12-26", 120, 64000),
                activity("กิจกรรมเวทีถอดบทเรียน แลกเปลี่ยนเรียนรู้ สรุปผลงาน", "2019-12", "2019-12", None, 36000),
                activity("การนิเทศ กำกับติดตามเยี่ยมเสริมพลัง", "2020-09", "2020-09")],
    budget_items=[item("ค่าอาหารกลางวัน", 6000, 50, 120, "สสจ.แพร่"),
                  item("ค่าอาหารว่างและเครื่องดื่ม", 6000, 25, 240, "สสจ.แพร่"),
                  item("ค่าวิทยากร", 3600, 600, 6, "สสจ.แพร่")],
    budget_total_baht=100000,
    outcomes=[outcome("ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ", 100.0, 75.0, None),
              outcome("ร้อยละของอำเภอที่มีการขับเคลื่อนประเด็นอย่างน้อย 2 ประเด็น", 87.5, 80.0, None)],
)


def test_normalise_for_compare_drops_marker_white_space_and_thai_digits():
    assert normalise_for_compare("๑) ขยะ และ\tสิ่งแวดล้อม ๒๕๖๓") == "ขยะและสิ่งแวดล้อม2563"


def test_similarity_ignores_white_space_and_split_sara_am():
    assert similarity("การดําเนินงาน  พชอ.", "การดำเนินงานพชอ.") == 1.0


def test_perfect_prediction_scores_one_everywhere():
    result = score({"a": PHRAE}, {"a": copy.deepcopy(PHRAE)})
    for name, s in result.lists.items():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), name
    assert all(t.accuracy == 1.0 for t in result.fields.values())
    assert all(t.accuracy == 1.0 and t.n == 1 for t in result.documents.values())
    assert result.mismatches == []


def test_empty_prediction_scores_zero_with_every_gold_record_unpaired():
    result = score({"a": PHRAE}, {"a": doc()})
    for name in ("districts", "issues", "activities", "budget_items", "outcomes"):
        s = result.lists[name]
        assert (s.pairs, s.predicted, s.precision, s.recall, s.f1) == (0, 0, 0.0, 0.0, 0.0), name
    assert len(result.unpaired_gold) == 3 + 5 + 3 + 3 + 2


def test_empty_gold_and_prediction_score_one():
    result = score({"a": doc()}, {"a": doc()})
    assert all(s.f1 == 1.0 and s.precision == 1.0 and s.recall == 1.0 for s in result.lists.values())


def test_predictions_without_gold_have_precision_zero():
    result = score({"a": doc()}, {"a": doc(districts=["5401"])})
    s = result.lists["districts"]
    assert (s.precision, s.f1, s.predicted, s.gold) == (0.0, 0.0, 1, 0)


def test_one_missing_record_lowers_recall_only():
    pred = copy.deepcopy(PHRAE)
    del pred["issues"][2]
    result = score({"a": PHRAE}, {"a": pred})
    s = result.lists["issues"]
    assert (s.pairs, s.predicted, s.gold, s.precision, s.recall) == (4, 4, 5, 1.0, 0.8)
    [missed] = result.unpaired_gold
    assert missed.gold["text"] == "ขยะและสิ่งแวดล้อม" and missed.document == "a"


def test_one_extra_record_lowers_precision_only_and_keeps_its_evidence():
    pred = copy.deepcopy(PHRAE)
    ev = {"block": 4, "page": 2, "start": 0, "end": 5, "text": "ยาเสพติด"}
    pred["issues"].append({**issue("ยาเสพติด", "5403", "substance_abuse"), "evidence": ev})
    result = score({"a": PHRAE}, {"a": pred})
    s = result.lists["issues"]
    assert (s.precision, s.recall) == (5 / 6, 1.0)
    [extra] = result.unpaired_pred
    assert extra.evidence == ev and "evidence" not in extra.pred


def test_unpaired_district_takes_its_evidence_from_the_exports_parallel_list():
    ev = {"block": 2, "paragraph": 3, "start": 0, "end": 9, "text": "อำเภอลอง"}
    pred = doc(districts=["5401", "5406"], district_evidence=[{"block": 1, "start": 0, "end": 1, "text": "x"}, ev])
    [extra] = score({"a": doc(districts=["5401"])}, {"a": pred}).unpaired_pred
    assert (extra.pred, extra.evidence) == ("5406", ev)


def test_extra_keys_in_an_export_are_ignored():
    pred = copy.deepcopy(PHRAE)
    for rec in pred["issues"]:
        rec["evidence"] = {"block": 0, "start": 0, "end": 1, "text": "x"}
        rec["confidence"] = 0.5
    pred["counts"] = [{"what": "คน", "value": 120}]
    result = score({"a": PHRAE}, {"a": pred})
    assert result.lists["issues"].f1 == 1.0 and result.mismatches == []


@pytest.mark.parametrize(("pct", "paired"), [(80, True), (79, False)])
def test_issue_text_must_reach_0_80(pct, paired):
    g, p = texts_at(pct)
    assert bool(pair_records("issues", [issue(g)], [issue(p)])) is paired


def test_issues_of_different_districts_never_pair():
    assert pair_records("issues", [issue("อุบัติเหตุทางถนน", "5402")], [issue("อุบัติเหตุทางถนน", "5403")]) == []


@pytest.mark.parametrize(("pct", "paired"), [(60, True), (59, False)])
def test_activity_title_must_reach_0_60(pct, paired):
    g, p = texts_at(pct)
    assert bool(pair_records("activities", [activity(g)], [activity(p)])) is paired


@pytest.mark.parametrize(("pct", "paired"), [(50, True), (49, False)])
def test_budget_description_must_reach_0_50_when_the_amount_repeats(pct, paired):
    g, p = texts_at(pct)
    other_g, other_p = "ค่าวัสดุ" * 5, "ค่าพาหนะ" * 5
    pairs = pair_records("budget_items", [item(g, 500), item(other_g, 500)], [item(p, 500), item(other_p, 500)])
    assert ((0, 0) in {(a, b) for a, b, _ in pairs}) is paired


def test_budget_item_alone_at_its_amount_pairs_whatever_its_description():
    pairs = pair_records("budget_items", [item("ค่าอาหารกลางวัน", 6000)], [item("รวมเป็นเงิน", 6000)])
    assert [(g, p) for g, p, _ in pairs] == [(0, 0)]


def test_budget_items_never_pair_across_amounts():
    assert pair_records("budget_items", [item("ค่าวิทยากร", 3600)], [item("ค่าวิทยากร", 3000)]) == []


def test_two_budget_items_of_one_amount_pair_by_description():
    gold = [item("ค่าอาหารกลางวัน", 6000), item("ค่าอาหารว่างและเครื่องดื่ม", 6000)]
    pred = [item("ค่าอาหารว่าง และเครื่องดื่ม", 6000), item("ค่าอาหารกลางวัน 1 มื้อ", 6000)]
    assert [(g, p) for g, p, _ in pair_records("budget_items", gold, pred)] == [(0, 1), (1, 0)]


@pytest.mark.parametrize(("value", "paired"), [(75.01, True), (75.02, False), (None, False)])
def test_outcome_value_must_match_within_0_01(value, paired):
    gold = [outcome("ร้อยละของครัวเรือนคัดแยกขยะ", 75.0, 80.0)]
    pred = [outcome("ร้อยละของครัวเรือนคัดแยกขยะ", value, 80.0)]
    assert bool(pair_records("outcomes", gold, pred)) is paired


@pytest.mark.parametrize(("target", "paired"), [(None, True), (80.0, False)])
def test_outcome_targets_both_null_match(target, paired):
    gold = [outcome("ร้อยละของครัวเรือนคัดแยกขยะ", 75.0, None)]
    pred = [outcome("ร้อยละของครัวเรือนคัดแยกขยะ", 75.0, target)]
    assert bool(pair_records("outcomes", gold, pred)) is paired


def test_outcomes_of_different_districts_never_pair():
    assert pair_records("outcomes", [outcome("ร้อยละ", 50.0, district=None)], [outcome("ร้อยละ", 50.0)]) == []


@pytest.mark.parametrize(("pct", "equal"), [(60, True), (59, False)])
def test_indicator_under_0_60_is_a_field_mismatch_not_a_lost_pair(pct, equal):
    g, p = texts_at(pct)
    result = score({"a": doc(outcomes=[outcome(g, 50.0)])}, {"a": doc(outcomes=[outcome(p, 50.0)])})
    assert result.lists["outcomes"].pairs == 1
    assert result.fields["outcomes.indicator"].accuracy == (1.0 if equal else 0.0)
    assert [m.field for m in result.field_mismatches] == ([] if equal else ["indicator"])


@pytest.mark.parametrize(("pct", "equal"), [(60, True), (59, False)])
def test_budget_source_needs_similarity_0_60(pct, equal):
    g, p = texts_at(pct)
    result = score({"a": doc(budget_items=[item("ค่าวิทยากร", 3600, source=g)])},
                   {"a": doc(budget_items=[item("ค่าวิทยากร", 3600, source=p)])})
    assert result.fields["budget_items.source"].accuracy == (1.0 if equal else 0.0)


@pytest.mark.parametrize(("gold_source", "pred_source", "equal"),
                         [(None, None, True), ("สสจ.แพร่", None, False), (None, "สสจ.แพร่", False)])
def test_budget_source_null_matches_only_null(gold_source, pred_source, equal):
    result = score({"a": doc(budget_items=[item("ค่าวิทยากร", 3600, source=gold_source)])},
                   {"a": doc(budget_items=[item("ค่าวิทยากร", 3600, source=pred_source)])})
    assert result.fields["budget_items.source"].accuracy == (1.0 if equal else 0.0)


def test_activity_fields_compare_numbers_numerically_and_money_within_0_01():
    gold = [activity("ประชุมคณะกรรมการ", "2019-12-26", "2019-12-26", 120, 1000)]
    close = [activity("ประชุมคณะกรรมการ", "2019-12-26", "2019-12-26", 120.0, 1000.01)]
    off = [activity("ประชุมคณะกรรมการ", "2019-12", "2019-12-26", 121, 1000.02)]
    assert score({"a": doc(activities=gold)}, {"a": doc(activities=close)}).field_mismatches == []
    wrong = score({"a": doc(activities=gold)}, {"a": doc(activities=off)}).field_mismatches
    assert sorted(m.field for m in wrong) == ["budget_baht", "participants", "start"]


def test_issue_category_is_checked_on_each_pair():
    result = score({"a": doc(issues=[issue("ผู้สูงอายุและผู้ด้อยโอกาส", category="elderly")])},
                   {"a": doc(issues=[issue("ผู้สูงอายุและผู้ด้อยโอกาส", category="vulnerable_groups")])})
    [m] = result.field_mismatches
    assert (m.field, m.gold_value, m.pred_value) == ("category", "elderly", "vulnerable_groups")
    assert result.fields["issues.category"].n == 1 and result.fields["issues.category"].accuracy == 0.0


def test_greedy_pairing_takes_the_most_similar_pair_first():
    # The first gold activity resembles the only close prediction less than the second does.
    gold = [activity("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิต"), activity("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิตครั้งที่ 2")]
    pred = [activity("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิต ครั้งที่ 2")]
    assert similarity(gold[0]["title"], pred[0]["title"]) >= 0.60
    assert [(g, p) for g, p, _ in pair_records("activities", gold, pred)] == [(1, 0)]


def test_ties_pair_in_document_order():
    gold = [outcome("ร้อยละของครัวเรือน", 50.0), outcome("ร้อยละของครัวเรือน", 50.0)]
    pred = [outcome("ร้อยละของครัวเรือน", 50.0), outcome("ร้อยละของครัวเรือน", 50.0)]
    assert [(g, p) for g, p, _ in pair_records("outcomes", gold, pred)] == [(0, 0), (1, 1)]
    assert [(g, p) for g, p, _ in pair_records("districts", ["5401", "5401"], ["5401", "5401"])] == [(0, 0), (1, 1)]


def test_pair_records_rejects_an_unknown_list():
    with pytest.raises(ValueError, match="unknown list"):
        pair_records("counts", [], [])


def test_micro_average_sums_counts_over_documents():
    gold = {"a": doc(issues=[issue("อุบัติเหตุทางถนน")]),
            "b": doc(issues=[issue("ขยะ"), issue("ผู้สูงอายุ"), issue("ยาเสพติด")])}
    pred = {"a": doc(issues=[issue("อุบัติเหตุทางถนน")]), "b": doc(issues=[issue("ผู้สูงอายุ")])}
    s = score(gold, pred).lists["issues"]
    assert (s.pairs, s.predicted, s.gold) == (2, 2, 4)
    # A macro average would give recall (1 + 1/3) / 2; the micro average is 2 / 4.
    assert (s.precision, s.recall) == (1.0, 0.5) and s.f1 == pytest.approx(2 / 3)


def test_missing_document_counts_as_empty_prediction_with_wrong_document_fields():
    result = score({"a": PHRAE, "b": doc()}, {"b": doc()})
    assert result.missing_documents == ["a"]
    assert result.lists["districts"].gold == 3 and result.lists["districts"].predicted == 0
    assert all(t.n == 2 and t.equal == 1 for t in result.documents.values())


def test_document_only_in_prediction_counts_its_records_as_extra():
    result = score({"a": doc()}, {"a": doc(), "z": doc(districts=["5401"])})
    assert result.extra_documents == ["z"]
    assert result.lists["districts"].predicted == 1 and result.lists["districts"].precision == 0.0
    assert result.documents["doc_type"].n == 1


def test_document_fields_are_checked_with_budget_total_within_0_01():
    pred = copy.deepcopy(PHRAE)
    pred["document"]["fiscal_year_be"] = 2564
    pred["document"]["evidence"] = {"fiscal_year_be": {"block": 0, "start": 0, "end": 4, "text": "2564"}}
    pred["budget_total_baht"] = 100000.01
    result = score({"a": PHRAE}, {"a": pred})
    assert result.documents["fiscal_year_be"].accuracy == 0.0
    assert result.documents["budget_total_baht"].accuracy == 1.0
    [m] = result.field_mismatches
    assert (m.list_name, m.field, m.evidence["text"]) == ("document", "fiscal_year_be", "2564")


def test_json_has_the_records_md_shape_rounded_to_four_places():
    gold = {"a": doc(districts=["5401", "5402", "5403"])}
    pred = {"a": doc(districts=["5401"])}
    out = to_json(score(gold, pred))
    assert set(out) == {"lists", "fields", "documents"}
    assert out["lists"]["districts"] == {"precision": 1.0, "recall": 0.3333, "f1": 0.5,
                                         "pairs": 1, "predicted": 1, "gold": 3}
    assert list(out["lists"]) == ["districts", "issues", "activities", "budget_items", "outcomes"]
    assert list(out["fields"]) == list(FIELD_NAMES) and "issues.category" in out["fields"]
    assert out["documents"]["budget_total_baht"] == {"accuracy": 1.0, "n": 1}
    assert set(out["documents"]) == {"doc_type", "province_code", "fiscal_year_be", "period_start",
                                     "period_end", "budget_total_baht"}
    assert json.loads(json.dumps(out)) == out


def test_json_details_list_every_mismatch_when_asked():
    out = to_json(score({"a": doc(districts=["5401"])}, {"a": doc()}), details=True)
    assert out["details"]["mismatches"][0]["kind"] == "unpaired_gold"
    assert out["details"]["mismatches"][0]["gold"] == "5401"
    json.dumps(out)


def test_below_floor_names_lists_under_the_minimum_f1():
    result = score({"a": doc(districts=["5401", "5402", "5403"])}, {"a": doc(districts=["5401"])})
    assert below_floor(result, 0.6) == ["districts"]
    assert below_floor(result, 0.5) == []
    assert below_floor(result, 0.0) == []


def damage(record: dict) -> dict:
    """Drop every record at an even index and relabel issue categories, as a broken extractor might."""
    out = copy.deepcopy(record)
    for name in ("districts", "issues", "activities", "budget_items", "outcomes"):
        out[name] = out[name][1::2]
    for rec in out["issues"]:
        rec["category"] = "other"
    return out


@pytest.fixture
def gold_documents() -> dict[str, dict]:
    """Gold records by source name (a stand-in for gold/*.json)."""
    second = copy.deepcopy(PHRAE)
    second["source"] = "phrae-2563-copy.pdf"
    return {PHRAE["source"]: PHRAE, second["source"]: second}


def test_damaged_prediction_falls_under_the_floor(gold_documents):
    floor = 0.8
    intact = score(gold_documents, copy.deepcopy(gold_documents))
    assert below_floor(intact, floor) == []
    damaged = score(gold_documents, {name: damage(rec) for name, rec in gold_documents.items()})
    lists_with_gold = [n for n, s in damaged.lists.items() if s.gold]
    assert lists_with_gold and below_floor(damaged, floor) == lists_with_gold
    assert damaged.fields["issues.category"].accuracy < 1.0
