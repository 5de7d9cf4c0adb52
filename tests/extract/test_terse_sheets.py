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
    # a terse sheet's bulleted question headings open the questions' sections
    ("Student 22M0789\n* Q1\n  - (a) 0.4213\n  - (b) 0.0876\n* Q2\n  - (b) depthwise: 4800 + 49152 = 53,952\n* Q3\n  - z = 1.8",
     {"prob.dice": 0.4213, "conv.depthwise": 53952, "test.z": 1.8}),
    # a value, then its working in a bracket that opens with "=": the value is the part's
    ("**Q2** (a) **1,228,800** (=64·256·75); (b) **53,952** (=4,800 depthwise + 49,152 pointwise)",
     {"conv.standard": 1228800, "conv.depthwise": 53952}),
    ("Q1 (a) **.4213** (=1 − .5787); (b) **.0876** (=.0095/.1085)", {"prob.dice": 0.4213, "prob.bayes": 0.0876}),
    # a pictograph before the value, a chain concluded in bold
    ("Q3 the coin\n- (a) z ≈ 1.80\n- (b) p-value: ✅ **0.0719**", {"test.pvalue": 0.0719}),
    ("Q1 Bayes\n\nP(D|+) = 0.0095/0.1085 = **0.0876**", {"prob.bayes": 0.0876}),
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


SPEC_INTERVAL = """\
assignment: t
title: "T"
questions:
  - id: ci
    title: "Q2: an interval"
    keywords: [confidence interval]
    parts:
      - {id: ci.interval, kind: interval, points: 1, find: {labels: ["CI", "confidence interval"]}}
  - id: cnn
    title: "Q1: a shape"
    keywords: [shape]
    parts:
      - {id: cnn.shape, kind: tuple, points: 1, find: {labels: ["shape"]}}
"""


@pytest.mark.parametrize("part, text, hedged", [
    ("ci.interval", "CI = (0.266, 0.374) or (0.255, 0.385)", True),
    ("ci.interval", "The 95 % CI is (0.255, 0.385) or (0.259, 0.387), depending on the method.", True),
    ("ci.interval", "CI = (0.255, 0.385) (or (0.266, 0.374) at 90 %)", True),
    ("ci.interval", "CI = (0.255, 0.385); the Wilson interval is wider.", False),
    ("cnn.shape", "shape = (14, 14, 64) or (28, 28, 64)", True),
    ("cnn.shape", "The output shape is (28, 28, 64) if we look at the\nconvolutional layer output, and (14, 14, 64) if we "
                  "include the pool.", True),
    ("cnn.shape", "The output shape is (14, 14, 64), and (28, 28, 64) before the pool.", False),
    # the same numbers in another order: one answer in two layouts
    ("cnn.shape", "shape = 14 × 14 × 64 (or (64, 14, 14) channels-first)", False),
])
def test_two_readings_with_an_or_between_are_offered_alike(tmp_path, part, text, hedged):
    (tmp_path / "spec.yaml").write_text(SPEC_INTERVAL, encoding="utf-8")
    spec = load_spec(tmp_path / "spec.yaml")
    heading = "Q2 confidence interval" if part == "ci.interval" else "Q1 output shape"
    answer = extract(Document("s", (Block(heading, "a.md", 1), Block(text, "a.md", 3))), spec).answers[part]
    assert answer is not None
    assert bool(answer.details.get("hedged")) == hedged, answer.details


_CLOSING_TABLE = ("# {1}. Backpropagation\n\n(i) dE/dw11 = 0.0044319\n\n(ii) dE/dw21 = 0.037180\n\n"
                  "# {2}. Number of multiplications\n\n(i) Standard: 25 x 3 x 256 x 64 = 1,228,800\n\n"
                  "(ii) Depthwise separable: 4,800 + 49,152 = 53,952\n\n# {3}. Loss function for a Poisson output\n\n"
                  "L = sum(lam - y log lam)\n\n# Summary\n\n| Question | Answer |\n|---|---|\n| {1} (i) | 0.00443 |\n"
                  "| {1} (ii) | 0.0372 |\n| {2} (i) | 1,228,800 |\n| {2} (ii) | 53,925 |\n| {3} | L = sum(lam - y log lam) |\n")


@pytest.mark.parametrize("numbers", [("1", "2", "3"), ("I", "II", "III")])
def test_a_closing_table_names_parts_by_the_question_s_number_and_a_roman_marker(tmp_path, numbers):
    # "| II (ii) | 53,925 |" after the last question: the row is question 2's part (b), and its last word (a slip
    # here, read as written and flagged beside the working's 53,952), not the question above it
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "gnr638_a2.yaml")
    path = tmp_path / "a.md"
    path.write_text(_CLOSING_TABLE.format("", *numbers), encoding="utf-8")
    from grader.ingest import read_submission
    answers = extract(read_submission(path), spec).answers
    assert answers["conv.depthwise"].value["value"] == 53925
    assert answers["backprop.dw21"].value["value"] == pytest.approx(0.0372)


@pytest.mark.parametrize("text, flagged", [
    ("Q3 softmax gradient\n\nso L/ zk = pk yk (the difference between)", True),   # a page's text without ∂ and −
    ("Q3 softmax gradient\n\n∂L/∂z_k = p_k - y_k", False),
    ("Q3 softmax gradient\n\ndL/dz_k = p_k - y_k", False),
])
def test_a_formula_whose_symbols_a_page_lost_is_flagged(text, flagged):
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "dl_a3.yaml")
    blocks = tuple(Block(para, "a.txt", 1 + 2 * i) for i, para in enumerate(text.split("\n\n")))
    answer = extract(Document("s", blocks), spec).answers["softmax.grad"]
    assert answer is not None
    assert any("symbols look lost" in r for r in answer.review) == flagged, answer.review


@pytest.mark.parametrize("text, value", [
    # a remark after the answer compares it with another part, then gives a symbol of the working its value: the
    # value is the symbol's ("the hidden σ′ ≈ 0.105"), not the part's whose label the remark names
    ("Q1 backprop\n\n* (b) ∂E/∂w₂₁ = 0.3677 × 0.1148 × 0.8808 ≈ 3.72 × 10⁻²\n\n"
     "(so ∂E/∂w₁₁ is ~12 % of ∂E/∂w₂₁ — makes sense, the hidden σ′ ≈ 0.105 shrinks it)", 0.0372),
    ("Q1 backprop\n\n∂E/∂w₂₁ = 0.0372, and with it the output's δ₂ = 0.0422", 0.0372),
])
def test_a_symbol_of_the_working_after_a_label_takes_its_own_value(tmp_path, text, value):
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "gnr638_a2.yaml")
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    from grader.ingest import read_submission
    answer = extract(read_submission(path), spec).answers["backprop.dw21"]
    assert answer is not None and answer.value["value"] == pytest.approx(value), answer and answer.text


def test_what_is_read_from_a_mended_line_is_shown_as_the_student_wrote_it():
    # the reader reads "p-value:   **0.0719**" (a pictograph as a space); the person is shown the line as written
    spec = load_spec(Path(__file__).resolve().parents[2] / "reference" / "stats_a1.yaml")
    line = "- (b) p-value: ✅ **0.0719**"
    document = Document("s", (Block("Q3 the coin, 218 heads", "a.md", 1), Block(f"- (a) z ≈ 1.80\n{line}", "a.md", 3)))
    answer = extract(document, spec).answers["test.pvalue"]
    assert answer is not None and answer.value["value"] == pytest.approx(0.0719)
    assert answer.evidence.excerpt == line and answer.evidence.line == 4
