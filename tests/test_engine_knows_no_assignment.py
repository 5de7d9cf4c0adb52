"""Nothing in grader/ may know a shipped assignment: no part id, no reference function name and no
distinctive keyword of any spec in reference/ appears in the engine's source (its code, strings or
comments). Single common words ("loss", "shape") are every course's vocabulary and are not searched;
a keyword is distinctive when it has a digit, a symbol, or several words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from grader.spec_loader import load_spec
from grader.spec import referenced_functions

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {p: p.read_text(encoding="utf-8").lower() for p in sorted((ROOT / "grader").rglob("*.py"))}
SPECS = sorted((ROOT / "reference").glob("*.yaml"))


def _distinctive(word: str) -> bool:
    """A keyword only an assignment would use: not a bare number (numbers are everywhere) nor a LaTeX
    command (the notation of every course), but one with digits and letters, symbols, or words."""
    if re.fullmatch(r"[\d.,]+|\\[A-Za-z]+", word):
        return False
    return bool(re.search(r"\d|[^\w\s-]", word)) or len(word.split()) > 1


def _words(path: Path) -> list[tuple[str, str]]:
    spec = load_spec(path)
    found = [("part id", p.id) for p in spec.parts]
    found += [("question id", q.id) for q in spec.questions if len(q.id) > 4]
    # A function named by one English word ("decision") is vocabulary; a compound name is the assignment's.
    found += [("reference function", name) for name, _ in referenced_functions(spec) if "_" in name]
    found += [("keyword", k.text) for q in spec.questions for k in q.keywords if _distinctive(k.text)]
    return sorted(set(found))


#: What the engine still says of a shipped assignment, each with why it cannot be cleaned yet: strict
#: xfails, removed as their module is cleaned. Empty: the engine names none of them.
KNOWN: dict[tuple[str, str], str] = {}

CASES = [pytest.param(path.stem, what, word, id=f"{path.stem}:{what}:{word}",
                      marks=[pytest.mark.xfail(strict=True, reason=KNOWN[(path.stem, word)])]
                      if (path.stem, word) in KNOWN else [])
         for path in SPECS for what, word in _words(path)]


@pytest.mark.parametrize("assignment,what,word", CASES)
def test_the_engine_does_not_name_it(assignment, what, word):
    pattern = re.compile(r"(?<![\w.])" + re.escape(word.lower()) + r"(?![\w])")
    hits = [str(p.relative_to(ROOT)) for p, text in SOURCES.items() if pattern.search(text)]
    assert not hits, f"{assignment}'s {what} {word!r} appears in {hits}"


def test_there_is_something_to_search():
    assert len(SPECS) >= 3 and len(CASES) > 50
