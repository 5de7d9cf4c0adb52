"""The readers of the newer kinds (grader/extract/kinds_*.py): each spelling of an answer is a row."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grader.extract.kinds_choice import find_choice
from grader.extract.kinds_formula import find_expression
from grader.extract.kinds_values import find_array, find_interval, find_tuple
from grader.models import Block
from grader.spec import (ChoiceOption, ChoiceOptions, FormulaOptions, Domain, Keyword, Locator, Part, Question,
                         TupleOptions)


def _blocks(text: str) -> tuple[Block, ...]:
    return (Block(text, "a.md", 1),)


def _question(*parts: Part) -> Question:
    return Question("q", "Q", (Keyword("x"),), parts)


SHAPE = Part("q.shape", 4, "tuple", tuple_options=TupleOptions(batch=True),
             find=Locator(labels=("output shape",), markers=("(a)",)))
PARAMS = Part("q.params", 3, "integer", find=Locator(labels=("parameters",), markers=("(b)",)))

TUPLES = [
    ("(a) output shape: (14, 14, 64)", [14, 14, 64], "brackets"),
    ("(a) 14 x 14 x 64", [14, 14, 64], "joined by x"),
    ("(a) $14 \\times 14 \\times 64$", [14, 14, 64], "LaTeX times"),
    ("(a) 14 by 14 by 64", [14, 14, 64], "words"),
    ("(a) [64, 14, 14]", [64, 14, 14], "square brackets, channels first"),
    ("(a) (N, 14, 14, 64)", [math.nan, 14, 14, 64], "a named batch dimension"),
    ("(a) conv gives 28x28x64, then pool: **(14, 14, 64)**\n(b) parameters = 3*3*3*64 + 64 = 1792",
     [14, 14, 64], "bold beats working; the product worked out in (b) is no shape"),
    ("(a) ~~(28, 28, 64)~~ (14, 14, 64)", [14, 14, 64], "crossed out"),
    ("(a) so the output is 14 × 14 × 64.", [14, 14, 64], "a sentence's full stop after it"),
    ("(a) the output of the max-pool is **14 × 14 × 64**.", [14, 14, 64], "bold around a product: no star of it"),
    ("(a) The output of the max-pool is 14 by 14 by 64.", [14, 14, 64], "words, then a full stop"),
    ("(a) so the output is (1, 64, 14, 14) — batch 1, 64 channels, 14 × 14.", [1, 64, 14, 14],
     "a piece of the shape restated after it is no rival"),
    ("(a) ∴ o/p of max-pool = 64@14×14", [64, 14, 14], "a diagram's depth@height×width"),
    ("So the output shape is 64 channels, each 14x14.", [64, 14, 14], "the count of maps, then each one's size"),
    ("The conv therefore outputs 28 × 28 × 64. The 2 × 2 pooling maps 28 to 14:\n14 × 14 × 64", [14, 14, 64],
     "a shape set apart on its own line below the working concludes it"),
    ("   *Answer:* 14x14x64  (H x W x C)", [14, 14, 64], "a starred word before it is emphasis, no product"),
    ("   - *answer: 7 x 7 x 64*", [7, 7, 64], "the star that closes the emphasis after it is no product"),
    ("Conv: $28\\times28\\times64$. \\sout{Answer: $(28, 28, 64)$}\nAfter pooling: $(14, 14, 64)$", [14, 14, 64],
     "a crossed-out 'Answer' presents nothing"),
    ("Then max pool 2x2 stride 2 halves it. So the output is 14*14*64.", [14, 14, 64],
     "a product with stars named as the output's shape; the pooling window beside it is no shape"),
    ("(a) the output is 64 feature maps of 14 × 14.", [64, 14, 14], "the depth named before height × width"),
    ("(a) The output is therefore 14 by 14 with 64 channels.", [14, 14, 64], "the depth named after it"),
    ("(a) the output is 14 × 14, and 64 channels", [14, 14, 64], "the depth after a comma"),
    ("(a) 14 by 14, depth 64", [14, 14, 64], "the word depth before its number"),
    ("(a) The output after the max-pool is **fourteen by fourteen by sixty-four**.", [14, 14, 64], "in words"),
    ("(a) `(14, 14, 64)`. The padding keeps the size and the pool divides 28 by 2.", [14, 14, 64],
     "an operation's 'by' after the shape is no product"),
    ("(a) 14 × 14 with a depth of 64", [14, 14, 64], "'with a depth of'"),
    ("(a) each channel is 14x14, and there are 64 channels (one per filter).", [14, 14, 64],
     "the depth in a clause of its own"),
    ("(a) the output of the pool is a 14 by 14 map with sixty-four channels.", [14, 14, 64],
     "the depth in words, after what the shape is called"),
]


def test_a_paragraph_answering_two_parts_in_one_sentence_gives_each_its_clause():
    """One long line: "… so the max-pool output is 14 × 14 × 64 and the layer has … = 1792 learnable
    parameters". The later part's label starts its passage at its clause, not at the line's start: the
    shape before it stays the question's text for the shape."""
    text = ("Since the padding of 1 exactly compensates the 3×3 kernel at stride 1, the convolution keeps the 28×28 "
            "size, and the 2×2/2 pooling then halves each side, so the max-pool output is 14 × 14 × 64 and the "
            "layer has (3·3·3 + 1)·64 = 1792 parameters.")
    answer = find_tuple(_question(SHAPE, PARAMS), SHAPE, _blocks(text))
    assert answer is not None and answer.value["values"] == [14, 14, 64]



def test_a_kernel_s_size_after_its_filters_is_no_shape():
    """"64 filters of 3 × 3": the filters' count before a kernel's size makes no shape of three."""
    answer = find_tuple(_question(SHAPE, PARAMS), SHAPE, _blocks("(a) we use 64 filters of 3 × 3"))
    assert answer is None or answer.value["values"] != [64, 3, 3]


