"""Score predicted records against gold records, by the rules of RECORDS.md.

Pure: it takes record dicts (gold files or exports, already loaded from JSON,
keyed by source file name) and returns the figures plus every disagreement, so
the CLI only loads files, prints and picks an exit status.  Keys a record does
not need for scoring (``evidence``, confidence, raw text) are ignored, except
that a predicted record's ``evidence`` is carried into the mismatch listing so
an auditor can find the words in the file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pcc_ingest.thai.text import normalize_text, strip_list_marker

LISTS: tuple[str, ...] = ("districts", "issues", "activities", "budget_items", "outcomes")
DOCUMENT_FIELDS: tuple[str, ...] = (
    "doc_type", "province_code", "fiscal_year_be", "period_start", "period_end", "budget_total_baht",
)

# Key-test and field thresholds of the RECORDS.md scoring table.
ISSUE_TEXT_MIN = 0.80
ACTIVITY_TITLE_MIN = 0.60
BUDGET_DESCRIPTION_MIN = 0.50
SOURCE_MIN = 0.60
INDICATOR_MIN = 0.60
# "Within 0.01": money (baht) and percentages.
MONEY_TOLERANCE = 0.01
PCT_TOLERANCE = 0.01
# Binary floats make 75.01 - 75.0 a hair over 0.01; this slack keeps "within" inclusive.
FLOAT_SLACK = 1e-9

# Any run of white space (tabs, newlines, NBSP): compared text has none at all,
# so "ขยะ และ สิ่งแวดล้อม" and "ขยะและสิ่งแวดล้อม" are the same words.
WHITESPACE_RE = re.compile(r"\s+")

DIGITS = 4  # figures are rounded to 4 places in the JSON

Pair = tuple[int, int, float]  # (gold index, predicted index, similarity)
MismatchKind = Literal["unpaired_gold", "unpaired_pred", "field"]


@lru_cache(maxsize=65536)
def normalise_for_compare(s: str) -> str:
    """RECORDS.md's comparison form: normalised text, list marker removed, no white space."""
    return WHITESPACE_RE.sub("", strip_list_marker(normalize_text(s)))


def similarity(a: str | None, b: str | None) -> float:
    """SequenceMatcher ratio of the comparison forms (``None`` reads as empty text).

    The ratio is not always symmetric, so the scorer passes gold first.
    """
    return difflib.SequenceMatcher(None, normalise_for_compare(a or ""), normalise_for_compare(b or ""),
                                   autojunk=False).ratio()


def _close(a: Any, b: Any, tolerance: float) -> bool:
    """Numbers equal within ``tolerance``; two nulls are equal, one null is not."""
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) <= tolerance + FLOAT_SLACK
    except (TypeError, ValueError):
        return a == b


def _same_number(a: Any, b: Any) -> bool:
    """Numerically equal (120 == 120.0)."""
    return _close(a, b, 0.0)


def _same_money(a: Any, b: Any) -> bool:
    return _close(a, b, MONEY_TOLERANCE)


def _equal(a: Any, b: Any) -> bool:
    return a == b


def _is_blank(s: str | None) -> bool:
    return s is None or not normalise_for_compare(s)


def _similar_source(a: str | None, b: str | None) -> bool:
    """Funding sources: both absent is agreement, one absent is not, else similarity >= 0.60."""
    if _is_blank(a) or _is_blank(b):
        return _is_blank(a) and _is_blank(b)
    return similarity(a, b) >= SOURCE_MIN


def _similar_indicator(a: str | None, b: str | None) -> bool:
    return similarity(a, b) >= INDICATOR_MIN


Check = Callable[[Any, Any], bool]

# The fields checked on each pair, per list (RECORDS.md's third column).
FIELD_CHECKS: dict[str, tuple[tuple[str, Check], ...]] = {
    "districts": (),
    "issues": (("category", _equal),),
    "activities": (("start", _equal), ("end", _equal), ("participants", _same_number),
                   ("budget_baht", _same_money)),
    "budget_items": (("unit_cost_baht", _same_number), ("quantity", _same_number),
                     ("source", _similar_source)),
    "outcomes": (("year_be", _same_number), ("indicator", _similar_indicator)),
}

