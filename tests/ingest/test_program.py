"""A Python file's words: comments, free-standing strings and the answers it states as literal data
become text blocks; the rest of the code does not."""

from __future__ import annotations

import pytest

from grader.ingest.program import COMPUTED, program_text_blocks

SOURCE = '''"""Assignment 1 by A. Student"""
import numpy as np

# ---- Q2 (b): depthwise separable
# total = 4,800 + 49,152 = 53,952
dw = 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256  # inline note
print("dw =", dw)   # a string inside a call is no block
x = "an assigned string is read as text"
def f():
    inside = 0.5  # its note is read; a function's values are its working, not read

"""
Output:
dw = 53952
"""
'''

#: (text of a block, its line)
EXPECTED = [
    ("Assignment 1 by A. Student", 1),
    ("---- Q2 (b): depthwise separable\ntotal = 4,800 + 49,152 = 53,952", 4),
    ("dw = 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256 (inline note)", 6),
    ("a string inside a call is no block", 7),
    ("x: an assigned string is read as text", 8),
    ("its note is read; a function's values are its working, not read", 10),
    ("Output:\ndw = 53952", 13),
]


def test_comments_and_free_standing_strings_are_read_in_order():
    got = [(b.text, b.line) for b in program_text_blocks(SOURCE, "solution.py")]
    assert got == EXPECTED