def test_an_unnamed_reading_is_flagged_unless_its_question_has_one_part_and_one_answer():
    alone = _question(SHAPE)
    assert find_tuple(alone, SHAPE, _blocks("so the output is 14 x 14 x 64.")).review == ()
    assert find_tuple(_question(SHAPE, PARAMS), SHAPE, _blocks("so the output is 14 x 14 x 64.")).review


# A question of one part: its own section's reading stands for the part when nothing of the kind written
# after it says otherwise (the heading names the only part); a different value after it, or a reading
# from outside the section, is still a guess among others.
CONCLUDING = [
    ("28 x 28 x 64 after the conv, 14 x 14 x 64 after the pool", False, "working, then the conclusion"),
    ("so the output is 14 x 14 x 64.\n(14 x 14 x 64 again, to be sure)", False, "restated after"),
    ("the answer: 14 x 14 x 64\nbefore the pool it was 28 x 28 x 64", True, "another value after the answer"),
]


@pytest.mark.parametrize("text,flagged,why", CONCLUDING, ids=[c[2] for c in CONCLUDING])
def test_a_one_part_question_s_own_section_names_its_concluding_reading(text, flagged, why):
    answer = find_tuple(_question(SHAPE), SHAPE, _blocks(text))
    assert answer.value["values"] == [14, 14, 64] and bool(answer.review) == flagged, why


def test_a_reading_outside_a_one_part_question_s_section_is_flagged():
    elsewhere = _blocks("the output shape: 28 x 28 x 64, then 14 x 14 x 64 after the pool")
    answer = find_tuple(_question(SHAPE), SHAPE, (), elsewhere)
    assert answer is not None and answer.review


@pytest.mark.parametrize("text,values,why", TUPLES, ids=[t[2] for t in TUPLES])
def test_tuples(text, values, why):
    answer = find_tuple(_question(SHAPE, PARAMS), SHAPE, _blocks(text))
    assert answer is not None, why
    got = answer.value["values"]
    assert len(got) == len(values) and all(g == v or (math.isnan(g) and math.isnan(v)) for g, v in zip(got, values))


CI = Part("q.ci", 3, "interval", find=Locator(labels=("interval",)))

INTERVALS = [
    ("The interval is [0.2553, 0.3847].", (0.2553, 0.3847)),
    ("interval: (0.2553, 0.3847)", (0.2553, 0.3847)),
    ("interval from 0.2553 to 0.3847", (0.2553, 0.3847)),
    ("interval: 0.32 ± 0.0647", (0.2553, 0.3847)),
    ("interval: $0.32 \\pm 0.0647$", (0.2553, 0.3847)),
    ("interval: 25.53 % to 38.47 %", (0.2553, 0.3847)),
    ("interval: 25.53 to 38.47 %", (0.2553, 0.3847)),
    ("interval: $0.2553 < p < 0.3847$", (0.2553, 0.3847)),
    ("interval: between 0.2553 and 0.3847", (0.2553, 0.3847)),
    ("interval: $(0.2553,\\ 0.3847)$", (0.2553, 0.3847)),
    # a function's arguments are no interval: the interval is the one written after them
    ("ps = [F(2, 10), F(3, 10)]; the interval: (0.2553, 0.3847)", (0.2553, 0.3847)),
    ("lo, hi = proportion_confint(64, 200)\nprint(lo, hi)  # interval (0.2553, 0.3847)", (0.2553, 0.3847)),
    # a centre written as a fraction is read whole; a margin that is an expression's first factor is no margin
    ("interval: 64/200 +- 1.96 sqrt(0.32 * 0.68 / 200) = 64/200 +- 0.0647", (0.2553, 0.3847)),
    ("interval: 8/25 ± 0.0647", (0.2553, 0.3847)),
    ("interval: .32 +/- 1.96(.033) -> .2553 to .3847", (0.2553, 0.3847)),
    ("**interval: 0.32 ± 0.0647**", (0.2553, 0.3847)),
    ("interval: 0.32 ± 0.0647   (SE = sqrt(.32*.68/200), z = 1.96)", (0.2553, 0.3847)),
    # each end worked out from the centre and margin; ASCII inequalities; the ends named in words
    ("interval: 0.32 − 0.0647 = 0.2553 and 0.32 + 0.0647 = 0.3847.", (0.2553, 0.3847)),
    ("interval: 0.2553 <= p <= 0.3847 with 95% confidence", (0.2553, 0.3847)),
    ("interval: lower 0.2553, upper 0.3847", (0.2553, 0.3847)),
    ("interval: lower limit = 0.2553 and upper limit = 0.3847", (0.2553, 0.3847)),
    # percent in words; numpy's printed scalars; a range written with a hyphen and no spaces
    ("interval = 25.53 percent to 38.47 percent", (0.2553, 0.3847)),
    ("interval = (np.float64(0.2553), np.float64(0.3847))", (0.2553, 0.3847)),
    ("interval .2553-.3847", (0.2553, 0.3847)),
    # the ends as the centre less and plus the margin, over a line's end
    ("so the interval is 0.32 − 0.0647\nto 0.32 + 0.0647.", (0.2553, 0.3847)),
    # a pair in falling order that a program prints (a statistic and its p-value) is no interval
    (">>> proportion_confint(64, 200)\n(0.2553, 0.3847)\n>>> proportions_ztest(64, 200, 0.25)\n(1.8073, 0.0707)",
     (0.2553, 0.3847)),
]


@pytest.mark.parametrize("text", ["interval: 0.32-0.68 = -0.36", "interval (Q1-1)", "interval 0.32 - 0.06 to 0.33 + 0.06", "interval: 0.32 − 0.0647 = 0.2553 and 0.30 + 0.0647 = 0.3647"])
def test_a_subtraction_or_ends_of_two_centres_are_no_interval(text):
    assert find_interval(_question(CI), CI, _blocks(text)) is None


