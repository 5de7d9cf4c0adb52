"""Normalisation for matching: compact forms and where a label names a text."""

from __future__ import annotations

import pytest

from grader.extract.normalize import compact, label_position


@pytest.mark.parametrize("text, same_as", [
    (r"\frac{\partial E}{\partial w_{11}}", "dE/dw11"),
    ("∂E/∂w₁₁", "dE/dw11"),
    (r"\frac{M_{\text{separable}}}{M_{\text{standard}}}", "M_separable / M_standard"),  # \text{} inside \frac
    (r"N_{\text{dws}}/N_{\text{std}}", "Ndws/Nstd"),
    ("depth-wise separable", "depthwise separable"),
    (r"\mathbf{Total}", "total"),
])
def test_spellings_of_one_thing_compact_alike(text, same_as):
    assert compact(text) == compact(same_as)


@pytest.mark.parametrize("text, label, found", [
    ("J(β) = Σ …", "J(", True),  # a label that ends in "(" names a text that starts with it
    ("L(z,y)", "L(", True),
    ("L", "L", True),
    ("L = z - y log z", "L", True),
    ("log L(z)", "L(", False),  # short labels name only the head of a text
    ("total multiplications", "L", False),
    ("the standard convolution", "standard convolution", True),  # longer ones, anywhere
])
def test_where_a_label_names_a_text(text, label, found):
    assert (label_position(compact(text), compact(label)) >= 0) is found


@pytest.mark.parametrize("text", ["depthwize seperable", "a Poission loss", "Quesion 2: b_1 = 0.5", "abcd abcde",
                                  "naïve depthwize-seperable", "x1depthwize2", "", "ÉCOLE seperable"])
def test_the_vocabulary_looks_only_at_words_it_could_fix(text):
    """``Vocabulary.fix`` reads runs of five letters or more (shorter words are never fixed): the
    same runs of letters as all of them, taken whole."""
    import re

    from grader.extract.normalize import _FIXABLE_WORD

    assert _FIXABLE_WORD.findall(text) == [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 5]
