"""Issue cells merged down over several districts' rows of a district table: whose issues they are.

A provincial table gives a row per district, and the issues every district
shares are often typed once in a cell merged down the rows ("ประเด็นร่วม
ของจังหวัด" beside each district's own issues).  Parsers read a merged cell
once, in its first row; the rows below lack that column.  The cell's issues
belong to every district it covers, and when it covers every district of
the table they are the province's (``district`` null), not the first row's.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Block


def total_row(row: dict[int, Block], district_col: int | None) -> bool:
    """Whether a table row is its total row ("รวม"), read from its district or first cell."""
    key = row.get(district_col) if district_col is not None else None
    first = row[min(row)] if row else None
    cell = key or first
    return cell is not None and bool(compiled(issue_rules()["table"]["total_row"]).match(cell.text))


def row_district(row: dict[int, Block], district_col: int | None, province: str | None) -> str | None:
    """The district a row's district cell names, if it has one."""
    key = row.get(district_col) if district_col is not None else None
    lead = district_at_start(key.text, province) if key is not None and key.text else None
    return lead[0] if lead else None


def shared_cells(
    rows: list[dict[int, Block]], issue_cols: frozenset[int], district_col: int | None,
    province: str | None,
) -> dict[tuple[int, int], list[str | None]]:
    """Issue cells merged over other districts' rows, by (row index, column): whose issues they are.

    ``rows`` are the table's body rows.  A cell covers the rows below it that
    lack its column, up to the first row that has it; it is shared when those
    rows name a district other than its own.  A cell that covers every
    district row, total row aside, is the province's: its one owner is ``None``.
    """
    if district_col is None:
        return {}
    body = [i for i, row in enumerate(rows) if row and not total_row(row, district_col)]
    shared: dict[tuple[int, int], list[str | None]] = {}
    for col in issue_cols:
        for n, i in enumerate(body):
            if col not in rows[i] or not rows[i][col].text:
                continue
            covered = [i]
            for j in body[n + 1:]:
                if col in rows[j]:
                    break
                covered.append(j)
            codes: list[str | None] = list(dict.fromkeys(
                code for j in covered if (code := row_district(rows[j], district_col, province)) is not None
            ))
            if len(codes) < 2:
                continue
            everyone = covered[0] == body[0] and covered[-1] == body[-1]
            shared[(i, col)] = [None] if everyone else codes
    return shared
