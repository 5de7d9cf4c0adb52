"""A prefiltered pattern finds exactly what the pattern finds, where it finds it."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.extract import prefilter
from grader.extract.prefilter import prefiltered

statements = importlib.import_module("grader.extract.statements")
values = importlib.import_module("grader.extract.values")

#: The readers' patterns that are prefiltered, and patterns with what makes the analysis hard:
#: look-behinds of every kind, anchors, optional starts, case-blind words, scoped case flags.
PATTERNS = [
    ("relations", statements._RELATION),
    ("sentence ends", statements._SENTENCE_END),
    ("comparisons", values._COMPARISON),
    ("a question of the sheet", re.compile(importlib.import_module("grader.extract.legend")._SHEET, re.IGNORECASE)),
    ("a word after a word boundary", re.compile(r"\b(?:is|equals)\b", re.I)),
    ("a letter after no letter", re.compile(r"(?<![A-Za-z])i\.e\.", re.I)),
    ("a word at the start or after a comma", re.compile(r"(?:^\s*|(?<=[,;(]\s))(?:so|thus)\b(?=\s+\d)", re.I)),
    ("spaces after a digit", re.compile(r"(?<=\d)\s*~(?=\s*\d)")),
    ("optional groups first", re.compile(r"(?:i\s+)?(?:get|got)|x?y*z", re.I)),
    ("case only inside", re.compile(r"(?i:kelvin)|(?-i:Q)r", re.I)),
    ("a negated look-behind set", re.compile(r"(?<![^a-c])d|(?<=[^\s>])<")),
    ("multiline anchors", re.compile(r"^a|b$|\Bc", re.M)),
    ("folding letters", re.compile(r"ſ|k|ı|K", re.I)),
]

#: Characters that matter to those patterns, the ones case-blind matching folds onto ASCII letters among them.
ALPHABET = "aceghiklnoqrstuxyzAEIKQS ,;(.:=~<>!\\-\n\t123~≈→ſıİKé*$"


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40))
def test_same_matches(name, pattern, text):
    fast = prefiltered(pattern)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in
                                                                    pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "so 53,952 multiplications, which is equal to 53952",
    "Total = 1,228,800 i.e. 1.2M; hence 0.659 ~ 66% and thus 4 → 5",
    "The answer is 5. Next, p < α = 0.05 is smaller than that",
])
def test_same_matches_on_sentences(text):
    for _, pattern in PATTERNS:
        assert [(m.span(), m.groups()) for m in prefiltered(pattern).finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name, pattern", PATTERNS[:3], ids=[name for name, _ in PATTERNS[:3]])
def test_the_readers_patterns_are_prefiltered(name, pattern):
    fast = prefiltered(pattern)
    assert fast is not pattern and fast.pattern.startswith("(?=")
    assert fast.groupindex == pattern.groupindex and fast.groups == pattern.groups


@pytest.mark.parametrize("source, flags", [
    (r"a*", 0),               # matches the empty string: it starts anywhere
    (r".b", 0),               # any character
    (r"[^a]b", 0),            # a negated set
    (r"(a)?\1b", 0),          # a back-reference that may come first
    (r"a  # a comment", re.X),  # verbose
    (r"(?i)abc", 0),          # global flags inside: they must stay first
    (r"(?a:\w)x", 0),         # flags of its own other than case
])
def test_left_as_it_is(source, flags):
    pattern = re.compile(source, flags)
    assert prefiltered(pattern) is pattern


@pytest.mark.parametrize("items", [
    {"a", "b", "\\s", prefilter._NON_ASCII},
    {prefilter._LETTERS, "\\U0000003d", prefilter._NON_ASCII},
    {"\\d", "\\U0000005c", "\\U0000005d", "\\U0000005e", "-", prefilter._NON_ASCII},
    {prefilter._NON_ASCII},
    {"\\w", "\\W", prefilter._NON_ASCII},
    {"x", "\\U00002248"},
])
def test_a_start_set_written_negated_holds_the_same_characters(items):
    """A set that holds every character outside ASCII is written as the ASCII it does not hold, negated."""
    written = re.compile(prefilter._class(items))
    plain = re.compile(f"[{''.join(sorted(items))}]")
    for char in [chr(c) for c in range(0x300)] + ["≈", "→", "K", "ſ", "İ", "\u2028", "\U0001f600", "\U0010ffff"]:
        assert bool(written.match(char)) == bool(plain.match(char)), repr(char)


#: The relations as written, before the prefilter: they are prefiltered with ``mid_word=False``.
RELATIONS_WRITTEN = re.compile(rf"(?P<strong>{statements._STRONG})|(?P<weak>{statements._WEAK})", re.IGNORECASE)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["is", "are", "so", "thus", "total", "sum", "gives", "equals", "approx", "about",
                                      "i.e.", "ie", "this", "x", "Kelvin", "ſo", "ı", " ", "  ", "=", ":", "1", ",", "~",
                                      "->", "\\to", "obtain", "in all", "which is", "then"]), max_size=12).map("".join))
def test_no_relation_starts_inside_a_word(text):
    """The relations' prefilter refuses a letter right after another (``mid_word=False``): no way of
    starting a relation may start there; and the prefiltered pattern finds what the pattern as written finds."""
    for m in RELATIONS_WRITTEN.finditer(text):
        assert not (m.start() > 0 and re.match(r"[A-Za-z]{2}", text[m.start() - 1:m.start() + 1])), (text, m)
    assert [(m.span(), m.groups()) for m in statements._RELATION.finditer(text)] == [
        (m.span(), m.groups()) for m in RELATIONS_WRITTEN.finditer(text)]
