"""The title zone and section headings of a document.

They live with the districts because the district of a single-district
report is the one its title names; the other extractors share them.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.text import strip_list_marker


@cache
def _section_patterns() -> tuple[re.Pattern[str], int, re.Pattern[str], tuple[str, ...]]:
    """``headings.toml`` compiled once: the part label, the heading length limit, and one
    pattern for all sections whose group ``s<i>`` is the ``i``-th section's patterns.

    An alternation matches with its first alternative that can, so the first
    section (in file order) with a matching pattern wins, as in a loop over them.
    """
    headings = load_rules("headings")
    names = tuple(headings["sections"])
    alternatives = (
        f"(?P<s{i}>{'|'.join(f'(?:{p})' for p in headings['sections'][name])})" for i, name in enumerate(names)
    )
    return re.compile(headings["part_label"]), headings["max_heading_chars"], re.compile("|".join(alternatives)), names


def section_of(text: str) -> str | None:
    """The section (``extractors/headings.toml``) a short block is the heading of, else ``None``.

    Shared by the extractors that read sections: the title zone ends at the
    first heading, issues are read under an issue heading.
    """
    part_label, max_chars, sections, names = _section_patterns()
    body = part_label.sub("", strip_list_marker(text), count=1)
    if len(body) > max_chars:
        return None
    m = sections.match(body)
    return names[int(m.lastgroup[1:])] if m else None


def title_blocks(doc: Document) -> list[Block]:
    """The leading blocks where a document names itself (title, form header).

    Table cells before the title are passed over (PDF reading order may put
    a form's header table first); the zone stops at the next table cell,
    list item, section heading or long prose block, and after a fixed number
    of blocks.
    """
    limits = load_rules("headings")["title"]
    out: list[Block] = []
    for block in doc.body():
        if block.kind == "table_cell" and not out:
            continue
        if block.kind == "table_cell" or len(out) >= limits["max_blocks"]:
            break
        if len(block.text) > limits["max_chars" if out else "max_first_chars"]:
            break
        if out and (block.kind == "list_item" or strip_list_marker(block.text) != block.text
                    or section_of(block.text) is not None):
            break
        out.append(block)
    return out
