"""Checks on money: budget lines against the total, unit cost times quantity, total in words."""

from __future__ import annotations

import math

from pcc_ingest.checks.findings import figure, make_finding, same_money
from pcc_ingest.extract.records import Extraction, Finding


def budget_lines_sum_to_total(ex: Extraction) -> list[Finding]:
    """The budget lines add up to the stated grand total (lines are never subtotals)."""
    total = ex.budget_total
    if total is None or not ex.budget_items:
        return []
    lines = math.fsum(item.amount_baht for item in ex.budget_items)
    if same_money(lines, total.amount_baht):
        return []
    return [make_finding("budget_lines_sum_to_total", total.evidence, expected=figure(lines),
                         found=figure(total.amount_baht), lines=len(ex.budget_items))]


def unit_cost_times_quantity(ex: Extraction) -> list[Finding]:
    """A line that shows its sum (50 บาท x 100 คน) has that product as its amount."""
    out: list[Finding] = []
    for seq, item in enumerate(ex.budget_items):
        if item.unit_cost_baht is None or item.quantity is None:
            continue
        product = item.unit_cost_baht * item.quantity
        if not same_money(product, item.amount_baht):
            out.append(make_finding(
                "unit_cost_times_quantity", item.evidence, table="budget_items", seq=seq,
                expected=figure(product), found=figure(item.amount_baht),
                unit=figure(item.unit_cost_baht), quantity=figure(item.quantity),
            ))
    return out


def total_in_words_matches_figures(ex: Extraction) -> list[Finding]:
    """A total written in figures and in words ("หนึ่งหมื่นบาทถ้วน") is one amount."""
    total = ex.budget_total
    if total is None or total.in_words is None or same_money(total.in_words, total.amount_baht):
        return []
    return [make_finding("total_in_words_matches_figures", total.evidence,
                         expected=figure(total.amount_baht), found=figure(total.in_words))]
