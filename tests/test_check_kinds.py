"""Check for the answer kinds made of several values or of words: tuples, whole arrays,
intervals, choices, several accepted answers, percentages; and code rubrics by named tests."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from grader.check import CallOutcome, check_array, check_choice, check_code_tests, check_interval, check_number, \
    check_tuple
from grader.models import Answer
from grader.spec import (AcceptedAnswer, Call, ChoiceOption, ChoiceOptions, CodeOptions, CodeTest, Mistake, Part, Tolerance,
                         TupleOptions)


def _answer(text: str, **value) -> Answer:
    return Answer("p", text, value, None, 0.9)


SHAPE = Part("cnn.shape", 4, "tuple", expected=Call("f"), tolerance=Tolerance(exact=True),
             tuple_options=TupleOptions(orders=((2, 0, 1),), batch=True),
             mistakes=(Mistake("pool", 0, "pool forgotten", value=Call("g")),
                       Mistake("spatial", 0.5, "channels missing", value=Call("h"))))
SHAPE_MISTAKES = {"pool": (28, 28, 64), "spatial": (14, 14)}

TUPLES = [
    # found, verdict, mistake, why
    ([14, 14, 64], "correct", None, "the reference's order"),
    ([64, 14, 14], "correct", None, "an accepted order: channels first"),
    ([float("nan"), 14, 14, 64], "correct", None, "a named batch dimension (N, 14, 14, 64)"),
    ([1, 64, 14, 14], "correct", None, "a batch dimension of 1, channels first"),
    ([14, 64, 14], "incorrect", None, "an order nobody accepted"),
    ([28, 28, 64], "incorrect", "pool", "a known mistake"),
    ([64, 28, 28], "incorrect", "pool", "a known mistake in an accepted order"),
    ([14, 14], "partial", "spatial", "a known mistake of another length"),
    ([14, 14, 63], "incorrect", None, "one element off: every element counts"),
    ([2, 14, 14, 64], "incorrect", None, "a leading 2 is no batch dimension of one"),
]


@pytest.mark.parametrize("found,verdict,mistake,why", TUPLES, ids=[t[3] for t in TUPLES])
def test_tuples_compare_every_element_in_an_accepted_order(found, verdict, mistake, why):
    check = check_tuple(SHAPE, _answer(str(found), values=found), (14, 14, 64), SHAPE_MISTAKES)
    assert (check.verdict, check.mistake) == (verdict, mistake), (why, check.feedback)


@pytest.mark.parametrize("found, review", [([2, 2], True), ([28, 28], True), ([14, 14], False), ([14, 64, 14], False)])
def test_a_tuple_of_another_length_that_no_mistake_names_is_flagged(found, review):
    # (2, 2) and (28, 28) are products of the working as often as answers; (14, 14) is a named mistake
    check = check_tuple(SHAPE, _answer(str(found), values=found), (14, 14, 64), SHAPE_MISTAKES)
    assert bool(check.review) == review, check.review


W = np.array([[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]])
MATRIX = Part("sgd", 5, "matrix", expected=Call("f"), tolerance=Tolerance(absolute=0.005),
              mistakes=(Mistake("transposed", 0.5, "transposed", transform="transposed"),
                        Mistake("ascent", 0, "added", value=Call("g"))))

ARRAYS = [
    (W, "correct", None, "every element within the tolerance"),
    (W + 0.004, "correct", None, "inside 0.005 absolute"),
    (W.T, "partial", "transposed", "the transpose, named as a mistake"),
    (W + np.array([[0, 0, 0.1], [0, 0, 0]]), "incorrect", None, "one element off among six"),
    (W[:, :2], "incorrect", None, "a wrong shape"),
    (np.array([[0.25, 0.0, 0.35], [-0.1, 0.1, -0.1]]), "incorrect", "ascent", "a known wrong matrix"),
]


@pytest.mark.parametrize("found,verdict,mistake,why", ARRAYS, ids=[a[3] for a in ARRAYS])
def test_a_whole_matrix_compares_its_shape_and_every_element(found, verdict, mistake, why):
    check = check_array(MATRIX, _answer("M", array=found.tolist()), W,
                        {"ascent": np.array([[0.25, 0.0, 0.35], [-0.1, 0.1, -0.1]])})
    assert (check.verdict, check.mistake) == (verdict, mistake), (why, check.feedback)


@pytest.mark.parametrize("found, review", [(W[:, :2], True), (W[:1], True), (W + np.array([[0, 0, 0.1], [0, 0, 0]]),
                                                                                False)])
def test_an_array_of_another_shape_is_flagged_as_maybe_another_array_of_the_working(found, review):
    check = check_array(MATRIX, _answer("M", array=found.tolist()), W, {})
    assert check.verdict == "incorrect" and bool(check.review) == review, check.review


#: A matrix whose rows a PDF's text ran together on one line: read row by row at the shape asked for, flagged.
RUN_TOGETHER = [
    (W.ravel(), "correct", None),
    (W.T.ravel(), "partial", "transposed"),  # the transpose's rows, run together
    ((W + np.array([[0, 0, 0.1], [0, 0, 0]])).ravel(), "incorrect", None),
]


@pytest.mark.parametrize("found,verdict,mistake", RUN_TOGETHER)
def test_a_matrix_s_rows_run_together_on_one_line_are_read_row_by_row_and_flagged(found, verdict, mistake):
    check = check_array(MATRIX, _answer("M", array=found.tolist()), W, {})
    assert (check.verdict, check.mistake) == (verdict, mistake) and any("row by row" in r for r in check.review)


def test_a_transposed_matrix_without_a_declared_mistake_is_said_so():
    part = Part("sgd", 5, "matrix", expected=Call("f"), tolerance=Tolerance(absolute=0.005))
    check = check_array(part, _answer("M", array=W.T.tolist()), W, {})
    assert check.verdict == "incorrect" and "transposed" in check.feedback


def test_a_vector_may_be_a_row_or_a_column():
    part = Part("v", 2, "vector", expected=Call("f"), tolerance=Tolerance(relative=1e-6))
    for written in ([[1.0, 2.0, 3.0]], [[1.0], [2.0], [3.0]], [1.0, 2.0, 3.0]):
        assert check_array(part, _answer("v", array=written), [1.0, 2.0, 3.0], {}).verdict == "correct"


CI = Part("ci", 3, "interval", expected=Call("f"), tolerance=Tolerance(absolute=0.003),
          mistakes=(Mistake("z90", 0.5, "1.645 is for 90 %", value=Call("g")),))


@pytest.mark.parametrize("ends,verdict,accepted", [
    ((0.2553, 0.3847), "correct", ()),
    ((0.3847, 0.2553), "correct", ()),  # written high first: the same interval
    ((0.2657, 0.3743), "partial", ()),
    ((0.2593, 0.3875), "correct", [(0.25926, 0.38752)]),  # another accepted interval
    ((0.2593, 0.3875), "incorrect", ()),
    ((0.2553, 0.3947), "incorrect", ()),
])
def test_intervals_compare_both_ends(ends, verdict, accepted):
    check = check_interval(CI, _answer("I", ends=list(ends)), (0.25535, 0.38465), {"z90": (0.26574, 0.37426)},
                           accepted)
    assert check.verdict == verdict, check.feedback


PERCENT_CI = dataclasses.replace(CI, percent=True)


@pytest.mark.parametrize("ends,percent,verdict,review", [
    ((25.53, 38.47), False, "correct", True),     # percentages without their signs: correct, a person confirms
    ((25.53, 38.47), True, "incorrect", False),   # "25.53 % – 38.47 %" was read as 0.2553–0.3847 if right: not this
    ((0.2553, 0.3847), False, "correct", False),
    ((25.53, 39.47), False, "incorrect", False),
])
def test_an_interval_part_that_allows_percentages_reads_ends_without_the_sign(ends, percent, verdict, review):
    answer = _answer("25.53 – 38.47", ends=list(ends), **({"percent": True} if percent else {}))
    check = check_interval(PERCENT_CI, answer, (0.25535, 0.38465), {})
    assert (check.verdict, bool(check.review)) == (verdict, review), check.feedback
    assert check_interval(CI, _answer("x", ends=[25.53, 38.47]), (0.25535, 0.38465), {}).verdict == "incorrect"


DECISION = Part("d", 2, "choice", expected=Call("f"),
                choice=ChoiceOptions((ChoiceOption("fail_to_reject", ("fail to reject",)),
                                      ChoiceOption("reject", ("reject H0",)), ChoiceOption("accept", ("accept H0",))),
                                     reason=True, without_reason=0.5),
                mistakes=(Mistake("accept", 0.5, "never accept H0", option="accept"),))


@pytest.mark.parametrize("option,reason,verdict,review", [
    ("fail_to_reject", "p = 0.0719 > 0.05", "correct", False),
    ("fail_to_reject", "", "partial", True),
    ("accept", "p > 0.05", "partial", False),
    ("reject", "p < 0.05", "incorrect", False),
    (None, "", "incorrect", True),  # two options named alike: none chosen
])
def test_choices_grade_the_option_and_keep_the_reason(option, reason, verdict, review):
    value = {"option": option, "reason": reason, "named": ["reject", "fail_to_reject"]}
    check = check_choice(DECISION, _answer("t", **value), "fail_to_reject")
    assert (check.verdict, bool(check.review)) == (verdict, review), check.feedback
    if reason and option:
        assert check.details["reason"] == reason


def test_a_missing_reason_is_flagged_where_it_costs_credit_or_the_answer_is_the_option_alone():
    """"No." alone where the question says "justify": full credit where the spec gives it, and a person sees it; a
    reason the reader did not single out from the answer's words costs nothing and is not flagged."""
    free = Part("d", 2, "choice", expected=Call("f"), choice=ChoiceOptions(DECISION.choice.options, reason=True))
    for option, bare, flagged in (("fail_to_reject", False, False), ("fail_to_reject", True, True),
                                  ("reject", True, False)):
        check = check_choice(free, _answer("t", option=option, reason="", bare=bare), "fail_to_reject")
        assert bool(check.review) == flagged, (option, check.review)
    wrong = check_choice(DECISION, _answer("t", option="reject", reason=""), "fail_to_reject")
    assert wrong.verdict == "incorrect" and not wrong.review  # a wrong option: its reason changes nothing