@pytest.mark.parametrize("text", ["ps = [F(2, 10), F(5, 10), F(3, 10)]", "q = norm.ppf(0.975, 0)",
                                  "x_(1, 2) and f(0.1, 0.2)"])
def test_a_call_s_arguments_are_no_interval(text):
    assert find_interval(_question(CI), CI, _blocks(text)) is None


@pytest.mark.parametrize("text,ends", INTERVALS, ids=[i[0] for i in INTERVALS])
def test_intervals(text, ends):
    answer = find_interval(_question(CI), CI, _blocks(text))
    assert answer is not None and answer.value["ends"] == pytest.approx(list(ends), abs=1e-9)


W = Part("q.w", 5, "matrix", find=Locator(labels=("W_new",)))
MATRICES = [
    "W_new = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]",
    "W_new = \\begin{bmatrix} 0.15 & -0.2 & 0.45 \\\\ 0.1 & 0.5 & -0.3 \\end{bmatrix}",
    "W_new =\n[ 0.15  -0.2  0.45 ]\n[ 0.1   0.5  -0.3 ]",
    "W_new = ⎡ 0.15  −0.2  0.45 ⎤\n        ⎣ 0.1   0.5  −0.3 ⎦",
    "W_new = [0.15 -0.2 0.45; 0.1 0.5 -0.3]",
    "W_new:\n|  | x1 | x2 | x3 |\n|---|---|---|---|\n| unit 1 | 0.15 | -0.2 | 0.45 |\n| unit 2 | 0.1 | 0.5 | -0.3 |",
    # a Word table of the matrix alone: its converter makes the first row a header, a rule under it
    "W_new = W − η · dL/dW:\n\n| 0.15 | −0.2 | 0.45 |\n|---|---|---|\n| 0.1 | 0.5 | −0.3 |",
    # a typeset matrix as a PDF's text gives it: one pair of brackets around rows on lines of their own
    "W_{new} =\n(0.15 −0.2 0.45\n0.1 0.5 −0.3\n)\n.",
    "W_{new} = W − 0.1 ∇_{W} L =\n[0.15 −0.2 0.45\n0.1 0.5 −0.3",  # the bracket in the next block
    # rows of bare numbers under the line that names the matrix
    "W_new = W − 0.1·grad_W =\n  0.15  −0.2   0.45\n  0.1    0.5  −0.3\n\nnext question",
    # rows named one by one, in order: in a sentence, as equations, as a table's cells
    "W_new: so the updated matrix has first row (0.15, −0.20, 0.45) and second row (0.10, 0.50, −0.30).",
    "W_new row by row:\nRow 1 of W_new = (0.2 - 0.05, -0.1 - 0.1, 0.4 + 0.05) = (0.15, -0.2, 0.45)\n"
    "Row 2 of W_new = (0 + 0.1, 0.3 + 0.2, -0.2 - 0.1) = (0.1, 0.5, -0.3)",
    "| 2 | W_new row 1: 0.15, −0.20, 0.45 |\n|   | W_new row 2: 0.10, 0.50, −0.30 |",
    # rows named in prose, their values after a verb and joined by "and"
    "W_new: the first row becomes 0.15, -0.2 and 0.45, the second row becomes 0.1, 0.5 and -0.3.",
    # entries given one by one, each the end of its chain; or a listed range of them, row by row
    "W_new entry by entry:\nw11 = 0.2 − 0.05 = 0.15\nw12 = −0.1 − 0.1 = −0.20\nw13 = 0.4 + 0.05 = 0.45\n"
    "w21 = 0.0 + 0.1 = 0.10\nw22 = 0.3 + 0.2 = 0.50\nw23 = −0.2 − 0.1 = −0.30",
    "W_new entries: w11..w23 = 0.15, −0.20, 0.45, 0.10, 0.50, −0.30",
]


@pytest.mark.parametrize("text", [
    "first row (0.15, −0.20, 0.45) and third row (0.10, 0.50, −0.30)",   # a row skipped: no matrix
    "row 1: 0.2 − 0.05 = 0.15, −0.20\nrow 2: 0.10, 0.50",                  # working, then rows of other lengths
])
def test_rows_named_out_of_order_or_unevenly_are_no_matrix(text):
    assert find_array(_question(W), W, _blocks("W_new:\n" + text)) is None


def test_a_label_that_points_back_reads_the_question_s_text_before_it():
    text = (">>> np.outer(d, x)\narray([[ 0.5,  1. , -0.5],\n       [-1. , -2. ,  1. ]])\n>>> W - 0.1 * np.outer(d, x)\n"
            "array([[ 0.15, -0.2 ,  0.45],\n       [ 0.1 ,  0.5 , -0.3 ]])\n\nso W_new is the last array above.")
    answer = find_array(_question(W), W, _blocks(text))
    # read, and flagged: where a section loses the label's own value, the text around it may hold another
    assert answer is not None and answer.value["array"] == [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]] and answer.review


MATRICES.append(  # side by side with its working, a row of each per line
    "W_new = W - lr * dL/dW\n      = [ 0.2-0.05   -0.1-0.1   0.4+0.05 ]   = [ 0.15  -0.20   0.45 ]\n"
    "        [ 0.0+0.1     0.3+0.2  -0.2-0.1  ]     [ 0.10   0.50  -0.30 ]")


#: Nested lists, and tuples a line, are no matrices side by side: only what the rows above say is read.
NOT_SIDE_BY_SIDE = [
    "delta x^T = [[0.5, 1, -0.5], [-1, -2, 1]]\nW_new = W - 0.1 * that = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]",
    "W_new by columns:\ncolumn 1: (0.2 - 0.05, 0.0 + 0.1) = (0.15, 0.10)\ncolumn 2: (-0.1 - 0.1, 0.3 + 0.2) = (-0.20, 0.50)\n"
    "column 3: (0.4 + 0.05, -0.2 - 0.1) = (0.45, -0.30)\nso W_new = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]",
]


