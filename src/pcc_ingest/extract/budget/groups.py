"""Source group rows of budget tables.

A budget table may sort its lines by who pays: a row across the table
("แหล่งงบประมาณ: สสจ.X (งบ...)", "ที่มาของงบประมาณ กองทุน...") heads the
rows under it, down to the next such row.  Each line under it with no
funder of its own is paid by that source; the row itself is no line.  A
line-items table may instead close each group with its source and subtotal
("แหล่งงบประมาณ: อบต.X | รวม | 42,300"): that row funds the rows above it,
up to the group's opening row, and is no line either.
A group row may instead be an activity's heading that names its funder in
a closing bracket ("กิจกรรมที่ 2 อบรม... (แหล่งงบประมาณ: สสจ.X)"), or be
nothing but the funder's name ("(ก) งบประมาณ สสจ.X (งบ…)", its group closed
by a subtotal row "รวมงบ สสจ.X").
"""

from __future__ import annotations

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.rules import rule_composed, rule_re
from pcc_ingest.extract.budget.sources import named_funder
from pcc_ingest.extract.tables import Row, Table, is_section_row


def group_source(table: Table, row: Row) -> str | None:
    """The funder a full-width group row names after a source label
    (``source.line``), opening the row or in the bracket closing it
    (``source.heading_bracket``), else ``None``."""
    if not is_section_row(row, table):
        return None
    text = (row.texts()[0] if row.texts() else "").strip()
    m = rule_re("source.line").match(text)
    if m:
        return clean_source(text[m.end():])
    closing = rule_composed("source.heading_bracket").search(text)
    if closing:
        return clean_source(closing["name"])
    return _funder_row(text) or (_funder_row(text, owner=True) if _sibling_funded(table, row) else None)


def _sibling_funded(table: Table, row: Row) -> bool:
    """Whether another full-width row of the table names a funder by itself
    (``_funder_row``): the table groups its rows by funder, so a sibling
    group row naming a body that pays only by the words around it ("3.
    ศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดอำเภอX (ศอ.ปส.อ.)" after "2.
    กองทุนหลักประกันสุขภาพ…") names that group's funder too."""
    return any(other is not row and is_section_row(other, table)
               and _funder_row((other.texts()[0] if other.texts() else "").strip())
               for other in table.rows)


def _funder_row(text: str, owner: bool = False) -> str | None:
    """The funder a group row names with no source label, as nothing but
    the funder's name after the group's letter and the word for money
    (``source.group_lead``: "(ก) งบประมาณสำนักงานสาธารณสุขจังหวัดX (งบ…)",
    "งบกองทุน…"; after that word, or in a table whose other group rows name
    funders (``owner``), "งบศูนย์…" too: ``source.money_owner``):
    the same statement as "แหล่งงบประมาณ: …", and the same
    test as a running-text line that is only a funder's name over its costs."""
    lead = rule_re("source.group_lead").match(text)
    name = clean_source(text[lead.end():]) if lead else None
    if not name:
        return None
    name = rule_re("source.heading_gloss").sub("", name)
    owned = (owner or lead["money"]) and rule_re("source.money_owner").match(name) \
        and not rule_re("source.not_a_name").search(name)
    return named_funder(name) or (name if owned else None)


def footer_source(row: Row) -> str | None:
    """The funder a group's closing row names: a source label and funder in
    its first cell, then a subtotal label and the group's sum
    ("แหล่งงบประมาณ: สสจ.X (งบ...) | รวม | 22,800"), else ``None``."""
    own = [row.cells[c].text.strip() for c in sorted(row.cells) if c not in row.carried and row.cells[c].text.strip()]
    m = rule_re("source.line").match(own[0]) if len(own) >= 2 else None
    if m is None or not any(rule_re("source.footer_total").match(t) for t in own[1:]):
        return None
    return clean_source(own[0][m.end():])


def footer_rows(table: Table) -> set[int]:
    """The indexes of the rows closing a group with its source and subtotal."""
    return {row.index for row in table.rows if footer_source(row) is not None}


def group_sources(table: Table, inherited: str | None = None) -> dict[int, str]:
    """The source each body row (by index) takes from the group row above
    it, for rows under one; in a table whose source rows close their groups
    (``closes_groups``), from the source row below it instead.  A table a
    PDF page break cut goes on under the group its first piece left open
    (``inherited``, from ``open_group``)."""
    if closes_groups(table):
        return _closed_groups(table)
    out: dict[int, str] = {}
    current = inherited
    for row in table.rows:
        named = group_source(table, row)
        if named is not None:
            current = named
        elif current is not None:
            out[row.index] = current
    return out


def open_group(table: Table, inherited: str | None = None) -> str | None:
    """The source of the group still open at the table's last row (its
    rows go on over a page break), else ``None``."""
    if closes_groups(table):
        return None
    named = [name for row in table.rows if (name := group_source(table, row)) is not None]
    return named[-1] if named else inherited


def closes_groups(table: Table) -> bool:
    """Whether the table's first source group row comes right after a line,
    not a heading ("กิจกรรมที่ 1 … | - ค่าอาหารว่าง… | แหล่งงบประมาณ: สสจ.X",
    a project report's line-items table): its source rows close the groups
    above them, as a "แหล่งงบประมาณ: …" line under its costs does."""
    for k, row in enumerate(table.rows):
        if group_source(table, row) is not None:
            text = (row.texts()[0] if row.texts() else "").strip()
            return k > 0 and bool(rule_re("source.line").match(text)) and not is_section_row(table.rows[k - 1], table)
    return False


def _closed_groups(table: Table) -> dict[int, str]:
    """The source each body row (by index) takes from the source row closing
    its group, back to the group's heading row or the previous source row."""
    out: dict[int, str] = {}
    pending: list[int] = []
    for row in table.rows:
        named = group_source(table, row)
        if named is not None:
            out.update(dict.fromkeys(pending, named))
            pending = []
        elif is_section_row(row, table):
            pending = []
        else:
            pending.append(row.index)
    return out


def closing_sources(rows: list[tuple[Table, Row]]) -> dict[int, str]:
    """The source each row (by ``id``) of a table run takes from the row
    closing its group below it, back to the group's opening row or the
    previous closing row; a table broken over pages may close a group at
    the top of its next page."""
    out: dict[int, str] = {}
    pending: list[int] = []  # rows since the last group opening or closing row
    for table, row in rows:
        closing = footer_source(row)
        if closing is not None:
            out.update(dict.fromkeys(pending, closing))
            pending = []
        elif is_section_row(row, table) or group_source(table, row) is not None:
            pending = []
        else:
            pending.append(id(row))
    return out