DOCUMENT_CHECKS: dict[str, Check] = {
    "doc_type": _equal, "province_code": _equal, "fiscal_year_be": _same_number,
    "period_start": _equal, "period_end": _equal, "budget_total_baht": _same_money,
}

FIELD_NAMES: tuple[str, ...] = tuple(f"{lst}.{f}" for lst in LISTS for f, _ in FIELD_CHECKS[lst])


# ---- pairing --------------------------------------------------------------

Records = Sequence[Any]


def _district_candidates(gold: Records, pred: Records) -> list[Pair]:
    # Codes carry no text to rank by: every candidate ties at 1.0, so document order decides.
    return [(g, p, 1.0) for g, gc in enumerate(gold) for p, pc in enumerate(pred) if gc == pc]


def _text_candidates(gold: Records, pred: Records, key: str, floor: float,
                     compatible: Callable[[Any, Any], bool] | None = None) -> list[Pair]:
    """Compatible pairs whose ``key`` texts reach ``floor``, with their similarity.

    Pairing compares every gold record with every prediction, and most such
    pairs are far apart: each prediction's matcher index is built once, and the
    cheap upper bounds (real_quick_ratio, quick_ratio) reject a pair before the
    full ratio is computed.  Gold is always the matcher's first sequence, as in
    ``similarity(gold, pred)``.
    """
    out = []
    for p, pr in enumerate(pred):
        m = difflib.SequenceMatcher(None, "", normalise_for_compare(pr.get(key) or ""), autojunk=False)
        for g, gr in enumerate(gold):
            if compatible is not None and not compatible(gr, pr):
                continue
            m.set_seq1(normalise_for_compare(gr.get(key) or ""))
            if m.real_quick_ratio() >= floor and m.quick_ratio() >= floor and (s := m.ratio()) >= floor:
                out.append((g, p, s))
    return out


def _same_district(gold: Any, pred: Any) -> bool:
    return gold.get("district") == pred.get("district")


def _issue_candidates(gold: Records, pred: Records) -> list[Pair]:
    return _text_candidates(gold, pred, "text", ISSUE_TEXT_MIN, _same_district)


def _activity_candidates(gold: Records, pred: Records) -> list[Pair]:
    return _text_candidates(gold, pred, "title", ACTIVITY_TITLE_MIN)


def _amount_count(records: Records, amount: Any) -> int:
    return sum(_same_money(r.get("amount_baht"), amount) for r in records)


def _budget_candidates(gold: Records, pred: Records) -> list[Pair]:
    """Equal amounts; the description must be similar unless the amount is unique on both sides."""
    out = []
    for g, gr in enumerate(gold):
        for p, pr in enumerate(pred):
            if not _same_money(gr.get("amount_baht"), pr.get("amount_baht")):
                continue
            s = similarity(gr.get("description"), pr.get("description"))
            alone = (_amount_count(gold, gr.get("amount_baht")) == 1
                     and _amount_count(pred, pr.get("amount_baht")) == 1)
            if s >= BUDGET_DESCRIPTION_MIN or alone:
                out.append((g, p, s))
    return out


def _outcome_candidates(gold: Records, pred: Records) -> list[Pair]:
    """Same district and figures; the indicator's similarity only ranks the candidates."""
    out = []
    for g, gr in enumerate(gold):
        for p, pr in enumerate(pred):
            if (_same_district(gr, pr)
                    and _close(gr.get("value_pct"), pr.get("value_pct"), PCT_TOLERANCE)
                    and _close(gr.get("target_pct"), pr.get("target_pct"), PCT_TOLERANCE)):
                out.append((g, p, similarity(gr.get("indicator"), pr.get("indicator"))))
    return out


_CANDIDATES: dict[str, Callable[[Records, Records], list[Pair]]] = {
    "districts": _district_candidates,
    "issues": _issue_candidates,
    "activities": _activity_candidates,
    "budget_items": _budget_candidates,
    "outcomes": _outcome_candidates,
}