@pytest.mark.parametrize("text", NOT_SIDE_BY_SIDE)
def test_lists_on_lines_of_their_own_are_no_side_by_side_matrices(text):
    answer = find_array(_question(W), W, _blocks(text))
    assert answer is not None and answer.value["array"] == [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]


@pytest.mark.parametrize("text", MATRICES)
def test_whole_matrices(text):
    answer = find_array(_question(W), W, _blocks(text))
    assert answer is not None and answer.value["array"] == [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]


YES_NO = Part("q.bn", 3, "choice", choice=ChoiceOptions((ChoiceOption("no", ("no", "running mean")),
                                                        ChoiceOption("yes", ("yes",))), reason=True),
              find=Locator(labels=("test time",)))

CHOICES = [
    ("No, at test time it uses the running mean from training.", "no", True),
    ("At test time: **No**.", "no", False),
    ("No. Because at test time the stored statistics are used, not the batch's.", "no", True),  # reason next
    ("Q4      No.", "no", False),
    ("~~Yes~~ No, it uses the running averages.", "no", True),
    ("At test time the running mean is used, not the batch's.", "no", True),
    ("Yes, at test time the batch statistics are used.", "yes", True),
    ("There is no batch at test time? Yes.", "yes", False),
    ("Yes and no: it depends.", None, False),
    # leaning one way, then ending on both: no choice
    ("At test time it has to use the running mean for one sample. So sometimes yes sometimes no.", None, False),
    ("It is either yes or no, depending on the batch size.", None, False),
    # a conclusion that names both options, after a reason that names one
    ("It depends: in eval mode it uses the running mean and variance. So yes and no.", None, False),
]


@pytest.mark.parametrize("text,option,reason", CHOICES, ids=[c[0] for c in CHOICES])
def test_choices(text, option, reason):
    answer = find_choice(_question(YES_NO), YES_NO, _blocks(text))
    assert answer is not None and answer.value["option"] == option
    if option is not None:
        assert bool(answer.value["reason"]) == reason, answer.value["reason"]


#: A closing answers table names a question of one part by the sheet's number alone; where the question's
#: own text never names the part, the table's row is its answer.
SUMMARY_ROWS = [
    ("| Question | Answer |\n|---|---|\n| 3 | p_k − y_k |\n| 4 | No |\n| 5 | 65.9 % |", "no"),
    ("| Q4 | No |", "no"),
    ("\\hline\n4 & Yes \\\\\n\\hline", "yes"),
    ("| 14 | Yes |\n| 4 | No |", "no"),                 # question 14 is not question 4
    # the first cell goes on with words that say what the row holds
    ("| Question | Answer |\n|---|---|\n| 3 dL/dz_k | p_k − y_k |\n| 4 BN uses test batch stats? | No |", "no"),
    ("4 BN at test time & Yes \\\\", "yes"),
    ("| 4 BN at test time | Yes |\n| 14 BN | No |", "yes"),  # question 14's row is not question 4's
]


@pytest.mark.parametrize("table, option", SUMMARY_ROWS, ids=[r[0][:30] for r in SUMMARY_ROWS])
def test_a_closing_tables_row_answers_a_question_its_text_never_names(table, option):
    import dataclasses

    question = dataclasses.replace(_question(YES_NO), number=4)
    own = Block("**BN.** During training it uses batch statistics; in eval() mode the stored ones.", "a.md", 3)
    summary = Block(table, "a.md", 20)
    answer = find_choice(question, YES_NO, (own,), (own, summary))
    assert answer is not None and answer.value["option"] == option
    assert answer.evidence.line >= 20


def test_a_row_of_another_questions_number_is_no_answer():
    import dataclasses

    question = dataclasses.replace(_question(YES_NO), number=4)
    own = Block("**BN.** During training it uses batch statistics.", "a.md", 3)
    answer = find_choice(question, YES_NO, (own,), (own, Block("| 5 | No |", "a.md", 20)))
    assert answer is None or answer.evidence.line < 20


@pytest.mark.parametrize("text, hedged", [
    ("It depends on how the layer is run: at test time it uses the running mean, in training mode the "
     "batch's, so both can happen.", True),
    ("No: at test time it uses the running mean from training.", False),
])
def test_a_hedged_choice_is_flagged(text, hedged):
    answer = find_choice(_question(YES_NO), YES_NO, _blocks(text))
    assert answer is not None and any("hedges" in r for r in answer.review) == hedged, answer.review


PVALUE = Part("q.p", 2, "number", find=Locator(labels=("p-value",), markers=("(b)",)))


def test_a_correction_goes_on_with_its_part_whatever_label_it_mentions():
    # the Edit line names the p-value, but it corrects the decision above it
    decision = Part("q.d", 2, "choice", choice=TEST_DECISION.choice, find=Locator(markers=("(c)",)))
    text = ("(c) 0.0718 > 0.05 so fail to reject H0.\n"
            "    Edit: with the corrected p-value 0.0359 < 0.05 we reject H0.")
    answer = find_choice(_question(PVALUE, decision), decision, _blocks(text))
    assert answer is not None and "reject" in (answer.value["option"], *answer.value.get("named", ())), answer


DECISION = Part("q.d", 2, "choice", choice=ChoiceOptions((ChoiceOption("fail_to_reject", ("fail to reject",)),
                                                          ChoiceOption("reject", ("reject H0",)))))


def test_the_longest_spelling_wins_so_fail_to_reject_is_not_reject():
    answer = find_choice(_question(DECISION), DECISION, _blocks("Since 0.0719 > 0.05 we fail to reject H0."))
    assert answer.value["option"] == "fail_to_reject" and "0.0719 > 0.05" in answer.value["reason"]


