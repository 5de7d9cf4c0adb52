"""Answers read from a passage the student numbers as another question of the sheet are flagged, with where;
a number beside its topic's words ("Q.1 Convolution") is the student's own numbering and is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.extract import extract
from grader.ingest import read_submission
from grader.spec_loader import load_spec

ROOT = Path(__file__).resolve().parents[2]

# A notebook whose answer lines come after their code: "q1 (a) = …" is followed by question 2's code, whose
# words decide the section; what is read there for question 2 is flagged, never graded silently.
NOTEBOOK = '{"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}}, "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# hw2"}, {"cell_type": "code", "metadata": {}, "source": "import numpy as np\\nW1 = np.full((2,2),.5); W2 = np.full((2,2),.5)\\nh = 1/(1+np.exp(-(W1@x+1))); o = 1/(1+np.exp(-(W2@h+1)))\\ndelta_out = (o-t)*o*(1-o)\\ndelta_hid = W2.T@delta_out*h*(1-h)\\ndE_dw11 = delta_hid[0]*x[0]", "outputs": [], "execution_count": null}, {"cell_type": "markdown", "metadata": {}, "source": "q1 (a) = 0.00443 . (b) will fix"}, {"cell_type": "code", "metadata": {}, "source": "standard = 8*8*256*5*5*3\\nstandard", "outputs": [], "execution_count": null}, {"cell_type": "code", "metadata": {}, "source": "# depthwise separable: 3 input channels to 256 output channels with 1x1 filters\\nsep = 8*8*3*256\\nsep", "outputs": [], "execution_count": null}, {"cell_type": "markdown", "metadata": {}, "source": "q2: standard **1228800**, depthwise separable **49152**"}]}'

OWN_NUMBERING = ("Q.1 Convolution\n---------------\nStandard convolution: Total = 75 x 16384 = 1228800\n"
                 "Depthwise separable: Total = 53952\n\nQ.2 Backprop\n------------\ndE/dw11 = 0.00443\n")


@pytest.fixture(scope="module")
def spec():
    return load_spec(ROOT / "reference" / "gnr638_a2.yaml")


def _read(tmp_path, name, text, spec):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_submission(path), spec)


def test_a_value_read_under_another_question_than_its_passage_s_number_is_flagged(tmp_path, spec):
    read = _read(tmp_path, "s.ipynb", NOTEBOOK, spec)
    answer = read.answers["conv.standard"]
    # (the value there, 0.00443, is no count: the count's part is then missing, and flagged as such)
    if answer is None:
        assert "conv.standard" in read.missing_review
    else:
        assert any("the student numbers 1" in why for why in answer.review), answer.review


def test_a_number_beside_its_topic_is_the_student_s_own_numbering(tmp_path, spec):
    answers = _read(tmp_path, "s.txt", OWN_NUMBERING, spec).answers
    assert answers["conv.standard"].value["value"] == 1228800
    assert not any("the student numbers" in why for a in answers.values() if a for why in a.review)
