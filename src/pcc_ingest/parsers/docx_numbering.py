"""The list labels Word generates ("๑.", "1.2", "ก)", "•"), rebuilt from ``numbering.xml``.

Word stores no label in the paragraph, only a list and a level; the label
is counted here as Word and LibreOffice count it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from pcc_ingest.parsers.docx_number_format import format_number
from pcc_ingest.parsers.docx_styles import Styles
from pcc_ingest.parsers.docx_xml import W, w_attr, w_int, w_int_attr

# Bullets from the Symbol/Wingdings fonts are stored as private-use code
# points (U+F0xx); the label carries the character a reader sees.
SYMBOL_BULLETS = {
    "\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "◆", "\uf076": "❖", "\uf0d8": "➢",
    "\uf0fc": "✓", "\uf06e": "■", "\uf06c": "●", "\uf071": "❑", "\uf0e0": "➢",
    "\uf02d": "-", "\uf0be": "—",
}
DEFAULT_BULLET = "•"
# A level placeholder in lvlText: "%1." or "%1.%2" (1-based level numbers).
LEVEL_PLACEHOLDER_RE = re.compile(r"%([1-9])")
LEVELS = 9


@dataclass(frozen=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart_after: int | None = None  # lvlRestart: 0 never; None after any shallower level
    legal: bool = False  # isLgl: every level's number shown in decimal


@dataclass
class ListInstance:
    """A ``w:num``: the abstract list it counts in and its level overrides."""

    abstract: str
    levels: dict[int, Level]
    start_overrides: dict[int, int]
    used: bool = False


@dataclass
class Numbering:
    """The lists of one document and their running counters.

    Counting follows Word and LibreOffice: list instances sharing an abstract
    definition continue one count unless an instance overrides a level's
    start; using a level restarts the deeper ones (unless ``lvlRestart`` says
    otherwise); a level used before its parents counts the parents as started.
    """

    instances: dict[str, ListInstance]
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None, styles: Styles) -> Numbering:
        """Read ``numbering.xml`` once, so paragraphs never look anything up in XML."""
        if root is None:
            return cls({})
        abstract: dict[str, dict[int, Level]] = {}
        style_link: dict[str, str] = {}
        for an in root.iterchildren(W + "abstractNum"):
            aid = w_attr(an, "abstractNumId") or ""
            abstract[aid] = {w_int_attr(lvl, "ilvl"): _level(lvl) for lvl in an.iterchildren(W + "lvl")}
            link = w_attr(an.find(W + "numStyleLink"), "val")
            if link:
                style_link[aid] = link
        nums: dict[str, tuple[str, etree._Element]] = {}
        for num in root.iterchildren(W + "num"):
            aid = w_attr(num.find(W + "abstractNumId"), "val")
            if aid is not None:
                nums[w_attr(num, "numId") or ""] = (aid, num)
        # An abstract list that only names a list style (numStyleLink) counts
        # with the levels of the list that style points at.
        for aid, style_id in style_link.items():
            target = styles.styles.get(style_id)
            if target is not None and target.num_id in nums:
                linked_aid = nums[target.num_id][0]
                if linked_aid != aid and abstract.get(linked_aid):
                    abstract[aid] = abstract[linked_aid]
        instances: dict[str, ListInstance] = {}
        for num_id, (aid, num) in nums.items():
            levels = dict(abstract.get(aid, {}))
            starts: dict[int, int] = {}
            for ov in num.iterchildren(W + "lvlOverride"):
                ilvl = w_int_attr(ov, "ilvl")
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = w_int(ov.find(W + "startOverride"))
                if start is not None:
                    starts[ilvl] = start
            instances[num_id] = ListInstance(aid, levels, starts)
        return cls(instances)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance list ``num_id`` at level ``ilvl`` and return the label Word draws.

        ``numId`` 0 switches a style's list off; it and unknown lists or levels
        have no label.
        """
        inst = self.instances.get(num_id)
        if inst is None or ilvl not in inst.levels or not 0 <= ilvl < LEVELS:
            return None
        counters = self.counters.setdefault(inst.abstract, [None] * LEVELS)
        if not inst.used:
            inst.used = True
            for k in inst.start_overrides:
                if 0 <= k < LEVELS:
                    counters[k] = None
        for k in range(ilvl):
            if counters[k] is None:
                counters[k] = self._start(inst, k)
        current = counters[ilvl]
        counters[ilvl] = self._start(inst, ilvl) if current is None else current + 1
        for k in range(ilvl + 1, LEVELS):
            restart_after = inst.levels.get(k, Level()).restart_after
            if restart_after is None or ilvl < restart_after:
                counters[k] = None
        return self._render(inst, ilvl, counters)

    @staticmethod
    def _start(inst: ListInstance, ilvl: int) -> int:
        return inst.start_overrides.get(ilvl, inst.levels.get(ilvl, Level()).start)

    def _render(self, inst: ListInstance, ilvl: int, counters: list[int | None]) -> str | None:
        level = inst.levels[ilvl]
        if level.fmt == "bullet":
            return _bullet(level.text)

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters[k]
            if value is None:
                value = self._start(inst, k)
            return format_number(value, "decimal" if level.legal else inst.levels.get(k, Level()).fmt)

        return LEVEL_PLACEHOLDER_RE.sub(number, level.text).strip() or None


def _level(lvl: etree._Element) -> Level:
    start = w_int(lvl.find(W + "start"))
    restart = w_int(lvl.find(W + "lvlRestart"))
    legal = lvl.find(W + "isLgl")
    text_el = lvl.find(W + "lvlText")
    return Level(
        start=1 if start is None else start,
        fmt=w_attr(lvl.find(W + "numFmt"), "val") or "decimal",
        text="" if text_el is None else w_attr(text_el, "val") or "",
        restart_after=restart,
        legal=legal is not None and w_attr(legal, "val") not in ("0", "false", "off"),
    )


def _bullet(text: str) -> str | None:
    label = "".join(
        SYMBOL_BULLETS.get(ch, DEFAULT_BULLET) if "\ue000" <= ch <= "\uf8ff" else ch for ch in text
    ).strip()
    return label or None