#: (a decision's sentence, whether a reason is read): a comparison in words is a reason; a value with
#: an arrow and no comparison is none (the rubric's "decision without a reason")
DECISION_REASONS = [
    ("p-value is not below 0.05 → fail to reject H0 at 5% level.", True),
    ("decision: fail to reject H0 (p-value vs alpha = 0.05)", True),
    ("p ≈ 0.072 → fail to reject H0", False),
]


@pytest.mark.parametrize("text,reason", DECISION_REASONS)
def test_a_decision_s_reason_in_words(text, reason):
    answer = find_choice(_question(DECISION), DECISION, _blocks(text))
    assert answer.value["option"] == "fail_to_reject" and bool(answer.value["reason"]) == reason, answer.value


TEST_DECISION = Part("q.d", 2, "choice", choice=ChoiceOptions((
    ChoiceOption("fail_to_reject", ("fail to reject", "do not reject")),
    ChoiceOption("reject", ("reject", "reject H0", "reject the null")),
    ChoiceOption("accept", ("accept H0",)))))

#: An option's spelling after a negation is that option denied: the option whose own spelling is the
#: denial when the spec has one, else nothing (never the option denied).
DENIALS = [
    ("p value 0.0718 > 0.05 therefor we are not reject H0, coin can be fair.", "fail_to_reject", "not reject H0"),
    ("We do not reject the null since 7.2 percent is bigger than 5 percent.", "fail_to_reject", "not reject the null"),
    ("hence we are failing to reject H0", "fail_to_reject", "failing to reject H0"),
    ("We can't reject H0 at the 5 % level.", "fail_to_reject", "n't reject H0"),
    ("(c) No, we don’t reject the null: p = 0.0718 is bigger than 5%.", "fail_to_reject", "n’t reject the null"),
    ("0.0359 < 0.05, so we reject H0.", "reject", "reject H0"),
    # the denied option is dropped; the one chosen after it stands
    ("We cannot accept H0 here; we reject H0 since 0.03 < 0.05.", "reject", "reject H0"),
    # a negation in an earlier clause denies nothing here
    ("The p-value is not small. We reject H0.", "reject", "reject H0"),
    # a program's flag set to false denies the option it names
    ("Q3: z = 1.8  p = 0.0719  reject: False", "fail_to_reject", "reject"),
    ("reject_H0 = False", None, None),
    ("reject H0? False\nsince 0.0801 > 0.05 we do not reject H0", "fail_to_reject", "do not reject"),
    # ... but prose after a colon denies nothing
    ("Because p = 0.0707 > α = 0.05 we reject H0: no doubt about it.", "reject", "reject H0"),
    # a negation in other words: "no grounds to", "not enough evidence to"
    ("0.0719 is bigger than 0.05, so there are no grounds to reject the null hypothesis.", "fail_to_reject",
     "no grounds to reject the null"),
    ("p = 0.072 > 0.05: not enough evidence to reject H0.", "fail_to_reject", "not enough evidence to reject H0"),
]

#: An option supposed, not chosen ("we would reject"), and a later correction or decision that concludes
#: (read, and flagged when another option was named firmly before it): (text, option, flagged).
CONCLUDED = [
    ("Since 0.0719 > 0.05 we fail to reject H0. At α = 0.10 we \\emph{would} reject, but α is 0.05.",
     "fail_to_reject", False),
    ("(c) |z| = 1.80 > 1.645, so we reject H0.\nCorrection: the test is two-sided, |z| < 1.96; we do not reject H0.",
     "fail_to_reject", True),
    ("(c) 0.0719 > 0.05, which is close; we could reject at 10 %. So my decision is: do not reject H0.",
     "fail_to_reject", False),
    # a negation in other words
    ("Since 0.072 > 0.05 we\ndo not have evidence to reject H0.", "fail_to_reject", False),
]


@pytest.mark.parametrize("text,option,flagged", CONCLUDED)
def test_a_supposed_option_is_not_chosen_and_a_concluding_one_is(text, option, flagged):
    answer = find_choice(_question(TEST_DECISION), TEST_DECISION, _blocks(text))
    assert answer.value["option"] == option and bool(answer.review) == flagged, (answer.value, answer.review)


RETAIN = Part("q.d", 2, "choice", choice=ChoiceOptions((
    ChoiceOption("fail_to_reject", ("fail to reject", "retain H0")), ChoiceOption("reject", ("reject H0",)))))

#: A spelling with a subscripted symbol, in the symbol's typesettings and in the passive.
SYMBOL_SPELLINGS = [
    ("(c) |z| = 1.80 < 1.96 (equivalently 0.072 > 0.05): we retain $H_0$.", "fail_to_reject"),
    ("c) 0.0719 > 0.05 -> H0 retained, the heads are not significant evidence", "fail_to_reject"),
    ("(c) Since \\( p \\)-value \\( =0.0718>0.05 \\), \\( H_{0} \\) is retained.", "fail_to_reject"),
    ("(c) as 0.03 < 0.05 we reject H₀", "reject"),
    ("(c) 0.03 < 0.05, so $H_{0}$ is rejected", "reject"),
]


@pytest.mark.parametrize("text,option", SYMBOL_SPELLINGS, ids=[t[0] for t in SYMBOL_SPELLINGS])
def test_an_option_naming_a_subscripted_symbol_is_read_however_it_is_typeset(text, option):
    answer = find_choice(_question(RETAIN), RETAIN, _blocks(text))
    assert answer is not None and answer.value["option"] == option


@pytest.mark.parametrize("text,option,read", DENIALS, ids=[d[0] for d in DENIALS])
def test_a_denied_option_is_the_option_that_denies_it(text, option, read):
    answer = find_choice(_question(TEST_DECISION), TEST_DECISION, _blocks(text))
    if option is None:  # a name in code ("reject_H0") is no spelling of an option
        assert answer is None or answer.value["option"] is None, answer
        return
    assert answer is not None and answer.value["option"] == option and answer.text == read, answer


