"""Score: pure points from verdicts and credit, and the totals of a student."""

from __future__ import annotations

from typing import Iterable

from .models import PartResult


def part_score(credit: float, points: float) -> float:
    """Points earned for a credit fraction, rounded to 4 decimals so totals are stable."""
    return round(max(0.0, min(1.0, credit)) * points, 4)


def total(parts: Iterable[PartResult]) -> float:
    """A student's total, rounded like each part."""
    return round(sum(p.score for p in parts), 4)