ACCURACY = Part("acc", 4, "number", expected=Call("f"), tolerance=Tolerance(absolute=0.0005), percent=True)


@pytest.mark.parametrize("value,percent,verdict,review", [
    (0.6591, True, "correct", False),  # "65.91 %", read as a fraction by the reader
    (0.6591, False, "correct", False),  # "0.6591"
    (65.91, False, "correct", True),  # "65.91" without its sign: accepted, a person confirms
    (0.66, True, "incorrect", False),
])
def test_percentages(value, percent, verdict, review):
    check = check_number(ACCURACY, _answer("a", value=value, percent=percent), 145 / 220, {})
    assert (check.verdict, bool(check.review)) == (verdict, review), check.feedback


def test_another_accepted_answer_is_correct_without_a_mistake():
    part = Part("z", 2, "number", expected=Call("f"), tolerance=Tolerance(absolute=0.01))
    check = check_number(part, _answer("1.75", value=1.75), 1.8, {}, accepted=[1.75])
    assert check.verdict == "correct" and check.mistake is None and check.details["accepted"] == "1.75"


CODE = Part("c", 6, "code", code=CodeOptions(
    "f", "f", None, None, tests=(CodeTest("given", 1, "a"), CodeTest("large", 3, "b", ("finite", "values")),
                                 CodeTest("shape", 2, "c", ("shape", "sums"))), rtol=1e-6, atol=1e-9))