GRADIENT = Part("q.g", 5, "formula", find=Locator(labels=("dL/dz_k",)), formula=FormulaOptions(
    reference="grad", wrt="prob", roles={"prob": ("p_k", "softmax(z)_k"), "target": ("y_k",)},
    arguments={"prob": "p", "target": "y"},
    domains={"prob": Domain("unit_interval"), "target": Domain("nonnegative_integer", 0, 1)},
    subject="gradient", exact=True, functions=("softmax",),
    cases={"target": {1.0: ("k = c", "true class"), 0.0: ("otherwise", "k \\neq c")}}))

FORMULAS = [
    ("dL/dz_k = p_k - y_k", "prob - target"),
    ("∂L/∂z_k = p_k − y_k", "prob - target"),
    ("dL/dz_k = softmax(z)_k - y_k", "prob - target"),
    ("dL/dz_k = p_k - y_k   (p = softmax(z))", "prob - target"),
    ("q3 p_k - y_k", "prob - target"),            # a question's marker is no factor (not q3·p_k)
    ("3) gradient: p_k - y_k", "prob - target"),
    ("3   p_k - y_k", "prob - target"),                # a terse sheet's number column is no factor
    ("∂L/∂zk = softmax(z)k − yk", "prob - target"),    # an index run on after a bracket (Word's linear format)
    ("dL/dz_k = p_k - 1 if k is the true class\n        = p_k   otherwise", "prob - target"),
    ("$$\\frac{\\partial L}{\\partial z_k} = \\begin{cases} p_k - 1 & k = c \\\\ p_k & \\text{otherwise} "
     "\\end{cases}$$", "prob - target"),
    # a condition in LaTeX's commands, as the spec's phrase is written ("k \neq c")
    ("$$\\frac{\\partial L}{\\partial z_k} = \\begin{cases} p_k - 1, & k = c,\\\\ p_k, & k \\neq c. "
     "\\end{cases}$$", "prob - target"),
    # two sentences with relations: the last concludes
    ("dL/dp_j = -y_j/p_j and p_k = softmax(z)_k. Therefore dL/dz_k = softmax(z)_k - y_k.", "prob - target"),
    # a conclusion after "hence" in words
    ("dL/dp_j = -y_j/p_j; summing over j gives p_k Σ_j y_j − y_k, and Σ_j y_j = 1, hence dL/dz_k = p_k − y_k",
     "prob - target"),
    # a row break with its spacing ("\\[2pt]"): the spacing is no factor of the next row
    ("$$\\frac{\\partial L}{\\partial z_k} = \\begin{cases} p_k - 1 & k = c \\\\[2pt] p_k & \\text{otherwise} "
     "\\end{cases}$$", "prob - target"),
]


@pytest.mark.parametrize("text,expr", FORMULAS, ids=[f[0][:40] for f in FORMULAS])
def test_formulas_beyond_losses(text, expr):
    import sympy

    answer = find_expression(_question(GRADIENT), GRADIENT, (Block(text, "a.md", 1, "math" if "$$" in text
                                                                   else "text"),))
    assert answer is not None and "parsed" in answer.value, answer and answer.value
    got = answer.value["parsed"].expr
    assert sympy.simplify(got - sympy.sympify(expr, locals={"prob": sympy.Symbol("prob", real=True),
                                                           "target": sympy.Symbol("target", real=True)})) == 0


ESTIMATOR = Part("q.e", 2, "formula", find=Locator(labels=("\\hat{p}", "p̂", "p_hat", "MLE"), markers=("(b)",),
                                                   exclude=("ℓ", "\\ell")),
                 formula=FormulaOptions(reference="mean", wrt="total", roles={"total": ("x_i", "x", "k"),
                                                                             "count": ("n",)},
                                        arguments={"total": "total", "count": "count"}, subject="estimator",
                                        domains={"total": Domain("nonnegative_integer", 0, 20),
                                                 "count": Domain("nonnegative_integer", 21, 40)},
                                        exact=True, definitions={"\\bar{x}": "x/n", "\\bar x": "x/n"}))

#: An estimator as students conclude it: the formula only, whatever note, mark or layout is around it.
ESTIMATORS = [
    "b) p̂ = x̄ (sample mean)",                          # a note in words after it
    "(b) p_hat = x_bar",                                 # accents spelled in ASCII
    "(b) p̂ = Σxᵢ ⁄ n = x̄   ← the MLE",                  # Unicode's fraction slash; an arrow comment
    "ℓ′(p) = 0 ⇒ **p̂ = x̄**",                           # bold is no power; ℓ (excluded) is not in what is read
    "(b) ℓ′(p) = (Σxᵢ)/p − (n − Σxᵢ)/(1 − p) = 0 ⇒ p̂ = Σxᵢ/n",
    "4(b) & \\hat p = k/n \\\\ \\hline",             # a LaTeX tabular row: its last cell
    "4b. the maximiser is the sample mean, p_hat = x_bar (checked numerically)",  # starts at its label
    # a derivation's last step is its conclusion, even where the whole chain also parses
    "dl/dp = sum(x)/p − sum(1−x)/(1−p) = 0 → p̂ = sum(x)/n",
    "Derivative: ℓ'(p) = Σx_i/p − (n − Σx_i)/(1 − p) = 0 ⟹ **p̂ = x̄ = (1/n)Σ x_i** (matches the grid search above).",
    "(b) p-hat = x-bar",                                 # accents after a hyphen
    "(b) p_hat = xbar, what the sample gives",           # a bar run on to its letter ("what" stays a word)
    "=> p^ = sum x_i / n",                               # a caret with nothing raised is a hat
    ">>> # MLE  ->  p_hat = sum(x)/n = mean(x)",         # the mean of one variable in words is its bar
    "p_hat = (1/n) sum x_i  = mean of x",
    "p̂ = x̄  (the sample mean of the 0/1 data)",          # a note with numbers in it
    # a chain's last side, about the part only through the definitions, concludes it: a PDF's
    # text layer flattened k/n to "k n" before it, or a product of another quantity came first
    "l^{′}(p) = k p − n − k 1 − p = 0 =⇒ p̂ = k n = x̄ .",
    "Q4) L = Π p^{x_i} (1 − p)^{1 − x_i} , p̂ = x̄",
]


