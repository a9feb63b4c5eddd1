"""Lines that introduce a list of activities: a part's heading naming the work in
general ("3. การตรวจเยี่ยมและติดตามการดำเนินงาน") and the sentence leading into the
list ("คณะตรวจราชการ... ได้ลงพื้นที่ติดตาม... ครบทั้ง 6 อำเภอ ตามกำหนดการดังนี้"),
over numbered items each naming one dated visit or meeting.  The items are the
activities; the lines above them only say what they add up to, and are none when
they give no date, head count or money of their own."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft, gives_when_who_or_money
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import list_number
from pcc_ingest.model import Block, Document


def introduces(block: Block) -> bool:
    """A heading (numbered or not), or a line of text that is no item and ends by
    pointing at what follows ("... ดังนี้")."""
    return block.kind == "heading" or (not is_item(block) and bool(rule_re("list_leads", "lead_end").search(block.text)))


def is_item(block: Block) -> bool:
    """A numbered or Word-listed line."""
    return block.kind == "list_item" or list_number(block) is not None


def listed_below(body: list[Block], at: int, drafted: set[int]) -> int:
    """How many items of the list right under ``body[at]`` name activities; one more
    introducing line may come between (a heading, then its lead sentence)."""
    found, between = 0, 0
    for block in body[at + 1:]:
        if is_item(block) and block.kind != "heading":
            found += block.order in drafted
        elif found == 0 and between == 0 and introduces(block):
            between += 1
        else:
            break
    return found


def without_list_leads(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the lines that introduce at least ``[list_leads] min_items``
    drafted items and give no date, head count or money themselves."""
    body = doc.body()
    at = {b.order: i for i, b in enumerate(body)}
    drafted = {d.block.order for d in drafts}
    least = activity_rules()["list_leads"]["min_items"]

    def leads(d: Draft) -> bool:
        block = d.block
        return (block.kind != "table_cell" and block.order in at and introduces(block)
                and not gives_when_who_or_money(block.text) and listed_below(body, at[block.order], drafted) >= least)

    return [d for d in drafts if not leads(d)]
