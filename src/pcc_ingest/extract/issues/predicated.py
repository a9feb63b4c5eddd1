"""Issues named as the subject of "เป็นประเด็นขับเคลื่อน…" in running text, and one joined after it.

A project's rationale or a report's summary may state the committee's choice
as a predicate ("… จึงกำหนดให้Aเป็นประเด็นขับเคลื่อนการพัฒนาคุณภาพชีวิตของ
อำเภอ ควบคู่กับประเด็นB") rather than as a list after a lead-in, so no list
reader sees it.
"""

from __future__ import annotations

from pcc_ingest.extract.issues.items import clause_end
from pcc_ingest.extract.issues.prose import joined_items
from pcc_ingest.extract.issues.rules import compiled, issue_rules

# Marks closing a quoted issue name.
CLOSING_QUOTES = "\"”"


def predicated_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the issues ``text`` names as "เป็นประเด็นขับเคลื่อน…", with any "ควบคู่กับประเด็นB" after.

    The joined issue runs to the next clause and splits as a prose list does.
    """
    rules = issue_rules()
    spans: list[tuple[int, int]] = []
    for m in compiled(rules["predicated_issue"]).finditer(text):
        spans.append(m.span("issue"))
        more = compiled(rules["predicated_addition"]).match(text, m.end())
        if more is not None:
            spans += [_unquoted(text, s, e) for s, e in joined_items(text, more.end(), clause_end(text, more.end(), len(text)))]
    return spans


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the closing quote of a quoted name ('ประเด็น "B"'),
    whose opening quote the addition's pattern took."""
    while end > start and text[end - 1] in CLOSING_QUOTES + " ":
        end -= 1
    return start, end
