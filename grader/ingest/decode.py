"""Bytes to text: UTF-8 first, then what the bytes say, never a crash."""

from __future__ import annotations

import codecs

from ..errors import UnreadableFileError

# Control characters other than tab, newline, carriage return and form feed: many of
# them mean the bytes are not text at all.
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
#: The control bytes but NUL, for ``bytes.translate`` to delete: what is left counts the others.
_CONTROL_BUT_NUL = bytes(sorted(_CONTROL - {0}))

_NOT_TEXT = "not a text file (binary content); submit .md, .txt, .tex, .py, .ipynb or .pdf"


def decode_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode a text file; return the text and a warning when the encoding was guessed.

    Raises ``UnreadableFileError`` for bytes that are not text in any encoding we try
    (a binary file saved with a text extension). A stray NUL byte in a text file (a
    crashed editor leaves them) is dropped with a warning; many of them mean binary.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _with_nul_warning(data[3:].decode("utf-8", errors="replace"), name, None)
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _normalise(data[2:].decode(enc, errors="replace")), f"{name}: read as UTF-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _normalise(data.decode(utf16, errors="replace")), f"{name}: read as UTF-16 (no byte-order mark)"
    if _looks_binary(data):
        raise UnreadableFileError(f"{name}: {_NOT_TEXT}")
    try:
        return _with_nul_warning(data.decode("utf-8"), name, None)
    except UnicodeDecodeError:
        pass
    # Not UTF-8 but plausibly text: Windows-1252 covers Latin-1 and the curly quotes
    # Word adds; bytes it cannot map fall back to Latin-1, which maps every byte.
    try:
        return _with_nul_warning(data.decode("cp1252"), name, f"{name}: not UTF-8, read as Windows-1252")
    except UnicodeDecodeError:
        return _with_nul_warning(data.decode("latin-1"), name, f"{name}: not UTF-8, read as Latin-1")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    # More than one NUL in a hundred bytes is no text file; one stray NUL is a text file's accident.
    if sample.count(0) * 100 > len(sample):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BUT_NUL))  # at C speed, not byte by byte
    return controls / len(sample) > 0.05


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the bytes are mostly ASCII text saved as UTF-16 without a BOM."""
    sample = data[:8192]
    if len(sample) < 8:
        return None
    sample = sample[: len(sample) // 2 * 2]
    pairs = len(sample) // 2
    even, odd = sample[0::2], sample[1::2]
    for low, high, encoding in ((even, odd, "utf-16-le"), (odd, even, "utf-16-be")):
        # ASCII-range characters: a NUL high byte and a printable low byte, nearly everywhere.
        if (high.count(0) >= 0.6 * pairs and low.count(0) <= 0.02 * pairs
                and sum(1 for b in low if 32 <= b < 127 or b in (9, 10, 13)) >= 0.9 * pairs * 0.6):
            return encoding
    return None


def _with_nul_warning(text: str, name: str, warning: str | None) -> tuple[str, str | None]:
    if "\x00" in text:
        note = f"{name}: NUL bytes in the text were dropped"
        warning = f"{warning}; {note}" if warning else note
    return _normalise(text), warning


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
