"""A last check on the records of a document: a bare target (a KPI's target
with no result yet) and a result stated with no target, of one subject,
district and year, are one record (RECORDS.md: "A target and a result for
the same subject and year are one record").

Rules read the KPI table, the results table and the text apart, so a layout
no rule knows leaves the KPI's "≥ 80%" as a record of its own and the
result it is set for without it: two failures (an extra and a miss) from
one figure.  The join is made only when each is the other's only candidate:
one bare target and one untargeted result of the subject, so a ตำบล
breakdown (many results of one subject), a before/after pair, or two KPIs
sharing a bar are left as they are.  Rules: ``[lone_targets]`` of
``extractors/outcomes.toml``.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.merging import alike, other_part, same_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import fold
from pcc_ingest.model import Block, Document


def _open_result(r: OutcomeRecord) -> bool:
    """A result that states no target."""
    return r.value_pct is not None and r.target_pct is None


def _bare_target(r: OutcomeRecord) -> bool:
    """A target that states no result."""
    return r.value_pct is None and r.target_pct is not None


def _words(text: str) -> str:
    """An indicator without the stock words any two share ("ร้อยละของ")."""
    return rule_re("pairing", "stock_words").sub(" ", text)


def _cover(long_: str, short: str) -> float:
    """The share of ``short`` standing, in order, in ``long_`` in runs of at
    least ``lone_targets.run_chars`` letters: scattered single letters of
    "(ราย)" found here and there in a long KPI are no shared words."""
    run = outcome_rules()["lone_targets"]["run_chars"]
    blocks = SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= run) / len(short) if short else 0.0


def _restates(a: str, b: str) -> bool:
    """Two indicators name one measure: alike as the scoring compares them, or
    most of the shorter one's words stand, in order, in the other."""
    rules = outcome_rules()["lone_targets"]
    short, long_ = sorted((fold(_words(a)), fold(_words(b))), key=len)
    return alike(a, b) or (len(short) >= rules["min_chars"] and _cover(long_, short) >= rules["cover"])


def same_measure(target: OutcomeRecord, result: OutcomeRecord) -> bool:
    """The result's words restate the target's subject ("ผู้สูงอายุได้รับการ
    คัดกรอง ADL (คน)" and "ร้อยละของผู้สูงอายุได้รับการคัดกรอง ADL")."""
    return _restates(target.indicator, result.indicator)


def same_row(target: OutcomeRecord, result: OutcomeRecord) -> bool:
    """Both read from one row of one table (a plan row's "ร้อยละ 80 ของ..."
    target cell beside its result cell "40 คน (88.89%)")."""
    a, b = target.evidence, result.evidence
    return a.table is not None and (a.table, a.row) == (b.table, b.row)


def row_cells(doc: Document) -> dict[tuple[int | None, int | None], list[Block]]:
    """The document's table cells by (table, row)."""
    rows: dict[tuple[int | None, int | None], list[Block]] = {}
    for b in doc.blocks:
        if b.kind == "table_cell":
            rows.setdefault((b.table, b.row), []).append(b)
    return rows


def names_row(doc: Document, rows: dict, target: OutcomeRecord, result: OutcomeRecord) -> bool:
    """The result's words restate another cell of the target's table row (a KPI
    table's issue cell "การจัดการขยะตัวอย่าง" beside the KPI and its "≥ 70%",
    and a later results table naming its rows by issue)."""
    e = target.evidence
    if e.table is None or e.block >= len(doc.blocks):
        return False
    own = doc.blocks[e.block]
    return any(_restates(b.text, result.indicator) for b in rows.get((own.table, own.row), []) if b.col != own.col)


def names_part(doc: Document, result: OutcomeRecord, target: OutcomeRecord) -> bool:
    """The words before ``result``'s figure name a ตำบล the
    target does not ("อำเภอ... ตำบลบ้านตัวอย่างและตำบล... โดยมีผู้ผ่านการบำบัด
    ... ร้อยละ 89.13"): a part's figure, which takes no district KPI's target."""
    e = result.evidence
    before = doc.blocks[e.block].text[: e.start] if e.block < len(doc.blocks) else ""
    return any(m["name"] not in target.indicator
               for m in rule_re("lone_targets", "part_named").finditer(before))


def _fits(doc: Document, rows: dict, target: OutcomeRecord, result: OutcomeRecord) -> bool:
    """``result`` can carry ``target``: one district and year, not a ตำบล's
    figure the target does not name, and one measure, one table row, or the
    words of another cell of the target's row."""
    return (target.district, target.year_be) == (result.district, result.year_be) \
        and not other_part(result, target) and not names_part(doc, result, target) \
        and (same_row(target, result) or same_measure(target, result) or names_row(doc, rows, target, result))


def _row_figures(records: list[OutcomeRecord], r: OutcomeRecord) -> int:
    """How many records one table row gives (a row of one target and one result gives two)."""
    e = r.evidence
    return sum(1 for o in records if o.evidence.table == e.table and o.evidence.row == e.row)


def join_lone_targets(doc: Document, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """Give each bare target to the one untargeted result of its subject,
    district and year, when that result has no other candidate target and no
    record already carries the target for the subject; the bare target goes.
    The joined record is named in the KPI's words, or in the result's when
    only their table row joins them."""
    targets = [t for t in records if _bare_target(t)]
    results = [r for r in records if _open_result(r)]
    rows = row_cells(doc) if targets and results else {}
    joined: dict[int, OutcomeRecord] = {}
    dropped: set[int] = set()
    for t in targets:
        if any(o.value_pct is not None and same_figure(o.target_pct, t.target_pct)
               and (o.district, o.year_be) == (t.district, t.year_be) and same_measure(t, o) for o in records):
            continue  # a result already carries it
        cands = [r for r in results if _fits(doc, rows, t, r)]
        if len(cands) != 1 or id(cands[0]) in joined:
            continue
        r = cands[0]
        if same_row(t, r) and not same_measure(t, r) and _row_figures(records, r) != 2:
            continue  # a row of more figures: which one the target is for is not told
        if sum(1 for o in targets if _fits(doc, rows, o, r)) != 1:
            continue  # two targets could be its
        words = r.indicator if same_row(t, r) and not same_measure(t, r) else t.indicator  # the KPI's words
        joined[id(r)] = r.model_copy(update={"target_pct": t.target_pct, "indicator": words})
        dropped.add(id(t))
    return [joined.get(id(r), r) for r in records if id(r) not in dropped]
