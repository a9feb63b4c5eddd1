"""The committee's other issues a project names beside its own.

A project report labels the issue it serves and, in a bracket after it, says which of
the committee's issues that is and which it goes with ("ประเด็นการพัฒนาคุณภาพชีวิต :
การป้องกันและลดอุบัติเหตุทางถนน (ประเด็นที่ 1 ของ พชอ.X ปี 2566 ควบคู่กับประเด็นที่ 2
การดูแลผู้สูงอายุและผู้มีภาวะพึ่งพิง และประเด็นที่ 3 การจัดการขยะมูลฝอย...)"): each
numbered issue named there is one of the committee's issues too.  A numbered label with
no issue's name after it ("ประเด็นที่ 1 ของ พชอ.X") names none.
"""

from __future__ import annotations

from collections.abc import Iterator

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.issues.items import Item, item_text, run_in_name_end, running_text_items
from pcc_ingest.extract.issues.rules import compiled, heading_rules, issue_rules
from pcc_ingest.model import Document


def companion_spans(text: str) -> list[tuple[int, int]]:
    """The names after each numbered issue label of a line that opens with the issue
    label (``[sections].issues`` of the headings, ``[companions] opening``) and holds at
    least two numbered labels (``reference_label``), each name ending at the next label
    and without a joining "และ" or a bracket it did not open."""
    at = compiled(issue_rules()["companions"]["opening"]).match(text).end()  # an optional outline number
    if not any(compiled(p).match(text, at) for p in heading_rules()["sections"]["issues"]):
        return []
    labels = list(compiled(issue_rules()["reference_label"]).finditer(text))
    if len(labels) < 2:
        return []
    tail = compiled(issue_rules()["companions"]["tail"])
    out = []
    for k, label in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        end = min(run_in_name_end(text, label.end(), stop), stop)
        name = tail.sub("", text[label.end():end])
        if name.count(")") > name.count("("):
            name = name[:name.rfind(")")].rstrip()
        if name and categorize(name) != "other":
            out.append((label.end(), label.end() + len(name)))
    return out


def companion_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """The numbered issues a one-district document names beside its project's own."""
    if single is None:
        return
    for item in running_text_items(doc, companion_spans, province, single):
        if categorize(item_text(item)) != "other":
            yield item
