"""The regular expressions kept compiled by `make compile` (grader.patterns): the same patterns as ``re`` makes."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from grader import patterns

_sre = pytest.importorskip("_sre")

#: Patterns of every construct the grader's modules write: named groups, inline and given flags,
#: look-arounds, classes, repeats (MAXREPEAT), Unicode, alternations, backreferences.
SAMPLES = (
    (r"(?P<value>[-−+]?\d+(?:[.,]\d+)?)\s*(?P<unit>%|‰)?", 0),
    (r"(?i)\bdE\s*/\s*dw(?P<i>\d)(?P<j>\d)\b", 0),
    (r"(?<![A-Za-z])(?:is|equals?|=|≈)\s*(?=\S)", re.IGNORECASE),
    (r"^\s*#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE),
    (r"(['\"])(?:\\.|(?!\1).)*\1", re.DOTALL),
    (r"[^\W\d_]{2,}|\d{1,3}(?:,\d{3})+|x{2,}?", re.UNICODE),
    (r"a" * 40 + r"(b|c)*d{3,}", re.VERBOSE),
)


def _equal_to_re(pattern: str, flags: int, arguments: tuple) -> bool:
    made = _sre.compile(pattern, *arguments)
    # The engine compares patterns by their text, flags and code; the groups' names are checked too.
    expected = re._compiler.compile(pattern, flags)
    return made == expected and made.groupindex == expected.groupindex and made.groups == expected.groups


@pytest.mark.parametrize("pattern, flags", SAMPLES)
def test_the_engine_arguments_are_what_re_gives_it(pattern, flags):
    assert _equal_to_re(pattern, int(flags), patterns.engine_arguments(pattern, int(flags)))


def test_a_store_round_trip_makes_the_same_patterns_and_leaves_re_as_it_was(tmp_path):
    store = tmp_path / "patterns.marshal"
    original = re.compile
    made = []
    assert patterns.store(lambda: made.extend(re.compile(p, f) for p, f in SAMPLES), store) == len(SAMPLES)
    assert re.compile is original
    with patterns.loaded(store):
        assert re.compile is not original
        again = [re.compile(p, f) for p, f in SAMPLES]
        other = re.compile(r"not kept (\d+)")  # compiled as re compiles it
    assert re.compile is original
    assert again == made == [re._compiler.compile(p, int(f)) for p, f in SAMPLES]
    assert [(p.groupindex, p.groups) for p in again] == [(p.groupindex, p.groups) for p in made]
    assert other.match("not kept 42")[1] == "42"


def test_re_is_put_back_when_the_block_raises(tmp_path):
    store = tmp_path / "patterns.marshal"
    patterns.store(lambda: re.compile("x+"), store)
    original = re.compile
    with pytest.raises(RuntimeError), patterns.loaded(store):
        raise RuntimeError("an import failed")
    assert re.compile is original


def test_a_store_of_another_interpreter_or_a_broken_one_is_not_read(tmp_path):
    store = tmp_path / "patterns.marshal"
    pattern = r"(\d+) apples"
    # What another interpreter kept: code that would match something else entirely.
    wrong = patterns.engine_arguments(r"(\d+) pears", 0)
    store.write_bytes(marshal.dumps((("another python",), {(pattern, 0): wrong})))
    with patterns.loaded(store):
        assert re.compile(pattern).match("3 apples")
    store.write_bytes(b"not marshal data")
    with patterns.loaded(store):
        assert re.compile(pattern).match("3 apples")
    with patterns.loaded(tmp_path / "missing.marshal"):
        assert re.compile(pattern).match("3 apples")


def test_debug_and_bytes_patterns_are_never_kept(tmp_path):
    store = tmp_path / "patterns.marshal"
    assert patterns.store(lambda: (re.compile(rb"\d+"), re.compile(b"[a-z]", re.I)), store) == 0


def test_every_pattern_make_compile_kept_is_the_one_re_makes():
    """The shipped store (``make compile``), where there is one for this interpreter: each of its
    patterns is the engine's same pattern as ``re`` compiles it now."""
    kept = patterns._read(patterns.STORE)
    if not kept:
        pytest.skip("no patterns kept for this interpreter (make compile)")
    wrong = [(p, f) for (p, f), arguments in kept.items() if not _equal_to_re(p, f, arguments)]
    assert not wrong


def test_the_command_loads_the_same_patterns_with_or_without_the_store(tmp_path):
    """A fresh process imports the command with the patterns kept (where ``make compile`` kept them) and
    one without any: every compiled pattern the grader's modules hold is the same, name by name, and
    each is the engine's same pattern as ``re`` compiles its text and flags."""
    script = """
import re, sys, pickle
from grader import patterns
if sys.argv[1] != "store":
    patterns.STORE = patterns.Path(sys.argv[1])
import grader.cli  # noqa: F401
found = {}
for name, module in sorted(sys.modules.items()):
    if name.startswith("grader"):
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                assert value == re._compiler.compile(value.pattern, value.flags), (name, attr)
                found[f"{name}.{attr}"] = (value.pattern, value.flags, dict(value.groupindex))
sys.stdout.buffer.write(pickle.dumps(found))
"""
    import pickle

    runs = {}
    for how in ("store", str(tmp_path / "none.marshal")):
        done = subprocess.run([sys.executable, "-c", script, how], capture_output=True, check=True,
                              cwd=Path(__file__).resolve().parents[1])
        runs[how] = pickle.loads(done.stdout)
    assert runs["store"] == runs[str(tmp_path / "none.marshal")] and len(runs["store"]) > 100