@pytest.mark.parametrize("text", ESTIMATORS)
def test_an_estimator_is_read_without_what_surrounds_it(text):
    import sympy

    answer = find_expression(_question(ESTIMATOR), ESTIMATOR, _blocks(text))
    assert answer is not None and "parsed" in answer.value, answer and answer.value
    total, count = sympy.Symbol("total", real=True), sympy.Symbol("count", real=True)
    assert sympy.simplify(answer.value["parsed"].expr - total / count) == 0


# --------------------------------------------------------------------------- number parts: the whole quantity

from grader.extract.kinds_values import fallback_number, widen_number  # noqa: E402
from grader.models import Answer, Evidence  # noqa: E402
from grader.spec import Tolerance  # noqa: E402

PROB = Part("q.p", 3, "number", tolerance=Tolerance(relative=1e-3), find=Locator(labels=("P(A)",), markers=("(a)",)))


def _read(excerpt: str, hit: str, value: float) -> Answer:
    return Answer("q.p", hit, {"value": value, "sig_figs": 2, "exact": None},
                  Evidence("a.md", 1, excerpt, hit), 0.8)


WIDENED = [
    ("Accuracy = 65.90 %", "65.90", 0.659, "a percent sign"),
    ("total = 1.2288 M multiplications", "1.2288", 1228800, "a scale word"),
    ("about 54K", "54", 54000, "K glued to the digits"),
    (r"P(A) = \frac{671}{1296}", "1", 671 / 1296, "the number inside a fraction is the fraction"),
    ("P(A) = 1 - (5/6)^3 = 91/216", "1", 91 / 216, "a value that begins an expression: the chain's conclusion"),
    ("Var(3X - 2) = 9 Var(X) = 9(0.49) = 4.41", "9", 4.41, "a factor: the chain's conclusion"),
    ("dE/dw = 0.038 (approx)", "0.038", 0.038, "a note in brackets is no expression"),
    ("= 1792 parameters", "1792", 1792, "a unit word changes nothing"),
]


@pytest.mark.parametrize("excerpt,hit,value,why", WIDENED, ids=[w[3] for w in WIDENED])
def test_a_number_is_read_to_the_end_of_what_was_written(excerpt, hit, value, why):
    answer = widen_number(PROB, _read(excerpt, hit, float(hit)))
    assert answer.value["value"] == pytest.approx(value), why


def test_a_value_that_begins_an_expression_without_a_conclusion_is_flagged():
    answer = widen_number(PROB, _read("P(A) = 1 - P(no six)", "1", 1.0))
    assert answer.value["value"] == 1.0 and any("begins an expression" in r for r in answer.review)


def test_the_second_reader_takes_a_labelled_chain_s_conclusion_and_says_so():
    blocks = _blocks("(a) P(A) = 1 - (5/6)^3 = 91/216\n(b) something else = 3")
    other = Part("q.b", 1, "number", find=Locator(markers=("(b)",)))
    answer = fallback_number(_question(PROB, other), PROB, blocks)
    # the chain concludes the part: its doubt stands only if the value is not found right (the pipeline)
    assert answer.value["value"] == pytest.approx(91 / 216) and answer.review_unless_correct and not answer.review


def test_the_second_reader_s_reading_followed_by_another_value_is_flagged_whatever_it_earns():
    blocks = _blocks("(a) answer: P(A) = 1 - (5/6)^3 = 91/216\nP(A) = 0.58, by the complement\n(b) something = 3")
    other = Part("q.b", 1, "number", find=Locator(markers=("(b)",)))
    answer = fallback_number(_question(PROB, other), PROB, blocks)
    assert answer.value["value"] == pytest.approx(91 / 216) and answer.review


def test_the_second_reader_gives_an_integer_part_no_fraction():
    part = Part("q.n", 3, "integer", find=Locator(labels=("count",)))
    assert fallback_number(_question(part), part, _blocks(r"count: \frac{1}{256} + \frac{1}{25}")) is None


LOGLIK = Part("q.l", 3, "formula", find=Locator(labels=("\\ell(p)", "ℓ(p)", "log-likelihood"), markers=("(a)",),
                                                 exclude=("\\ell'", "= 0", "\\hat")),
              formula=FormulaOptions(reference="loglik", wrt="p", roles={"p": ("p",), "x": ("x_i", "x")},
                                     arguments={"p": "p", "x": "x"},
                                     subject="log-likelihood", up_to_constant=True,
                                     domains={"p": Domain("unit_interval", 0.05, 0.95),
                                              "x": Domain("nonnegative_integer", 0, 1)}))

#: Aligned derivations: each row is a statement, so a later row (the derivative, set to zero, with
#: the part's exclusions) does not hide the row that answers.
ALIGNED = [
    "\\begin{align*}\n\\ell(p) &= \\sum_{i=1}^{n}\\big[x_i\\log p + (1-x_i)\\log(1-p)\\big]\\\\\n"
    "\\ell'(p) &= \\frac{\\sum x_i}{p} - \\frac{n-\\sum x_i}{1-p} = 0\n\\end{align*}",
    "\\begin{align*}\nL(p) &= \\prod_{i=1}^n p^{x_i}(1-p)^{1-x_i}\\\\\n"
    "\\ell(p) &= \\ln L(p) = \\sum_{i=1}^n \\bigl[x_i\\ln p + (1-x_i)\\ln(1-p)\\bigr]\\\\[2pt]\n"
    "\\ell'(p) &= 0 \\quad\\Longrightarrow\\quad \\hat p = \\bar x\n\\end{align*}",
]


