"""A KPI stated in running text (a bare target of its district) names the
results reported against it later and gives them its target: a target and a
result of one subject are one record, named by the KPI."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.clause_words import names_only_result
from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figure_years import is_compared
from pcc_ingest.extract.outcomes.kpi_paragraphs import reported_in_paragraph, target_said_later
from pcc_ingest.extract.outcomes.merging import kpi_cover, same_figure, same_subject
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def is_kpi_of(kpi: OutcomeRecord, r: OutcomeRecord) -> bool:
    """A result in running text reports a KPI stated before it (a bare
    target of its district) in words of its own: in the KPI's year, with
    the KPI's target and a subject shared ("ผ่านเกณฑ์... ร้อยละ 80
    ซึ่งผ่านค่าเป้าหมาย (ร้อยละ 75)") or none but a change ("หรือลดลง"); or in an earlier year, with no target
    and its words mostly the KPI's (a baseline: "ปี 2564 อำเภอผ่านเกณฑ์ 5
    อำเภอ คิดเป็นร้อยละ 62.50")."""
    if kpi.district != r.district or kpi.year_be is None or r.year_be is None:
        return False
    if r.target_pct is not None:  # words naming only a change ("หรือลดลง") name no other subject
        return (r.year_be == kpi.year_be and same_figure(r.target_pct, kpi.target_pct)
                and (same_subject(kpi.indicator, r.indicator) or bool(rule_re("pairing", "change_only").match(r.indicator))))
    subject = rule_re("figure", "period").sub("", r.indicator)
    return r.year_be < kpi.year_be and (
        kpi_cover(kpi.indicator, subject) >= outcome_rules()["pairing"]["kpi_cover"] or names_only_result(subject))


def compared_with(doc: Document | None, p: OutcomeRecord, r: OutcomeRecord) -> bool:
    """``r`` is the earlier figure of a comparison with the result ``p`` right
    before it in the same sentence ("ร้อยละ 77.78 เพิ่มขึ้นจากปี 2565 ซึ่งมี
    ร้อยละ 66.67"): an earlier year's figure of ``p``'s subject."""
    a, b = p.evidence, r.evidence
    if doc is None or a.table is not None or a.block != b.block or b.start <= a.start or p.value_pct is None:
        return False
    if r.target_pct is not None or p.district != r.district or None in (p.year_be, r.year_be) or r.year_be >= p.year_be:
        return False
    return is_compared(doc.blocks[a.block].text[a.start:b.start])


def name_by_kpi(records: list[OutcomeRecord], doc: Document | None = None) -> list[OutcomeRecord]:
    """Results in running text that report a KPI stated before them, or that
    its own paragraph gives under a results label, take its name (of
    several, the one that holds most of their words); so does the earlier
    figure a result so named is compared with (``compared_with``)."""
    kpis = [(i, r) for i, r in enumerate(records)
            if r.value_pct is None and r.target_pct is not None and r.evidence.table is None]
    out = list(records)
    for j, r in enumerate(records):
        if r.value_pct is None or r.evidence.table is not None:
            continue
        named = [k for i, k in kpis if i < j and (is_kpi_of(k, r) or reported_in_paragraph(k, r))]
        if named:  # of several, the nearest names a result that says no subject of its own
            best = named[-1] if names_only_result(rule_re("figure", "period").sub("", r.indicator)) \
                else max(named, key=lambda k: kpi_cover(k.indicator, r.indicator))
            out[j] = r.model_copy(update={"indicator": best.indicator})
        elif j and out[j - 1].indicator != records[j - 1].indicator and compared_with(doc, records[j - 1], r):
            out[j] = r.model_copy(update={"indicator": out[j - 1].indicator})
    return out


def attach_kpi_targets(records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """A KPI's stated target joins the first later result of its subject, year
    and district that states no target of its own ("ตัวชี้วัด ร้อยละของอำเภอ
    ผ่านเกณฑ์... (ค่าเป้าหมาย ร้อยละ 80)" ... "ผ่านเกณฑ์ 7 อำเภอ จาก 9 อำเภอ
    (ร้อยละ 77.78)"): a target and a result of one subject are one record,
    named by the KPI.  The KPI's bare target is then spent."""
    out = list(records)
    spent: set[int] = set()
    for i, kpi in enumerate(out):
        if kpi.value_pct is not None or kpi.target_pct is None:
            continue
        for j in range(i + 1, len(out)):
            r = out[j]
            if r.value_pct is None:
                if same_subject(kpi.indicator, r.indicator):
                    break  # the subject's next target: the result is not this one's
                continue
            if (r.district, r.year_be) == (kpi.district, kpi.year_be) and same_figure(r.target_pct, kpi.target_pct):
                break  # the KPI's result, stated with its target: later results measure something else
            if (r.target_pct is None and (r.district, r.year_be) == (kpi.district, kpi.year_be)
                    and same_subject(kpi.indicator, r.indicator) and not target_said_later(kpi, r, out[j + 1:])):
                out[j] = r.model_copy(update={"target_pct": kpi.target_pct, "indicator": kpi.indicator})
                spent.add(i)
                break
    return [r for i, r in enumerate(out) if i not in spent]
