"""An activity told again in passing: a progress report lists what was done
("- ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดแบบชุมชนล้อมรักษ์ (CBTx) ระหว่างวันที่
12–16 พฤษภาคม 2568 ... ผู้เข้าค่าย 45 คน") and then, in its results or its
spending paragraph, names the same act in fewer words and no date ("ค่าย CBTx
มีผู้เข้าค่าย 45 คน ...", "การประชุม พชอ. ใช้ค่าอาหารว่าง... 32 คน ...").
Such a mention is the listed activity, not another."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import merged_into
from pcc_ingest.extract.activities.wording import comparable, holds_words
from pcc_ingest.extract.tables import fold


def retold_in(d: Draft, earlier: list[Draft]) -> int | None:
    """The index of the one earlier draft that ``d``, an undated mention in a
    paragraph, tells again: every word of ``d``'s name lies in its name
    (``holds_words``) and the head counts do not differ.  Of several such,
    only the one with ``d``'s own head count; else none (the mention is
    ambiguous and stays as it is)."""
    if d.block.kind != "paragraph" or d.date_from or d.date_to:
        return None
    found = [i for i, o in enumerate(earlier)
             if (d.participants is None or o.participants in (None, d.participants))
             and holds_words(fold(comparable(o.title)).lower(), comparable(d.title))]
    if len(found) > 1 and d.participants is not None:
        found = [i for i in found if earlier[i].participants == d.participants]
    return found[0] if len(found) == 1 else None


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
