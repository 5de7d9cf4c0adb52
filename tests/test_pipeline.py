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


def test_the_parts_other_parts_rest_on_are_prepared_once_for_a_batch():
    from pathlib import Path

    from grader.pipeline import Context, Dependencies
    from grader.spec_loader import load_spec

    spec = load_spec(Path(__file__).resolve().parent.parent / "reference" / "stats_a1.yaml")
    deps = Dependencies.of(spec)
    assert deps.rests_on["test.decision"] == ("test.z", "test.pvalue")
    assert "p-value" in deps.labels["test.pvalue"] and all(len(label) >= 2 for label in deps.labels["test.pvalue"])
    assert any(pid == "moments.var" for _, pid in deps.uses["moments.vary"])
    ctx = Context(spec, None)
    assert ctx.dependencies is ctx.dependencies  # once per batch, not per submission


@pytest.mark.parametrize("parameters, call, verdict, named", [
    (["W1", "W2", "b1", "b2"], "positional", "incorrect", True),   # the handout's names in another order
    (["W1", "b1", "W2", "b2"], "positional", "incorrect", False),  # the order asked: wrong for another reason
    (["w", "v", "c", "d"], "positional", "incorrect", False),      # other names: nothing to say of the order
    (["W1", "W2", "b1", "b2"], "keyword", "incorrect", False),     # called by name: the order did not matter
    (["W1", "W2", "b1", "b2"], "positional", "correct", False),    # right whatever its order
])
def test_a_function_whose_parameters_are_the_handouts_in_another_order_is_told_so(parameters, call, verdict, named):
    from grader.pipeline import _with_order_note
    from grader.spec import CodeOptions

    opts = CodeOptions("gradients", "gradients", None, None, call=call)
    answer = Answer("q.c", "g.py: def gradients(…)", {"module": "g.py", "parameters": parameters}, None, 1.0)
    check = Check(verdict, 0.0 if verdict == "incorrect" else 1.0, "Wrong result.", "")
    feedback = _with_order_note(check, opts, answer, {"W1": [1.0], "b1": [1.0], "W2": [1.0], "b2": [1.0]})
    assert ("another order; it is called as asked, gradients(W1, b1, W2, b2)" in feedback) == named
    assert feedback.startswith("Wrong result.")


#: (why, text, part): a lesser runner-up reading that is what another part of the question was read as, written to
#: more figures or fewer, is that part's answer, no rival to flag.
SIBLING_READINGS = [
    ("the other part's working value, rounded in its heading ('### (a) ≈ 0.0044' over '… = 0.00443 → (a)')",
     "## Backprop\n\n### (a) ≈ 0.0044\n### (b) ≈ 0.0372\n\nbackward: δ_out = (o − t)·o(1 − o) = 0.3677 · 0.1148 = "
     "0.04221\n\n- w21: δ_out1 · h1 = 0.04221 · 0.8808 = 0.03718 → (b)\n- w11: (w21 δ_out1 + w22 δ_out2) · h1(1 − h1) · x1 "
     "= 0.04221 · 0.1050 = 0.00443 → (a)\n", "backprop.dw21"),
]


@pytest.mark.parametrize("why, text, part", SIBLING_READINGS, ids=[r[0] for r in SIBLING_READINGS])
def test_a_lesser_reading_that_is_another_parts_answer_is_no_rival(spec, tmp_path, why, text, part):
    from grader.ingest import read_submission
    from grader.pipeline import Context, grade_document
    from grader.reference import load_reference

    path = tmp_path / "student.md"
    path.write_text(text, encoding="utf-8")
    result = {p.id: p for p in grade_document(read_submission(path), Context(spec, load_reference(spec))).parts}[part]
    assert result.verdict == "correct" and not result.review, (why, result.review_reasons)
