"""What every document fact is read as: a value with the words it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Generic, TypeVar

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import Evidence
from pcc_ingest.model import Block
from pcc_ingest.rules import load_rules

Period = tuple[date, date]
T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value read from a block, with the span of the words."""

    value: T
    block: Block
    start: int
    end: int

    def evidence(self) -> Evidence:
        return evidence(self.block, self.start, self.end)


@cache
def fact_rules() -> dict:
    return load_rules("doc_types")

