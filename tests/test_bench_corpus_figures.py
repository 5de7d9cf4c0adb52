"""bench/corpus_figures.py counts the four figures and the changes between two gradings as the README quotes them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("corpus_figures", ROOT / "bench" / "corpus_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _part(verdict: str, review: bool = False, score: float = 0.0, found: str = "1") -> dict:
    return {"verdict": verdict, "review": review, "score": score, "found": found}


TABLE = {"s1": {"p": "correct", "q": "incorrect", "note": "…", "flag": ["q"]}, "s2": {"p": "partial"}}


def test_the_four_figures():
    graded = {"s1": {"p": _part("correct", score=2), "q": _part("correct", score=2)},  # q: false credit, silent
              "s2": {"p": _part("incorrect", review=True)}}                            # flagged misread
    assert _module().figures(graded, TABLE) == (3, 1, 1, 1, 1)


def test_a_change_is_better_worse_or_other():
    old = {"s1": {"p": _part("incorrect"), "q": _part("incorrect")}, "s2": {"p": _part("partial")}}
    new = {"s1": {"p": _part("correct"), "q": _part("incorrect", review=True)}, "s2": {"p": _part("missing")}}
    lines, better, worse = _module().changes(old, new, TABLE)
    assert (better, worse, len(lines)) == (1, 1, 3)
    assert lines[0].startswith("BETTER") and "s1 p expected correct" in lines[0]