#: (a program's statement, the text a person reads in it): answers stated as literal data
DATA = [
    ("ANS_1a = 0.00443   # dE/dw11\n", [("ANS_1a = 0.00443 (dE/dw11)", 1)]),
    ("DW11 = 4.4318e-3\n", [("DW11 = 4.4318e-3", 1)]),
    ("STANDARD = 8 * 8 * 256 * 5 * 5 * 3\n", [("STANDARD = 8 * 8 * 256 * 5 * 5 * 3", 1)]),
    ("shape: tuple = (14, 14, 64)\n", [("shape = (14, 14, 64)", 1)]),
    ("a = b = -0.5\n", [("a = b = -0.5", 1)]),
    ("W = [[0.15, -0.2], [0.1, 0.5]]\n", [("W = [[0.15, -0.2], [0.1, 0.5]]", 1)]),
    ('loss = "L = lam - y log lam"\n', [("loss: L = lam - y log lam", 1)]),
    # a dict of answers: each entry a line of its own, under its key, with its note
    ('ANSWERS = {\n    "2a": 1_228_800,  # all positions\n    "q4": "no",\n}\n',
     [("2a = 1_228_800 (all positions)", 2), ("q4: no", 3)]),
    ('R = {"q1": {"a": 0.5, "b": 2}}\n', [("q1 a = 0.5", 1)]),  # one line holds one entry's reading
    # a print of literals reads as what it prints
    ('print("Q2 (b):", 53952)\n', [("Q2 (b): 53952", 1)]),
    ('if __name__ == "__main__":\n    print("dw11 =", 0.0044)\n', [("dw11 = 0.0044", 2)]),
    # a print of one computed value whose line's comment says what it printed reads as that line of output
    ('print("Q5b Var(X) =", var_x)   # 0.48999999999999977\n', [("Q5b Var(X) = 0.48999999999999977", 1)]),
    ('print(f"Q1b P(D|+) = {p:.4e}")   # 8.7558e-02\n', [("Q1b P(D|+) = 8.7558e-02", 1)]),
    ('print("Q2 CI =", ci)  # (0.2553, 0.3847)\n', [("Q2 CI = (0.2553, 0.3847)", 1)]),
    ('print("3a", z)   # 3a 1.8000000000000016\n', [("3a 1.8000000000000016", 1)]),   # the comment repeats the line
    # ... with the words or sign that say it was printed before the value
    ('print("Q1(a) dE/dw11 =", dW1[0, 0])   # prints 0.004431814656811997\n',
     [("Q1(a) dE/dw11 = 0.004431814656811997", 1)]),
    ('print("Q2(b) total:", dw + pw)  # -> 53952\n', [("Q2(b) total: 53952", 1)]),
    ('print("Q5 top-1 accuracy: %.4f" % acc)   # 0.6591\n', [("Q5 top-1 accuracy: 0.6591", 1)]),
    ('print("Q5 accuracy: {:.2%}".format(acc))   # 65.91%\n', [("Q5 accuracy: 65.91%", 1)]),
    # ... not two computed values with one comment, nor one without a comment
    ('print("(b) total:", dw, "+", pw, "=", dw + pw)  # 53952\n', [("(b) total: 53952", 1)]),  # the label's result
    ('print(f"{a} and {b}")  # 1 2\n', [("1 2", 1)]),
    ('print("dw =", dw)  # the depthwise count\n', [("the depthwise count", 1)]),
    # a name that opens with its question, glued by underscores, is the label a person reads
    ('ANSWERS = {"q2a_standard_mults": 1228800}\n', [("q2a standard mults = 1228800", 1)]),
    ("Q1_b_dw21 = 0.0372\n", [("Q1 b dw21 = 0.0372", 1)]),
    # ... and one whose value is computed says the program states none, so the part is looked at, not passed over
    ('ANSWERS = {"q5_top1_accuracy": round(acc, 4)}\n', [(f"q5 top1 accuracy: {COMPUTED}", 1)]),
    ("q1a = (pool, pool, n_filters)\n", [(f"q1a: {COMPUTED}", 1)]),
    # what an assertion says a computed value is: the value a print of it prints
    ('std = 8 * 8 * 256 * 75\nassert std == 1228800\nprint("Q2a standard:", std)\n',
     [("std = 8 * 8 * 256 * 75", 1), ("Q2a standard: 1228800", 3)]),
    ('assert abs(acc - 0.6591) < 1e-4\nprint(f"Q5 accuracy: {acc:.4f}")\n', [("Q5 accuracy: 0.6591", 2)]),
    ('assert np.isclose(z, 1.8)\nprint("3a z =", z)\n', [("3a z = 1.8", 2)]),
    # ... and where a print's label opens a known value and the working after it is computed, the label's value
    ('assert dw + pw == 53952\nprint("Q2b total:", dw + pw, "(depthwise", dw, "+ pointwise", pw, ")")\n',
     [("Q2b total: 53952", 2)]),
    # the function the script runs as a script states its answers as the top level does
    ('def main():\n    print("Q4 =", 0.49)\n\nif __name__ == "__main__":\n    main()\n', [("Q4 = 0.49", 2)]),
    ('def helper():\n    print("Q4 =", 0.49)\n\nif __name__ == "__main__":\n    run(1)\n', []),
    # what only running the program would tell is not read: a value it computes, the branch a test of one chooses
    ('if p < 0.05:\n    print("Q3(c) reject H0")\nelse:\n    print("Q3(c) fail to reject H0")\n', []),
    ('if z > 1.96:\n    decision = "reject"\nelif z < -1.96:\n    decision = "reject"\nelse:\n    decision = "keep"\n', []),
    ('if __name__ == "__main__":\n    print("Q4 =", 0.49)\nelse:\n    pass\n', [("Q4 = 0.49", 2)]),  # the run itself
    ('if VERBOSE:\n    print("Q4 =", 0.49)\n', [("Q4 = 0.49", 2)]),  # one branch: no choice between readings
    ("print('dw11 =', dW1[0, 0])\n", []),
    ("W1 = np.full((2, 2), 0.5)\n", []),
    ("n = len(x)\n", []),
    ("flag = True\n", []),
    ("def f():\n    q = 0.25\n", []),
    ("obj.attr = 3\n", []),
    ("x = (1, 'a')\n", []),
]


@pytest.mark.parametrize("source,read", DATA)
def test_answers_stated_as_literal_data_are_read(source, read):
    assert [(b.text, b.line) for b in program_text_blocks(source, "a.py")] == read


#: (source the tokenizer cannot finish, the blocks read before it stopped)
UNFINISHED = [
    ("# the answer is 53,952\nx = '''never closed\n", [("the answer is 53,952", 1)]),
    ("# first note\ndef f(:\n    # second note\n", [("first note", 1), ("second note", 3)]),
    ("", []),
]


@pytest.mark.parametrize("source,read", UNFINISHED)
def test_a_file_the_tokenizer_cannot_finish_gives_what_was_read(source, read):
    assert [(b.text, b.line) for b in program_text_blocks(source, "a.py")] == read


def test_a_submission_of_only_a_program_is_read_for_its_words(tmp_path):
    from grader.ingest import read_submission
    folder = tmp_path / "s1"
    folder.mkdir()
    (folder / "solution.py").write_text(SOURCE, encoding="utf-8")
    document = read_submission(folder)
    assert any("53,952" in b.text for b in document.blocks)
    assert "solution.py" in document.sources
