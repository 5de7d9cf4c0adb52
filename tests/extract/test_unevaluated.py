"""A part's labelled chain that ends in arithmetic never worked out is read at its value, flagged; a
value the student works out later concludes instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract import extract
from grader.models import Block, Document
from grader.spec_loader import load_spec

SPEC = Path(__file__).resolve().parents[2] / "reference" / "gnr638_a2.yaml"

#: (the working, the value read, whether it is flagged as worked out for the student)
CHAINS = [
    ("Q1 backprop\nh1(1 - h1) = 0.1050\n(b) ∂E/∂w21 = (o1-t1) · o1(1-o1) · h1\n             = 0.3677 × 0.1148 × 0.8808",
     0.0371803, True),
    ("Q1 backprop\n(b) ∂E/∂w21 = [0.3677 × 0.1148] × 0.8808", 0.0371803, True),
    # the student's own value after the expression concludes
    ("Q1 backprop\n(b) dE/dw21 = 0.3677 × 0.1148 × 0.8808\n        = 0.0372", 0.0372, False),
]


@pytest.mark.parametrize("text,value,flagged", CHAINS)
def test_an_expression_left_unevaluated(text, value, flagged):
    answer = extract(Document("s", (Block(text, "a.txt", 1),)), load_spec(SPEC)).answers["backprop.dw21"]
    assert answer is not None and answer.value["value"] == pytest.approx(value, rel=1e-5)
    assert any("worked out for them" in r for r in answer.review) is flagged
