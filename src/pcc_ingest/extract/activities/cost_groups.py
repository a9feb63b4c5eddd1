"""The heading a group of cost lines stands under in a budget part ("7.1
ประชุมชี้แจงทีมพี่เลี้ยงชุมชน" over "- ค่าอาหารกลางวัน 80 คน x 50 บาท ..."):
a report's money told activity by activity, each head naming an act told in
its results, its cost lines saying only what was bought."""

from __future__ import annotations

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.budget import text_items
from pcc_ingest.model import Block
from pcc_ingest.thai.text import strip_list_marker


def is_cost_line(block: Block) -> bool:
    """A line that opens with a cost word and gives money ("- ค่าอาหาร ... 4,000 บาท")."""
    return block.kind != "table_cell" and bool(rule_re("groups", "cost_line").match(strip_list_marker(block.text))) \
        and bool(text_items(block))


def names_act_alone(text: str) -> bool:
    """A listed line that opens with an activity word and gives no money of its
    own ("7.2 ค่ายปรับเปลี่ยนพฤติกรรมและบำบัดฟื้นฟู 3 วัน 2 คืน"): it may head a group."""
    body = strip_list_marker(text)
    return body != text and bool(start_re().match(body)) and not rule_re("groups", "cost_line").match(body)


def group_head(body: list[Block], at: int) -> str | None:
    """The words of the head of the group of cost lines ``body[at]`` belongs to:
    the listed line right above the run of cost lines it is in, when that line
    names an act and has no money; ``None`` for a cost line standing alone."""
    if not is_cost_line(body[at]):
        return None
    i = at - 1
    while i >= 0 and is_cost_line(body[i]):
        i -= 1
    if i < 0 or body[i].kind == "table_cell" or not names_act_alone(body[i].text) or text_items(body[i]):
        return None
    return strip_list_marker(body[i].text)


def sentence_head(text: str, at: int) -> str | None:
    """The act a budget sentence names before the cost lines it lists ("...
    สำหรับการอบรมฟื้นฟู Care Giver และ อสม. ประกอบด้วยค่าอาหาร..."), for the
    cost line at ``at`` of ``text``: the last such head before it, unless
    another source or purpose opens between them (``[named_costs]
    sentence_head``, ``sentence_head_end``); ``None`` when there is none."""
    # read past ``at``: a head may close on the cost word of the line at ``at`` ("... เป็นค่า...")
    heads = [h for h in rule_re("named_costs", "sentence_head").finditer(text) if h.end() <= at]
    if not heads:
        return None
    if rule_re("named_costs", "sentence_head_end").search(text, heads[-1].end(), at):
        return None
    return heads[-1]["name"]
