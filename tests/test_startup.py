"""What `make compile` keeps of the command's start-up (grader.startup): the same patterns as ``re``
makes, the same code as ``dataclasses`` compiles, and nothing changed once the imports are done."""

from __future__ import annotations

import dataclasses
import marshal
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from grader import startup

_sre = pytest.importorskip("_sre")

ROOT = Path(__file__).resolve().parents[1]

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


def _classes() -> list:
    """Dataclasses of every kind the grader declares: frozen, ordered, with defaults and factories."""

    @dataclasses.dataclass(frozen=True)
    class Point:
        x: float
        y: float = 0.0
        tags: tuple = ()

    @dataclasses.dataclass(order=True)
    class Row:
        name: str
        cells: list = dataclasses.field(default_factory=list)

    return [Point, Row]


@pytest.mark.parametrize("pattern, flags", SAMPLES)
def test_the_engine_arguments_are_what_re_gives_it(pattern, flags):
    assert _equal_to_re(pattern, int(flags), startup.engine_arguments(pattern, int(flags)))


def test_a_store_round_trip_makes_the_same_patterns_and_classes_and_leaves_re_and_dataclasses_as_they_were(tmp_path):
    store = tmp_path / "startup.marshal"
    original = re.compile
    made, classes = [], []

    def load():
        made.extend(re.compile(p, f) for p, f in SAMPLES)
        classes.extend(_classes())

    kept_patterns, kept_codes = startup.store(load, store)
    assert kept_patterns == len(SAMPLES) and kept_codes >= 8
    assert re.compile is original and "exec" not in vars(dataclasses)
    with startup.loaded(store):
        assert re.compile is not original and "exec" in vars(dataclasses)
        again = [re.compile(p, f) for p, f in SAMPLES]
        other = re.compile(r"not kept (\d+)")  # compiled as re compiles it
        classes_again = _classes()
    assert re.compile is original and "exec" not in vars(dataclasses)
    assert again == made == [re._compiler.compile(p, int(f)) for p, f in SAMPLES]
    assert [(p.groupindex, p.groups) for p in again] == [(p.groupindex, p.groups) for p in made]
    assert other.match("not kept 42")[1] == "42"
    plain = _classes()
    for kept, stored, fresh in zip(classes_again, classes, plain):
        for name in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__", "__lt__"):
            ours = getattr(kept, name, None)
            if isinstance(getattr(fresh, name, None), type(_classes)):
                assert ours.__code__ == getattr(fresh, name).__code__ == getattr(stored, name).__code__
                assert ours.__annotations__.keys() == getattr(fresh, name).__annotations__.keys()
    point = classes_again[0](1.0, tags=("a",))
    fresh_point = plain[0](1.0, tags=("a",))
    assert point == classes_again[0](1.0, 0.0, ("a",)) and point != classes_again[0](2.0)
    assert dataclasses.astuple(point) == dataclasses.astuple(fresh_point) and repr(point) == repr(fresh_point)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2.0


def test_re_and_dataclasses_are_put_back_when_the_block_raises(tmp_path):
    store = tmp_path / "startup.marshal"
    startup.store(lambda: (re.compile("x+"), _classes()), store)
    original = re.compile
    with pytest.raises(RuntimeError), startup.loaded(store):
        raise RuntimeError("an import failed")
    assert re.compile is original and "exec" not in vars(dataclasses)


def test_a_store_of_another_interpreter_or_a_broken_one_is_not_read(tmp_path):
    store = tmp_path / "startup.marshal"
    pattern = r"(\d+) apples"
    # What another interpreter kept: code that would match something else entirely.
    wrong = startup.engine_arguments(r"(\d+) pears", 0)
    store.write_bytes(marshal.dumps((("another python",), {(pattern, 0): wrong}, {})))
    with startup.loaded(store):
        assert re.compile(pattern).match("3 apples")
    store.write_bytes(b"not marshal data")
    with startup.loaded(store):
        assert re.compile(pattern).match("3 apples")
    with startup.loaded(tmp_path / "missing.marshal"):
        assert re.compile(pattern).match("3 apples")


def test_debug_and_bytes_patterns_are_never_kept(tmp_path):
    store = tmp_path / "startup.marshal"
    assert startup.store(lambda: (re.compile(rb"\d+"), re.compile(b"[a-z]", re.I)), store)[0] == 0


def test_every_pattern_and_code_make_compile_kept_is_the_one_python_makes():
    """The shipped store (``make compile``), where there is one for this interpreter: each of its
    patterns is the engine's same pattern as ``re`` compiles it now, each code what its text compiles to."""
    patterns, codes = startup._read(startup.STORE)
    if not patterns:
        pytest.skip("nothing kept for this interpreter (make compile)")
    assert not [(p, f) for (p, f), arguments in patterns.items() if not _equal_to_re(p, f, arguments)]
    assert codes and all(code == compile(text, "<string>", "exec", dont_inherit=True) for text, code in codes.items())


#: Imports the command in a fresh process (with the shipped store, or with none: argv[1]) and prints
#: every compiled pattern and every dataclass method's code the grader's modules hold.
_SCRIPT = """
import dataclasses, marshal, re, sys, pickle
from grader import startup
if sys.argv[1] != "store":
    startup.STORE = startup.Path(sys.argv[1])
import grader.cli  # noqa: F401
found = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith("grader"):
        continue
    for attr, value in sorted(vars(module).items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            assert value == re._compiler.compile(value.pattern, value.flags), (name, attr)
            found[f"{name}.{attr}"] = (value.pattern, value.flags, dict(value.groupindex))
        elif isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name:
            for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
                code = getattr(getattr(value, method, None), "__code__", None)
                if code is not None:
                    found[f"{name}.{attr}.{method}"] = marshal.dumps(code)
sys.stdout.buffer.write(pickle.dumps(found))
"""


def test_the_command_loads_the_same_patterns_and_dataclasses_with_or_without_the_store(tmp_path):
    """A fresh process imports the command with what ``make compile`` kept and one without any: every
    compiled pattern and every dataclass method the grader's modules hold is the same, name by name."""
    runs = {}
    for how in ("store", str(tmp_path / "none.marshal")):
        done = subprocess.run([sys.executable, "-c", _SCRIPT, how], capture_output=True, check=True, cwd=ROOT)
        runs[how] = pickle.loads(done.stdout)
    with_store, without = runs["store"], runs[str(tmp_path / "none.marshal")]
    assert with_store == without
    assert sum(isinstance(v, tuple) for v in with_store.values()) > 100
    assert sum(isinstance(v, bytes) for v in with_store.values()) > 100


def test_dataclasses_exec_without_globals_runs_in_dataclasses_module(tmp_path):
    """As the builtin called from ``dataclasses`` does: no globals given, the module's own are used."""
    store = tmp_path / "startup.marshal"
    startup.store(lambda: _classes(), store)
    with startup.loaded(store):
        names: dict = {}
        dataclasses.exec("found = MISSING", None, names)  # a name of dataclasses' module, not of startup's
    assert names["found"] is dataclasses.MISSING
