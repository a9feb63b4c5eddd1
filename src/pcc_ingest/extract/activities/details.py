"""Numbered activities each told on two lines: the item names the act ("2.
อบรมเชิงปฏิบัติการ อสม. และแกนนำชุมชน ...") and the unnumbered line right under
it says when, where and how many ("วันที่ 9 – 10 ม.ค. 68 ณ หอประชุม...
ผู้เข้าอบรม 120 คน").  The line is the item's account, not an act of its own:
its dates and head count are the item's, and what a reader found in it
("ตั้งด่านชุมชน 10 จุด", "จัดทำ Care Plan ใหม่ 27 ราย") is part of the item."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import item_number, list_number
from pcc_ingest.model import Block, Document


def is_account(block: Block, fy: int | None) -> bool:
    """An unnumbered paragraph that opens by saying when (``[details] opens``) and
    gives a date: the account of the item above it."""
    return (block.kind == "paragraph" and list_number(block) is None
            and bool(rule_re("details", "opens").match(block.text)) and bool(dates_in(block.text, fy)))


def item_accounts(doc: Document, fy: int | None) -> dict[int, Block]:
    """Item block order -> the account under it, when the document tells at least
    ``[details] least`` top-level numbered items this way (a layout, not a stray
    dated line after a list)."""
    pairs = {item.order: below for item, below in pairwise(doc.body())
             if (n := item_number(item)) is not None and n[1] is None and is_account(below, fy)}
    return pairs if len(pairs) >= activity_rules()["details"]["least"] else {}


def with_item_accounts(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """``drafts`` with each numbered item's first draft dated and counted by the
    account under it (its own dates and count stay when it tells them), and the
    drafts read in that account dropped.  An item no reader took stays none."""
    accounts = item_accounts(doc, fy)
    owners = {a.order: item for item, a in accounts.items() if any(d.block.order == item for d in drafts)}
    told = {item: [d for d in drafts if d.block.order == account] for account, item in owners.items()}
    out: list[Draft] = []
    for d in drafts:
        if d.block.order in owners:
            continue
        out.append(told_by(d, accounts[d.block.order], told.pop(d.block.order), fy) if d.block.order in told else d)
    return out


def told_by(item: Draft, account: Block, read: list[Draft], fy: int | None) -> Draft:
    """``item`` dated and counted by its ``account`` where it tells neither itself,
    and paid by what was ``read`` in the account when it has no money."""
    dates = dates_in(account.text, fy)
    if item.date_from is None and dates:
        item = replace(item, date_from=dates[0], date_to=dates[1])
    return replace(item, participants=item.participants or head_count(account.text),
                   budget=item.budget or next((t.budget for t in read if t.budget), None))
