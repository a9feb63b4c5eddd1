"""Where an issue list opens: a section heading, a choosing agenda item, a decision adopting a counted list.

Kept apart from the paragraph walk in ``sections`` because tables and
minutes ask the same questions of a single block.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import section_of
from pcc_ingest.extract.issues.rules import compiled, heading_rules, issue_rules
from pcc_ingest.thai.text import strip_list_marker


def opens_issues(text: str) -> bool:
    """A heading of the issue section, or a block ending "… ประเด็น… ได้แก่".

    A bracketed note closing the heading (the meeting that chose them: "2.
    ประเด็นการพัฒนาคุณภาพชีวิต ปี 2566 (มติที่ประชุม พชอ. ครั้งที่ 1/2566 …)")
    does not count towards a heading's length.
    """
    noted = compiled(issue_rules()["bracket_note"]).sub("", text)
    if "issues" in (section_of(text), section_of(noted)) or choosing_agenda(text):
        return True
    rules = issue_rules()
    if not compiled(rules["introducer"]).search(text):
        return False
    tail = text[-rules["intro_window"]:]
    if any(compiled(p).search(tail) for p in heading_rules()["sections"]["issues"]):
        return True
    lead_in = text[-rules["lead_in_window"]:]
    return any(compiled(p).search(lead_in) for p in rules["lead_in_issues"]) or counted_decision(text)


def choosing_agenda(text: str) -> bool:
    """Whether a heading is a minutes' agenda item named for choosing the issues ("4.1 การคัดเลือกประเด็น…").

    The act of choosing comes before the issue heading, so the heading test,
    which wants the heading's words first, does not see it.
    """
    body = strip_list_marker(text)
    m = compiled(issue_rules()["choosing_agenda"]).match(body)
    return m is not None and len(body) <= heading_rules()["max_heading_chars"] and (
        section_of(body[m.end():]) == "issues"
    )


def counted_decision(text: str) -> bool:
    """Whether a block ending in an introducer states a formal decision (มติ, เห็นชอบ) counting the issues it adopts.

    "ที่ประชุมมีมติเลือกประเด็น… จำนวน 3 ประเด็น ตามลำดับคะแนน ส่วนประเด็นX
    ให้ขับเคลื่อนต่อเนื่อง… ดังนี้": the decision and its count may stand far
    before the introducer, with a remark in between, and still announce the
    list that follows, unless the list was given right after the count.
    """
    rules = issue_rules()
    decided = compiled(rules["decision"]).search(text)
    introducer = compiled(rules["introducer"]).search(text)
    if decided is None or not decided["formal"] or introducer is None or not adopts(text):
        return False
    count = compiled(rules["stated_count"]).search(text, decided.start())
    # a list already given after the count ("3 ประเด็น ได้แก่ A B และC พร้อมทั้ง… ดังนี้")
    # leaves the closing introducer to announce something else
    return count is not None and compiled(rules["inner_introducer"]).search(
        text, count.end(), introducer.start()
    ) is None


def adopts(lead_in: str) -> bool:
    """Whether the words before a list state a decision adopting it ("มติ … เห็นชอบ 3 ประเด็น คือ").

    Minutes list the proposals and the votes before the decision; only the
    issues the decision adopts are the committee's.
    """
    rules = issue_rules()
    m = compiled(rules["decision"]).search(lead_in)
    if m is None or compiled(rules["rejected"]).search(lead_in):
        return False
    return bool(m["formal"]) or not compiled(rules["proposal"]).search(lead_in)
