"""Projects that head activities: a project with activities under it holds
them and is none itself."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import _re
from pcc_ingest.model import Document


def without_project_heads(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Drop the projects that head activities.

    A project ("โครงการ…") whose first mention in the document is followed,
    before the next project's, by activities of its own holds them and is
    none itself (nor is a later mention of it, in a summary table, say); a
    project with nothing under it (a plan that lists its projects) is the
    planned activity.
    """
    def is_project(d: Draft) -> bool:
        return bool(_re("words", "project").match(d.title))

    def key(title: str) -> str:
        return "".join(title.split())

    blocks = [(b.order, "".join(b.text.split())) for b in doc.body()]
    first = {}
    for d in drafts:
        if is_project(d) and key(d.title) not in first:
            first[key(d.title)] = next((order for order, text in blocks if key(d.title) in text), d.block.order)
    starts = sorted(first.values())
    heads = set()
    for name, start in first.items():
        end = next((s for s in starts if s > start), None)
        if any(not is_project(d) and start < d.block.order and (end is None or d.block.order < end) for d in drafts):
            heads.add(name)
    return [d for d in drafts if not (is_project(d) and key(d.title) in heads)]