@pytest.mark.parametrize("text", ALIGNED, ids=["derivative-after", "likelihood-before"])
def test_a_row_of_an_aligned_derivation_is_read_on_its_own(text):
    import sympy

    answer = find_expression(_question(LOGLIK), LOGLIK, (Block(text, "a.tex", 1, "math"),))
    assert answer is not None and "parsed" in answer.value, answer and answer.value
    p, x = sympy.Symbol("p", real=True), sympy.Symbol("x", real=True)
    got = answer.value["parsed"].expr
    want = x * sympy.log(p) + (1 - x) * sympy.log(1 - p)
    assert sympy.simplify(got.subs({s: {"p": p, "x": x}.get(str(s), s) for s in got.free_symbols}) - want) == 0


def test_an_options_words_inside_a_programs_string_are_not_chosen():
    code = Block("p = 0.0801\nprint('reject H0?', p < 0.05)", "a.ipynb", 1, "code")
    prose = Block("since 0.0801 > 0.05 we do not reject H0", "a.ipynb", 3)
    answer = find_choice(_question(TEST_DECISION), TEST_DECISION, (code, prose))
    assert answer is not None and answer.value["option"] == "fail_to_reject", answer


#: (blocks, the formulas read besides the one graded): a closing table's row written after the
#: working's labelled chain is a rival reading (graded as a counterfactual, a different grade is a
#: flag); the working's earlier steps and a program's lines are not
RIVALS = [
    (("dL/dz_k = -Σ_i y_i (δ_ik - p_k) = p_k Σ_i y_i - y_k", "| 3 | p_k - y_k |"), ["| 3 | p_k - y_k |"]),
    (("dL/dz_k = -Σ_i y_i (δ_ik - p_k) = p_k Σ_i y_i - y_k", "3 & $p_k - y_k$ \\\\"), ["3 & $p_k - y_k$ \\\\"]),
    (("dL/dz_k = p_k - y_k", "| 3 | p_k - y_k |"), []),          # the same formula twice: no rival
    (("dL/dz_k = y_k - p_k", "dL/dz_k = p_k - y_k"), []),       # the later, named one is graded itself
    (("dL/dz_k = p_k - y_k", "so the other classes give p_k - y_k + 1"), []),  # an unnamed later line
]


@pytest.mark.parametrize("texts,rivals", RIVALS)
def test_a_later_closing_row_is_a_rival_reading(texts, rivals):
    blocks = tuple(Block(t, "a.md", 1 + 2 * i) for i, t in enumerate(texts))
    answer = find_expression(_question(GRADIENT), GRADIENT, blocks)
    assert answer is not None
    assert [a.text for a in answer.alternatives] == rivals


@given(st.text(alphabet="lognexp^*\\frac{}sumΣ∑-−+/ ()whereandfor.,;:$_0123456789", max_size=40))
def test_a_formula_trimmed_has_no_operator_its_side_lacked(side):
    """Prose formulas are trimmed only where the side has an operator: trimming never makes one."""
    from grader.extract.formula_answers import _MATHY, _trim

    if _MATHY.search(side) is None:
        assert _MATHY.search(_trim(side)) is None


def test_every_row_of_a_closing_table_that_names_the_question_is_read():
    """A spreadsheet pasted as a table: several rows name question 2, the working's then the answer's."""
    import dataclasses

    question = dataclasses.replace(_question(CI), number=2)
    table = Block("| Q | cell | formula | value | answer |\n|---|---|---|---|---|\n| 1a | C3 | =1-(5/6)^3 | 0.4213 | 0.4213 |\n"
                  "| 2 | C8 | =64/200 | 0.32 |  |\n| 2 | C11 | =C8+C9 | 0.38465 | [0.2554, 0.3847] |\n"
                  "| 3a | C13 | =(218/400-0.5)/SQRT(0.25/400) | 1.8 | 1.80 |", "a.md", 5)
    answer = find_interval(question, CI, (), (table,))
    assert answer is not None and answer.value["ends"] == pytest.approx([0.2554, 0.3847])


def test_a_matrix_whose_rows_a_pdf_ran_together_is_read_after_its_label_over_another_matrix():
    """A typeset matrix's rows on one line of a PDF's text, after the part's label, beside a gradient's matrix."""
    text = ("∂L/∂W = δ xᵀ =\n(0.5 1 −0.5\n−1 −2 1\n)\n\n"
            "W_new = W − 0.1 ∂L ∂W = ( 0.15 −0.2 0.45 0.1 0.5 −0.3 )")
    answer = find_array(_question(W), W, _blocks(text))
    assert answer is not None and answer.value["array"] == [0.15, -0.2, 0.45, 0.1, 0.5, -0.3]


def test_a_word_label_in_the_passage_another_part_s_marker_opens_is_that_part_s_prose():
    """"b) For every output position …": "output", a label of (a), does not take (b)'s working for (a)."""
    shape = Part("q.shape", 4, "tuple", tuple_options=TupleOptions(batch=True),
                 find=Locator(labels=("output shape", "output"), markers=("a)",)))
    params = Part("q.params", 3, "integer", find=Locator(labels=("parameters",), markers=("b)",)))
    text = ("a) With padding 1 the conv keeps 28×28, and there are 64 filters → 28×28×64. Max pooling 2×2 / stride 2 → "
            "14×14×64.\nb) For every output position the filter needs 3×3×3 weights + 1 bias = 28 numbers.")
    answer = find_tuple(_question(shape, params), shape, _blocks(text))
    assert answer is not None and answer.value["values"] == [14, 14, 64]
