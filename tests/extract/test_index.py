"""The spec prepared for reading: what counts as a symbol of the working."""

from __future__ import annotations

import pytest

from grader.extract.index import symbol_pattern

#: (subject as ``compact`` writes it, the spec's working functions, whether it names a step)
SYMBOLS = [
    ("h1", (), True),            # a bare symbol of any course
    ("a1", (), True),
    ("σ(2)", (), True),          # a Greek letter at a point is a symbol too
    ("f(2)", (), True),          # f, g, h are every course's functions
    ("g'(x)", (), True),
    ("net(h1)", (), False),      # "net" is one course's notation, not the reader's...
    ("net(h1)", ("net",), True),  # ...until its spec names it
    ("sig(h1)", ("sig",), True),
    ("sig(h1)", (), False),
    ("softmax(z)", ("net",), False),
    ("totalmultiplications", ("net",), False),  # a part's subject, not a symbol
]


@pytest.mark.parametrize("subject,functions,step", SYMBOLS)
def test_a_symbol_of_the_working(subject, functions, step):
    assert bool(symbol_pattern(functions).match(subject)) is step


#: (a label as the spec writes it, spellings of the same application that name it too)
SPELLINGS = [
    ("Var(X)", ("var(x)", "var[x]", "varx")),     # "Var X", "Var[X]"
    ("E[X]", ("e[x]", "e(x)", "ex")),             # "EX = 1.1"
    ("\\mathrm{Var}(X)", ("var(x)", "var[x]", "varx")),
    ("P(A)", ("p(a)", "p[a]", "pa")),
    ("dE/dw11", ("de/dw11",                       # a derivative: in words too ("the derivative of E with respect to w11")
                 "derivativeofewithrespecttow11", "derivativeofewrtw11", "derivativeofew.r.t.w11",
                 "gradientofewithrespecttow11", "gradientofewrtw11", "gradientofew.r.t.w11")),
    ("\\frac{\\partial L}{\\partial z_k}", ("dl/dzk", "derivativeoflwithrespecttozk", "derivativeoflwrtzk",
                                            "derivativeoflw.r.t.zk", "gradientoflwithrespecttozk", "gradientoflwrtzk",
                                            "gradientoflw.r.t.zk")),
    ("dW1", ("dw1",)),                            # a name, no quotient: itself only
    ("Var(3X", ("var(3x",)),                      # an unclosed head of a longer label
    ("learnable parameters", ("learnableparameters",)),
    ("σ^2", ("σ^2", "σ2")),                       # a power is also written with a superscript
]


@pytest.mark.parametrize("label,spellings", SPELLINGS)
def test_a_function_applied_to_one_argument_is_named_in_every_bracket(label, spellings):
    from grader.extract.index import label_spellings
    from grader.extract.normalize import compact
    assert label_spellings(compact(label)) == spellings


SHORT = """\
assignment: s
title: "S"
questions:
  - id: q
    title: "Q1"
    keywords: [variance]
    parts:
      - {id: q.var, kind: number, points: 1, find: {labels: ["σ^2", "Var(X)"]}}
      - {id: q.count, kind: integer, points: 1, find: {labels: ["parameters"]}}
"""

#: (passage, whether a label of q.var names it): a short label names a passage at its head,
#: after the clause's opening word too, never in its middle
SHORT_LABELS = [
    ("σ² ", True),
    ("So σ² ", True),
    ("hence, σ² ", True),
    ("∴ σ² ", True),
    ("the sum of σ² ", False),
    ("Var X ", True),
]


@pytest.mark.parametrize("text,named", SHORT_LABELS)
def test_a_short_label_after_an_opening_word(tmp_path, text, named):
    from grader.extract.index import SpecIndex
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(SHORT, encoding="utf-8")
    index = SpecIndex.of(load_spec(tmp_path / "spec.yaml")).questions["q"]
    assert any(part == "q.var" for _, part in index.hits(text)) is named


#: (what follows a number, whether it is a named quantity the number multiplies)
COEFFICIENTS = [
    (" Var X", True),
    ("σ²", True),
    (" · Var(X)", True),
    (" parameters", False),   # a count and what it counts
    (" and so on", False),
]


@pytest.mark.parametrize("after,named", COEFFICIENTS)
def test_a_number_before_a_symbolic_label_multiplies_it(tmp_path, after, named):
    from grader.extract.index import SpecIndex
    from grader.spec_loader import load_spec
    (tmp_path / "spec.yaml").write_text(SHORT, encoding="utf-8")
    index = SpecIndex.of(load_spec(tmp_path / "spec.yaml")).questions["q"]
    assert index.opens_with_label(after.lstrip(" ·")) is named
