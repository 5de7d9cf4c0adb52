"""Bytes to text: UTF-8 first, then what the bytes say, never a crash."""

from __future__ import annotations

import codecs

from ..errors import UnreadableFileError

# Control characters other than tab, newline, carriage return and form feed: many of
# them mean the bytes are not text at all.
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode a text file; return the text and a warning when the encoding was guessed.

    Raises ``UnreadableFileError`` for bytes that are not text in any encoding we try
    (a binary file saved with a text extension).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _normalise(data[3:].decode("utf-8", errors="replace")), None
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _normalise(data[2:].decode(enc, errors="replace")), f"{name}: read as UTF-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary(data):
            raise UnreadableFileError(f"{name}: not a text file (binary content); submit .md, .txt, .tex or .pdf")
        return _normalise(text), None
    if _looks_binary(data):
        raise UnreadableFileError(f"{name}: not a text file (binary content); submit .md, .txt, .tex or .pdf")
    # Not UTF-8 but plausibly text: Windows-1252 covers Latin-1 and the curly quotes
    # Word adds; bytes it cannot map fall back to Latin-1, which maps every byte.
    try:
        return _normalise(data.decode("cp1252")), f"{name}: not UTF-8, read as Windows-1252"
    except UnicodeDecodeError:
        return _normalise(data.decode("latin-1")), f"{name}: not UTF-8, read as Latin-1"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > 0.05


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
