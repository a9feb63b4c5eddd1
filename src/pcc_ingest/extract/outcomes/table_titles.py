"""What a results table's title lines say: the measure a caption names, the
clause of a sentence-long caption that names it, and whether a line reports
a result of its own (a paragraph of findings) rather than introducing the
table.  Kept apart from ``table_targets``, which reads the targets."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import MIN_INDICATOR_CHARS, outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.table_measures import says_percent
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block
from pcc_ingest.thai.text import LIST_MARKER_RE, strip_list_marker


def reports_result(text: str) -> bool:
    """A text states a result of its own, not only targets: a paragraph of findings."""
    return any(not f.target for f, _ in block_figures(text, False))


def title_subject(text: str) -> str:
    """What a table's title says it measures, without its number ("ตารางที่ 1")
    nor its lead-in to the table ("จำแนกรายอำเภอ ...", "มีดังนี้").  A caption
    that PDF text joined to the sentence pointing to it ("... ดังตารางที่ 1
    ตารางที่ 1 ร้อยละของ...") begins at its number; a heading's topic before
    a colon ("การจัดการขยะ: ร้อยละ...") is no part of the measure."""
    text = strip_list_marker(text)
    numbers = list(rule_re("table", "caption_number").finditer(text))
    if numbers:
        text = text[numbers[-1].end():]
    text = rule_re("table", "title_topic").sub("", text)
    return rule_re("table", "title_tail").sub("", text).strip(" :-")


def measured_clause(text: str) -> str:
    """The clause of a sentence-long caption that names what is measured: after
    its last "โดย"/"คือ"/"ได้แก่" before the threshold ("ไม่น้อยกว่าร้อยละ 70",
    "ถือว่าผ่าน"); the caption itself when it has no such clause."""
    end = rule_re("table", "measured_end").search(text)
    if end is None or len(text) <= outcome_rules()["figure"]["indicator_chars"]:
        return text
    intros = list(rule_re("table", "measured_intro").finditer(text, 0, end.start()))
    clause = text[intros[-1].end():end.start()].strip(" ,") if intros else ""
    return clause if len(clause) >= MIN_INDICATOR_CHARS else text


def titled_measure(table: Table) -> str:
    """The title that names a table's measure: its numbered caption line
    ("ตารางที่ 1 ร้อยละของ...") when that names a percentage, else the first
    title saying one (a sentence before the table that introduces it) but
    reports no result of its own (a paragraph of findings before the table
    is about something else)."""
    percent = [b for b in table.title if says_percent(b.text)]
    numbered = [b for b in percent if rule_re("table", "caption_number").search(b.text)]
    introducing = [b for b in percent if not reports_result(b.text)]
    return next((b.text for b in [*numbered, *introducing]), "")


def caption_subject(table: Table) -> str:
    """The subject a table's caption names: the caption block nearest the
    table that is no numbered section heading ("3. ผลการดำเนินงาน") nor a note
    under the table before ("หมายเหตุ ผลงานไตรมาส 4 ..."); with only such a
    note above its heading, the heading ("4.2 ผลการคัดกรอง ADL รายตำบล").
    A line above the section heading the table opens is the section
    before's (a minutes' "มติที่ประชุม ..." over "4.3 ผลการประเมินตนเอง ..."):
    a heading naming results of its own ("ผลการ..." more than a bare
    "ผลการดำเนินงาน") names the table then, and so it does when headings
    are all the table's title."""
    blocks = [b for b in table.title if not rule_re("table", "note").match(b.text)]
    heading = ""
    for block in reversed(blocks):
        if not is_section_heading(block):
            return (heading or title_subject(block.text))[:120]
        heading = heading or named_results(title_subject(block.text))
    # only headings: the nearest naming results of its own ("2.4 ผลการประเมินตนเองตามองค์ประกอบ UCCARE")
    return title_subject(blocks[-1].text)[:120] if blocks and len(blocks) < len(table.title) else heading[:120]


def named_results(subject: str) -> str:
    """``subject`` when it names results of something ("ผลการประเมินตนเองตาม
    องค์ประกอบ UCCARE"), not results alone ("ผลการดำเนินงาน"), else ""."""
    named = rule_re("table", "results_heading").match(subject) and not rule_re("table", "results_label").match(subject)
    return subject if named else ""


def is_section_heading(block: Block) -> bool:
    """A numbered heading of the report's own outline: a list marker and a
    heading's look (a heading block, or a short line)."""
    short = len(block.text) <= outcome_rules()["table"]["section_heading_chars"]
    return bool(LIST_MARKER_RE.match(block.text)) and (block.kind == "heading" or short)


def section_subject(table: Table, since: int) -> str:
    """What the numbered heading (of any length) right over a table names ("8. การ
    ติดตามผู้ผ่านการบำบัดยาเสพติด (เป้าหมายแตกต่างตามบริบทของอำเภอ)" over
    "อำเภอ | ผลงาน (คน) | ... | ร้อยละ"), its remark on targets left out, when
    nothing after block ``since`` (a KPI stated before it) names it better: a
    KPI stated before the table's own heading is another section's.  "" for a
    heading that only says the table holds results ("3. ผลการดำเนินงาน")."""
    heading = table.title[-1] if table.title else None
    if heading is None or heading.order <= since or not LIST_MARKER_RE.match(heading.text) or block_figures(heading.text, False):
        return ""
    subject = rule_re("table", "heading_remark").sub("", title_subject(heading.text)).strip()
    return "" if rule_re("table", "result_heading").match(subject) else subject[:120]
