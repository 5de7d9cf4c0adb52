"""A number part's ``bounds`` (a probability: [0, 1]): a value read outside them is something else of
the working, never the answer; a percentage is read as one first."""

from __future__ import annotations

import pytest

from grader.errors import SpecError
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
      - {id: bayes.post, kind: number, points: 1, percent: true, bounds: [0, 1],
         find: {labels: ["probability of having the disease"], markers: ["(b)"]}}
"""

#: (the student's words, the value read, or None: none read, or one within the bounds)
TEXTS = [
    ("That gives 108.5 positives in total, so the probability of having the disease is only roughly 8.8%.", None),
    ("So the probability of having the disease is 0.0876, out of 108.5 positives in total.", 0.0876),
    ("The probability of having the disease: 9.5 of 108.5 positives in total.", None),   # no value within
]


@pytest.mark.parametrize("text,value", TEXTS)
def test_a_value_outside_the_bounds_is_no_answer(tmp_path, text, value):
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    spec = load_spec(tmp_path / "spec.yaml")
    document = Document("s", (Block("Q1 (the disease test)", "a.txt", 1), Block(text, "a.txt", 3)))
    answer = extract(document, spec).answers["bayes.post"]
    if value is None:
        assert answer is None or 0 <= answer.value["value"] <= 100
    else:
        assert answer is not None and answer.value["value"] == pytest.approx(value)


@pytest.mark.parametrize("bounds,words", [("[1, 0]", "the lower first"), ("[0]", "two numbers"),
                                          ("oops", "two numbers")])
def test_bounds_are_two_numbers_in_order(tmp_path, bounds, words):
    (tmp_path / "spec.yaml").write_text(SPEC.replace("bounds: [0, 1]", f"bounds: {bounds}"), encoding="utf-8")
    with pytest.raises(SpecError, match=words):
        load_spec(tmp_path / "spec.yaml")


@pytest.mark.parametrize("percent,value,admitted", [
    (True, 0.0876, True), (True, 8.76, True),       # a percentage without its sign is the check's to read
    (True, 108.5, False), (False, 8.76, False), (False, 0.5, True), (False, -0.1, False),
])
def test_a_part_admits_values_within_its_bounds(percent, value, admitted):
    from grader.spec import Locator, Part
    part = Part("q.p", 1, "number", find=Locator(labels=("p",)), percent=percent, bounds=(0.0, 1.0))
    assert part.admits(value) is admitted
