"""Numbered activities each told on two lines: the item names the act ("2.
อบรมเชิงปฏิบัติการ อสม. และแกนนำชุมชน ...") and the unnumbered line right under
it says when, where and how many ("วันที่ 9 – 10 ม.ค. 68 ณ หอประชุม...
ผู้เข้าอบรม 120 คน").  The line is the item's account, not an act of its own:
its dates and head count are the item's, and what a reader found in it
("ตั้งด่านชุมชน 10 จุด", "จัดทำ Care Plan ใหม่ 27 ราย") is part of the item.

The account may be the item's own second-level items instead ("1. ประชุม พชอ." over
"1.1 ครั้งที่ 1/2568 วันที่ 15/11/2567 ณ ... 32 คน", "1.2 ครั้งที่ 2/2568 ..."; "2. อบรม ..."
over "2.1 วันที่ 10/12/2567 ณ ..." and "2.2 ผู้เข้าร่วม 110 คน"), when the first of them
opens by saying when: together they are that one account.  Several dated sub-items are
several occasions of the item: it runs from the first to the last, and their head counts,
each an occasion's, give it none."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count, named_groups
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import item_number, list_number
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates


def is_account(block: Block, fy: int | None) -> bool:
    """An unnumbered paragraph that opens by saying when (``[details] opens``) and
    gives a date: the account of the item above it."""
    return (block.kind == "paragraph" and list_number(block) is None
            and bool(rule_re("details", "opens").match(block.text)) and bool(dates_in(block.text, fy)))


def opens_with_when(text: str, fy: int | None) -> bool:
    """A sub-item's words, after its number and an occasion's lead ("ครั้งที่ 2/2568"),
    open by saying when: ``[details] opens``, or a date written first ("ต.ค. 67 – มี.ค. 68")."""
    body = rule_re("details", "sub_lead").sub("", text, count=1)
    found = find_dates(body, fy, default_is_fiscal=True) if fy else find_dates(body)
    return bool(rule_re("details", "opens").match(body)) or bool(found and found[0].span[0] == 0)


def sub_account(body: list[Block], at: int, fy: int | None) -> list[Block]:
    """The second-level items right under the top-level item ``body[at]`` ("N.1", "N.2", …)
    when the first opens by saying when and one of them gives a date; else none."""
    n = item_number(body[at])
    subs: list[Block] = []
    for b in body[at + 1:]:
        if b.kind not in ("list_item", "paragraph") or list_number(b) != (n[0], len(subs) + 1):
            break
        subs.append(b)
    if subs and opens_with_when(subs[0].text, fy) and any(dates_in(b.text, fy) for b in subs):
        return subs
    return []


def item_accounts(doc: Document, fy: int | None) -> dict[int, list[Block]]:
    """Item block order -> the account under it (one line, or its sub-items), when the
    document tells at least ``[details] least`` top-level numbered items this way (a
    layout, not a stray dated line after a list)."""
    body = doc.body()
    pairs: dict[int, list[Block]] = {}
    for at, (item, below) in enumerate(pairwise(body)):
        if (n := item_number(item)) is None or n[1] is not None:
            continue
        if is_account(below, fy):
            pairs[item.order] = [below]
        elif subs := sub_account(body, at, fy):
            pairs[item.order] = subs
    return pairs if len(pairs) >= activity_rules()["details"]["least"] else {}


def with_item_accounts(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """``drafts`` with each numbered item's first draft dated and counted by the
    account under it (its own dates and count stay when it tells them), and the
    drafts read in that account dropped.  An item no reader took stays none."""
    accounts = item_accounts(doc, fy)
    owners = {a.order: item for item, blocks in accounts.items() for a in blocks
              if any(d.block.order == item for d in drafts)}
    told: dict[int, list[Draft]] = {item: [] for item in set(owners.values())}
    for d in drafts:
        if d.block.order in owners:
            told[owners[d.block.order]].append(d)
    out: list[Draft] = []
    for d in drafts:
        if d.block.order in owners:
            continue
        out.append(told_by(d, accounts[d.block.order], told.pop(d.block.order), fy) if d.block.order in told else d)
    return out


def told_by(item: Draft, account: list[Block], read: list[Draft], fy: int | None) -> Draft:
    """``item`` dated and counted by its ``account`` where it tells neither itself,
    and paid by what was ``read`` in the account when it has no money.  Several
    dated lines are several occasions: first to last, and no one head count."""
    dated = [d for b in account if (d := dates_in(b.text, fy))]
    if item.date_from is None and dated:
        item = replace(item, date_from=dated[0][0], date_to=dated[-1][1])
    text = "\n".join(b.text for b in account)
    people = None if len(dated) > 1 else named_groups(text) or head_count(text)
    return replace(item, participants=item.participants or people,
                   budget=item.budget or next((t.budget for t in read if t.budget), None))
