"""Answer sheets as students type them tersely: a bold question number before its parts' markers, the number before
a label, a bracketed marker, a printed table's row, a hedge after a marker, a conclusion set in bold."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract import extract
from grader.models import Block, Document
from grader.spec_loader import load_spec

SPEC = """\
assignment: t
title: "T"
questions:
  - id: prob
    title: "Q1: probabilities"
    keywords: [die, Bayes, disease]
    parts:
      - {id: prob.dice, kind: number, points: 1, find: {labels: ["at least one six"], markers: ["(a)", "a)"]}}
      - {id: prob.bayes, kind: number, points: 1, find: {labels: ["P(D|+)", "posterior"], markers: ["(b)", "b)"]}}
  - id: conv
    title: "Q2: convolutions"
    keywords: [convolution, depthwise]
    parts:
      - {id: conv.standard, kind: integer, points: 1, find: {labels: ["standard"], markers: ["(a)", "a)"]}}
      - {id: conv.depthwise, kind: integer, points: 1, find: {labels: ["depthwise"], markers: ["(b)", "b)"]}}
  - id: test
    title: "Q3: a test"
    keywords: [coin, heads, p-value]
    parts:
      - {id: test.z, kind: number, points: 1, find: {labels: ["z", "test statistic"], markers: ["(a)", "a)"]}}
      - {id: test.pvalue, kind: number, points: 1, find: {labels: ["p-value", "p ="], markers: ["(b)", "b)"]}}
      - {id: test.decision, kind: choice, points: 1,
         choice: {options: {reject: ["reject"], keep: ["fail to reject"]}}, find: {markers: ["(c)", "c)"]}}
  - id: moments
    title: "Q5: moments"
    keywords: [variance, "E[X]"]
    parts:
      - {id: moments.mean, kind: number, points: 1, find: {labels: ["E[X]"], markers: ["(a)", "a)"]}}
      - {id: moments.var, kind: number, points: 1, find: {labels: ["Var(X)"], markers: ["(b)", "b)"]}}
      - {id: moments.vary, kind: number, points: 1, find: {labels: ["Var(3X-2)"], markers: ["(c)", "c)"]}}
"""

#: (the sheet's lines, the values read: part id -> value, or None where nothing may be read)
SHEETS = [
    # a bold question number closes its emphasis before the parts' markers
    ("**Q1.** (a) 0.42  (b) 0.0876", {"prob.dice": 0.42, "prob.bayes": 0.0876}),
    ("**Q1** (a) 0.4213  (b) 0.0876", {"prob.dice": 0.4213, "prob.bayes": 0.0876}),
    # the question's number before a short label: the label names the value
    ("Q3. z = 1.8\ntwo-sided p = 0.072", {"test.z": 1.8}),
    ("Q3) z = 1.8; two-sided p = 0.072; since 0.072 > 0.05 we cannot reject H0.", {"test.z": 1.8}),
    ("**3.** z = 1.8", {"test.z": 1.8}),
    # a bracketed number-and-letter marker opens its part: a value after it is no other part's
    ("Q3\n(3a) z = 1.80\n(3b) p-value =\n(3c) Since |z| = 1.80 < 1.96, we fail to reject H0.",
     {"test.z": 1.8, "test.pvalue": None}),
    # a printed table's row: the marker, the part's label, a gap, the value
    ("Q2\n2(a) standard                  1228800\n2(b) depthwise sep                    53952",
     {"conv.standard": 1228800, "conv.depthwise": 53952}),
    # a conclusion left as arithmetic in bold is worked out (and flagged, as any expression)
    ("Q1 Bayes\n\nP(D|+) = **9.5/108.5**", {"prob.bayes": 19 / 217}),
]


@pytest.mark.parametrize("text,values", SHEETS)
def test_a_terse_sheet_is_read_as_written(tmp_path, text, values):
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    spec = load_spec(tmp_path / "spec.yaml")
    document = Document("s", (Block("Student 22B0001", "a.md", 1), *(
        Block(para, "a.md", 3 + i) for i, para in enumerate(text.split("\n\n")))))
    answers = extract(document, spec).answers
    for part, value in values.items():
        answer = answers[part]
        if value is None:
            assert answer is None, answer.text
        else:
            assert answer is not None and answer.value["value"] == pytest.approx(value), (part, answer and answer.text)


def test_a_hedge_after_a_marker_offers_the_other_value():
    # "5c   4.41  (or 2.41 if …)": the student leaves both standing, as after a relation
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "stats_a1.yaml")
    document = Document("s", (Block("Student 22B0001", "a.txt", 1),
                              Block("5a   1.1\n5b   .49\n5c   4.41  (or 2.41 if the -2 counts?)", "a.txt", 3)))
    answer = extract(document, spec).answers["moments.vary"]
    assert answer is not None and answer.value["value"] == pytest.approx(4.41)
    assert answer.details.get("hedged") and [a.value["value"] for a in answer.alternatives][:1] == [pytest.approx(2.41)]
