"""The regular expressions the grader's modules compile as they load, kept compiled by ``make compile``.

Python compiles a pattern in Python (``re._parser`` then ``re._compiler``) before the regex engine
takes its code: the grader's modules and the libraries they load compile about 650 patterns as the
command starts, about 0.08 s of CPU before the first worker forks, every run. ``make compile`` keeps
what ``re`` hands the engine for each of them (``store``), as Python keeps a module's bytecode;
``loaded`` lets a ``re.compile`` made while the modules load take it from there instead
(``_sre.compile``, with the same arguments ``re`` would give it: the same pattern object, compared
equal by the engine, which checks the code it is given). Kept for one interpreter only: another
version, or a pattern or flags the file does not hold, is compiled as always. Nothing a student
wrote is ever compiled or read here.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

try:  # the engine and its compiler as CPython 3.11 and later name them; elsewhere nothing is kept
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter
    _sre = _compiler = _parser = None  # type: ignore[assignment]

#: Where ``make compile`` keeps them, beside the package's own bytecode.
STORE = Path(__file__).resolve().parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.marshal"

#: Flags that make ``re`` print or warn as it compiles: such a pattern is always compiled as ``re`` does.
_NOT_KEPT = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))


def _interpreter() -> tuple:
    """What the kept arguments are valid for: this interpreter's version and its engine's."""
    return (sys.version, sys.implementation.cache_tag,
            getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), getattr(_sre, "MAXREPEAT", None))


def engine_arguments(pattern: str, flags: int) -> tuple:
    """What ``re`` hands the engine for ``pattern`` (``_sre.compile``'s arguments after the pattern),
    made as ``re._compiler.compile`` makes them."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (the opcodes are ints of a subclass of its own, which the engine reads as the ints they are)
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def _keepable(pattern: Any, flags: Any) -> int | None:
    """``flags`` as an int where ``pattern`` and ``flags`` are ones this module keeps, else None."""
    if type(pattern) is not str or _sre is None:
        return None
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    if type(flags) is not int or flags & _NOT_KEPT:
        return None
    return flags


@contextmanager
def _compiling_with(compile_: Callable[[Any, Any], re.Pattern]) -> Iterator[None]:
    """``re.compile`` replaced by ``compile_`` for the block, and put back as it was."""
    original = re.compile
    re.compile = compile_  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = original  # type: ignore[assignment]


@contextmanager
def loaded(store: Path | None = None) -> Iterator[None]:
    """For the block (the command's imports): a pattern ``store`` (by default ``STORE``) keeps is made
    from it, any other as ``re`` makes it. Without a store made by this interpreter, nothing changes."""
    kept = _read(STORE if store is None else store)
    if not kept:
        yield
        return
    original = re.compile

    def compile_(pattern: Any, flags: Any = 0) -> re.Pattern:
        plain = _keepable(pattern, flags)
        arguments = kept.get((pattern, plain)) if plain is not None else None
        if arguments is None:
            return original(pattern, flags)
        return _sre.compile(pattern, *arguments)

    with _compiling_with(compile_):
        yield


def _read(store: Path) -> dict:
    try:  # (read whole, then loaded: marshal.load reads a file object a few bytes at a time, 15 times slower)
        interpreter, kept = marshal.loads(store.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if interpreter == _interpreter() and isinstance(kept, dict) else {}


def store(load: Callable[[], object], path: Path | None = None) -> int:
    """Run ``load`` (the command's imports, in a fresh process) and keep what ``re`` hands the engine
    for every pattern compiled meanwhile, in ``path`` (``make compile``); return how many. The file is
    written whole under a temporary name, so a command starting meanwhile reads the old one or the new."""
    if _sre is None:
        return 0
    path = STORE if path is None else path
    try:  # the patterns of the last store would be taken from it, unseen here: each is made again
        path.unlink()
    except FileNotFoundError:
        pass
    kept: dict[tuple[str, int], tuple] = {}
    original = re.compile

    def compile_(pattern: Any, flags: Any = 0) -> re.Pattern:
        plain = _keepable(pattern, flags)
        if plain is None:
            return original(pattern, flags)
        arguments = kept.get((pattern, plain))
        if arguments is None:
            arguments = kept[(pattern, plain)] = engine_arguments(pattern, plain)
        return _sre.compile(pattern, *arguments)

    with _compiling_with(compile_):
        load()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        marshal.dump((_interpreter(), kept), handle)
    os.replace(tmp, path)
    return len(kept)
