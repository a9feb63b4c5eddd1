"""The number a report gives an activity ("กิจกรรมที่ 2 อบรม..."): a project
report tells each numbered activity twice, once in a paragraph of what was
done (dates, head count) and once as a group of its budget table (money),
often in shorter words ("อบรมเชิงปฏิบัติการฟื้นฟูศักยภาพผู้ดูแลผู้สูงอายุ
(Caregiver) และ อสม. ..." and "อบรมเชิงปฏิบัติการฟื้นฟูศักยภาพ CG และ อสม.").
The shared number, not the wording, says they are one activity; so does a
shared outline number ("6.1 ประชุมคณะทำงาน...เมื่อวันที่ ..." in the list of
what was done, "6.1 ประชุมคณะทำงานและสำรวจจุดเสี่ยง" over its cost lines)."""

from __future__ import annotations

from difflib import SequenceMatcher

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import fold
from pcc_ingest.thai.text import thai_digits_to_arabic


def activity_number(draft: Draft) -> int | None:
    """The number of the label right before a draft's title ("กิจกรรมที่ 3 ",
    "**กิจกรรมที่ ๓** "), None when no such label leads it (``[ordinals] label``)."""
    reach = activity_rules()["ordinals"]["label_reach"]
    before = thai_digits_to_arabic(draft.block.text[max(0, draft.start - reach):draft.start])
    m = rule_re("ordinals", "label").search(before)
    return int(m["n"]) if m else None


def name_length(draft: Draft) -> int:
    """How long a draft's name is when two tellings of one activity vie for it: a
    labelled budget-table group ("กิจกรรมที่ 2 อบรมแกนนำ... (กองทุน...)") counts
    without the funder bracket ending it, which names who pays, not the act."""
    if draft.block.kind == "table_cell" and activity_number(draft) is not None:
        return len(rule_re("ordinals", "funder_bracket").sub("", draft.title))
    return len(draft.title)


def outline_number(draft: Draft) -> str | None:
    """The outline number ("6.1", "๒.๓") that alone opens a draft's block right
    before its title, None when the title does not follow one (``[ordinals]
    outline``)."""
    before = thai_digits_to_arabic(draft.block.text[:draft.start])
    m = rule_re("ordinals", "outline").match(before)
    return m["n"] if m else None


def told_twice(a: Draft, b: Draft) -> bool:
    """Two drafts are one numbered activity told in a paragraph and in a table:
    the same label number or outline number, one read from a table cell and the
    other not (a report with several projects numbers each project's activities
    from 1 in its own paragraphs or tables, so two paragraphs or two cells never
    pair; two cells pair only as ``row_and_group``)."""
    if a.block.kind == b.block.kind == "table_cell":
        return row_and_group(a, b) or row_and_group(b, a)
    if a.block.kind != "table_cell" and b.block.kind != "table_cell":
        return False
    n = activity_number(a)
    if n is not None and n == activity_number(b):
        return True
    if group_and_item(a, b) or group_and_item(b, a):
        return True
    m = outline_number(a)
    return m is not None and m == outline_number(b)


def group_and_item(group: Draft, item: Draft) -> bool:
    """A budget table's "กิจกรรมที่ N <shorter name>" group and item N of a
    numbered list in paragraphs ("2. ประชุมเชิงปฏิบัติการประเมินตนเอง...
    UCCARE ..." over "กิจกรรมที่ 2 ประชุมเชิงปฏิบัติการ UCCARE") are one
    activity when the two names also open alike (``[ordinals]
    shared_opening`` letters) or the shorter lies inside the longer (at least
    ``[ordinals] item_contained`` letters): a bare list number is no key alone."""
    if group.block.kind != "table_cell" or item.block.kind == "table_cell":
        return False
    n = activity_number(group)
    if n is None or n != lone_number(item):
        return False
    rules = activity_rules()["ordinals"]
    x, y = fold(comparable(group.title)), fold(comparable(item.title))
    short, long_ = sorted((x, y), key=len)
    if shared_opening(x, y) >= rules["shared_opening"] or (len(short) >= rules["item_contained"] and short in long_):
        return True
    return words_in_order(group.title, item.title) or letters_in_order(group.title, item.title)


def letters_in_order(short: str, long_: str) -> bool:
    """A budget group's name, less the funder bracket that ends it ("อบรมแกนนำ
    คัดแยกขยะและธนาคารขยะ (กองทุน...)"), lies in the listed item's full name as
    runs of letters in order, each at least ``[ordinals] letter_run`` long and
    at least ``letters_least`` in all ("คัดกรองผู้สูงอายุและเยี่ยมบ้าน" in
    "คัดกรองความสามารถ...ในผู้สูงอายุ และเยี่ยมบ้าน..."): Thai writes no spaces
    between words, so a shortened name keeps the item's words as letter runs."""
    rules = activity_rules()["ordinals"]
    x = fold(comparable(rule_re("ordinals", "funder_bracket").sub("", short)))
    y = fold(comparable(long_))
    if len(x) < rules["letters_least"] or len(x) >= len(y):
        return False
    blocks = SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks()
    runs = [b.size for b in blocks if b.size]
    return sum(runs) == len(x) and min(runs) >= rules["letter_run"]


