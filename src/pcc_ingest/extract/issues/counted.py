"""Counted and tallied lists: "2 ประเด็น คือ A และB" and "ได้แก่ A (18 อำเภอ) B (11 อำเภอ) …".

The stated count (or the tallies) tells how the list in running text is cut.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import district_at_start, find_districts
from pcc_ingest.extract.issues.inline import addition_end
from pcc_ingest.extract.issues.items import before_results, clause_end, split_pieces
from pcc_ingest.extract.issues.rules import compiled, issue_rules


def counted_items(text: str) -> list[tuple[int, int]]:
    """Spans of a counted list ("2 ประเด็น คือ A และB ซึ่ง…"), empty unless the count fits.

    Pieces parted by a space alone ("A B และC") are split again at the
    space before an issue's first word when the count asks for more, and
    then at a "และ" a PDF glued to the word before it ("Bและการ…").  Once
    the count fits, the last issue ends before an uncounted addition ("… และC
    ควบคู่กับD"), as the last of a numbered list does.
    """
    rules = issue_rules()
    m = compiled(rules["counted_list"]).search(text)
    if m is None:
        return []
    count = int(m["count"])
    spans = _before_non_issue(
        text, split_pieces(text, m.end(), clause_end(text, m.end(), len(text)), rules["counted_separator"])
    )
    if spans:
        spans[-1] = (spans[-1][0], before_results(text, *spans[-1]))
    for separator in (rules["counted_space_separator"], rules["counted_glued_separator"]):
        if len(spans) < count:
            spans = [p for s, e in spans for p in split_pieces(text, s, e, separator)]
    if len(spans) != count:
        return []
    last_start, last_end = spans[-1]
    return spans[:-1] + [(last_start, addition_end(text, last_start, last_end))]


def _before_non_issue(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a list before the first that is a clause, not an issue.

    "… 3 ประเด็น ได้แก่ A B และC และจัดทำแผนปฏิบัติการฉบับนี้ขึ้น": the sentence
    goes on after the list with a spaced "และ" and a verb.
    """
    not_issue = [compiled(p) for p in issue_rules()["not_issue"]]
    for i, (s, e) in enumerate(spans):
        if any(p.search(text[s:e].strip()) for p in not_issue):
            return spans[:i]
    return spans


def wrapped_counted_items(before: str, text: str) -> list[tuple[int, int]]:
    """Spans in ``text`` of a counted list whose count a PDF left at the end
    of the line before ("…ไว้ 3" / "ประเด็น คือ A B และC"): a line break cuts
    a sentence anywhere, so the count is read across it."""
    count = compiled(issue_rules()["wrapped_count"]).search(before)
    if count is None:
        return []
    lead = count.group(0).strip() + " "
    return [(s - len(lead), e - len(lead)) for s, e in counted_items(lead + text) if s >= len(lead)]


def counted_district(text: str, province: str | None) -> str | None:
    """The district named just before a counted list's count ("พชอ.X กำหนด… 3 ประเด็น คือ")."""
    rules = issue_rules()
    m = compiled(rules["counted_list"]).search(text)
    if m is None:
        return None
    near = [
        (end, code) for code, _, _, end in find_districts(text, province)
        if 0 <= m.start() - end <= rules["counted_window"]
    ]
    lead = district_at_start(text, province)
    if lead is not None and 0 <= m.start() - lead[2] <= rules["counted_window"]:
        near.append((lead[2], lead[0]))
    return max(near)[1] if near else None


def tallied_items(text: str) -> list[tuple[int, int]]:
    """Spans of a summary of the issues most districts chose ("ได้แก่ A (18 อำเภอ) B (11 อำเภอ) …").

    Empty unless the list holds enough tallies to be such a summary.
    """
    rules = issue_rules()
    m = compiled(rules["tallied_list"]).search(text)
    if m is None:
        return []
    end = clause_end(text, m.end(), len(text))
    if len(compiled(rules["tally"]).findall(text, m.end(), end)) < rules["min_tallies"]:
        return []
    return split_pieces(text, m.end(), end, rules["tallied_separator"])
