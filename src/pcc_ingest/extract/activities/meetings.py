"""Numbered meetings named anywhere in the text: one named in passing was held,
and so was each of a series told at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.merge import TitleKey, meeting_parts
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import PartialDate, find_dates

# The number of a numbered meeting in its name ("ครั้งที่ 1/2567", "ครั้งที่ 2 / 67").
MEETING_NUMBER_RE = re.compile(r"ครั้ง\s*ที่\s*(\d+)\s*/\s*(\d{2,4})")


def meeting_mentions(doc: Document, fy: int | None, *, plan: bool = False) -> Iterator[Draft]:
    """Numbered meetings the text says were held ("มีมติในการประชุมครั้งที่
    1/2567"), each dated by a date right after its name (or, with none there,
    right before it: "เมื่อวันที่ 27 สิงหาคม 2567 ในคราวประชุมครั้งที่ 4/2567"),
    with the head count of those present said after it.  In a ``plan``, the
    meeting that approved it is none (``[plans] approval_before``)."""
    rules = activity_rules()["meetings"]
    known = meeting_dates(doc)
    body = doc.body()
    for at, block in enumerate(body):
        text = block.text
        mentions = list(rule_re("meetings", "mention").finditer(text))
        for i, m in enumerate(mentions):
            if rule_re("meetings", "not_after").search(text[: m.start()]) or rule_re(
                    "meetings", "minutes_after").match(text, m.end()) or (
                    plan and rule_re("plans", "approval_before").search(text[: m.start()])):
                continue
            record = [b for b in body[at + 1: at + 1 + rules["record_lines"]] if not other_row(block, b)
                      ] if not text[m.end():].strip() else []
            dates = (date_after(text, m.end()) or date_before(text, m.start())
                     or (date_after(record[0].text, 0) if record else None) or known.get(meeting_number(m.group())))
            stop = min(m.end() + rules["attendance_reach"], mentions[i + 1].start() if i + 1 < len(mentions) else len(text))
            present = rule_re("minutes", "attendance").search(text, m.end(), stop) or next(
                (p for b in record if (p := rule_re("minutes", "attendance").search(b.text))), None)
            start = meeting_owner(text, m.start(), m.group())
            yield Draft(text[start:m.end()], block, start, m.end(),
                        dates[0] if dates else None, dates[1] if dates else None,
                        int(present["n"].replace(",", "")) if present else None)


def other_row(block: Block, below: Block) -> bool:
    """``below`` lies in another row of the table ``block`` is a cell of: the
    next row's date is not the record of a meeting named in this one."""
    return block.kind == "table_cell" and (below.table, below.row) != (block.table, block.row)


def date_after(text: str, at: int) -> tuple[PartialDate | None, PartialDate] | None:
    """The date written right after ``at`` (within ``[meetings] date_reach``,
    past a weekday: "ในวันพฤหัสบดีที่ 22 พฤษภาคม 2568")."""
    weekday = rule_re("meetings", "weekday").match(text, at)
    reach = activity_rules()["meetings"]["date_reach"] + (weekday.end() - at if weekday else 0)
    return dates_in(text[at: at + reach], None)


def meeting_number(name: str) -> str:
    """The number a meeting's name gives it ("ครั้งที่ 1/2567" -> "1/2567")."""
    m = MEETING_NUMBER_RE.search(name)
    return f"{int(m[1])}/{m[2]}" if m else ""


def meeting_dates(doc: Document) -> dict[str, tuple[PartialDate | None, PartialDate]]:
    """The date the document gives each numbered meeting the first time it
    dates it, wherever it does (minutes date the last meeting where they
    approve its report: "รับรองรายงานการประชุม ครั้งที่ 1/2567 เมื่อวันที่ 14
    ธันวาคม 2566"), so that a later mention without a date ("ตามที่ที่ประชุม
    ครั้งที่ 1/2567 มีมติ...") is dated too."""
    out: dict[str, tuple[PartialDate | None, PartialDate]] = {}
    for block in doc.body():
        for m in rule_re("meetings", "mention").finditer(block.text):
            dates = date_after(block.text, m.end())
            if dates is not None:
                out.setdefault(meeting_number(m.group()), dates)
    return out