def words_in_order(short: str, long_: str) -> bool:
    """Every word of a shortened name lies in the full name, in order (at least
    ``[ordinals] words_in_order`` words: "อบรม อสม. และแกนนำ" in "อบรมเชิงปฏิบัติการ
    อสม. และแกนนำชุมชน ..."), the way a budget table shortens a listed activity."""
    words = [fold(w) for w in comparable(short).split()]
    if len(words) < activity_rules()["ordinals"]["words_in_order"]:
        return False
    text, at = fold(comparable(long_)), 0
    for w in words:
        at = text.find(w, at)
        if at < 0:
            return False
        at += len(w)
    return True


def row_and_group(row: Draft, group: Draft) -> bool:
    """A plan table's numbered row and a budget table's group of that number
    ("2 | อบรมเชิงปฏิบัติการเกษตรกรแกนนำ การไถกลบตอซัง..." and "กิจกรรมที่ 2
    อบรมเชิงปฏิบัติการเกษตรกรแกนนำ 2 วัน" over its cost lines) are one
    activity: a proposal numbers its method table's rows and repeats the
    number over each activity's costs in shorter words.  The two must also
    open alike (``[ordinals] shared_opening`` letters) or share a stretch of
    letters (``row_shared``: "อบรมพัฒนาศักยภาพ พชอ. และ พชต." for "อบรมเชิง
    ปฏิบัติการพัฒนาศักยภาพ พชอ. และ พชต. ..."), so that a report with
    several projects, each counting from 1, pairs no rows across projects.
    The row's number may open its activity cell ("8. อบรมฟื้นฟูความรู้...") when
    the table has no sequence column, and a sub-activity's outline number
    ("2.1 จัดทำธงแจ้งเตือน...", even after its parent's name in one cell) pairs
    with a group labelled "กิจกรรมที่ 2.1", or opened by "2.1" alone (a spending table by
    expense category repeating "2.1 อบรมเชิงปฏิบัติการทีม..." for the results table's
    "2.1 อบรมเชิงปฏิบัติการหลักสูตร...").  A line-items table also shortens the
    plan's names as a list's budget table does: the group's name lying inside
    the row's ("ด่านชุมชน" in "ตั้งด่านชุมชนช่วงเทศกาล...") or its letters in
    order ("ประชุม พชอ." for "ประชุมคณะกรรมการ พชอ.คลองขลุง 4 ครั้ง") pair too.
    The group's number may stand in its table's own sequence column instead of
    a label ("4 | ด่านชุมชนช่วงเทศกาล... (แหล่งงบประมาณ : ...)" over its cost lines,
    "3 | รณรงค์งดเผาและห้องปลอดฝุ่น | - | 35,000.-" in a summary by funder)."""
    if row.block.table == group.block.table:
        return False
    sub = sub_number(group) or outline_number(group)
    if sub is not None:
        if sub != inner_outline(row):
            return False
    else:
        number = row.row_number or lone_number(row)
        if number is None or number != (activity_number(group) or group.row_number):
            return False
    x, y = fold(comparable(row.title)), fold(comparable(group.title))
    rules = activity_rules()["ordinals"]
    if shared_opening(x, y) >= rules["shared_opening"] or shared_run(x, y) >= rules["row_shared"]:
        return True
    short, long_ = sorted((x, y), key=len)
    if len(short) >= rules["item_contained"] and short in long_:
        return True
    return words_in_order(group.title, row.title) or letters_in_order(group.title, row.title)


def sub_number(draft: Draft) -> str | None:
    """The sub-activity number of the label right before a draft's title
    ("กิจกรรมที่ 2.1 "), None when none leads it (``[ordinals] sub_label``)."""
    reach = activity_rules()["ordinals"]["label_reach"]
    before = thai_digits_to_arabic(draft.block.text[max(0, draft.start - reach):draft.start])
    m = rule_re("ordinals", "sub_label").search(before)
    return m["n"] if m else None


def inner_outline(draft: Draft) -> str | None:
    """The outline number right before a draft's title in its cell, at the
    cell's start or after its parent's name ("7. คัดกรอง... 7.1 ค่าย..."):
    ``[ordinals] inner_outline``."""
    before = thai_digits_to_arabic(draft.block.text[:draft.start])
    m = rule_re("ordinals", "inner_outline").search(before)
    return m["n"] if m else None


def shared_opening(x: str, y: str) -> int:
    """How many letters two titles open with alike."""
    return next((i for i, (a, b) in enumerate(zip(x, y, strict=False)) if a != b), min(len(x), len(y)))