def _outcome(test, returned, expected, **props):
    return CallOutcome(test, test, {}, returned, np.asarray(expected), props)


def test_code_credit_is_the_points_of_the_tests_passed():
    outcomes = [_outcome("given", [0.5, 0.5], [0.5, 0.5]), _outcome("large", [float("nan"), 1.0], [0.3, 0.7]),
                _outcome("shape", [[0.5, 0.5]], [[0.5, 0.5]], sums=True)]
    check = check_code_tests(CODE, outcomes, "ok", "")
    assert check.verdict == "partial" and check.credit == pytest.approx(3 / 6), check.feedback
    assert [t["passed"] for t in check.details["tests"]] == [True, False, True]
    assert "NaN" in check.details["tests"][1]["problem"]


def test_a_property_that_does_not_hold_fails_its_test():
    outcomes = [_outcome("given", [0.5, 0.5], [0.5, 0.5]), _outcome("large", [0.3, 0.7], [0.3, 0.7]),
                _outcome("shape", [[0.5, 0.5]], [[0.5, 0.5]], sums=False)]
    check = check_code_tests(CODE, outcomes, "ok", "")
    assert check.credit == pytest.approx(4 / 6) and "sums" in check.feedback


def test_a_call_that_raised_fails_only_its_own_test():
    outcomes = [_outcome("given", "raised ValueError", [0.5]), _outcome("large", [0.3, 0.7], [0.3, 0.7]),
                _outcome("shape", [[0.5, 0.5]], [[0.5, 0.5]], sums=True)]
    assert check_code_tests(CODE, outcomes, "ok", "").credit == pytest.approx(5 / 6)


