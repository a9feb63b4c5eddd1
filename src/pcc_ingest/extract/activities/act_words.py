"""The words that open an activity: its first words after an optional "was done"
phrase, such a phrase inside a sentence, and who acts before the act."""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.activities.draft import gives_when_who_or_money
from pcc_ingest.extract.activities.rules import activity_rules, rule_re


@cache
def start_re() -> re.Pattern[str]:
    """An activity's first words, after an optional "was done" phrase."""
    words = activity_rules()["words"]
    alt = "|".join(words["start"])
    return re.compile(rf"^(?P<done>{words['done']})(?P<name>(?:การ\s*)?(?:จัด\s*)?(?:{alt}))", re.IGNORECASE)


@cache
def inner_re() -> re.Pattern[str]:
    """A "was done" phrase inside a sentence, right before an activity word."""
    words = activity_rules()["words"]
    alt = "|".join(words["inner"])
    return re.compile(rf"{words['inner_done']}(?=(?:การ\s*)?(?:{alt}))", re.IGNORECASE)


@cache
def actor_re() -> re.Pattern[str]:
    """Who acts, then the action, at the start of a line ("พชต.อ.ไทรงาม จัดอบรม...")."""
    rules = activity_rules()["actors"]
    who = "|".join(rules["who"])
    stop = "|".join(rules["not_between"])
    action = "|".join(activity_rules()["words"]["start"])
    between = rf"(?:(?!{stop})[^\d])*?"
    return re.compile(
        rf"^(?:{rules['directive']})?(?P<who>(?:{who}){between})"
        rf"(?P<done>{rules['done']})?(?P<action>(?:การ\s*)?(?:จัด\s*(?:ให้\s*มี\s*)?)?(?:{action}))",
        re.IGNORECASE,
    )


def actor_lead(body: str) -> int | None:
    """Where the name of an activity led by its actor starts in ``body``: at the
    actor, or after a "was done" word; ``None`` when the line does not open
    with an actor and an action within reach."""
    m = actor_re().match(body)
    # A partner named after the actor ("คณะทำงาน...ร่วมกับเทศบาลตำบล... จัดอบรม")
    # is no part of who acts: the reach ends where it is named.
    if m is None or m.start("done" if m["done"] else "action") > activity_rules()["actors"]["reach"]:
        return None
    return m.start("action") if m["done"] and m["done"].strip() else 0


def thin_account(body: str) -> bool:
    """A line opened by a bare "carried out" ("ดำเนินการคัดกรอง... ทุกหมู่บ้าน",
    ``[words] account_done``) that says no when, how many or how much, or tells
    a routine ("...ทุกวันศุกร์"): a description of ongoing work, not one
    activity; with a date or a count ("ดำเนินการตั้งด่านชุมชน... ระหว่างวันที่
    29 ธันวาคม 2565 ...") it is one."""
    if not rule_re("words", "account_done").match(body):
        return False
    return not gives_when_who_or_money(body) or bool(rule_re("duties", "routine").search(body))
