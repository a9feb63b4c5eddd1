"""Which build of pcc-ingest extracted a stored document.

A bulk import is re-run after an upgrade to pick up better rules.  Content
hashes alone would call every stored file "unchanged" and keep its old
records forever, so each document also stores this fingerprint: the package
version and a digest of the code and the rule files.  A stored document whose
fingerprint differs from the running one is read again.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from importlib.abc import Traversable

from pcc_ingest import __version__
from pcc_ingest.rules import rules_dir

# The files whose content decides what a document's records are: code, DDL and rules.
FINGERPRINTED_SUFFIXES = (".py", ".sql", ".toml")


@cache
def extraction_fingerprint() -> str:
    """``"<version>+<12 hex digits>"``, computed once per process."""
    digest = hashlib.sha256()
    trees = [resources.files("pcc_ingest")]
    rules = rules_dir()
    if not str(rules).startswith(str(trees[0])):  # a source checkout keeps its rules beside the package
        trees.append(rules)
    for tree in trees:
        for name, data in sorted(_files(tree, "")):
            digest.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _files(folder: Traversable, prefix: str) -> list[tuple[str, bytes]]:
    """(relative name, bytes) of every fingerprinted file under ``folder``."""
    out: list[tuple[str, bytes]] = []
    for entry in folder.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                out.extend(_files(entry, name + "/"))
        elif entry.name.endswith(FINGERPRINTED_SUFFIXES):
            out.append((name, entry.read_bytes()))
    return out