def shared_run(x: str, y: str) -> int:
    """How many letters the longest stretch two titles share has, wherever it lies."""
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match().size


def lone_number(draft: Draft) -> int | None:
    """The single-level number ("1. ", "๖.") that alone opens a draft's block
    right before its title (``[ordinals] lone``)."""
    m = rule_re("ordinals", "lone").match(thai_digits_to_arabic(draft.block.text[:draft.start]))
    return int(m["n"]) if m else None


def parallel_pairs(drafts: list[Draft]) -> set[tuple[int, int]]:
    """Index pairs of drafts one numbered list and one table tell in the same order.

    A project report lists its activities "1. ... 6." with dates and head
    counts, and its budget table repeats "1. <shorter name>" ... "6." over
    each group's cost lines.  A single-level number alone is no key, but two
    whole runs 1..N (N at least ``parallel_least``), one in paragraphs and one
    in one table's cells, whose every pair opens alike (``parallel_opening``
    letters) or shares a stretch of words (``parallel_shared`` letters: an
    activity calendar's "3. ห้องปลอดฝุ่น (Clean Room) 8 แห่ง" for the list's
    "3. จัดตั้งห้องปลอดฝุ่น (Clean Room) ใน..."), are one list told twice.
    """
    rules = activity_rules()["ordinals"]
    whole = {k: r for k, r in numbered_runs(drafts).items()
             if len(r) >= rules["parallel_least"] and set(r) == set(range(1, len(r) + 1))}
    pairs = labelled_table_pairs(drafts)
    listed = whole.pop(None, None)
    if listed is None:
        return pairs
    for table in (r for r in whole.values() if len(r) == len(listed)):
        twins = [(listed[n], table[n]) for n in listed]
        if all(alike_in_parallel(*(fold(comparable(drafts[i].title)) for i in pair)) for pair in twins):
            pairs.update(twins)
    return pairs


def labelled_table_pairs(drafts: list[Draft]) -> set[tuple[int, int]]:
    """Index pairs of drafts two tables label alike, "กิจกรรมที่ 1" … "กิจกรรมที่ N"
    or "1." … "N." opening the cells of each.

    A project report's timeline table names each labelled activity with its
    dates and its budget table repeats the labels, often in shorter words, as
    group rows over the cost lines; an action plan's table numbers its rows
    "1. ... 11." and its budget-by-source table repeats "4. อบรมเกษตรกร" for
    "4. อบรมเกษตรกรการปลูกผัก...": when each table (a PDF may split one over
    pages) labels the whole run 1..N in order (N at least ``parallel_least``)
    and every pair is alike in parallel, the two tables tell one list.
    """
    least = activity_rules()["ordinals"]["parallel_least"]
    runs: list[dict[int, int]] = []
    last: Draft | None = None
    cells = [(i, d) for i, d in enumerate(drafts) if d.block.kind == "table_cell"]
    for i, d in sorted(cells, key=lambda p: (p[1].block.order, p[1].start)):
        n = activity_number(d) or lone_number(d)
        if n is None or (last is not None and last.block.order == d.block.order):
            continue  # unlabelled, or a second reading of the same cell
        if n == 1:
            runs.append({})
        elif not runs or n != len(runs[-1]) + 1:
            runs.append({-1: i})  # out of order: no whole run
        runs[-1][n] = i
        last = d
    whole = [r for r in runs if -1 not in r and len(r) >= least]
    pairs: set[tuple[int, int]] = set()
    for a, first in enumerate(whole):
        for second in whole[a + 1:]:
            twins = [(first[n], second[n]) for n in first] if len(first) == len(second) else []
            if twins and all(alike_in_parallel(*(fold(comparable(drafts[i].title)) for i in pair)) for pair in twins):
                pairs.update(twins)
    return pairs


def numbered_runs(drafts: list[Draft]) -> dict[int | None, dict[int, int]]:
    """The first draft index of each number, by the table that numbers it
    (None for paragraphs): a lone number opening the block, else a cell's
    number in its table's own sequence column ("ที่")."""
    runs: dict[int | None, dict[int, int]] = {}
    for i, d in enumerate(drafts):
        n = lone_number(d)
        if n is None and d.block.kind == "table_cell":
            n = d.row_number
        key = d.block.table if d.block.kind == "table_cell" else None
        if n is not None:
            runs.setdefault(key, {}).setdefault(n, i)
    return runs


def alike_in_parallel(x: str, y: str) -> bool:
    """Two names of one list's item told twice: they open alike or share a
    stretch of letters (``[ordinals] parallel_opening``, ``parallel_shared``)."""
    rules = activity_rules()["ordinals"]
    if shared_opening(x, y) >= rules["parallel_opening"]:
        return True
    return shared_run(x, y) >= rules["parallel_shared"]
