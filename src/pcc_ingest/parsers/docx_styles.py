"""Paragraph styles of a .docx: which make a heading, and which list they number in.

A paragraph inherits both through its style's ``basedOn`` chain; each
style's chain is resolved once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from pcc_ingest.parsers.docx_xml import W, w_attr, w_int

# Built-in heading styles (styles.xml names are English whatever Word's UI language).
HEADING_STYLE_RE = re.compile(r"^(?:heading\s*[1-9]|title|subtitle)$", re.IGNORECASE)
MAX_OUTLINE_LEVEL = 8  # outlineLvl 9 is "body text"


@dataclass(frozen=True)
class Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None


@dataclass
class Styles:
    """Paragraph styles by id, resolved through ``basedOn`` once per style."""

    styles: dict[str, Style]
    _resolved: dict[str, tuple[bool, str | None, int | None]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> Styles:
        styles: dict[str, Style] = {}
        if root is not None:
            for st in root.iterchildren(W + "style"):
                ppr = st.find(W + "pPr")
                numpr = ppr.find(W + "numPr") if ppr is not None else None
                styles[w_attr(st, "styleId") or ""] = Style(
                    name=w_attr(st.find(W + "name"), "val") or "",
                    based_on=w_attr(st.find(W + "basedOn"), "val"),
                    num_id=w_attr(numpr.find(W + "numId"), "val") if numpr is not None else None,
                    ilvl=w_int(numpr.find(W + "ilvl")) if numpr is not None else None,
                    outline=w_int(ppr.find(W + "outlineLvl")) if ppr is not None else None,
                )
        return cls(styles)

    def resolve(self, style_id: str | None) -> tuple[bool, str | None, int | None]:
        """``(is_heading, num_id, ilvl)`` a paragraph inherits from its style chain."""
        if not style_id or style_id not in self.styles:
            return False, None, None
        if style_id not in self._resolved:
            heading, num_id, ilvl = False, None, None
            seen: set[str] = set()
            sid: str | None = style_id
            while sid and sid in self.styles and sid not in seen:
                seen.add(sid)
                st = self.styles[sid]
                heading = heading or bool(HEADING_STYLE_RE.match(st.name)) or (
                    st.outline is not None and st.outline <= MAX_OUTLINE_LEVEL
                )
                num_id = num_id if num_id is not None else st.num_id
                ilvl = ilvl if ilvl is not None else st.ilvl
                sid = st.based_on
            self._resolved[style_id] = (heading, num_id, ilvl)
        return self._resolved[style_id]
