"""Print the README's "Database schema" section from metadata.json (the one description of every column).

Run `python scripts/schema_doc.py` after changing the schema and paste the output into README.md;
tests/test_readme.py fails while the README and this output differ.
"""

from __future__ import annotations

import json
from pathlib import Path

METADATA = Path(__file__).resolve().parents[1] / "metadata.json"
EVIDENCE = ("ev_block", "ev_page", "ev_table", "ev_row", "ev_col", "ev_paragraph", "ev_start", "ev_end",
            "ev_text", "ev_context", "from_ocr", "repaired", "confidence")


def schema_markdown() -> str:
    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["pcc"]["tables"]
    out: list[str] = []
    for name, meta in tables.items():
        out.append(f"#### `{name}`\n\n{meta.get('description', '')}\n")
        columns = meta.get("columns", {})
        if not columns:
            continue
        shared = [c for c in EVIDENCE if c in columns]
        out.append("| column | meaning |\n| --- | --- |")
        out.extend(f"| `{c}` | {_cell(d)} |" for c, d in columns.items() if c not in shared or len(shared) < len(EVIDENCE))
        if len(shared) == len(EVIDENCE):
            out.append("| `ev_block` … `confidence` | the evidence columns (see below) |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    """A description as a Markdown table cell (a bare | would end the cell)."""
    return text.replace("|", "\\|")


if __name__ == "__main__":
    print(schema_markdown(), end="")
