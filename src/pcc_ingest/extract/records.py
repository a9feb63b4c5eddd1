"""Pydantic models of the extracted records, each carrying its evidence.

Field names and normal forms follow ``shared/spec/RECORDS.md``; everything an
export adds beyond the spec (evidence, counts, UCCARE scores) lives here too.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from pcc_ingest.model import place_label

DocType = Literal["action_plan", "progress_report", "project_report", "inspection_report", "other"]
Category = Literal[
    "waste_environment", "road_safety", "elderly", "vulnerable_groups", "food_safety",
    "agriculture_food_security", "communicable_disease", "ncd", "maternal_child",
    "substance_abuse", "mental_health", "livelihood", "other",
]


class Evidence(BaseModel):
    """Where a value was read: the block, its place in the file, and the words.

    ``start``/``end`` index the block's normalised text; ``text`` is that slice,
    ``context`` a few words around it so an auditor can find it in the file.
    """

    block: int
    page: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    paragraph: int | None = None
    start: int
    end: int
    text: str
    context: str = ""
    from_ocr: bool = False
    repaired: bool = False
    confidence: float | None = None

    @property
    def locator(self) -> str:
        """``p.2 table 2 r2 c1``, ``¶12`` or ``block 7``."""
        return place_label(self.page, self.table, self.row, self.col, self.paragraph, self.block)


class DocumentFacts(BaseModel):
    doc_type: DocType = "other"
    province_code: str | None = None
    fiscal_year_be: int | None = None
    period_start: str | None = None
    period_end: str | None = None
    title: str | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)  # field name -> where it was read


class DistrictRecord(BaseModel):
    code: str
    name: str
    evidence: Evidence


class IssueRecord(BaseModel):
    district: str | None
    text: str
    category: Category
    evidence: Evidence


class ActivityRecord(BaseModel):
    title: str
    start: str | None = None
    end: str | None = None
    participants: int | None = None
    budget_baht: float | None = None
    evidence: Evidence


class BudgetItemRecord(BaseModel):
    description: str
    amount_baht: float
    unit_cost_baht: float | None = None
    quantity: float | None = None
    source: str | None = None
    evidence: Evidence


class BudgetTotal(BaseModel):
    amount_baht: float
    in_words: float | None = None  # the same total written in Thai words, when given
    evidence: Evidence


class OutcomeRecord(BaseModel):
    indicator: str
    district: str | None = None
    value_pct: float | None = None
    target_pct: float | None = None
    year_be: int | None = None
    result: float | None = None  # the count achieved (ผลงาน), when a table gives it
    denominator: float | None = None  # the count aimed at (เป้าหมาย), when a table gives it
    evidence: Evidence


class CountRecord(BaseModel):
    """A stated count: "จำนวน ๓๕๗ คน", "๑๗ คณะ", "ธนาคารอาหาร 76 แห่ง"."""

    what: str
    value: float
    unit: str
    district: str | None = None
    evidence: Evidence


class UccareScore(BaseModel):
    district: str | None
    issue: str | None
    component: str
    score: float
    evidence: Evidence


class Extraction(BaseModel):
    """Everything extracted from one document."""

    document: DocumentFacts = Field(default_factory=DocumentFacts)
    districts: list[DistrictRecord] = Field(default_factory=list)
    issues: list[IssueRecord] = Field(default_factory=list)
    activities: list[ActivityRecord] = Field(default_factory=list)
    budget_items: list[BudgetItemRecord] = Field(default_factory=list)
    budget_total: BudgetTotal | None = None
    outcomes: list[OutcomeRecord] = Field(default_factory=list)
    counts: list[CountRecord] = Field(default_factory=list)
    uccare_scores: list[UccareScore] = Field(default_factory=list)
    # Extractors that raised on this document ("issues: IndexError: …"): their lists are
    # empty, the rest of the document is kept.
    failed_extractors: list[str] = Field(default_factory=list)


class Finding(BaseModel):
    """An auditor cross-check a document's figures fail (see ``pcc_ingest.checks``)."""

    rule: str
    message: str
    record_table: str | None = None  # "budget_items", "outcomes", … when it concerns one record
    record_seq: int | None = None  # that record's index in its list
    expected: str | None = None
    found: str | None = None
    evidence: Evidence
