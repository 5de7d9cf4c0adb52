"""A Python file's words: comments and free-standing strings become text blocks; code does not."""

from __future__ import annotations

import pytest

from grader.ingest.program import program_text_blocks

SOURCE = '''"""Assignment 1 by A. Student"""
import numpy as np

# ---- Q2 (b): depthwise separable
# total = 4,800 + 49,152 = 53,952
dw = 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256  # inline note
print("dw =", dw)   # a string inside a call is no block
x = "an assigned string is no block"

"""
Output:
dw = 53952
"""
'''

#: (text of a block, its line)
EXPECTED = [
    ("Assignment 1 by A. Student", 1),
    ("---- Q2 (b): depthwise separable\ntotal = 4,800 + 49,152 = 53,952", 4),
    ("inline note", 6),
    ("a string inside a call is no block", 7),
    ("Output:\ndw = 53952", 11),
]


def test_comments_and_free_standing_strings_are_read_in_order():
    got = [(b.text, b.line) for b in program_text_blocks(SOURCE, "solution.py")]
    assert got == EXPECTED


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
