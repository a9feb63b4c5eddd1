"""The meeting that chose the issues, told in one sentence of running text:
a reader's fragment of it ("การประชุมครั้งที่ 1/2566") takes the meeting's name.

The conventions count the meeting or forum that chose the year's issues as an
activity in any kind of document, and every few unseen sets told it in a
sentence of the situation or rationale ("คณะกรรมการ พชอ.X ในการประชุมครั้งที่
4/2565 เมื่อวันที่ ... มีมติเลือกประเด็น...", "คณะกรรมการ ... ได้มีมติในการประชุม
ครั้งที่ 1/2568 ... กำหนดประเด็น..."): no reader took it, or one kept only a
fragment ("การประชุมครั้งที่ 1/2566", "จัดประชุม") that matches nothing.  This
reader knows no layout: in a line outside tables, a meeting word followed in
the same sentence by a choice of issues (``[issue_meeting] choice``), with a
date or a session number, is that meeting; its name runs from the meeting word
to its date or verb, and a name that says only which meeting it was takes the
committee named before it ("ประชุม" + "คณะกรรมการ พชอ.X" + "ครั้งที่ 4/2565"),
and one with no session also what the meeting was for ("... เพื่อทบทวน...",
"... เลือกประเด็น..."), as the gold titles do.  When a reader drafted only a
fragment of that meeting in the sentence (``is_fragment``), the fragment takes
that name and the sentence's date; nothing is added where no reader drafted
one (in the corpus most such sentences are not labelled as activities).  It
does nothing in minutes (their resolutions on issues are no tasks), in tables, for a meeting
that approved a plan or was reported to ("ตามมติที่ประชุม...", "ต่อที่ประชุม"),
for an undated meeting with no session number, for a bare meeting with no
committee named, or when an activity of the same name is read anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.model import Block, Document


@dataclass(frozen=True)
class Told:
    """One sentence telling the meeting: its name, where it stands, its date."""

    title: str
    block: Block
    start: int  # the meeting word
    end: int  # end of the choice of issues
    context: str  # from the meeting word to the choice: its date


def _gap(key: str) -> int:
    return int(activity_rules()["issue_meeting"][key])


def committee_before(text: str, at: int) -> str | None:
    """The committee named last before the meeting word, within the sentence."""
    found = list(rule_re("issue_meeting", "committee").finditer(text, max(0, at - _gap("max_committee_gap")), at))
    return re.sub(r"\s+", " ", found[-1].group(0)).strip() if found else None


def lead_date(text: str, at: int) -> str:
    """The words right before the committee named before the meeting word,
    where the sentence's date stands when it opens the sentence, else ""."""
    reach = max(0, at - _gap("max_committee_gap"))
    found = list(rule_re("issue_meeting", "committee").finditer(text, reach, at))
    return text[max(reach, found[-1].start() - _gap("max_lead_date")):found[-1].start()] if found else ""


def meeting_title(text: str, at: int, name_end: int, choice_at: int) -> str | None:
    """The meeting's name from its meeting word; one that names only the
    session takes the committee before it, and one that names nothing the
    committee and the purpose or choice after it (a session and a choice in
    one title are more than any labeller wrote)."""
    name = re.sub(r"\s+", " ", text[at:name_end]).strip()
    rest = name[len("ประชุม"):]
    if not rule_re("issue_meeting", "session_only").match(rest):
        return name
    committee = committee_before(text, at)
    if committee is None:
        return None
    if rest.strip():  # the session names the meeting ("ประชุมคณะกรรมการ พชอ.X ครั้งที่ 4/2565")
        return f"ประชุม{committee} {rest.strip()}"
    purpose = rule_re("issue_meeting", "purpose").search(text, name_end, choice_at + _gap("max_choice_gap"))
    parts = ["ประชุม" + committee, purpose.group(1).strip() if purpose else ""]
    return " ".join(p for p in parts if p)


def told_meeting(block: Block, fy: int | None) -> Told | None:
    """The first meeting in ``block`` that a choice of issues follows in its
    sentence, dated or numbered, not one that approved a plan or was reported to."""
    text = block.text
    for m in rule_re("issue_meeting", "meeting").finditer(text):
        if rule_re("issue_meeting", "not_before").search(text, max(0, m.start() - 12), m.start()):
            continue
        choice = rule_re("issue_meeting", "choice").search(text, m.end(), m.end() + _gap("max_choice_gap"))
        if choice is None:
            continue
        clause = text[m.start():choice.start()]
        if not (dates_in(clause, fy) or rule_re("issue_meeting", "session").search(clause)):
            continue
        if not dates_in(clause, fy):  # "เมื่อวันที่ 18 ต.ค. 65 คณะกรรมการ พชอ.X ได้ประชุมครั้งที่ 1/2566 ..."
            clause = lead_date(text, m.start()) + clause
        name_end = rule_re("issue_meeting", "name_end").search(text, m.end()).start()
        title = meeting_title(text, m.start(), min(name_end, choice.start()), choice.start())
        if title:
            return Told(title, block, m.start(), choice.end(), clause)
    return None


def _in_sentence(d: Draft, told: Told) -> bool:
    """The draft stands in the told sentence: between the committee's reach and the choice."""
    lead = max(0, told.start - _gap("max_committee_gap"))
    return d.block.order == told.block.order and d.start < told.end and d.end > lead


def with_issue_meeting(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Each meeting that chose the issues told in running text: the first
    fragment of it a reader drafted in its sentence takes its name and date;
    a sentence with no fragment, or whose meeting is read elsewhere under
    that name, is left as it is (module docstring)."""
    out = list(drafts)
    for block in doc.blocks:
        if block.table is not None:
            continue
        told = told_meeting(block, fy)
        if told is None:
            continue
        own = [i for i, d in enumerate(out) if _in_sentence(d, told)]
        if any(same_activity(told.title, d.title) or same_session(told.title, d.title)
               for i, d in enumerate(out) if i not in own):
            continue  # read elsewhere (a plan row, a list): the fragment is its repeat
        dates = dates_in(told.context, fy)
        fragments = [i for i in own if is_fragment(out[i].title)]
        if fragments:
            d = out[fragments[0]]
            out[fragments[0]] = replace(d, title=told.title, date_from=d.date_from or (dates[0] if dates else None),
                                        date_to=d.date_to or (dates[1] if dates else None))
    return out


def same_session(a: str, b: str) -> bool:
    """Both titles name the same numbered meeting ("ครั้งที่ 1/2566")."""
    sa, sb = (rule_re("issue_meeting", "session").search(t) for t in (a, b))
    return sa is not None and sb is not None and re.sub(r"\s", "", sa.group(0)) == re.sub(r"\s", "", sb.group(0))


def is_fragment(title: str) -> bool:
    """A meeting's title that names no meeting of its own: the meeting word
    with nothing after it but a session number or its date ("การประชุมครั้งที่
    1/2566", "จัดประชุม", "ประชุมเมื่อ", "คณะกรรมการ พชอ.X ในการประชุมครั้งที่
    4/2565"); a title that names who met and why is left as read."""
    at = title.find("ประชุม")
    if at < 0:
        return False
    rest = title[at + len("ประชุม"):]
    return bool(rule_re("issue_meeting", "session_only").match(rest) or rule_re("issue_meeting", "name_end").match(rest))
