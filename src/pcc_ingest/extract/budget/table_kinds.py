"""What kind of table a budget table is, and which rows give no line: the
predicates the row readers and the other extractors ask before reading
lines (kept apart from ``rows``, which reads the lines themselves)."""

from __future__ import annotations

from pcc_ingest.extract.budget.headings import describing_columns
from pcc_ingest.extract.budget.rules import budget_rules, rule_any, rule_re
from pcc_ingest.extract.tables import Row, Table


def is_budget_table(table: Table) -> bool:
    """A table with a column of amounts or of budget details; a "ปีงบประมาณ"
    column holds fiscal years, not money."""
    money = [c for c in table.columns if c.role in ("budget_amount", "budget_detail")]
    return any(not rule_re("line.year_column").match(c.own or c.label) for c in money)


def is_working_column(table: Table) -> bool:
    """The table's detail column is labelled as each line's working
    ("รายละเอียดการคำนวณ"): its cells are arithmetic, not purposes.  Not so
    when another describing column is merged down over several of its
    rows (an activity cell over "ค่าอาหารกลางวัน 60 คน × 60 บาท",
    "ค่าตอบแทนวิทยากร 6 ชั่วโมง x 600 บาท", ...): that column names a
    group of lines, and the detail cells name each line as well as work it."""
    detail = table.column("budget_detail")
    if detail is None or not rule_re("line.working_label").search(detail.own or detail.label):
        return False
    others = {c.col for c in table.columns
              if c.role in budget_rules()["line"]["description_roles"] and c.role != "budget_detail"}
    return not any(row.carried & others for row in table.rows)


def is_account_table(table: Table) -> bool:
    """A table that accounts for money by funder: a column of money received
    or left over ("ได้รับจัดสรร (บาท)", "คงเหลือ (บาท)", ``line.not_purpose``)
    and no column saying what money is for (``line.purpose_roles``).  Its
    rows are each funder's sums of lines listed elsewhere, not lines.  So
    is a table whose only words are its funders (a source column and no
    column of ``line.description_roles``): a summary by source
    ("แหล่งงบประมาณ | จำนวนเงิน | ร้อยละ"), also when a column names the
    rows each funder pays for only by their numbers (``headings``).  Rows
    keyed by a district or an owner are theirs, a spent column beside
    ("อำเภอ | งบประมาณตามแผน | แหล่งงบประมาณ | เบิกจ่ายแล้ว"): each row's
    planned or allotted money is a line, as an allocation table's is."""
    purposes = set(budget_rules()["line"]["purpose_roles"])
    if describing_columns(table, purposes):
        return False
    named = set(budget_rules()["line"]["description_roles"])
    if describing_columns(table, named):
        return False
    return table.column("source") is not None or any(
        rule_any("line.not_purpose").search(c.own) for c in table.columns if c.own
    )


def is_allocation_table(table: Table) -> bool:
    """A table that allots money to districts: a district column, and an
    amount column whose label says the money is allotted
    (``line.allocation_label``)."""
    amount = table.column("budget_amount")
    return (table.column("district") is not None and amount is not None
            and bool(rule_re("line.allocation_label").search(amount.own)))


def is_balance_row(row: Row) -> bool:
    """The row's first text only states the money left ("คงเหลือ"): no line."""
    texts = row.texts()
    return bool(texts) and rule_re("line.balance_row").match(texts[0].replace("**", "")) is not None


def is_share_row(row: Row) -> bool:
    """The row's first text names each column's share in percent ("สัดส่วน (%)"
    under a funders' total row): shares, no money."""
    texts = row.texts()
    return bool(texts) and rule_re("line.share_row").match(texts[0]) is not None