def pair_records(list_name: str, gold: Records, pred: Records) -> list[Pair]:
    """Pair gold and predicted records one-to-one, greedily, highest similarity first.

    Only candidates passing the list's key test compete.  The similarity ranked
    is the list's text field (issues: text, activities: title, budget_items:
    description, outcomes: indicator; districts: none, all 1.0).  Ties go to the
    earlier gold record, then the earlier predicted record, so the result never
    depends on dict or set order.  Returns ``(gold index, predicted index,
    similarity)`` sorted by gold index.
    """
    if list_name not in _CANDIDATES:
        raise ValueError(f"unknown list {list_name!r}; expected one of {', '.join(LISTS)}")
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[Pair] = []
    for g, p, s in sorted(_CANDIDATES[list_name](gold, pred), key=lambda c: (-c[2], c[0], c[1])):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p, s))
    return sorted(pairs)


# ---- results --------------------------------------------------------------

@dataclass
class ListScore:
    """Micro-averaged counts of one list; the ratios follow from them."""

    pairs: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        # No predictions: perfect when there was nothing to find, else nothing right.
        if self.predicted:
            return self.pairs / self.predicted
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        # No gold: perfect when nothing was predicted; predictions without gold score 0.
        if self.gold:
            return self.pairs / self.gold
        return 1.0 if not self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """How many compared values were equal out of ``n``."""

    equal: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float:
        # Nothing compared means nothing wrong, like a list with no gold and no predictions.
        return self.equal / self.n if self.n else 1.0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.equal += ok


@dataclass(frozen=True)
class Mismatch:
    """One disagreement, with where the prediction came from.

    ``list_name`` is a list of RECORDS.md or ``"document"`` for document fields.
    ``gold``/``pred`` are the records involved (without their evidence);
    ``gold_value``/``pred_value`` the compared values of a field mismatch.
    """

    document: str
    list_name: str
    kind: MismatchKind
    field: str | None = None
    gold: Any = None
    pred: Any = None
    gold_value: Any = None
    pred_value: Any = None
    evidence: Any = None


@dataclass
class EvalResult:
    lists: dict[str, ListScore] = field(default_factory=lambda: {n: ListScore() for n in LISTS})
    fields: dict[str, Tally] = field(default_factory=lambda: {n: Tally() for n in FIELD_NAMES})
    documents: dict[str, Tally] = field(default_factory=lambda: {n: Tally() for n in DOCUMENT_FIELDS})
    mismatches: list[Mismatch] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)  # gold with no prediction
    extra_documents: list[str] = field(default_factory=list)  # predicted with no gold

    @property
    def unpaired_gold(self) -> list[Mismatch]:
        return [m for m in self.mismatches if m.kind == "unpaired_gold"]

    @property
    def unpaired_pred(self) -> list[Mismatch]:
        return [m for m in self.mismatches if m.kind == "unpaired_pred"]

    @property
    def field_mismatches(self) -> list[Mismatch]:
        return [m for m in self.mismatches if m.kind == "field"]


# ---- scoring --------------------------------------------------------------

def _pred_evidence(record: Mapping[str, Any], list_name: str) -> list[Any]:
    """Each predicted record's evidence, by index.

    Records carry their own ``evidence``; district codes are bare strings, so an
    export gives theirs as a parallel ``district_evidence`` list.
    """
    items = _records(record, list_name)
    if list_name == "districts":
        parallel = list(record.get("district_evidence") or [])
        return [parallel[i] if i < len(parallel) else None for i in range(len(items))]
    return [r.get("evidence") if isinstance(r, Mapping) else None for r in items]


def _bare(record: Any) -> Any:
    """The record without its evidence, which the mismatch carries separately."""
    if isinstance(record, Mapping):
        return {k: v for k, v in record.items() if k != "evidence"}
    return record


def _document_value(record: Mapping[str, Any], name: str) -> Any:
    if name == "budget_total_baht":
        return record.get("budget_total_baht")
    return (record.get("document") or {}).get(name)


def _document_evidence(record: Mapping[str, Any], name: str) -> Any:
    # An export keeps per-field evidence as document.evidence[field] (DocumentFacts).
    return ((record.get("document") or {}).get("evidence") or {}).get(name)


def _records(record: Mapping[str, Any], list_name: str) -> list[Any]:
    return list(record.get(list_name) or [])


