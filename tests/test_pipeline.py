"""How the pipeline turns an answer and its check into a part's result: which doubts reach a person."""

from __future__ import annotations

import pytest

from grader.models import Answer, Check
from grader.pipeline import _result
from grader.spec import Part

PART = Part("q.p", 2, "number")
DOUBT = "read by the second reader (the value a labelled chain of working ends with): check it"


@pytest.mark.parametrize("verdict,credit,flagged", [
    ("correct", 1.0, False),     # the check confirms the reading: a misread does not land on the reference
    ("partial", 0.5, True),      # less than full credit: where the value came from matters again
    ("incorrect", 0.0, True),
])
def test_a_doubt_a_right_value_settles_stands_only_below_full_credit(verdict, credit, flagged):
    answer = Answer("q.p", "0.0719", {"value": 0.0719}, None, 0.5, review_unless_correct=(DOUBT,))
    result = _result(PART, answer, Check(verdict, credit, "", "0.0719"), [], 0.5)
    assert result.review == flagged and (DOUBT in result.review_reasons) == flagged


def test_a_doubt_of_the_reading_itself_stands_whatever_the_check_says():
    answer = Answer("q.p", "0.0719", {"value": 0.0719}, None, 0.5, review=(DOUBT,))
    assert _result(PART, answer, Check("correct", 1.0, "", "0.0719"), [], 0.5).review
