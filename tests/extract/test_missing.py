"""A part with no answer is flagged when the submission shows it answered it somewhere the reader
did not follow (its label written, its question's number opening a line), and only then: a part
the student skipped stays a plain zero."""

from __future__ import annotations

import json

import pytest

from grader.extract import extract
from grader.ingest import read_submission

def _notebook(*cells) -> str:
    """A notebook's JSON: a list is a markdown cell's lines, a pair a code cell's source and printed output."""
    def cell(c):
        if isinstance(c, list):
            return {"cell_type": "markdown", "metadata": {}, "source": "\n".join(c)}
        return {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": c[0],
                "outputs": [{"output_type": "stream", "name": "stdout", "text": c[1] + "\n"}]}
    return json.dumps({"cells": [cell(c) for c in cells], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


#: (why, text, part, flagged)
ROWS = [
    ("the part's own label, with no answer read after it", ".txt",
     "Q1 backprop: dE/dw11 = 0.0044 and dE/dw21 = 0.0372, so the depthwise separable one is in the notebook\n"
     "Q3 Poisson loss: L = λ − y log λ\n",
     "conv.depthwise", True),
    ("a question no section was found for, whose number opens a line", ".txt",
     "Q1 backprop: dE/dw11 = 0.0044 and dE/dw21 = 0.0372\nQ2 convolution: 1228800 and 53952\n\n"
     "3   e^z - y*z  (up to a constant)\n",
     "poisson.loss", True),
    ("... and one whose number ends with a dot ('Ans 3.'), on a line of its own", ".txt",
     "Ans 1.\n dE/dw11 = 0.0044 and dE/dw21 = 0.0372\nAns 2.\n 1228800 and 53952\n\nAns 3.\n e^z - y*z  (up to a "
     "constant)\n",
     "poisson.loss", True),
    ("an ordinary word of a part's labels that opens a line and gives a number ('standard : 1228800', a "
     "program's print placed in another question's section)", ".md",
     "## Q1\n\ndE/dw11 = 0.0044 and dE/dw21 = 0.0372\n\n```\nstandard : 1228800\ndw-sep   : 53952\n```\n\n"
     "## Q3\n\nL = λ − y log λ\n",
     "conv.standard", True),
    ("... and beside it the question's other parts, under names the spec lacks ('dw-sep : 53952')", ".md",
     "## Q1\n\ndE/dw11 = 0.0044 and dE/dw21 = 0.0372\n\n```\nstandard : 1228800\ndw-sep   : 53952\n```\n\n"
     "## Q3\n\nL = λ − y log λ\n",
     "conv.depthwise", True),
    ("... but not the word in prose ('a standard trick'): a plain zero", ".md",
     "## Q1\n\ndE/dw11 = 0.0044 and dE/dw21 = 0.0372 by the standard trick of the chain\n\n## Q3\n\nL = λ − y log λ\n",
     "conv.standard", False),
    ("a notebook of bare code and outputs: a question no section was found for, while cells print values no "
     "answer was read from", ".ipynb", _notebook(["Q1 backprop: dE/dw11 = 0.0044 and dE/dw21 = 0.0372"],
                                                 ("print(8*8*256*75)", "1228800"), ("print(4800 + 49152)", "53952"),
                                                 ["Q3 Poisson loss: L = λ − y log λ"]),
     "conv.standard", True),
    ("... but not a notebook whose printed values were read (a question skipped: a plain zero)", ".ipynb",
     _notebook(["Q1 backprop"], ("g = grads()\nprint(g)", "dE/dw11 = 0.0044 and dE/dw21 = 0.0372"),
               ["Q3 Poisson loss: L = λ − y log λ"]),
     "conv.standard", False),
    ("... and a notebook exported to HTML, its outputs under 'Out[n]:' prompts", ".html",
     "<h2>Q1 backprop</h2><p>dE/dw11 = 0.0044 and dE/dw21 = 0.0372</p><h2>Q3 Poisson loss</h2><p>L = λ − y log λ</p>"
     "<p>In [3]:</p><pre>cm = [[5, 1], [2, 7]]\nsum(cm[i][i] for i in range(2)) / 15</pre><p>Out[3]:</p><pre>0.8</pre>",
     "conv.standard", True),
    ("a question the student skipped: no label, no number, a plain zero", ".txt",
     "Q1 backprop: dE/dw11 = 0.0044 and dE/dw21 = 0.0372\nQ2 convolution: 1228800 and 53952\n",
     "poisson.loss", False),
]


@pytest.mark.parametrize("why, suffix, text, part, flagged", ROWS, ids=[r[0] for r in ROWS])
def test_a_missing_part_is_flagged_only_where_the_student_answered_it(spec, tmp_path, why, suffix, text, part,
                                                                     flagged):
    path = tmp_path / f"student{suffix}"
    path.write_text(text, encoding="utf-8")
    result = extract(read_submission(path), spec)
    assert result.answers[part] is None, f"{why}: read {result.answers[part]}"
    assert (part in result.missing_review) == flagged, f"{why}: {result.missing_review.get(part)}"


@pytest.mark.parametrize("other, flagged", [
    ("analysis.Rout", True),      # a console's output of a program the grader does not read
    ("photo.heic", True),         # a photo in a format the grader refuses
    (None, False),                # nothing else handed in: the part was skipped
])
def test_a_missing_part_names_a_file_of_the_folder_that_was_not_read(spec, tmp_path, other, flagged):
    folder = tmp_path / "student"
    folder.mkdir()
    (folder / "answers.md").write_text("Q1 backprop: dE/dw11 = 0.0044 and dE/dw21 = 0.0372\n"
                                       "Q2 convolution: 1228800 and 53952\n(Q3 is in the output file.)\n",
                                       encoding="utf-8")
    if other:
        (folder / other).write_bytes(b"> L <- sum(lam - y * log(lam))\n")
    document = read_submission(folder)
    assert bool(document.not_read) == flagged
    result = extract(document, spec)
    assert result.answers["poisson.loss"] is None
    assert ("poisson.loss" in result.missing_review) == flagged
    if flagged:
        assert other in result.missing_review["poisson.loss"]
