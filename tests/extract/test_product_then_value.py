"""A line that names a part, writes a product and then its value with no relation (a PDF's table whose
columns ran together) gives that value, only where the arithmetic holds (to 1 %: a slip copying it is still the
student's claim)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract import extract
from grader.models import Block, Document
from grader.spec_loader import load_spec

SPEC = Path(__file__).resolve().parents[2] / "reference" / "gnr638_a2.yaml"

#: (the table's lines as the PDF's text layer gives them, the part, the value read or None)
ROWS = [
    ("formula multiplications\nstandard 8 · 8 · 256 · 5 · 5 · 3 1,228,800", "conv.standard", 1228800),
    ("standard convolution 8·8·256·5·5·3 | 1,228,800 |", "conv.standard", 1228800),
    ("depthwise separable 8·8·3·25 + 8·8·3·256 53,952", "conv.depthwise", 53952),
    # the arithmetic nearly holds: the student's result with a slip, read as written (and graded so)
    ("standard 8 · 8 · 256 · 5 · 5 · 3 1,228,000", "conv.standard", 1228000),
    # it does not hold: no relation is supposed
    ("standard 8 · 8 · 256 · 5 · 5 · 3 75", "conv.standard", None),
]


@pytest.mark.parametrize("text,part,value", ROWS)
def test_a_products_value_after_it_on_the_line(text, part, value):
    document = Document("s", (Block("Q2. Convolutions: how many multiplications?", "a.pdf", 1, page=1),
                              Block(text, "a.pdf", 3, page=1)))
    answer = extract(document, load_spec(SPEC)).answers[part]
    if value is None:
        assert answer is None or answer.value["value"] != 75
    else:
        assert answer is not None and answer.value["value"] == value
