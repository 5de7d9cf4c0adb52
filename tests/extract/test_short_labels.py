"""A label of a letter or two ("z") names a value where it is the whole subject, as a word-label does
anywhere; elsewhere ("P(Z > 1.8) = …") it names nothing."""

from __future__ import annotations

import pytest

from grader.extract import extract
from grader.models import Block, Document

SPEC = """\
assignment: s
title: "S"
questions:
  - id: test
    title: "Q3: a test"
    keywords: [coin, heads]
    parts:
      - {id: test.z, kind: number, points: 1,
         find: {labels: ["z", "Z", "test statistic"], markers: ["(a)"]}}
"""

#: (the student's lines, the value read as z)
STATEMENTS = [
    # a later relation whose subject only mentions the label is not the label's value
    ("z = 1.8\n\nP(Z > 1.8) = 1 - 0.9641 = 0.0359", 1.8),
    ("z   =   (0.545 - 0.5)/(sqrt(0.25/400))  = 0.045/0.025  = 1.8\n\nP(Z > 1.8) = 0.0359", 1.8),
    # Unicode's fraction slash and division slash are operators: the value after them ends the chain
    ("z = 0.045 ⁄ 0.025 = 1.8", 1.8),
    ("z = 0.045 ∕ 0.025 = 1.8", 1.8),
    # a bracket sized by LaTeX follows a coefficient, not a value
    ("z &= 2\\bigl(0.9\\bigr) = \\boxed{1.8}", 1.8),
]


@pytest.mark.parametrize("text,value", STATEMENTS)
def test_a_short_label_names_the_value_of_its_own_relation(tmp_path, text, value):
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    spec = load_spec(tmp_path / "spec.yaml")
    document = Document("s", (Block("Q3 (the coin: 218 heads)", "a.txt", 1), Block(text, "a.txt", 3)))
    answer = extract(document, spec).answers["test.z"]
    assert answer is not None and answer.value["value"] == pytest.approx(value), answer and answer.text
    assert "second reader" not in " ".join(answer.review)  # the scan's own reading