# --------------------------------------------------------------------------- accepted answers: why and review

WILSON = AcceptedAnswer("wilson", why="the Wilson interval is valid too")
LOOK = AcceptedAnswer("continuity", why="with the continuity correction", review=True)

# (kind, the part's other fields, how to check, found value, expected, accepted values)
ACCEPTED_KINDS = [
    ("number", {}, lambda part, ans, exp, acc: check_number(part, ans, exp, {}, acc),
     {"value": 1.75}, 1.8, [1.807, 1.75]),
    ("tuple", {}, lambda part, ans, exp, acc: check_tuple(part, ans, exp, {}, acc),
     {"values": [1.0, 3.0]}, (1.0, 2.0), [(1.0, 2.5), (1.0, 3.0)]),
    ("vector", {}, lambda part, ans, exp, acc: check_array(part, ans, exp, {}, acc),
     {"array": [1.0, 3.0]}, [1.0, 2.0], [[1.0, 2.5], [1.0, 3.0]]),
    ("interval", {}, lambda part, ans, exp, acc: check_interval(part, ans, exp, {}, acc),
     {"ends": [0.25, 0.4]}, (0.2, 0.3), [(0.26, 0.39), (0.25, 0.4)]),
    ("choice", {"choice": ChoiceOptions((ChoiceOption("yes", ("yes",)), ChoiceOption("no", ("no",)),
                                         ChoiceOption("maybe", ("maybe",))))},
     lambda part, ans, exp, acc: check_choice(part, ans, exp, acc), {"option": "maybe"}, "yes", ["no", "maybe"]),
]


@pytest.mark.parametrize("kind, extra, check, value, expected, accepted", ACCEPTED_KINDS, ids=[k[0] for k in ACCEPTED_KINDS])
def test_an_accepted_answer_says_why_and_may_ask_for_a_person(kind, extra, check, value, expected, accepted):
    tol = Tolerance(exact=True) if kind == "tuple" else Tolerance(absolute=0.001)
    flagged = Part("p", 2, kind, expected=Call("f"), tolerance=tol, accept=(WILSON, LOOK), **extra)
    result = check(flagged, _answer("t", **value), expected, accepted)
    assert result.verdict == "correct" and result.credit == 1.0 and result.mistake is None, result.feedback
    assert "(with the continuity correction)" in result.feedback, result.feedback
    assert result.review == ("an accepted answer that the spec asks a person to see: with the continuity correction",)
    quiet = Part("p", 2, kind, expected=Call("f"), tolerance=tol, accept=(WILSON, AcceptedAnswer("c", why="why")),
                 **extra)
    assert check(quiet, _answer("t", **value), expected, accepted).review == ()
