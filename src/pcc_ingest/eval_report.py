"""Print an ``EvalResult`` for people: a figures table and the list of disagreements.

Plain text on purpose: it reads the same in a terminal, a CI log and a file,
and the listing's Thai text is never cut by a column width.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pcc_ingest.model import place_label
from pcc_ingest.scoring import EvalResult, Mismatch

CONTEXT_WIDTH = 120  # longest evidence context shown, in characters

_KIND_LABEL = {"unpaired_gold": "missed (gold, unpaired)", "unpaired_pred": "extra (predicted, unpaired)"}


def _ratio(x: float) -> str:
    return f"{x:.4f}"


def _rows(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Left-align the first column, right-align the figures."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
            for r in [header, *rows]]


def format_table(result: EvalResult) -> str:
    """The lists' precision/recall/F1, then field and document-field accuracies."""
    lists = _rows(("list", "precision", "recall", "f1", "pairs", "predicted", "gold"),
                  [(n, _ratio(s.precision), _ratio(s.recall), _ratio(s.f1), str(s.pairs), str(s.predicted),
                    str(s.gold)) for n, s in result.lists.items()])
    fields = _rows(("field", "accuracy", "n"),
                   [(n, _ratio(t.accuracy), str(t.n)) for n, t in result.fields.items()])
    documents = _rows(("document field", "accuracy", "n"),
                      [(n, _ratio(t.accuracy), str(t.n)) for n, t in result.documents.items()])
    return "\n".join([*lists, "", *fields, "", *documents]) + "\n"


def locator(evidence: Mapping[str, Any]) -> str:
    """Where evidence (an exported evidence object) points in its file."""
    return place_label(evidence.get("page"), evidence.get("table"), evidence.get("row"), evidence.get("col"),
                       evidence.get("paragraph"), evidence.get("block"))


def _evidence_line(evidence: Any) -> str | None:
    if not isinstance(evidence, Mapping):
        return None
    text = evidence.get("text") or ""
    context = (evidence.get("context") or "")[:CONTEXT_WIDTH]
    shown = f"«{text}»" + (f" in «{context}»" if context and context != text else "")
    return f"at {locator(evidence)}: {shown}"


def describe_record(list_name: str, record: Any) -> str:
    """A one-line summary of a record, naming the fields a reader needs to find it."""
    if not isinstance(record, Mapping):
        return str(record)
    if list_name == "issues":
        return f"[{record.get('district')}] {record.get('text')} ({record.get('category')})"
    if list_name == "activities":
        return (f"{record.get('title')} (start {record.get('start')}, end {record.get('end')}, "
                f"participants {record.get('participants')}, budget {record.get('budget_baht')})")
    if list_name == "budget_items":
        return (f"{record.get('description')}: {record.get('amount_baht')} baht "
                f"(unit {record.get('unit_cost_baht')} x {record.get('quantity')}, source {record.get('source')})")
    if list_name == "outcomes":
        return (f"[{record.get('district')}] {record.get('indicator')}: value {record.get('value_pct')}%, "
                f"target {record.get('target_pct')}%, year {record.get('year_be')}")
    return str(dict(record))


def _describe(m: Mismatch) -> list[str]:
    if m.kind == "field" and m.list_name == "document":
        lines = [f"document.{m.field}: gold {m.gold_value!r}, predicted {m.pred_value!r}"]
    elif m.kind == "field":
        lines = [f"{m.list_name}.{m.field}: gold {m.gold_value!r}, predicted {m.pred_value!r}",
                 f"    gold:      {describe_record(m.list_name, m.gold)}",
                 f"    predicted: {describe_record(m.list_name, m.pred)}"]
    elif m.kind == "unpaired_gold":
        lines = [f"{m.list_name}: {_KIND_LABEL[m.kind]}: {describe_record(m.list_name, m.gold)}"]
    else:
        lines = [f"{m.list_name}: {_KIND_LABEL[m.kind]}: {describe_record(m.list_name, m.pred)}"]
    where = _evidence_line(m.evidence)
    if where:
        lines.append(f"    {where}")
    return lines


def format_mismatches(result: EvalResult) -> str:
    """Every unpaired or mismatched record, grouped by document, with the prediction's evidence."""
    out: list[str] = []
    for name in result.missing_documents:
        out.append(f"{name}: no prediction for this gold document")
    for name in result.extra_documents:
        out.append(f"{name}: predicted, but there is no gold for it")
    by_document: dict[str, list[Mismatch]] = {}
    for m in result.mismatches:
        by_document.setdefault(m.document, []).append(m)
    for name, mismatches in by_document.items():
        if out:
            out.append("")
        out.append(f"== {name} ({len(mismatches)})")
        for m in mismatches:
            out.extend(f"  {line}" for line in _describe(m))
    return "\n".join(out) + "\n" if out else "No mismatches.\n"
