"""A measure of a table with several, named as the clerk would say it: a
group label's survey month ("ก่อนดำเนินการ (ธ.ค. 2566)") and its own bar
("หลังดำเนินการ (ก.ค. 2567) เกณฑ์ HI ≤ 10%") are no part of what is
measured, and a measure named by an abbreviation in Latin capitals ("HI
(%)") is named in full by the title that spells it out ("7.1 ค่าดัชนีลูกน้ำ
ยุงลาย (House Index) รายหมู่บ้านเสี่ยงสูง ก่อนและหลังดำเนินการ"), its
words first: "ค่าดัชนีลูกน้ำยุงลาย (House Index) ก่อนดำเนินการ".
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.table_model import Table

# A word of Latin capitals standing for a measure ("HI", "CI", "ADL").
ABBREVIATION_RE = re.compile(r"(?<![A-Za-z])(?P<abbr>[A-Z]{2,6})(?![A-Za-z])")


def spelled_out(table: Table, abbreviation: str) -> str:
    """The title's words up to the bracket spelling ``abbreviation`` out
    (its words' initials), "" when no title line does."""
    for block in reversed(table.title):
        subject = title_subject(block.text)
        for m in rule_re("table", "spelled_bracket").finditer(subject):
            initials = "".join(w[0] for w in re.split(r"[\s-]+", m["words"]) if w).upper()
            if initials == abbreviation and subject[: m.start()].strip():
                return subject[: m.end()].strip()
    return ""


def spelled_label(table: Table, label: str) -> str:
    """``label`` without its survey month and its own bar, named in full by
    the title when it names its measure by an abbreviation the title spells out."""
    words = rule_re("table", "group_bar").sub(" ", rule_re("table", "group_month").sub(" ", label))
    words = " ".join(words.split())
    for abbreviation in dict.fromkeys(m["abbr"] for m in ABBREVIATION_RE.finditer(words)):
        full = spelled_out(table, abbreviation)
        if full:
            rest = re.sub(rf"(?<![A-Za-z]){abbreviation}(?![A-Za-z])", " ", words)
            return f"{full} {' '.join(rest.split())}".strip()
    return words
