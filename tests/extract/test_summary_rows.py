"""A closing answers table's row names a part by the sheet's numbering, whatever section it sits in."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract import extract
from grader.models import Block, Document
from grader.spec_loader import load_spec

SPEC = Path(__file__).resolve().parents[2] / "reference" / "gnr638_a2.yaml"

#: (a closing table under the first question's working, the loss read)
TABLES = [
    ("| question | answer |\n|---|---|\n| Q3 loss | y*ln(lambda) - lambda |", "y*ln(lambda) - lambda"),
    ("| Q | answer |\n|---|---|\n| 3 | lambda - y log(lambda) |", "lambda - y log(lambda)"),
]


@pytest.mark.parametrize("table,loss", TABLES)
def test_a_formula_in_a_closing_tables_row_answers_its_part(table, loss):
    document = Document("s", (Block("Q1. Backpropagation: dE/dw11 = 0.0044 and dE/dw21 = 0.037.", "a.md", 1),
                              Block(table, "a.md", 3)))
    answer = extract(document, load_spec(SPEC)).answers["poisson.loss"]
    assert answer is not None and answer.text == loss
