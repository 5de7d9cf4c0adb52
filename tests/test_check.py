"""Check: tolerances, known mistakes and array comparisons, as pure functions."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from grader.check import check_arrays, check_number, comparison_text, within
from grader.models import Answer
from grader.spec import Call, Mistake, Part, Tolerance

WITHIN = [
    ("rel-inside", Tolerance(relative=0.05), 0.0043, 0.0044318, True),
    ("rel-edge-outside", Tolerance(relative=0.05), 0.0042, 0.0044318, False),
    ("rel-sign", Tolerance(relative=0.05), -0.0044318, 0.0044318, False),
    ("abs", Tolerance(absolute=0.001), 1.0009, 1.0, True),
    ("abs-outside", Tolerance(absolute=0.001), 1.0011, 1.0, False),
    ("abs-or-rel", Tolerance(relative=0.01, absolute=0.5), 0.4, 0.0, True),
    ("sf-3", Tolerance(sig_figs=3), 0.00443, 0.0044318, True),
    ("sf-3-off", Tolerance(sig_figs=3), 0.00445, 0.0044318, False),
    ("sf-2-rounded", Tolerance(sig_figs=2), 0.037, 0.037179, True),
    ("exact", Tolerance(exact=True), 1228800.0, 1228800, True),
    ("exact-off-by-one", Tolerance(exact=True), 1228801.0, 1228800, False),
    ("nan", Tolerance(relative=1.0), math.nan, 1.0, False),
    ("inf", Tolerance(absolute=1e300), math.inf, 1.0, False),
    ("expected-nan", Tolerance(relative=1.0), 1.0, math.nan, False),
]


@pytest.mark.parametrize("tol,found,expected,ok", [w[1:] for w in WITHIN], ids=[w[0] for w in WITHIN])
def test_the_comparison_in_words_agrees_with_within(tol, found, expected, ok):
    """The audit trail's sentence states the same comparison ``within`` decides."""
    text = comparison_text(tol, found, expected)
    if tol.exact:
        assert text.endswith("must be equal") and ("against" in text)
        return
    diff, allowed = text.split("| = ")[1].split("; allowed ")
    allowed = float(allowed.split(" (")[0])
    if math.isfinite(float(diff)):
        assert (float(diff) <= allowed * (1 + 1e-5)) == ok or not math.isfinite(expected)
    assert tol.describe() in text


@pytest.mark.parametrize("tol,found,expected,text", [
    (Tolerance(relative=0.01), -0.004418, -0.0044318, "|-0.004418 - -0.0044318| = 1.38e-05; allowed 4.4318e-05 "
                                                      "(1 % relative)"),
    (Tolerance(exact=True), 53952.0, 53952, "53952 against 53952: must be equal"),
    (Tolerance(sig_figs=2), 0.037, 0.037179, "|0.037 - 0.037179| = 0.000179; allowed 0.00051 "
                                             "(2 significant figures)"),
])
def test_the_comparison_in_words(tol, found, expected, text):
    assert comparison_text(tol, found, expected) == text


@pytest.mark.parametrize("tol,found,expected,ok", [w[1:] for w in WITHIN], ids=[w[0] for w in WITHIN])
def test_within(tol, found, expected, ok):
    assert within(tol, found, expected) is ok


def test_exact_compares_the_written_fraction_not_the_float():
    assert within(Tolerance(exact=True), 1228800.0, 1228800, exact_found=Fraction(1228800))
    assert not within(Tolerance(exact=True), 1228800.0, 1228800, exact_found=Fraction(12288001, 10))


def _answer(value, text=None, sig_figs=None, exact=None):
    return Answer("p", text or str(value), {"value": value, "sig_figs": sig_figs, "exact": exact}, None, 0.9)


CONV = Part("conv.standard", 5, "integer", expected=Call("f"), tolerance=Tolerance(exact=True), mistakes=(
    Mistake("input-size", 0.0, "input size used", value=Call("g")),
    Mistake("rounded", 0.0, "rounded", transform="rounded"),
))
GRAD = Part("dw11", 3, "number", expected=Call("f"), tolerance=Tolerance(relative=0.05), mistakes=(
    Mistake("sign", 0.5, "sign", transform="negated"),))
DEPTH = Part("conv.depthwise", 5, "integer", expected=Call("f"), tolerance=Tolerance(exact=True), mistakes=(
    Mistake("stage", 0.4, "one stage", value=Call("h")),))

