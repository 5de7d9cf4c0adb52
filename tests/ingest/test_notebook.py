"""Notebooks: cells to blocks with cell numbers, outputs as text, code cells as a program (never run here)."""

from __future__ import annotations

import json

import pytest

from grader.errors import UnreadableFileError
from grader.ingest.notebook import notebook_blocks, notebook_program

nbformat = pytest.importorskip("nbformat")
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output  # noqa: E402


def notebook(*cells, language: str = "python") -> bytes:
    nb = new_notebook(metadata={"kernelspec": {"name": "k", "display_name": "k", "language": language}})
    for i, cell in enumerate(cells, start=1):
        cell["id"] = f"c{i}"
        nb.cells.append(cell)
    return nbformat.writes(nb).encode("utf-8")


def stdout(text: str):
    return new_output("stream", name="stdout", text=text)


def test_cells_become_blocks_that_know_their_cell_and_line():
    data = notebook(
        new_markdown_cell("# Q2\n\n(a) standard convolution = 1228800"),
        new_code_cell("x = 8 * 8\nprint(x * 256 * 75)", outputs=[stdout("1228800\n")]),
        new_code_cell("dW1", outputs=[new_output("execute_result", data={"text/plain": "array([[0.0044, 0.0044],\n"
                                                                                      "       [0.0044, 0.0044]])"},
                                                 execution_count=3)]),
    )
    blocks, program, warnings = notebook_blocks(data, "nb.ipynb")
    assert [(b.cell, b.line, b.kind, b.text.split("\n")[0]) for b in blocks] == [
        (1, 1, "heading", "# Q2"), (1, 3, "text", "(a) standard convolution = 1228800"),
        (2, 1, "code", "x = 8 * 8"), (2, 3, "code", "1228800"),
        (3, 1, "code", "dW1"), (3, 2, "code", "dW1 = array([[0.0044, 0.0044],")]
    assert all(b.file == "nb.ipynb" for b in blocks) and warnings == []


@pytest.mark.parametrize("source,output,read", [
    # the value Jupyter shows under a name alone on the cell's last line is that name's
    ("p0, n = 0.5, 400\nz = (0.545 - p0) / (0.5 / n ** 0.5)\nz", "1.8000000000000016", "z = 1.8000000000000016"),
    ("post = sens * prior / evidence\npost", "tensor(0.0876)", "post = tensor(0.0876)"),
    ("res.x", "0.32", "res.x = 0.32"),
    # ... not under a call or an expression, which names nothing
    ("float(_)", "0.4212962962962963", "0.4212962962962963"),
    ("1 - (5/6)**3", "0.42129629629629634", "0.42129629629629634"),
    # ... nor a dict of answers, whose entries name themselves
    ("answers", "{'Q2a standard': 1228800, 'Q2b depthwise sep': 53952}",
     "{'Q2a standard': 1228800, 'Q2b depthwise sep': 53952}"),
])
def test_the_result_under_a_name_alone_is_that_names_value(source, output, read):
    data = notebook(new_code_cell(source, outputs=[new_output("execute_result", data={"text/plain": output},
                                                              execution_count=1)]))
    blocks, _, _ = notebook_blocks(data, "nb.ipynb")
    assert blocks[-1].text == read


def test_a_printed_line_under_a_name_is_what_was_printed():
    data = notebook(new_code_cell("print(z)\nz", outputs=[stdout("1.8\n")]))
    blocks, _, _ = notebook_blocks(data, "nb.ipynb")
    assert blocks[-1].text == "1.8"  # (a stream is what the cell printed, whatever its last line)


def test_errors_images_and_colours_are_not_answers():
    data = notebook(new_code_cell("boom()", outputs=[
        new_output("error", ename="NameError", evalue="boom", traceback=["\x1b[31mNameError\x1b[0m"]),
        new_output("display_data", data={"image/png": "iVBORw0KGgo="}),
        stdout("\x1b[1mloss = 0.5\x1b[0m\n")]))
    blocks, _, _ = notebook_blocks(data, "nb.ipynb")
    assert [b.text for b in blocks] == ["boom()", "loss = 0.5"]


def test_an_output_shown_only_as_html_reads_as_the_text_the_page_shows():
    """A styled table (pandas' Styler) or displayed HTML with no plain text beside it: its cells as a row's."""
    html = "<style>td {color: red}</style><table><tr><th>part</th><th>answer</th></tr>" \
           "<tr><td>2(a)</td><td>1228800</td></tr></table>"
    data = notebook(new_code_cell("styled", outputs=[new_output("display_data", data={"text/html": html})]))
    blocks, _, _ = notebook_blocks(data, "nb.ipynb")
    assert "| 2(a) | 1228800 |" in blocks[-1].text and "color" not in blocks[-1].text


@pytest.mark.parametrize("mime,shown,read", [("text/markdown", "**Answer:** 65.91%", "**Answer:** 65.91%"),
                                             ("text/latex", "$p_k - y_k$", "$p_k - y_k$"),
                                             ("text/html", "<b>1792</b> parameters", "1792 parameters")])
