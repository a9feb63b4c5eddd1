"""A summary line's result ("สรุป ผ่าน 3/5 อำเภอ = ร้อยละ60", "ภาพรวม ร้อยละ 85")
joins the KPI the document stated before it, and takes that KPI's name and target.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.clause_words import indicator_words, names_no_subject
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.merging import same_figure, same_subject
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document
from pcc_ingest.thai.text import strip_list_marker


def summary_words(doc: Document, record: OutcomeRecord) -> str | None:
    """The words before a result that opens a summary line ("สรุป ผ่าน 3/5
    อำเภอ = ร้อยละ60", "ภาพรวม ร้อยละ 85"), without the summary word; ``None``
    when the result is not on such a line (or sits in a table)."""
    if record.evidence.table is not None or record.value_pct is None:
        return None
    before = strip_list_marker(doc.blocks[record.evidence.block].text[: record.evidence.start])
    m = rule_re("summary", "opens").match(before)
    return indicator_words(before[m.end():]) if m else None


def join_summaries(doc: Document, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """A summary line's result is the result of the KPI the document stated
    before it: "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์... (เป้าหมาย ร้อยละ 70)" ...
    "สรุป ผ่าน 3/5 อำเภอ = ร้อยละ60" is one record, named by the KPI.  The
    nearest KPI target of the same district and year joins, when the summary
    names no subject of its own (or the KPI's) and states no other target;
    with no such target, a KPI named with none ("ตัวชี้วัด ร้อยละของ...")
    still names the summary's result."""
    out = list(records)
    spent: set[int] = set()
    for j, r in enumerate(out):
        words = summary_words(doc, r)
        if words is None or _spending(doc, r):
            continue
        i = summary_kpi(out, j, spent)
        if i is not None and (names_no_subject(words) or same_subject(out[i].indicator, words)
                              or r.target_pct is not None):  # the line restates the KPI's target itself
            out[j] = r.model_copy(update={"indicator": out[i].indicator, "target_pct": out[i].target_pct})
            spent.add(i)
            continue
        name = kpi_named_before(doc, r.evidence.block) if i is None else None
        if name and (names_no_subject(words) or same_subject(name, words)):
            out[j] = r.model_copy(update={"indicator": name})
    return [r for i, r in enumerate(out) if i not in spent]


def _spending(doc: Document, record: OutcomeRecord) -> bool:
    """The summary line gives the share of the budget spent ("สรุป งบประมาณ...
    110,250 บาท เบิกจ่ายแล้ว 74,455 บาท คิดเป็นร้อยละ 67.53"): a spending rate,
    an outcome of its own, no KPI's result."""
    before = doc.blocks[record.evidence.block].text[: record.evidence.start]
    return rule_re("summary", "spending").search(before) is not None


def summary_kpi(records: list[OutcomeRecord], j: int, spent: set[int]) -> int | None:
    """The nearest bare target before ``records[j]`` of its district and
    year, unspent, whose target the summary does not contradict."""
    r = records[j]
    for i in range(j - 1, -1, -1):
        kpi = records[i]
        if i in spent or kpi.value_pct is not None or kpi.target_pct is None:
            continue
        if (kpi.district, kpi.year_be) != (r.district, r.year_be):
            continue
        return i if r.target_pct is None or same_figure(r.target_pct, kpi.target_pct) else None
    return None


def kpi_named_before(doc: Document, order: int) -> str | None:
    """The last KPI named before block ``order`` by an indicator line
    ("ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์...") that states no figure."""
    for block in reversed(doc.blocks[:order]):
        m = rule_re("figure", "indicator_line").search(block.text)
        if m and not any(True for _ in percentages(m["name"])):
            return m["name"].strip()
    return None
