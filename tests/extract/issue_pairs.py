"""Issues as comparable (district, text) pairs, for tests that match a file's issues to its gold."""

from __future__ import annotations

from collections.abc import Iterable


def squashed(pairs: Iterable[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """Sorted pairs without white space in the text: a PDF cell breaks an issue's words across lines."""
    return sorted(((d, "".join(t.split())) for d, t in pairs), key=lambda p: (p[0] or "", p[1]))