def test_a_displayed_object_reads_as_what_it_shows_not_its_plain_repr(mime, shown, read):
    """"display(Markdown(f'**Answer:** {acc:.2%}'))": IPython's plain text is the object's repr, no text of the
    student's; the rich form is what the notebook shows."""
    data = notebook(new_code_cell("show()", outputs=[new_output("display_data", data={
        mime: shown, "text/plain": "<IPython.core.display.Markdown object>"})]))
    blocks, _, _ = notebook_blocks(data, "nb.ipynb")
    assert blocks[-1].text == read


def test_the_program_keeps_imports_definitions_and_constants_only():
    cells = [
        new_code_cell("%matplotlib inline\nimport numpy as np\nimport matplotlib.pyplot as plt"),
        new_code_cell("LR = 0.1\nsig = lambda z: 1 / (1 + np.exp(-z))\nW = np.ones((2, 2))\nprint(W)"),
        new_code_cell("@staticmethod\ndef gradients(W1, b1, W2, b2, x, t):\n    !echo inside\n    return W1"),
        new_code_cell("for i in range(10**9):\n    pass"),
        new_code_cell("%%bash\nrm -rf /"),
        new_code_cell("def broken(:\n    pass"),
    ]
    program, skipped = notebook_program([dict(c) for c in cells])
    assert skipped == [6]
    assert "try:\n    import numpy as np\nexcept ImportError:" in program
    assert "try:\n    import matplotlib.pyplot as plt\nexcept ImportError:" in program
    assert "LR = 0.1" in program and "sig = lambda z:" in program
    assert "W = np.ones" not in program and "print(W)" not in program and "range(10**9)" not in program
    assert "@staticmethod\ndef gradients(W1, b1, W2, b2, x, t):\n    pass  # IPython: !echo inside" in program
    assert "rm -rf" not in program and "# cell 3" in program
    compile(program, "nb.ipynb.py", "exec")  # it is one valid Python file


def test_a_notebook_gives_its_program_as_a_source_and_says_which_cells_were_left_out():
    data = notebook(new_code_cell("def gradients(W1, b1, W2, b2, x, t):\n    return 1"), new_code_cell("if:"))
    _, program, warnings = notebook_blocks(data, "hw.ipynb")
    assert program is not None and b"def gradients" in program
    assert warnings == ["hw.ipynb: cell 2 is not valid Python; left out of the program"]


def test_a_notebook_in_another_language_has_no_program():
    _, program, _ = notebook_blocks(notebook(new_code_cell("f <- function(x) x"), language="R"), "r.ipynb")
    assert program is None


def test_an_old_version_3_notebook_is_converted():
    nb = {"nbformat": 3, "nbformat_minor": 0, "metadata": {"name": ""}, "worksheets": [{"metadata": {}, "cells": [
        {"cell_type": "heading", "level": 2, "metadata": {}, "source": ["Question 2"]},
        {"cell_type": "code", "input": ["8 * 8 * 256 * 75"], "language": "python", "metadata": {},
         "collapsed": False, "prompt_number": 1,
         "outputs": [{"output_type": "pyout", "prompt_number": 1, "metadata": {}, "text": ["1228800"]}]}]}]}
    blocks, _, _ = notebook_blocks(json.dumps(nb).encode(), "old.ipynb")
    assert [(b.cell, b.text) for b in blocks] == [(1, "## Question 2"), (2, "8 * 8 * 256 * 75"), (2, "1228800")]


@pytest.mark.parametrize("data", [
    b"", b"{\"cells\": [", b"[1, 2, 3]", b"{\"nbformat\": 99, \"cells\": []}", b"\x00\x01\x02\x03" * 100,
    b"[" * 100_000 + b"]" * 100_000,
], ids=["empty", "truncated", "a-list", "unknown-version", "binary", "nested-too-deep"])
def test_what_is_no_notebook_says_so_in_one_line(data):
    with pytest.raises(UnreadableFileError) as info:
        notebook_blocks(data, "bad.ipynb")
    message = str(info.value)
    assert message.startswith("bad.ipynb: ") and "\n" not in message


#: (a data frame as pandas prints it, the text read): its row numbers are no cell of the student's.
FRAMES = [
    ("          question   answer\n0       1a   0.4213\n1       1b   0.0876",
     "| question | answer |\n| 1a | 0.4213 |\n| 1b | 0.0876 |"),
    # a bar inside a cell is the conditional's, not a column's edge
    ("          part   answer\n0  Q1(b) P(D|+)   0.0876",
     "| part | answer |\n| Q1(b) P(D∣+) | 0.0876 |"),
    # a cell with a gap of its own: the rows as printed, without their numbers, each on its line
    ("    q     answer\n0   3 loss  sum (y  -  yhat)\n1   2b   53952", "\n3 loss  sum (y  -  yhat)\n2b   53952"),
    # numbers that do not count 0, 1, 2, … are the student's own
    ("    n   value\n1   10   0.5\n2   20   0.25", "    n   value\n1   10   0.5\n2   20   0.25"),
    ("0.0044 0.0372\n1228800", "0.0044 0.0372\n1228800"),
]


@pytest.mark.parametrize("printed,read", FRAMES)
def test_a_printed_data_frame_reads_as_its_table(printed, read):
    data = notebook(new_code_cell("summary", outputs=[new_output("execute_result", data={"text/plain": printed},
                                                                 execution_count=1)]))
    blocks, _, _ = notebook_blocks(data, "nb.ipynb")
    assert blocks[-1].text == read and blocks[-1].line == 2