def date_before(text: str, at: int) -> tuple[PartialDate | None, PartialDate] | None:
    """The date written right before a meeting's name at ``at``, only
    "ใน(คราว)" between ([meetings] date_gap_before)."""
    found = find_dates(text[:at])
    if not found or not rule_re("meetings", "date_gap_before").match(text[found[-1].span[1]:at]):
        return None
    return found[-1].start, found[-1].end


@dataclass(frozen=True)
class Series:
    """Meetings told as a series, and the span of the words that announce
    and tell them, up to the last meeting's number."""

    drafts: list[Draft]
    block: int
    start: int
    end: int


def meeting_series(doc: Document) -> Iterator[Series]:
    """Meetings told as a series ("ได้จัดประชุมรวม 4 ครั้ง คือ ครั้งที่ 1/2567
    วันที่ 14 พฤศจิกายน 2566 ครั้งที่ 2/2567 วันที่ ... และครั้งที่ 4/2567 วันที่
    ..."): one each, named by the meeting and its number, dated by the date
    after its number ([meetings] series), and counted and paid by the account
    of it that may follow that date (``told_after``)."""
    reach = activity_rules()["meetings"]["account_reach"]
    for block in doc.body():
        text = block.text
        for m in rule_re("meetings", "series").finditer(text):
            name = series_name(text, m)
            drafts: list[Draft] = []
            pos = m.end()
            for item in rule_re("meetings", "series_item").finditer(text, m.end()):
                gap = text[pos:item.start()]
                found = find_dates(gap)
                after = pos + found[-1].span[1] if found else pos
                account = bool(found) and rule_re("meetings", "series_account").match(text, after) is not None
                if drafts and not (account or rule_re("meetings", "series_join").match(text[after:item.start()])):
                    break
                if drafts and found and drafts[-1].date_from is None:
                    drafts[-1] = told_after(replace(drafts[-1], date_from=found[0].start, date_to=found[-1].end),
                                            after, item.start() if account else after)
                number = re.sub(r"\s+", "", item["n"])
                drafts.append(Draft(f"{name} ครั้งที่ {number}", block, item.start(), item.end()))
                pos = item.end()
            if drafts:
                tail = find_dates(text[pos: pos + activity_rules()["meetings"]["date_reach"]])
                if tail and drafts[-1].date_from is None:
                    after = pos + tail[-1].span[1]
                    end = min(len(text), after + reach) if rule_re("meetings", "series_account").match(text, after) else after
                    drafts[-1] = told_after(replace(drafts[-1], date_from=tail[0].start, date_to=tail[-1].end), after, end)
                yield Series(drafts, block.order, m.start(), max(m.end(), drafts[-1].end))


def told_after(d: Draft, start: int, end: int) -> Draft:
    """A meeting of a series with the head count and money of the account
    told after its date ("ครั้งที่ 1/2566 วันที่ 22 พฤศจิกายน 2565 ผู้เข้าประชุม
    38 คน ใช้ค่าอาหารว่าง... เป็นเงิน 1,330 บาท ครั้งที่ 2/2566 ..."): the words
    ``d.block.text[start:end]``, up to the next meeting's number."""
    if end <= start:
        return d
    account = d.block.text[start:end]
    paid = [float(m["n"].replace(",", "")) for m in rule_re("meetings", "account_money").finditer(account)]
    return replace(d, participants=head_count(account), budget=sum(paid) or None)


def series_name(text: str, m: re.Match[str]) -> str:
    """The name a series of meetings gives each: its words before the count
    ("ประชุมคณะกรรมการ พชอ. จำนวน 4 ครั้ง"), else the committee that held them
    ("คณะกรรมการ พชอ.เขาชัยสน ได้จัดประชุมรวม 4 ครั้ง" -> "ประชุมคณะกรรมการ
    พชอ.เขาชัยสน")."""
    own = m["name"].strip()
    if own and rule_re("meetings", "committee").search(own):
        return f"ประชุม{own}"
    owner = rule_re("meetings", "owner").search(text, 0, m.start())
    return f"ประชุม{owner['owner']}" if owner else f"ประชุม{own}".strip()


