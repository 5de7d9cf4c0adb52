"""Names as students (and their platforms) choose them, made safe to write anywhere.

A file or folder name is whatever bytes a student's computer, a learning platform's export
or ``unzip`` of a Windows archive made: bytes that are not UTF-8 (Python hands them over
as lone surrogates, which no UTF-8 file or SQLite row accepts), control characters (a
newline, a terminal's escape sequences), right-to-left overrides, hundreds of characters.

``display_name``  the name as a person may read it, and as every output may hold it:
                  bytes that were not UTF-8 read as Windows-1252 (what such names are),
                  each invisible character written as an escape (``\\x1b``, ``\\u202e``).
``safe_id``       the student id a name gives: the name itself when it is plain text of
                  at most ``MAX_ID_CHARS`` characters; otherwise its display form with
                  every invisible character as ``_``, cut short, and a hash of the
                  original bytes appended, so two odd names never give one id.
"""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["MAX_ID_CHARS", "display_name", "safe_id"]

#: The longest id kept as it is; a longer name is cut and given its hash (file systems
#: allow 255 bytes per name, and a report's name adds its suffix to the id).
MAX_ID_CHARS = 100

#: Characters never written as they are: controls, formats (bidi overrides, zero widths),
#: surrogates, private use, unassigned, line and paragraph separators.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})

_HASH_CHARS = 8


def _decoded(name: str) -> str:
    """Lone surrogates (bytes that were not UTF-8) read as Windows-1252."""
    if name.isascii() or not any("\udc80" <= c <= "\udcff" for c in name):
        return name
    raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE or (char.isspace() and char != " ")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def display_name(name: str) -> str:
    """``name`` as text any output may hold: valid UTF-8, every invisible character escaped."""
    text = _decoded(name)
    if text.isprintable() and (text.isascii() or not any(_invisible(c) for c in text)):
        return text  # printable ASCII has no invisible character (its only white space is " "): not looked at
    return "".join(_escape(c) if _invisible(c) else c for c in text)


def safe_id(name: str) -> str:
    """The student id of a submission named ``name`` (see the module's docstring)."""
    if name.isprintable() and len(name) <= MAX_ID_CHARS and name == name.strip():
        return name  # the common case, without a look at each character: printable text has no invisible one
    text = _decoded(name)
    plain = "".join("_" if _invisible(c) else c for c in text).strip()
    if plain == name and len(name) <= MAX_ID_CHARS:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:_HASH_CHARS]
    cut = plain[:MAX_ID_CHARS - _HASH_CHARS - 1].rstrip()
    return f"{cut}-{digest}" if cut else digest
