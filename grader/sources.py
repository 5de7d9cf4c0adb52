"""Students' Python files as text: which one defines a function, and how to decode them.

Shared by extract (which file answers a code part) and the sandbox (the worker decodes
the same way): read, never run.

Static only: the files are parsed with ``ast``, never imported or executed.
"""

from __future__ import annotations

import ast
import re
import warnings
from typing import Mapping

__all__ = ["find_function", "decode_source"]


def decode_source(data: bytes) -> str:
    """Return the text of a Python source file, whatever its encoding claims.

    UTF-8 (with or without a BOM) first, then the file's own PEP 263 coding line,
    then cp1252 with undecodable bytes replaced. Never raises. The sandbox's
    worker decodes the imported module the same way, so a file that
    ``find_function`` can read is also a file the worker can import.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = re.match(rb"(?:[^\n]*\n)?[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", data)
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


def _parse(data: bytes) -> ast.Module | None:
    text = decode_source(data)
    # A coding line that named another encoding has done its job in decode_source;
    # ast.parse of a str ignores it.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning for odd escapes, etc.
            return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def function_parameters(data: bytes, function: str) -> tuple[str, ...] | None:
    """The positional parameters of the file's top-level ``def <function>`` (the last one, which an
    import keeps), read statically; None when the file does not parse or has no such def."""
    tree = _parse(bytes(data))
    if tree is None:
        return None
    found = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == function]
    if not found:
        return None
    arguments = found[-1].args
    return tuple(a.arg for a in (*arguments.posonlyargs, *arguments.args))


def find_function(files: Mapping[str, bytes], function: str) -> str | None:
    """Return the name of the file that defines a top-level ``def <function>``.

    Only ``.py`` files are considered, in sorted order, and the first that
    defines the function at module level wins (a ``def`` inside a class,
    another function, or an ``if`` block does not count). Files that do not
    parse are skipped -- unless no file that parses defines the function: then
    the first unparseable file with a line ``def <function>(`` is returned, so
    that a submission whose only attempt has a syntax error is run (and fails
    with an import error) rather than reported as missing. Non-UTF-8 bytes are
    tolerated (see ``decode_source``). Returns None when no file qualifies.
    """
    unparseable: list[str] = []
    for name in sorted(files):
        if not name.endswith(".py"):
            continue
        tree = _parse(bytes(files[name]))
        if tree is None:
            unparseable.append(name)
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == function:
                return name
    pattern = re.compile(r"^def[ \t]+" + re.escape(function) + r"[ \t]*\(", re.MULTILINE)
    for name in unparseable:
        if pattern.search(decode_source(bytes(files[name]))):
            return name
    return None
