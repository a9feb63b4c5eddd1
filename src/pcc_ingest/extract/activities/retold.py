"""An activity told again in passing: a progress report lists what was done
("- ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดแบบชุมชนล้อมรักษ์ (CBTx) ระหว่างวันที่
12–16 พฤษภาคม 2568 ... ผู้เข้าค่าย 45 คน") and then, in its results or its
spending paragraph, names the same act in fewer words and no date ("ค่าย CBTx
มีผู้เข้าค่าย 45 คน ...", "การประชุม พชอ. ใช้ค่าอาหารว่าง... 32 คน ...").
Such a mention is the listed activity, not another; so is the dated short
name of an undated plan row, or of a row dated the same days, and an undated
row of a budget table naming a listed activity with words left out ("ด่านชุมชน
รณรงค์ลดอุบัติเหตุช่วงสงกรานต์" for "ตั้งด่านชุมชนรณรงค์ลดอุบัติเหตุช่วงเทศกาล
สงกรานต์ ครบ 12 ตำบล")."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import merged_into
from pcc_ingest.extract.activities.parallel import left_out
from pcc_ingest.extract.activities.period_rows import same_period_row
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.activities.wording import comparable, holds_words
from pcc_ingest.extract.tables import fold


def retold_in(d: Draft, earlier: list[Draft]) -> int | None:
    """The index of the one earlier draft that ``d``, an undated mention in a
    paragraph (or a listed item dated as that draft), tells again: every word of ``d``'s name lies in its name
    (``holds_words``) and the head counts do not differ.  Of several such,
    only the one with ``d``'s own head count; else none (the mention is
    ambiguous and stays as it is).  A dated mention tells again only an
    undated plan-table row: minutes give the key dates of the plan they
    approve in brief ("ค่ายเยาวชน วันที่ 20 – 21 เม.ย. 66" for the row "ค่ายเยาวชน
    TO BE NUMBER ONE ต้านยาเสพติด")."""
    if d.block.kind == "table_cell":
        return abridged_in(d, earlier)
    if d.block.kind not in ("paragraph", "list_item"):
        return None
    dated = bool(d.date_from or d.date_to)
    found = [i for i, o in enumerate(earlier)
             if (d.participants is None or o.participants in (None, d.participants))
             and (d.block.kind == "paragraph" or same_days(o, d))
             and not (dated and not same_days(o, d) and (o.date_from or o.date_to or o.block.kind != "table_cell"))
             and (holds_words(fold(comparable(o.title)).lower(), comparable(d.title))
                  or (dated and opens_name(comparable(o.title), comparable(d.title))))]
    if len(found) > 1 and d.participants is not None:
        found = [i for i in found if earlier[i].participants == d.participants]
    return found[0] if len(found) == 1 else None


def same_days(a: Draft, b: Draft) -> bool:
    """Both drafts dated, to the day, the same: one event told twice."""
    return bool(a.date_from and a.date_from.day and a.date_to and a.date_to.day
                and (a.date_from, a.date_to) == (b.date_from, b.date_to))


def abridged_in(d: Draft, earlier: list[Draft]) -> int | None:
    """The index of the one earlier draft told outside ``d``'s table that ``d``,
    an undated table row, names with words left out (``left_out``), the head
    counts not differing: a budget table shortens the names of the activities
    it pays for.  None when no such draft, or several."""
    if d.date_from or d.date_to:
        return same_period_row(d, earlier)
    short = fold(comparable(d.title)).lower()
    found = [i for i, o in enumerate(earlier)
             if o.block.table != d.block.table and (d.participants is None or o.participants in (None, d.participants))
             and left_out(short, fold(comparable(o.title)).lower())]
    return found[0] if len(found) == 1 else None


def opens_name(name: str, short: str) -> bool:
    """``name`` opens with all of ``short``, at least ``[merge] short_chars``
    letters: "ค่ายเยาวชน" for "ค่ายเยาวชน TO BE NUMBER ONE..." (one dictionary word,
    so no words to match one by one)."""
    short = fold(short).lower()
    return len(short) >= activity_rules()["merge"]["short_chars"] and fold(name).lower().startswith(short)


def without_retold(drafts: list[Draft]) -> list[Draft]:
    """Drafts less each undated mention of an activity told earlier, whose
    head count or money it gives to that activity when it has none."""
    out: list[Draft] = []
    for d in drafts:
        i = retold_in(d, out)
        if i is None:
            out.append(d)
        else:
            out[i] = merged_into(out[i], d)
    return out
