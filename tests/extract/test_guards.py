"""The tests at C speed that refuse a text before a pattern is tried on it: each must let through every
text the pattern can match (a guard that refused one would change a reading)."""

from __future__ import annotations

import re

import pytest

from grader.extract import lexicon
from grader.extract import values as v
from grader.report import render

SUBJECTS = [
    "the p-value (3.59 %) is smaller than α", "p = 0.036 < α", "P(N ≥ 1)", "x \\le y", "a \\gt b", "LESS THAN",
    "it Exceeds", "compared with", "Compared To the other", "versus", "A vs B", "is above", "falls below",
    "  above", "well above", "verſus", "dE/dw11", "so the total", "Standard conv", "(a > b) total", "more than",
    "x ≤ 3", "abovementioned", "vs.", "",
]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_last_comparison_is_the_patterns(subject: str) -> None:
    unbracketed = v._BRACKETED.sub(lambda m: " " * len(m.group(0)), subject) if "(" in subject else subject
    matches = list(v._COMPARISON.finditer(unbracketed))
    assert v._last_comparison(subject) == (matches[-1].end() if matches else None)


DESCRIBED = ["= 75 filters of size 5×5×3", "256 filters * 64", "64 positions x 75 taps", "75 taps \\times 64",
             "12 apples per box", "3 cm", "5 kernels · 3", "4 ripe\nx 3", "filters", ""]


@pytest.mark.parametrize("text", DESCRIBED)
def test_describes_is_the_patterns(text: str) -> None:
    for start in range(len(text) + 1):
        assert v._describes(text, start, len(text)) == (v._DESCRIBES.match(text, start, len(text)) is not None)


def test_every_check_word_holds_a_stem() -> None:
    for word in lexicon.CHECK_WORDS:
        assert any(stem in word for stem in v._CHECK_STEMS), word


@pytest.mark.parametrize("line", ["as a quick Check: 0.0044", "Sanity  check = 3", "VERIFIED 2", "we get 0.0044",
                                  "checKing", "cross-check 5", "double-checked", "no such word 1"])
def test_in_check_is_the_patterns(line: str) -> None:
    class _Block:
        text = "first line\n" + line

    assert v._Scanner._in_check(_Block(), len(_Block.text)) == (
        v._CHECK.search(_Block.text, len("first line\n"), len(_Block.text)) is not None)


PLAIN = ["1{,}228{,}800", "4.43 \\times 10^{-3}", "$\\frac{1}{2}$", "\\hat{y} - y", "\\bar x", "w^\\top x",
         "θ_{i}", "θ^{T}", "\\sqrt{2}", "\\left( a \\right)", "\\\\lambda", "a\\,b", "x^{ab", "{ab}", "$5$",
         "\\dfrac{3}{4}", "\\widehat{p}", "2 \\cdot 3", "\\mathbf{53952}", "\\num{1228800}"]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_spellings_hold_what_they_say(text: str) -> None:
    """Every match of each row's pattern holds the row's first item, on the text as each row meets it."""
    for holds, pattern, replacement, _why in render.PLAIN_SPELLINGS:
        assert all(holds in m.group(0) for m in pattern.finditer(text)), (holds, pattern.pattern)
        text = pattern.sub(replacement, text)
