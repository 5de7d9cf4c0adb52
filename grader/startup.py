"""What the command's modules make as they load, kept by ``make compile``: regular expressions and
the methods of dataclasses.

Every command starts by importing the grader's modules and the libraries they load, before the
first worker forks, and two things they make cost most of the grader's own part of that and come
out the same at every start:

- **regular expressions**: Python compiles a pattern in Python (``re._parser`` then ``re._compiler``)
  before the regex engine takes its code; the modules compile about 470 of them, about 0.08 s of CPU;
- **dataclasses' methods**: ``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``,
  ``__hash__`` and a frozen class's ``__setattr__`` as source text and compiles it (``exec``); the
  modules' 107 dataclasses take about 620 of those, about 0.05 s.

``make compile`` keeps what ``re`` hands the engine for each pattern and the code each text compiles
to (``store``), as Python keeps a module's bytecode; ``loaded``, around the command's imports, lets
``re.compile`` and ``dataclasses`` take them from there: the engine is given the same arguments
``re`` would give it (the same pattern object: the engine compares patterns by their text, flags and
code, and checks the code it is given), ``exec`` the same code the text compiles to (code compares by
value). Kept for one interpreter only; another interpreter's file, a broken one, or a pattern or text
the file does not hold: made as always. Nothing a student wrote is ever compiled or read here.
"""

import builtins
import dataclasses
import marshal
import os
import re
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

try:  # the engine and its compiler as CPython 3.11 and later name them; elsewhere no pattern is kept
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter
    _sre = _compiler = _parser = None  # type: ignore[assignment]

# (No ``from __future__ import annotations`` in this module: text it compiles must not inherit a
# future flag ``dataclasses`` does not have. ``_compiled`` refuses to inherit any, to be sure.)

#: Where ``make compile`` keeps them, beside the package's own bytecode.
STORE = Path(__file__).resolve().parent / "__pycache__" / f"startup.{sys.implementation.cache_tag}.marshal"

#: Flags that make ``re`` print or warn as it compiles: such a pattern is always compiled as ``re`` does.
_NOT_KEPT = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))


def _interpreter() -> tuple:
    """What the kept arguments and code are valid for: this interpreter, its engine and its optimisation."""
    return (sys.version, sys.implementation.cache_tag, sys.flags.optimize,
            getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), getattr(_sre, "MAXREPEAT", None))


def engine_arguments(pattern: str, flags: int) -> tuple:
    """What ``re`` hands the engine for ``pattern`` (``_sre.compile``'s arguments after the pattern),
    made as ``re._compiler.compile`` makes them."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (the opcodes are ints of a subclass of their own, which the engine reads as the ints they are)
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def _compiled(text: str) -> Any:
    """The code ``exec(text)`` compiles in ``dataclasses`` (a module without future flags)."""
    return compile(text, "<string>", "exec", dont_inherit=True)


def _run(code: Any, globals_: Any, locals_: Any) -> None:
    """``exec`` as ``dataclasses`` calls it: without globals, in its module's (not in this one's)."""
    builtins.exec(code, vars(dataclasses) if globals_ is None else globals_, locals_)


def _keepable(pattern: Any, flags: Any) -> Optional[int]:
    """``flags`` as an int where ``pattern`` and ``flags`` are ones this module keeps, else None."""
    if type(pattern) is not str or _sre is None:
        return None
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    if type(flags) is not int or flags & _NOT_KEPT:
        return None
    return flags


@contextmanager
def _making_with(compile_: Callable[..., Any], exec_: Callable[..., Any]) -> Iterator[None]:
    """``re.compile`` replaced by ``compile_`` and ``dataclasses``' ``exec`` by ``exec_`` for the
    block, and both put back as they were (``dataclasses`` finds the builtin again)."""
    original = re.compile
    shadowed = "exec" in vars(dataclasses)
    before = vars(dataclasses).get("exec")
    re.compile = compile_  # type: ignore[assignment]
    dataclasses.exec = exec_  # type: ignore[attr-defined]  (a module global is found before the builtin)
    try:
        yield
    finally:
        re.compile = original  # type: ignore[assignment]
        if shadowed:
            dataclasses.exec = before  # type: ignore[attr-defined]
        else:
            del dataclasses.exec  # type: ignore[attr-defined]


@contextmanager
def loaded(store: Optional[Path] = None) -> Iterator[None]:
    """For the block (the command's imports): a pattern or a dataclass's method text ``store`` (by
    default ``STORE``) keeps is made from it, any other as always. Without a store made by this
    interpreter, nothing changes."""
    patterns, codes = _read(STORE if store is None else store)
    if not patterns and not codes:
        yield
        return
    original = re.compile

    def compile_(pattern: Any, flags: Any = 0) -> "re.Pattern":
        plain = _keepable(pattern, flags)
        arguments = patterns.get((pattern, plain)) if plain is not None else None
        if arguments is not None:
            try:
                return _sre.compile(pattern, *arguments)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # never with the interpreter that kept it
                pass
        return original(pattern, flags)

    def exec_(source: Any, globals_: Any = None, locals_: Any = None) -> None:
        code = codes.get(source) if type(source) is str else None
        if code is None:
            code = _compiled(source) if type(source) is str else source
        _run(code, globals_, locals_)

    with _making_with(compile_, exec_):
        yield


def _read(store: Path) -> tuple:
    try:  # (read whole, then loaded: marshal.load reads a file object a few bytes at a time, 15 times slower)
        interpreter, patterns, codes = marshal.loads(store.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if interpreter != _interpreter() or not isinstance(patterns, dict) or not isinstance(codes, dict):
        return {}, {}
    return patterns, codes


def store(load: Callable[[], object], path: Optional[Path] = None) -> tuple:
    """Run ``load`` (the command's imports, in a fresh process) and keep what ``re`` hands the engine
    for every pattern compiled meanwhile and the code of every text ``dataclasses`` compiled, in
    ``path`` (``make compile``); return how many of each. The file is written whole under a temporary
    name, so a command starting meanwhile reads the old one or the new."""
    path = STORE if path is None else path
    try:  # what the last store kept would be taken from it, unseen here: each is made again
        path.unlink()
    except FileNotFoundError:
        pass
    patterns: dict = {}
    codes: dict = {}
    original = re.compile

    def compile_(pattern: Any, flags: Any = 0) -> "re.Pattern":
        made = original(pattern, flags)
        plain = _keepable(pattern, flags)
        if plain is not None and (pattern, plain) not in patterns:
            try:  # kept only where the engine makes the same pattern from them as re made here
                arguments = engine_arguments(pattern, plain)
                if _sre.compile(pattern, *arguments) == made:
                    patterns[(pattern, plain)] = arguments
            except Exception:  # an interpreter whose re works otherwise: that pattern is not kept
                pass
        return made

    def exec_(source: Any, globals_: Any = None, locals_: Any = None) -> None:
        if type(source) is str:
            source = codes[source] if source in codes else codes.setdefault(source, _compiled(source))
        _run(source, globals_, locals_)

    with ExitStack() as stack:
        if _sre is not None:
            stack.enter_context(_making_with(compile_, exec_))
        load()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        marshal.dump((_interpreter(), patterns, codes), handle)
    os.replace(tmp, path)
    return len(patterns), len(codes)