CASES = [
    ("count-exact", CONV, _answer(1228800.0, "12,28,800", 7, Fraction(1228800)), "correct", 1.0, None),
    ("count-sci", CONV, _answer(1228800.0, "1.2288e6", 5, Fraction(1228800)), "correct", 1.0, None),
    ("count-rounded", CONV, _answer(1230000.0, "1.23 × 10^6", 3, Fraction(1230000)), "incorrect", 0.0, "rounded"),
    ("count-rounded-2sf", CONV, _answer(1200000.0, "1.2 million", 2, Fraction(1200000)), "incorrect", 0.0, "rounded"),
    ("count-input-size", CONV, _answer(2764800.0, "2,764,800", 7, Fraction(2764800)), "incorrect", 0.0, "input-size"),
    ("count-unknown", CONV, _answer(12345.0, "12345", 5, Fraction(12345)), "incorrect", 0.0, None),
    ("grad-hand-rounded", GRAD, _answer(0.0044), "correct", 1.0, None),
    ("grad-sign", GRAD, _answer(-0.004418), "partial", 0.5, "sign"),
    ("grad-far", GRAD, _answer(0.0040), "incorrect", 0.0, None),
    ("grad-sign-and-far", GRAD, _answer(-0.0040), "incorrect", 0.0, None),
    ("depthwise-one-stage", DEPTH, _answer(4800.0, "4,800", 2, Fraction(4800)), "partial", 0.4, "stage"),
]
VALUES = {"conv.standard": (1228800, {"input-size": 2764800}), "dw11": (0.0044318, {}),
          "conv.depthwise": (53952, {"stage": 4800})}


@pytest.mark.parametrize("part,answer,verdict,credit,mistake", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_check_number(part, answer, verdict, credit, mistake):
    expected, mistakes = VALUES[part.id]
    check = check_number(part, answer, expected, mistakes)
    assert (check.verdict, check.credit, check.mistake) == (verdict, credit, mistake)
    assert check.feedback


@pytest.mark.parametrize("review", [True, False])
def test_a_mistake_the_spec_asks_to_see_is_graded_as_the_mistake_and_flagged(review):
    part = Part("dw11", 3, "number", expected=Call("f"), tolerance=Tolerance(relative=0.05), mistakes=(
        Mistake("sign", 0.5, "sign", transform="negated", review=review),))
    check = check_number(part, _answer(-0.004418), 0.0044318, {})
    assert (check.verdict, check.mistake) == ("partial", "sign")
    assert bool(check.review) is review and all("'sign'" in r for r in check.review)


def test_incorrect_feedback_says_how_far():
    check = check_number(GRAD, _answer(0.0040), 0.0044318, {})
    assert "9.74 %" in check.feedback and "5 % relative" in check.feedback


EXPECTED = [np.ones((2, 2)), np.zeros(2), np.full((2, 2), 2.0), np.ones(2)]
GROUPS = {"weights": (0, 2), "biases": (1, 3)}
ARRAYS = [
    ("all-right", [[[1, 1], [1, 1]], [0, 0], [[2, 2], [2, 2]], [1, 1]], True, {"weights": True, "biases": True}),
    ("bias-wrong", [[[1, 1], [1, 1]], [9, 9], [[2, 2], [2, 2]], [1, 1]], False, {"weights": True, "biases": False}),
    ("wrong-shape", [[1, 1, 1, 1], [0, 0], [[2, 2], [2, 2]], [1, 1]], False, {"weights": False, "biases": True}),
    ("too-few", [[[1, 1], [1, 1]]], False, {"weights": False, "biases": False}),
    ("nan", [[[1, math.nan], [1, 1]], [0, 0], [[2, 2], [2, 2]], [1, 1]], False, {"weights": False, "biases": True}),
    ("strings", [[["a", 1], [1, 1]], [0, 0], [[2, 2], [2, 2]], [1, 1]], False, {"weights": False, "biases": True}),
    ("not-a-tuple", 5.0, False, {"weights": False, "biases": False}),
]


@pytest.mark.parametrize("returned,ok,groups", [a[1:] for a in ARRAYS], ids=[a[0] for a in ARRAYS])
def test_check_arrays(returned, ok, groups):
    all_ok, per_group, problem = check_arrays(returned, EXPECTED, rtol=1e-6, atol=1e-12, groups=GROUPS)
    assert all_ok is ok and per_group == groups
    assert bool(problem) is (not ok)


@pytest.mark.parametrize("returned, strict_groups", [
    ([[[1, 1], [1, 1]], [[0], [0]], [[2, 2], [2, 2]], [1, 1]], {"weights": False, "biases": False}),  # a bias as a column
    ([[1, 1, 1, 1], [0, 0], [[2, 2], [2, 2]], [1, 1]], {"weights": False, "biases": False}),
    ([[[1, 1], [1, 1]], [9, 9], [[2, 2], [2, 2]], [1, 1]], {"weights": True, "biases": False}),  # right shapes: as before
], ids=["bias-column", "weights-flat", "bias-wrong-values"])
def test_a_wrong_shape_fails_every_group_when_shapes_are_strict(returned, strict_groups):
    """A rubric's "incorrect if it returns the wrong shape": one array of the wrong shape leaves no group right
    (the spec's ``wrong_shape_partial: false``, the default), though its values elsewhere match."""
    _, per_group, problem = check_arrays(returned, EXPECTED, rtol=1e-6, atol=1e-12, groups=GROUPS,
                                         shape_fails_all=True)
    assert per_group == strict_groups and problem
