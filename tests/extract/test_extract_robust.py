"""Extraction never raises, whatever the text: hostile, broken or random input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.extract import extract
from grader.models import Block, Document

PIECES = st.sampled_from([
    "dE/dw11 = ", "\\frac{\\partial E}{\\partial w_{11}} &= ", "= ", "≈ ", "\\boxed{", "}", "$$", "$", "\\\\",
    "1,228,800", "12,28,800", "-4.418 \\times 10^{-3}", "0.0372", "[[0.1 0.2]\n [0.3 0.4]]", "| a | b |\n",
    "Question 2\n", "(a) ", "standard convolution", "depthwise separable", "z - y \\log z", "\\sum_i", "∑",
    "w_{11} = 0.5", "x = (1, 0)", "all weights are 0.3", "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}",
    "~~0.0022~~", ":=", "⟹", "\n\n", " ", "(", ")", "{", "\\", "λ", "ŷ", "\x00", "1e999", "10^{10^{10}}",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40))
def test_extract_never_raises(spec, pieces):
    text = "".join(pieces)
    doc = Document("s", (Block(text, "a.md", 1), Block(text[::-1], "a.md", 50, "math")))
    result = extract(doc, spec)
    assert set(result.answers) == {p.id for p in spec.parts}