def meeting_owner(text: str, at: int, mention: str) -> int:
    """Where the name of a meeting named after its committee starts
    ("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอทองผาภูมิ ในการประชุมครั้งที่ 4/2567"):
    at the committee, when the mention at ``at`` does not name one itself."""
    if rule_re("meetings", "committee").search(mention):
        return at
    owner = rule_re("meetings", "owner_before").search(text, 0, at)
    return owner.start() if owner else at


def announces(series: Series, draft: Draft) -> bool:
    """A draft read from the words that announce a series of meetings
    ("ประชุมรวม 4 ครั้ง คือ ครั้งที่ 1/2567") or from those that tell its
    meetings up to the last one's number ("... (ไม่ใช้งบประมาณ ประชุมร่วมกับ
    การประชุมกรมการอำเภอ) และครั้งที่ 3/2566"): the series' meetings replace it."""
    return draft.block.order == series.block and series.start <= draft.start < series.end


def held_that_day(mention: Draft, drafts: list[Draft]) -> bool:
    """A meeting named in passing on the very day of a meeting the report
    lists ("ที่ประชุม พชต.แม่ฮี้ ครั้งที่ 1/2566 เมื่อวันที่ 18 พฤศจิกายน 2565"
    beside the row "ประชุมคณะกรรมการ พชต. คัดเลือกประเด็น..." of 18 พ.ย. 65), or
    on the first day of a run of meetings it lists ("ประชุมคณะกรรมการ พชอ.
    จำนวน 4 ครั้ง ได้แก่ วันที่ 15 พ.ย. 65, ..."), is that meeting, unless the
    two name different bodies (a joint meeting "พชอ. และ พชต." holds the
    committee a mention names).  A listed meeting with a number of its own is
    left to ``merge``, which keeps what both say."""
    day = mention.date_from
    if day is None or day.day is None or mention.date_to != day:
        return False
    named = TitleKey.of(mention.title)
    for d in drafts:
        if d.date_from != day or not rule_re("meetings", "meeting_word").match(d.title):
            continue
        other = TitleKey.of(d.title)
        bodies = meeting_parts(other.folded)[0]
        if other.number or (named.bodies and bodies and not (named.bodies <= bodies or bodies <= named.bodies)):
            continue
        return True
    return False


def listed_meeting(mention: Draft, drafts: list[Draft]) -> bool:
    """A numbered meeting named in passing with no date of its own ("พชอ. ในการ
    ประชุมครั้งที่ 1/2568 จึงมีมติคัดเลือกประเด็น...") that the report lists as a
    meeting of that number ("1. ประชุมคณะกรรมการ พชอ.แม่เมาะ ครั้งที่ 1/2568
    เพื่อคัดเลือกประเด็น..."): the listed one, told again, unless the two name
    different bodies.  So is one named in passing with its date ("ได้มีมติใน
    การประชุมครั้งที่ 1/2566 เมื่อวันที่ 15 พฤศจิกายน 2565") that the report lists
    on that day, when it tells no head count the list lacks: the listed line
    names it in full."""
    named = TitleKey.of(mention.title)
    if not named.number:
        return False
    for d in drafts:
        other = TitleKey.of(d.title)
        if d is mention or other.number != named.number or not rule_re("meetings", "meeting_word").match(d.title):
            continue
        if mention.date_from is not None and ((d.date_from, d.date_to) != (mention.date_from, mention.date_to)
                                              or mention.participants not in (None, d.participants)):
            continue  # a dated mention telling who came ("มีผู้เข้าร่วมประชุม 28 คน") is merged, not dropped
        if not (named.bodies and other.bodies) or named.bodies <= other.bodies or other.bodies <= named.bodies:
            return True
    return False
