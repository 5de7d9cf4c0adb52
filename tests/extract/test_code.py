"""Which file answers a code part: a .py defining the function, and a notebook's only where the part
accepts notebooks (an assignment that asks for a .py file says ``notebooks: false``)."""

from __future__ import annotations

import pytest

from grader.extract.code import find_code, only_in_notebook
from grader.models import Document
from grader.spec import CodeOptions, Part

DEF = b"import numpy as np\n\ndef stable_softmax(z):\n    return np.exp(z) / np.exp(z).sum()\n"
OTHER = b"def helper():\n    return 1\n"

#: (files, notebooks accepted, the file read (None: missing), flagged for a person)
ROWS = [
    ({"softmax_impl.py": DEF}, True, "softmax_impl.py", False),
    ({"softmax_impl.py": DEF}, False, "softmax_impl.py", False),
    ({"work.ipynb.py": DEF}, True, "work.ipynb.py", False),
    ({"work.ipynb.py": DEF}, False, None, True),
    # a .py beside the notebook answers it either way
    ({"work.ipynb.py": DEF, "impl.py": DEF}, False, "impl.py", False),
    # nothing defines it: missing, and nothing for a person to decide here
    ({"work.ipynb.py": OTHER}, False, None, False),
]


@pytest.mark.parametrize("files, notebooks, read, flagged", ROWS)
def test_a_notebook_answers_a_code_part_only_where_the_part_accepts_notebooks(files, notebooks, read, flagged):
    part = Part("q.code", 6, "code", code=CodeOptions("stable_softmax", "stable_softmax", None, None,
                                                       notebooks=notebooks))
    document = Document("s", (), sources=files)
    answer = find_code(part, document)
    assert (answer.value["module"] if answer else None) == read
    why = only_in_notebook(part, document)
    assert bool(why) == flagged
    if flagged:
        assert "work.ipynb defines stable_softmax" in why and ".py file" in why


@pytest.mark.parametrize("source, parameters", [
    (b"def stable_softmax(z, axis=-1):\n    pass\n", ["z", "axis"]),
    (b"def stable_softmax(z, /, t):\n    pass\n", ["z", "t"]),
    # the last def is the one an import keeps
    (b"def stable_softmax(a):\n    pass\n\ndef stable_softmax(z, t):\n    pass\n", ["z", "t"]),
    (b"def stable_softmax(z:\n", None),  # does not parse: run anyway, parameters unknown
])
def test_the_answer_carries_the_functions_parameters_read_statically(source, parameters):
    part = Part("q.code", 6, "code", code=CodeOptions("stable_softmax", "stable_softmax", None, None))
    answer = find_code(part, Document("s", (), sources={"impl.py": source}))
    assert answer.value["parameters"] == parameters
