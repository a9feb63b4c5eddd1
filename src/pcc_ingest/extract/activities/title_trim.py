"""A last trim of every activity title, whichever reader made it.

Readers cut a title where its people, time, place and money begin
(``titles.title_span``), but some keep a table cell or a line as written, and
what a cell folds into one line is more than the name: sub-lines run on after
an inline bullet ("ประกวดหมู่บ้าน… • คัดเลือก… • มอบรางวัล…"), a bracket of
prize money ("(รางวัลที่ 1 5,000 บาท …)") or a list of prizes, an amount at
the end ("… ใช้งบประมาณ 9,000 บาท").  The gold conventions leave those out of titles
(``gold/README.md``: titles leave out trailing dates, head counts and
amounts), so they are cut here, once, after every reader; an amount cut
fills an empty budget only when it is the one amount cut.  A title is never
cut to less than ``[title_trim] min_chars`` characters, and nothing inside a
title is touched.  Rules: ``[title_trim]`` in ``activities.toml``.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.thai.numbers import find_amounts


def trimmed_title(title: str) -> tuple[str, str]:
    """The title less the sub-lines after an inline bullet, a trailing bracket
    of money, a trailing list of prizes and a trailing amount; and the text cut off."""
    least = activity_rules()["title_trim"]["min_chars"]
    kept = title
    bullet = rule_re("title_trim", "inline_bullet").search(kept)
    if bullet and len(kept[: bullet.start()].strip()) >= least:
        kept = kept[: bullet.start()]
    for key in ("money_bracket", "prize_list", "trailing_amount"):
        m = rule_re("title_trim", key).search(kept)
        if m and len(kept[: m.start()].strip()) >= least and not find_amounts(kept[: m.start()]):
            kept = kept[: m.start()]  # never the last of a series of amounts ("… 3,000 บาท รองชนะเลิศ 2,000 บาท")
    kept = kept.rstrip(" -–:,;")
    return kept, title[len(kept):]


def with_trimmed_titles(drafts: list[Draft]) -> list[Draft]:
    """Each draft titled without what the conventions leave out; its budget,
    when empty, the one amount the cut text states."""
    out: list[Draft] = []
    for d in drafts:
        title, cut = trimmed_title(d.title)
        if title == d.title:
            out.append(d)
            continue
        amounts = find_amounts(cut) if d.budget is None and not rule_re("title_trim", "inline_bullet").search(cut) else []
        budget = amounts[0][0] if len(amounts) == 1 else d.budget
        end = d.start + len(title) if d.block.text[d.start:d.end] == d.title else d.end
        out.append(replace(d, title=title, budget=budget, end=end))
    return out