def _score_documents_fields(result: EvalResult, name: str, gold: Mapping[str, Any],
                            pred: Mapping[str, Any] | None) -> None:
    for f in DOCUMENT_FIELDS:
        g = _document_value(gold, f)
        p = None if pred is None else _document_value(pred, f)
        ok = pred is not None and DOCUMENT_CHECKS[f](g, p)
        result.documents[f].add(ok)
        if not ok:
            result.mismatches.append(Mismatch(
                document=name, list_name="document", kind="field", field=f, gold_value=g, pred_value=p,
                evidence=None if pred is None else _document_evidence(pred, f)))


def _score_list(result: EvalResult, name: str, list_name: str, gold: list[Any], pred: list[Any],
                evidence: list[Any]) -> None:
    """Pair one list of one document and record its counts, field checks and mismatches."""
    pairs = pair_records(list_name, gold, pred)
    score = result.lists[list_name]
    score.pairs += len(pairs)
    score.predicted += len(pred)
    score.gold += len(gold)
    paired_gold = {g for g, _, _ in pairs}
    paired_pred = {p for _, p, _ in pairs}
    for g, record in enumerate(gold):
        if g not in paired_gold:
            result.mismatches.append(Mismatch(name, list_name, "unpaired_gold", gold=_bare(record)))
    for p, record in enumerate(pred):
        if p not in paired_pred:
            result.mismatches.append(Mismatch(name, list_name, "unpaired_pred", pred=_bare(record),
                                              evidence=evidence[p]))
    for g, p, _ in pairs:
        for f, check in FIELD_CHECKS[list_name]:
            gv, pv = gold[g].get(f), pred[p].get(f)
            ok = check(gv, pv)
            result.fields[f"{list_name}.{f}"].add(ok)
            if not ok:
                result.mismatches.append(Mismatch(
                    name, list_name, "field", field=f, gold=_bare(gold[g]), pred=_bare(pred[p]),
                    gold_value=gv, pred_value=pv, evidence=evidence[p]))


def score(gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> EvalResult:
    """Score every document; keys are source file names.

    A gold document with no prediction counts as an empty prediction whose
    document fields are all wrong; a predicted document with no gold is listed
    and its records count as predictions with no gold.  Documents run in name
    order so the listing is stable.
    """
    result = EvalResult()
    for name in sorted(gold):
        g, p = gold[name], pred.get(name)
        if p is None:
            result.missing_documents.append(name)
        _score_documents_fields(result, name, g, p)
        for list_name in LISTS:
            _score_list(result, name, list_name, _records(g, list_name), _records(p or {}, list_name),
                        _pred_evidence(p or {}, list_name))
    for name in sorted(set(pred) - set(gold)):
        result.extra_documents.append(name)
        for list_name in LISTS:
            _score_list(result, name, list_name, [], _records(pred[name], list_name),
                        _pred_evidence(pred[name], list_name))
    return result


def below_floor(result: EvalResult, min_f1: float) -> list[str]:
    """Lists whose F1, as reported (4 places), is under ``min_f1``."""
    return [n for n, s in result.lists.items() if round(s.f1, DIGITS) < min_f1]


def to_json(result: EvalResult, *, details: bool = False) -> dict[str, Any]:
    """The figures in RECORDS.md's JSON shape, rounded to 4 places.

    With ``details=True`` a ``"details"`` key adds the missing and extra
    documents and every mismatch, for tools that triage errors.
    """
    out: dict[str, Any] = {
        "lists": {n: {"precision": round(s.precision, DIGITS), "recall": round(s.recall, DIGITS),
                      "f1": round(s.f1, DIGITS), "pairs": s.pairs, "predicted": s.predicted, "gold": s.gold}
                  for n, s in result.lists.items()},
        "fields": {n: {"accuracy": round(t.accuracy, DIGITS), "n": t.n} for n, t in result.fields.items()},
        "documents": {n: {"accuracy": round(t.accuracy, DIGITS), "n": t.n} for n, t in result.documents.items()},
    }
    if details:
        out["details"] = {
            "missing_documents": list(result.missing_documents),
            "extra_documents": list(result.extra_documents),
            "mismatches": [asdict(m) for m in result.mismatches],
        }
    return out
