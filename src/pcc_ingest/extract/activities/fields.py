"""Activity items laid out as a form: a numbered item ("1.1 ประชุม...") with
labelled lines under it, or run on after its name, that give its period,
target group and money ("ระยะเวลา : ...", "กลุ่มเป้าหมาย : ...", "งบประมาณ : ...").

The layout, not the words of the name, makes the item an activity: whatever
the plan calls its steps, a numbered line that carries its own period or
target group is one, and those lines are its dates, head count and budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.structure import list_number
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.numbers import find_amounts
from pcc_ingest.thai.text import LIST_MARKER_RE

KINDS = ("period", "target", "budget")


@cache
def field_re() -> re.Pattern[str]:
    """A field label and its colon, named by kind ("ระยะเวลา :", "กลุ่มเป้าหมาย:"),
    not one opening a bracketed aside."""
    rules = activity_rules()["fields"]
    kinds = "|".join(f"(?P<{k}>{'|'.join(rules[k])})" for k in KINDS)
    return re.compile(f"{rules['not_after']}(?:{kinds}){rules['colon']}")


def labelled_fields(text: str) -> list[tuple[str, int, int]]:
    """(kind, label start, value end) of each labelled field in ``text``; a
    value runs to the next label or the end."""
    found = list(field_re().finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [(m.lastgroup or "", m.start(), end) for m, end in zip(found, ends, strict=False)]


def field_value(text: str, start: int, end: int) -> str:
    """The value of the field whose label starts at ``start``."""
    return text[field_re().match(text, start).end():end].strip()  # type: ignore[union-attr]


def field_budget(value: str) -> float | None:
    """The money a budget field gives its item: none when it says no money is
    used; else its stated total ("รวม 11,400 บาท"); else the sum of its cost
    lines' results ("... = 1,750 บาท"); else its only amount."""
    if rule_any("fields", "no_money").search(value):
        return None
    totals = list(rule_re("fields", "total").finditer(value))
    if totals:
        return float(totals[-1]["n"].replace(",", ""))
    results = [float(m["n"].replace(",", "")) for m in rule_re("fields", "result").finditer(value)]
    if results:
        return sum(results)
    amounts = find_amounts(value)
    return amounts[0][0] if len(amounts) == 1 else None


def opens_with_field(text: str) -> bool:
    """A line that is a field of the item above it (its first words are a label)."""
    return field_re().match(LIST_MARKER_RE.sub("", text, count=1).lstrip()) is not None


def is_item(block: Block) -> bool:
    """A numbered or bulleted line: the only kind of line a form's fields hang under."""
    return block.kind == "list_item" or bool(block.list_label) or list_number(block) is not None


def form_items(doc: Document, skip: set[int], fy: int | None) -> Iterator[tuple[Draft, set[int]]]:
    """Each item with a period or target-group field of its own, as a draft,
    with the orders of the field lines under it (read here, so no other reader
    takes them for activities)."""
    body = doc.body()
    for at, block in enumerate(body):
        if block.order in skip or not is_item(block) or opens_with_field(block.text):
            continue
        texts = [(block, block.text)]
        for below in body[at + 1:]:
            if below.order in skip or not opens_with_field(below.text):
                break
            texts.append((below, below.text))
        fields = [(kind, b, s, e) for b, t in texts for kind, s, e in labelled_fields(t)]
        if not any(kind in ("period", "target") for kind, *_ in fields):
            continue
        marker = LIST_MARKER_RE.match(block.text)
        start = marker.end() if marker else 0
        end = next((s for kind, b, s, _ in fields if b is block), len(block.text))
        while end > start and block.text[end - 1] in " \t:-–":
            end -= 1
        if end <= start or rule_any("words", "never").search(block.text[start:end].lstrip()):
            continue  # an aim ("3. เพื่อลด...") over the project's target group is no activity
        values = {kind: field_value(b.text, s, e) for kind, b, s, e in reversed(fields)}
        dates = dates_in(values["period"], fy) if "period" in values else None
        yield Draft(
            block.text[start:end], block, start, end,
            date_from=dates[0] if dates else None, date_to=dates[1] if dates else None,
            participants=head_count(values["target"]) if "target" in values else None,
            budget=field_budget(values["budget"]) if "budget" in values else None,
        ), {b.order for b, _ in texts[1:]}
