"""A notebook cell that ends printing a result: the number its output shows alone is the result,
not the cell's set-up assignments."""

from __future__ import annotations

import pytest

from grader.extract import extract
from grader.models import Block, Document
from grader.spec_loader import load_spec

SPEC = """\
assignment: s
title: "S"
questions:
  - id: bayes
    title: "Q1: a test for a disease"
    keywords: [disease, positive]
    parts:
      - {id: bayes.post, kind: number, points: 1, find: {labels: ["P(D|+)", "posterior"], markers: ["(b)"]}}
"""

#: (the cell's code, its output, the value read)
CELLS = [
    ("prior = 0.01\nsens = 0.95\npb = sens*prior / (sens*prior + 0.1*(1-prior))\nprint(round(pb, 5))", "0.08756", 0.08756),
    ("prior = 0.01\nsens = 0.95\npb = sens*prior / (sens*prior + 0.1*(1-prior))\nprint(pb)", "0.0875576", 0.0875576),
]


@pytest.mark.parametrize("code,output,value", CELLS)
def test_a_printed_result_is_the_cells_answer(tmp_path, code, output, value):
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    document = Document("s", (Block("## Q1 (b) the disease test", "a.ipynb", 1, "heading", cell=3),
                              Block(code, "a.ipynb", 1, "code", cell=4),
                              Block(output, "a.ipynb", 6, "code", cell=4)))
    answer = extract(document, load_spec(tmp_path / "spec.yaml")).answers["bayes.post"]
    assert answer is not None and answer.value["value"] == pytest.approx(value)
