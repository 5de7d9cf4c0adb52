"""The spec prepared for reading: what counts as a symbol of the working."""

from __future__ import annotations

import pytest

from grader.extract.index import symbol_pattern

#: (subject as ``compact`` writes it, the spec's working functions, whether it names a step)
SYMBOLS = [
    ("h1", (), True),            # a bare symbol of any course
    ("a1", (), True),
    ("σ(2)", (), True),          # a Greek letter at a point is a symbol too
    ("f(2)", (), True),          # f, g, h are every course's functions
    ("g'(x)", (), True),
    ("net(h1)", (), False),      # "net" is one course's notation, not the reader's...
    ("net(h1)", ("net",), True),  # ...until its spec names it
    ("sig(h1)", ("sig",), True),
    ("sig(h1)", (), False),
    ("softmax(z)", ("net",), False),
    ("totalmultiplications", ("net",), False),  # a part's subject, not a symbol
]


@pytest.mark.parametrize("subject,functions,step", SYMBOLS)
def test_a_symbol_of_the_working(subject, functions, step):
    assert bool(symbol_pattern(functions).match(subject)) is step
