"""Read numbers and matrices the way students write them.

Submissions arrive as Markdown/LaTeX (often produced by a math-OCR tool from a PDF),
plain text with Unicode math, or program output printed by numpy. This module turns
the numbers in such text into exact values and never crashes on any input string:

* :func:`parse_number` reads one whole string as one number (``ValueError`` otherwise);
* :func:`leading_number` reads the number that starts at a position, so a caller can
  tell ``= 1,228,800 multiplications`` (a value) from ``= 8 \\times 8 \\times 256``;
* :func:`find_numbers` finds every number in a text, as non-overlapping spans;
* :func:`find_matrices` finds numpy prints, Python lists and LaTeX matrix environments;
* :func:`format_number` writes a value in a form :func:`parse_number` reads back.

A number is a sign, a mantissa and an optional power of ten. Scanning is done with one
compiled regular expression per job, and a short Python step that checks what comes
before and after a match (digits glued to letters such as ``x1`` or ``10th`` are words,
digits in ``w_{11}`` are subscripts).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "ParsedMatrix",
    "ParsedNumber",
    "find_matrices",
    "find_numbers",
    "format_number",
    "leading_number",
    "parse_number",
    "unread_matrices",
]

MAX_DIGITS = 100
"""A mantissa with more digits than this is not a number (it is a hash, an ID, junk)."""

MAX_EXPONENT = 1000
"""A power of ten beyond ``10^±MAX_EXPONENT`` is not a number."""


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class ParsedNumber:
    """One number as written: its exact value, its source text and its precision."""

    value: Fraction
    """The exact value as written: ``1.2288 \\times 10^{6}`` is ``Fraction(1228800)``."""
    text: str
    """The exact source text of the number (``text == source[start:end]``)."""
    sig_figs: int
    """Significant figures as written: ``0.0372`` has 3, ``1,228,800`` has 7."""

    @property
    def float(self) -> float:
        """The value as a float (``±inf`` when it is beyond the float range)."""
        try:
            return float(self.value)
        except OverflowError:
            return math.inf if self.value > 0 else -math.inf

    @property
    def is_integer(self) -> bool:
        """Whether the value is a whole number (``1.2288e6`` is)."""
        return self.value.denominator == 1


@dataclass(frozen=True)
class ParsedMatrix:
    """One matrix or vector as written: its rows of floats and its shape."""

    rows: tuple[tuple[float, ...], ...]
    """The cells row by row; a 1-D array is a single row and ``shape`` says ``(n,)``."""
    shape: tuple[int, ...]
    """``(2, 2)``, ``(2,)``, ``(1, 2)`` or ``(2, 1)`` exactly as written."""
    text: str
    """The exact source text of the matrix (the brackets or the LaTeX environment)."""

    def to_array(self) -> np.ndarray:
        """The cells as a float numpy array of :attr:`shape`."""
        return np.asarray(self.rows, dtype=float).reshape(self.shape)


# --------------------------------------------------------------------------- patterns
#
# The pieces below are strings, composed into the few compiled patterns further down.
# Each optional repetition is followed by something it cannot match, so no pattern can
# backtrack quadratically on long runs of spaces or digits.

_SIGNS = r"\-+\u2212\u2013"  # inside [...]: hyphen, plus, U+2212 minus, en dash (OCR)
_NEGATIVE_SIGNS = "-\u2212\u2013"
_SIGNS_SET = frozenset("-+\u2212\u2013")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: The digits a number is written in (``str.isdigit`` holds for "¹" too).
_ASCII_DIGITS = tuple("0123456789")

# Horizontal space, including LaTeX spacing commands, allowed inside a number.
_SP = r"(?:[ \t\u00a0\u2009\u202f~]|\\[,!;:\ ])"
# At most one space between a sign and its digits: "- 0.036".
_GAP = r"(?:[ \t\u00a0]|\\[,!;:])"

# Thousands grouping: every group after the first has exactly three digits and every
# separator is the same one; a plain space only counts because groups are that strict. An
# apostrophe groups them as Swiss writing does ("53'952"), an underscore as Python does
# ("1_228_800", copied from a program); LaTeX's thin, medium and thick spaces and a tie
# (``1\,228\,800``, ``1\;228\;800``, ``1~228~800``) as typesetters do.
_GROUPED = r"""
    [1-9][0-9]{0,2}
    (?P<sep> , | \{,\} | \\[,;:] | \\\  | ~ | [\ \u00a0\u2009\u202f'’_] )
    [0-9]{3} (?: (?P=sep) [0-9]{3} )*
    (?! [0-9] | (?P=sep)[0-9] )
"""
# Dots grouping thousands, as German and Italian write them, where two or more dots leave no doubt
# (1.228.800; "53.952" alone may be a decimal, which the readers weigh): every group three digits.
_DOTTED_GROUPS = r"[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}(?![0-9]|\.[0-9]|,[0-9])"
# Indian grouping: 12,28,800 and 1,22,88,000 (last group 3 digits, earlier ones 2).
_INDIAN = r"[1-9][0-9]?(?:(?:,|\{,\})[0-9]{2})+(?:,|\{,\})[0-9]{3}(?![0-9]|,[0-9])"
# A decimal comma only after a lone 0 and before two or more digits (0,0372, 0,036):
# "0,1", "(0,25)" and "0,1,2" are pairs and lists, as they are in coordinates.
# Or before an exponent, where a mantissa is never grouped in thousands: 4,43e-3, 4,4318·10⁻³;
# or before a percent sign: 65,91 %.
_DECIMAL_COMMA = (r"(?<![(\[,;])0,[0-9]{2,}(?![0-9]|,[0-9])"
                  # LaTeX's number comma "{,}" is no list's: before one or two digits, or four and more, or
                  # after a lone 0, it is no thousands group either (0{,}4213, 1{,}96, 8{,}76)
                  r"|(?<![(\[,;0-9])(?:0\{,\}[0-9]+|[0-9]+\{,\}(?:[0-9]{1,2}|[0-9]{4,}))(?![0-9]|\{,\}[0-9])"
                  r"|(?<![(\[,;0-9])[1-9],[0-9]+(?=[eE][+\-−]?[0-9]|\s*(?:[x×·⋅∙*]|\\times|\\cdot)\s*10)"
                  # or before a percent sign with one or two digits after it, which no grouping has: 65,91 %
                  r"|(?<![(\[,;0-9])[1-9][0-9]?,[0-9]{1,2}(?=[ \t]?\\?%)")

# What follows a base of 10 to make it a power: ^6, ^{-3}, ^(-3) (as a calculator or a plain-text student writes it),
# **-3, ⁻³.
_POWER = rf"""(?:
      {_SP}* \^ {_SP}* (?: \{{ {_SP}* (?:[{_SIGNS}]{_SP}*)? [0-9]+ {_SP}* \}} | \( {_SP}* (?:[{_SIGNS}]{_SP}*)? [0-9]+ {_SP}* \)
                      | [{_SIGNS}]?[0-9]+ )
    | \*\* (?: \( [{_SIGNS}]? [0-9]+ \) | [{_SIGNS}]?[0-9]+ )
    | [⁻⁺]? [{_SUPERSCRIPT_DIGITS}]+
)"""
_TIMES = r"(?:[x×·⋅∙*]|\\times|\\cdot)"

_NUMBER_RE = re.compile(
    rf"""
    (?: (?P<sign>[{_SIGNS}]) {_GAP}? )?
    (?:
        10 (?P<pexp>{_POWER})                     # a power of ten alone: 10^6, 10^{{-3}}
      | (?:
            (?P<dcomma>{_DECIMAL_COMMA})
          | (?P<int>{_DOTTED_GROUPS}|{_GROUPED}|{_INDIAN}|[0-9]+) (?P<frac>\.[0-9]*)?
          | (?P<frac0>\.[0-9]+)
        )
        (?:
            [eE] (?P<eexp>[{_SIGNS}]?[0-9]+)
          | {_SP}* \\(?:text|mathrm|rm)\{{[eE]\}} {_SP}*                          # 4.418\,\mathrm{{e}}{{-3}}
            (?: (?P<beexp>[{_SIGNS}]?[0-9]+) | \{{ {_SP}* (?P<bbexp>[{_SIGNS}]?[0-9]+) {_SP}* \}} )
          | {_SP}* \\(?:text|mathrm)\{{[eE](?P<tsign>[{_SIGNS}])\}} (?P<teexp>[0-9]+)   # OCR: 4.4318\text{{e-}}03
          | {_SP}* {_TIMES} {_SP}* 10
            (?: (?P<texp>{_POWER}|[{_NEGATIVE_SIGNS}][0-9]+)  # the last: a superscript flattened by PDF text
              | (?P<fexp>[1-9]) (?![0-9]|[.,][0-9]) )          # "1.2288 × 106": a positive one (checked below)
        )?
    )
    """,
    re.VERBOSE,
)

# Where find_numbers looks: a sub/superscript to skip, a digit, a dot or sign before
# digits. Starting with one character class lets the regex engine scan fast.
_CANDIDATE_RE = re.compile(
    rf"[_^.0-9{_SIGNS}](?:(?<=[_^0-9])|(?<=\.)(?=[0-9])|(?<=[{_SIGNS}])(?={_GAP}?\.?[0-9]))"
)
# What a _ or ^ governs: a braced group (one nested level) or a signed digit run.
_SCRIPT_RE = re.compile(
    r"[_^][ \t]*(?:\{(?:[^{}]|\{[^{}]{0,100}\}){0,200}\}|[-+\u2212]?[0-9]+(?:\.[0-9]+)?)"
)
_WORD_RE = re.compile(r"\w*(?:\.\w+)*")
_DOTTED_RE = re.compile(r"[0-9.]*")
_SPACING_RE = re.compile(r"(?:\s|\\[,!;:\ ])*")
_NON_DIGITS_RE = re.compile(r"[^0-9]")

# LaTeX wrappers whose argument is the number: \num{..}, \mathbf{..}, \boxed{..}, {..}.
_WRAPPER_RE = re.compile(
    r"(?:\\(?:num|mathbf|mathrm|mathit|mathsf|text|textbf|textrm|textit|boldsymbol|bm"
    r"|boxed|fbox|mbox|underline|ensuremath|alert)[ \t]*)?\{"
)
_MAX_WRAPPERS = 4

_NONFINITE_RE = re.compile(
    rf"[{_SIGNS}]?\s*(?:nan|inf|infinity|∞|\\infty)", re.IGNORECASE
)
_FRACTION_RE = re.compile(
    rf"""
    (?P<sign>[{_SIGNS}])? {_SP}*
    (?:
        \\[dt]?frac {_SP}* \{{ {_SP}* (?P<fsign>[{_SIGNS}])? (?P<fnum>[0-9]{{1,{MAX_DIGITS}}}) {_SP}* \}}
                    {_SP}* \{{ {_SP}* (?P<fden>[0-9]{{1,{MAX_DIGITS}}}) {_SP}* \}}
      | (?P<snum>[0-9]{{1,{MAX_DIGITS}}}) {_SP}* / {_SP}* (?P<sden>[0-9]{{1,{MAX_DIGITS}}})
    )
    """,
    re.VERBOSE,
)

_TO_ASCII_EXPONENT = str.maketrans(_SUPERSCRIPT_DIGITS + "⁻⁺\u2212\u2013", "0123456789-+--")

# A sign right after one of these (spaces between allowed) is part of the number.
_SIGN_CONTEXT = frozenset("([{<=≈~≤≥≠>≃≅∼,;:&|*/×÷·⋅\\$+-\u2212\u2013→⇒←⇔")


# --------------------------------------------------------------------------- scanning


def _exponent(text: str) -> int | None:
    """The integer an exponent's source text spells, or None when it is out of range."""
    text = text.translate(_TO_ASCII_EXPONENT)
    digits = _NON_DIGITS_RE.sub("", text)
    # Checked before int() so that a 100 kB exponent costs nothing.
    if len(digits) > len(str(MAX_EXPONENT)):
        return None
    value = int(digits)
    if value > MAX_EXPONENT:
        return None
    return -value if "-" in text else value


def _exact(digits: str, frac_len: int, exponent: int, negative: bool) -> Fraction:
    """``±digits × 10^(exponent - frac_len)`` as an exact Fraction."""
    scale = exponent - frac_len
    mantissa = -int(digits) if negative else int(digits)
    if scale >= 0:
        return Fraction(mantissa * 10**scale)
    return Fraction(mantissa, 10**-scale)


def _sig_figs(int_digits: str, frac_digits: str) -> int:
    """Significant figures: every digit after the leading zeros, trailing zeros included."""
    significant = (int_digits + frac_digits).lstrip("0")
    return len(significant) if significant else max(1, len(frac_digits))


_GROUP_NAMES = ("sign", "pexp", "dcomma", "int", "frac", "frac0", "eexp", "texp")


@lru_cache(maxsize=16384)
def _scan_core(text: str, pos: int, *, bounded: bool) -> tuple[ParsedNumber | None, int, str]:
    """Read a bare number (sign, mantissa, power of ten) starting exactly at ``pos``.

    Returns ``(number, end, reason)``; on failure ``number`` is None, ``end`` is where a
    scan for the next number may resume and ``reason`` says why. ``bounded`` means the
    caller checks what follows (end of string, a closing brace): a trailing ``.`` is then
    kept (``1.``) and no check for glued letters is made.

    Cached (what it returns is immutable): the reader asks for the numbers of the same text (a statement, a side)
    from several of its rules, about 63 times a student for 25 places.
    """
    m = _NUMBER_RE.match(text, pos)
    if m is None:
        return None, pos + 1, "no number here"
    sign, pexp, dcomma, int_part, frac, frac0, eexp, texp = m.group(*_GROUP_NAMES)
    end = match_end = m.end()
    if (fexp := m.group("fexp")) is not None:
        # "1.2288 × 106", "5.3952x104": a power of ten whose raised digit a PDF's text layer set flat, read as the
        # page shows it only after a mantissa of scientific notation (one digit, a decimal point, more digits); any
        # other number times 101–109 ("2 × 105", "12.5 × 104") is a product, and the number ends before its sign
        if int_part is not None and len(int_part) == 1 and int_part != "0" and frac and len(frac) > 1:
            texp = fexp
        else:
            end = match_end = m.end("frac") if frac else m.end("int") if int_part is not None else m.end()
    if pexp is not None:
        int_digits, frac_digits, exponent_text = "1", "", pexp
    else:
        if int_part is not None:
            int_digits = int_part if int_part.isdigit() else _NON_DIGITS_RE.sub("", int_part)
            frac_digits = frac[1:] if frac else ""
        elif dcomma is not None:
            int_digits, frac_digits = dcomma.replace("{,}", ",").split(",")
        else:
            int_digits, frac_digits = "", frac0[1:]
        if eexp is None and m.group("teexp") is not None:
            eexp = m.group("tsign") + m.group("teexp")
        if eexp is None:
            eexp = m.group("beexp") or m.group("bbexp")
        exponent_text = eexp if eexp is not None else texp
        if frac == "." and exponent_text is None and not bounded:
            end -= 1  # "is 5." ends a sentence; the dot is not part of the number

    if len(int_digits) + len(frac_digits) > MAX_DIGITS:
        return None, match_end, f"more than {MAX_DIGITS} digits"
    exponent = 0
    if exponent_text is not None:
        parsed = _exponent(exponent_text)
        if parsed is None:
            return None, match_end, f"exponent beyond ±{MAX_EXPONENT}"
        exponent = parsed

    if not bounded and end < len(text):
        after = text[end]
        if after.isalpha() or after == "_" or after in "0123456789":
            return None, _skip_word(text, end), "digits glued to letters"
        if after == "." and text[end + 1 : end + 2] in _ASCII_DIGITS:  # (not "0.0359.¹", a footnote's mark)
            return None, _DOTTED_RE.match(text, end).end(), "a dotted run such as 3.2.1"

    sig_figs = 1 if pexp is not None else _sig_figs(int_digits, frac_digits)
    negative = sign is not None and sign in _NEGATIVE_SIGNS
    value = _exact(int_digits + frac_digits, len(frac_digits), exponent, negative)
    return ParsedNumber(value, text[pos:end], sig_figs), end, ""


def _scan_wrapped(text: str, pos: int, *, bounded: bool) -> tuple[ParsedNumber | None, int, str]:
    """Like :func:`_scan_core`, also reading LaTeX wrappers: ``\\mathbf{53952}``, ``{5}``."""
    openers = 0
    inner = pos
    while openers < _MAX_WRAPPERS and (m := _WRAPPER_RE.match(text, inner)) is not None:
        openers += 1
        inner = _SPACING_RE.match(text, m.end()).end()
    if openers == 0:
        return _scan_core(text, pos, bounded=bounded)
    number, end, reason = _scan_core(text, inner, bounded=True)
    if number is None:
        return None, end, reason
    for _ in range(openers):
        end = _SPACING_RE.match(text, end).end()
        if not text.startswith("}", end):
            return None, end, "a LaTeX wrapper holds more than one number"
        end += 1
    return ParsedNumber(number.value, text[pos:end], number.sig_figs), end, ""


def _skip_word(text: str, pos: int) -> int:
    """The index just past the word (letters, digits, dotted parts) at ``pos``."""
    return max(pos + 1, _WORD_RE.match(text, pos).end())


def _ends_latex_command(text: str, j: int) -> bool:
    """Whether ``text[j]`` is the last letter of a LaTeX command such as ``\\times``."""
    k = j
    while k >= 0 and j - k < 32 and text[k].isascii() and text[k].isalpha():
        k -= 1
    return k < j and k >= 0 and text[k] == "\\"


def _glued_before(text: str, i: int) -> bool:
    """Whether the digits at ``i`` continue a word: ``x1``, ``h_2`` (not ``\\times8``)."""
    if i == 0:
        return False
    before = text[i - 1]
    if before == "_" or before in "0123456789":
        return True
    return before.isalpha() and not _ends_latex_command(text, i - 1)


def _sign_applies(text: str, i: int) -> bool:
    """Whether the sign at ``text[i]`` belongs to the number after it.

    ``5 - 3``, ``5-3`` and ``x - 3`` are subtractions; ``= -3``, ``(-3``, ``, -3``,
    ``\\approx - 3`` and ``is -3`` are negative numbers. ``0.1 -0.2`` is two numbers, as
    numpy prints them. A detached sign at the start of a line (``- 5 apples``) is a
    Markdown bullet.
    """
    detached = text[i + 1] in " \t\u00a0\\"
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] in "\r\n":
        return not detached
    before = text[j]
    if before in _SIGN_CONTEXT:
        return True
    if before.isalpha() and _ends_latex_command(text, j):
        return True
    return j < i - 1 and not detached


def _iter_numbers(text: str) -> Iterator[tuple[int, int, ParsedNumber]]:
    """The numbers of :func:`find_numbers`, one by one."""
    pos = 0
    search = _CANDIDATE_RE.search
    while (m := search(text, pos)) is not None:
        start = m.start()
        char = text[start]
        pos = start + 1
        if char in "_^":
            script = _SCRIPT_RE.match(text, start)
            if script is not None:
                pos = script.end()
            continue
        if char in _SIGNS_SET:
            if not _sign_applies(text, start):
                continue
        elif _glued_before(text, start):
            pos = _skip_word(text, start)
            continue
        number, end, _ = _scan_core(text, start, bounded=False)
        if number is not None:
            yield start, end, number
        pos = max(end, pos)


# --------------------------------------------------------------------------- public: numbers


def _strip_delimiters(text: str) -> str:
    """``text`` without surrounding whitespace, ``$`` signs, ``\\(..\\)`` or ``\\[..\\]``."""
    s = text.strip().strip("$").strip()
    for left, right in (("\\(", "\\)"), ("\\[", "\\]")):
        if s.startswith(left) and s.endswith(right) and len(s) >= 4:
            s = s[2:-2].strip()
    return s


def _parse_fraction(s: str) -> ParsedNumber | None:
    """``1/3`` or ``\\frac{1}{3}`` as an exact number; None when ``s`` is not one."""
    m = _FRACTION_RE.fullmatch(s)
    if m is None:
        return None
    numerator, denominator = (m["fnum"], m["fden"]) if m["fnum"] else (m["snum"], m["sden"])
    if int(denominator) == 0:
        raise ValueError(f"{s!r} divides by zero")
    negative = (m["sign"] or "+") in _NEGATIVE_SIGNS
    negative ^= (m["fsign"] or "+") in _NEGATIVE_SIGNS
    value = Fraction(int(numerator), int(denominator))
    sig_figs = max(len(numerator.lstrip("0")) or 1, len(denominator.lstrip("0")))
    return ParsedNumber(-value if negative else value, s, sig_figs)


def parse_number(text: str) -> ParsedNumber:
    """Read the whole string as one number; ``ValueError`` with a short reason otherwise.

    Surrounding whitespace, ``$`` signs and ``\\(..\\)`` are allowed, and so are LaTeX
    wrappers (``\\num{1.2288e6}``, ``\\mathbf{53952}``, ``{53952}``). Besides decimals and
    scientific notation, a plain fraction ``1/3`` or ``\\frac{1}{3}`` is read exactly.
    NaN and infinity are not answers and raise ``ValueError``.
    """
    s = _strip_delimiters(text)
    if not s:
        raise ValueError("empty text is not a number")
    if _NONFINITE_RE.fullmatch(s):
        raise ValueError(f"{s!r} is not a finite number")
    start = _SPACING_RE.match(s).end()
    number, end, reason = _scan_wrapped(s, start, bounded=True)
    if number is not None:
        end = _SPACING_RE.match(s, end).end()
        if end == len(s):
            return number
    fraction = _parse_fraction(s)
    if fraction is not None:
        return fraction
    if number is None:
        raise ValueError(f"{s[:40]!r} is not a number: {reason}")
    raise ValueError(f"{s[:40]!r} is not one number: {s[end:end + 20]!r} follows it")


def leading_number(text: str, start: int = 0) -> tuple[ParsedNumber, int] | None:
    """The number that starts at ``text[start:]`` after optional whitespace, and its end.

    Returns ``(number, end)`` with ``end`` the index just past the number, or None when
    no number starts there. Whatever precedes ``start`` is ignored, so a sign there is a
    sign (``= - 0.036`` is negative), and LaTeX wrappers such as ``\\boxed{53952}`` are
    read whole. Letters glued to the digits (``10th``) mean there is no number.
    """
    start = max(0, start)
    pos = _SPACING_RE.match(text, start).end() if start <= len(text) else len(text)
    number, end, _ = _scan_wrapped(text, pos, bounded=False)
    if number is None:
        return None
    return number, end


def find_numbers(text: str) -> list[tuple[int, int, ParsedNumber]]:
    """Every number in ``text``, left to right, as non-overlapping ``(start, end, number)``.

    Spans cover the number proper (``\\mathbf{53952}`` gives the span of ``53952``).
    Digits glued to letters (``x1``, ``10th``), subscripts (``w_{11}``, ``h_2``) and
    superscripts of non-numbers (``x^2``, ``e^{-3}``) are skipped; the base of a power
    such as the 2 of ``2^{10}`` is reported (check ``text[end]`` for ``^``). See
    :func:`_sign_applies` for when a ``-`` is a sign rather than a subtraction.
    """
    return list(_iter_numbers(text))


# --------------------------------------------------------------------------- public: formatting


def _format_decimal(negative: bool, digits: str, exponent: int) -> str:
    """``±digits × 10^exponent`` in plain form when short, else scientific notation."""
    point = len(digits) + exponent  # where the decimal point falls within `digits`
    if exponent >= 0:
        plain = digits + "0" * exponent
    elif point > 0:
        plain = f"{digits[:point]}.{digits[point:]}"
    else:
        plain = "0." + "0" * -point + digits
    if -6 < point <= 21 and len(plain) <= MAX_DIGITS:
        body = plain
    else:
        body = digits[0] + (f".{digits[1:]}" if len(digits) > 1 else "") + f"e{point - 1}"
    return ("-" if negative else "") + body


def _format_fraction(value: Fraction) -> str:
    """An exact decimal when ``value`` has one within the limits, else ``p/q``."""
    numerator, denominator = abs(value.numerator), value.denominator
    negative = value < 0
    if numerator == 0:
        return "0"
    reduced, twos, fives = denominator, 0, 0
    while reduced % 2 == 0:
        reduced //= 2
        twos += 1
    while reduced % 5 == 0:
        reduced //= 5
        fives += 1
    if reduced == 1:
        places = max(twos, fives)
        scaled = str(numerator * 10**places // denominator)
        digits = scaled.rstrip("0")
        exponent = len(scaled) - len(digits) - places
        if len(digits) <= MAX_DIGITS and abs(len(digits) + exponent - 1) <= MAX_EXPONENT:
            return _format_decimal(negative, digits, exponent)
    if len(str(numerator)) <= MAX_DIGITS and len(str(denominator)) <= MAX_DIGITS:
        return f"{'-' if negative else ''}{numerator}/{denominator}"
    raise ValueError(f"{value} needs more than {MAX_DIGITS} digits to write exactly")


def format_number(value: float | Fraction | int) -> str:
    """A human form of ``value`` that :func:`parse_number` reads back.

    Integers and fractions with a finite decimal expansion come back exactly
    (``Fraction(1, 8)`` -> ``"0.125"``); other fractions are written ``p/q``. A float is
    written as its shortest round-tripping decimal (``repr``), so it reads back to the
    same float, not to its exact binary value. ``ValueError`` for NaN, infinity and
    values that need more than ``MAX_DIGITS`` digits.
    """
    if isinstance(value, (float, np.floating)):
        x = float(value)
        if not math.isfinite(x):
            raise ValueError(f"{x} is not a finite number")
        return float.__repr__(x)
    if isinstance(value, (int, np.integer)):
        return _format_fraction(Fraction(int(value)))
    if isinstance(value, Fraction):
        return _format_fraction(value)
    try:
        exact = Fraction(value)  # Decimal and other exact numeric types
    except (TypeError, ValueError, OverflowError) as error:
        raise ValueError(f"{value!r} is not a finite number") from error
    return _format_fraction(exact)


# --------------------------------------------------------------------------- matrices

_ENV_BEGIN_RE = re.compile(
    r"\\begin\{(?P<env>[bBp]?matrix|smallmatrix|array)(?P<star>\*?)\}"
    r"(?:\s*\[[a-z]\])?"
)
_ARRAY_COLSPEC_RE = re.compile(r"\s*\{[^{}]*\}")
_ROW_BREAK_RE = re.compile(r"\\\\(?:\s*\[[^\]]{0,20}\])?")
_HLINE_RE = re.compile(r"\\hline")
_BRACKET_RE = re.compile(r"[\[\]]")
_BETWEEN_ROWS_RE = re.compile(r"[\s,]*")
_PLAIN_DECIMAL_RE = re.compile(r"-?(?:[0-9]{1,30}\.?[0-9]{0,30}|\.[0-9]{1,30})(?:e[-+]?[0-9]{1,3})?")
_NUMPY_SCALAR_RE = re.compile(r"(?:np\.|numpy\.)?(?:float|int)[0-9]*\((?P<x>[^()]*)\)")


def _cell_value(cell: str) -> float | None:
    """A matrix cell as a float; None when it is not a number."""
    cell = cell.strip()
    if _PLAIN_DECIMAL_RE.fullmatch(cell):
        return float(cell)  # correctly rounded, as float(parse_number(cell).value) would be
    scalar = _NUMPY_SCALAR_RE.fullmatch(cell)  # numpy 2 prints list items as np.float64(x)
    if scalar is not None:
        cell = scalar["x"]
    try:
        return parse_number(cell).float
    except ValueError:
        return None


def _row_values(content: str) -> tuple[float, ...] | None:
    """The cells of one bracketed row: comma-separated, else whitespace-separated."""
    content = content.strip()
    if content.endswith("\\right"):
        content = content[: -len("\\right")]
    if "," in content:
        cells = content.split(",")
        if cells and not cells[-1].strip():
            cells.pop()  # [1, 2,]
    else:
        cells = content.split()
    if not cells:
        return None
    values = []
    for cell in cells:
        value = _cell_value(cell)
        if value is None:
            return None
        values.append(value)
    return tuple(values)


def _rectangular(rows: list[tuple[float, ...] | None]) -> bool:
    """Whether every row was read and all have the same length."""
    return bool(rows) and all(r is not None for r in rows) and len({len(r) for r in rows}) == 1  # type: ignore[arg-type]


def _latex_matrices(text: str) -> Iterator[tuple[int, int, ParsedMatrix]]:
    """``\\begin{bmatrix} .. \\end{bmatrix}`` and its pmatrix/matrix/array relatives."""
    return ((start, end, matrix) for start, end, matrix in _latex_environments(text) if matrix is not None)


def unread_matrices(text: str) -> list[tuple[int, int]]:
    """The spans of the LaTeX matrix environments in ``text`` that hold digits but could not be read as a
    matrix (a cell a scan garbled, "0, l 5"; ragged rows): where a reader of the matrices around them must say
    it may have missed one."""
    return [(start, end) for start, end, matrix in _latex_environments(text)
            if matrix is None and any(c.isdigit() for c in text[start:end])]


def _latex_environments(text: str) -> Iterator[tuple[int, int, ParsedMatrix | None]]:
    """Every closed matrix environment, read (its matrix) or not (None)."""
    next_end: dict[str, int] = {}  # per end tag: its first position after the last search
    pos = 0
    while (m := _ENV_BEGIN_RE.search(text, pos)) is not None:
        body_start = m.end()
        if m["env"] == "array":
            colspec = _ARRAY_COLSPEC_RE.match(text, body_start)
            if colspec is not None:
                body_start = colspec.end()
        tag = f"\\end{{{m['env']}{m['star']}}}"
        # Begins come in order, so a cached end at or after this one is still the first;
        # reusing it keeps many unclosed environments linear.
        cached = next_end.get(tag)
        if cached is not None and (cached == -1 or cached >= body_start):
            body_end = cached
        else:
            body_end = text.find(tag, body_start)
            next_end[tag] = body_end
        if body_end == -1:
            pos = m.end()
            continue
        end = body_end + len(tag)
        matrix = _latex_matrix(text[body_start:body_end], text[m.start() : end])
        yield m.start(), end, matrix
        pos = end if matrix is not None else m.end()


def _latex_matrix(body: str, source: str) -> ParsedMatrix | None:
    """The matrix in a LaTeX environment body (rows split by ``\\\\``, cells by ``&``)."""
    body = _HLINE_RE.sub(" ", body)
    lines = _ROW_BREAK_RE.split(body)
    if lines and not lines[-1].strip():
        lines.pop()  # a \\ after the last row
    rows: list[tuple[float, ...] | None] = []
    for line in lines:
        values = [_cell_value(cell) for cell in line.split("&")]
        rows.append(None if None in values else tuple(values))  # type: ignore[arg-type]
    if not _rectangular(rows):
        return None
    return ParsedMatrix(tuple(rows), (len(rows), len(rows[0])), source)  # type: ignore[arg-type]


@dataclass(slots=True)
class _Pair:
    """A matched ``[`` .. ``]`` and the depth-1 pairs directly inside it."""

    open: int
    close: int = -1
    depth: int = 1
    children: list[_Pair] | None = None


def _bracket_pairs(text: str) -> list[_Pair]:
    """Every matched bracket pair, by opening position; unmatched brackets are ignored."""
    stack: list[_Pair] = []
    pairs: list[_Pair] = []
    for m in _BRACKET_RE.finditer(text):
        if m.group() == "[":
            stack.append(_Pair(m.start()))
        elif stack:
            pair = stack.pop()
            pair.close = m.start()
            pairs.append(pair)
            if stack:
                parent = stack[-1]
                if pair.depth >= parent.depth:
                    parent.depth = pair.depth + 1
                if pair.depth == 1 and parent.depth == 2:
                    if parent.children is None:
                        parent.children = []
                    parent.children.append(pair)
    pairs.sort(key=lambda p: p.open)
    return pairs


def _bracket_matrix(text: str, pair: _Pair) -> tuple[ParsedMatrix | None, bool]:
    """The matrix a bracket pair holds, and whether the pair is shaped like one at all.

    A pair shaped like a matrix (``[[..], [..]]``) whose rows are ragged or not numeric is
    no matrix, and nothing inside it is one either.
    """
    source = text[pair.open : pair.close + 1]
    if pair.depth == 1:
        values = _row_values(text[pair.open + 1 : pair.close])
        if values is None:
            return None, False
        return ParsedMatrix((values,), (len(values),), source), True
    children = pair.children or []
    gaps = [text[a.close + 1 : b.open] for a, b in zip(children, children[1:])]
    gaps += [text[pair.open + 1 : children[0].open], text[children[-1].close + 1 : pair.close]]
    if not all(_BETWEEN_ROWS_RE.fullmatch(gap) for gap in gaps):
        return None, False
    rows = [_row_values(text[c.open + 1 : c.close]) for c in children]
    if not _rectangular(rows):
        return None, True
    return ParsedMatrix(tuple(rows), (len(rows), len(rows[0])), source), True  # type: ignore[arg-type]


def _bracket_matrices(text: str) -> Iterator[tuple[int, int, ParsedMatrix]]:
    """numpy prints and Python/JSON lists: ``[[1 2]\\n [3 4]]``, ``[0.5, 0.5]``."""
    covered_until = 0
    for pair in _bracket_pairs(text):
        if pair.open < covered_until:
            continue
        if pair.depth > 2:
            covered_until = pair.close + 1  # a 3-D array: its slices are not answers
            continue
        matrix, shaped = _bracket_matrix(text, pair)
        if matrix is not None:
            yield pair.open, pair.close + 1, matrix
        if shaped:
            covered_until = pair.close + 1


def find_matrices(text: str) -> list[tuple[int, int, ParsedMatrix]]:
    """Every matrix or vector in ``text``, left to right, as ``(start, end, matrix)``.

    Reads numpy prints (``[[-0.016 -0.016]\\n [-0.023 -0.023]]``), Python/JSON lists
    (also inside ``array(..)``/``tensor(..)``; the span is the brackets) and LaTeX
    ``bmatrix``/``pmatrix``/``Bmatrix``/``matrix``/``smallmatrix``/``array`` environments
    (not ``vmatrix``: that is a determinant).
    Ragged rows or non-numeric cells make no matrix. A bracketed scalar such as a
    citation ``[3]`` is a matrix of shape ``(1,)``: filter by shape.
    """
    found = sorted(
        [*_latex_matrices(text), *_bracket_matrices(text)], key=lambda f: (f[0], -f[1])
    )
    result: list[tuple[int, int, ParsedMatrix]] = []
    last_end = 0
    for start, end, matrix in found:
        if start >= last_end:
            result.append((start, end, matrix))
            last_end = end
    return result


# --------------------------------------------------------------------------- quantities
#
# A quantity is a number as an answer states it: with a scale word (``1.2288 M``,
# ``12.288 lakh``, ``54K``), a percent sign, a spaced exponent (``1.2288 e 6``), an
# approximation sign before it, a unit after it, or spelled in words ("twelve lakh").
# What each word means is data, in the tables below, each with why.

#: Scale words and their powers of ten. Case matters for single letters: ``m`` is metres.
SCALE_WORDS: dict[str, tuple[int, str]] = {
    "K": (3, "thousand, as in 54K"),
    "k": (3, "thousand, as in 54k"),
    "thousand": (3, "the English word"),
    "M": (6, "million, as in 1.2288 M"),
    "Mn": (6, "million, in finance and news"),
    "mn": (6, "million, in finance and news"),
    "million": (6, "the English word"),
    "millions": (6, "the English word, plural"),
    "lakh": (5, "Indian numbering: 1 lakh = 100,000"),
    "lakhs": (5, "Indian numbering, plural"),
    "lac": (5, "Indian numbering, another spelling"),
    "lacs": (5, "Indian numbering, another spelling"),
    "crore": (7, "Indian numbering: 1 crore = 10,000,000"),
    "crores": (7, "Indian numbering, plural"),
    "billion": (9, "short scale, as English now uses it"),
    "bn": (9, "billion, in finance and news"),
    "G": (9, "giga, as in 1.2 G multiplications"),
    "tenths": (-1, "a fraction's word, as in 3.7 tenths"),
    "hundredths": (-2, "a fraction's word, as in 3.718 hundredths"),
    "thousandths": (-3, "a fraction's word, as in 4.43 thousandths"),
    "millionths": (-6, "a fraction's word"),
}

#: Signs written before an approximate value; the value is still read.
APPROXIMATE_SIGNS = ("≈", "~", "∼", "\\approx", "\\sim", "about", "approx.", "approximately", "roughly", "around")

#: English number words: units, tens and scales (for "one million two hundred thousand").
_WORD_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_WORD_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
#: Number words that scale the number before them, by their power of ten ("twelve lakh", "one million").
WORD_SCALES = {"hundred": 2, "thousand": 3, "lakh": 5, "lakhs": 5, "lac": 5, "million": 6, "crore": 7,
                "crores": 7, "billion": 9}

# (siunitx's "\SI{8.76}{\percent}": the unit argument after the number's closing brace)
# Per mille, "87.6 ‰" (0.0876): the sign, its words, LaTeX's commands (textcomp's, wasysym's, siunitx's).
_PERMILLE_RE = re.compile(r"(?:\s|\\[,;!: ])*(?:‰|per\s*mill?e\b|\\textperthousand\b|\\permil\b|\}\s*\{\s*\\permille\s*\})")
_PERCENT_RE = re.compile(r"(?:\s|\\[,;!: ])*(?:\\%|%|\s*per\s*cent\b|\s*percent\b|\}\s*\{\s*\\percent\s*\})")
_SPACED_EXPONENT_RE = re.compile(r"\s?[eE]\s?(?P<exp>[-+\u2212]?\s?[0-9]{1,3})(?![0-9.])")
_SCALE_RE = re.compile(r"(?:\s|\\[,;!: ]|~)*(?:\\(?:text|mathrm)\{\s*)?(?P<word>"
                       + "|".join(sorted(map(re.escape, SCALE_WORDS), key=len, reverse=True))
                       + r")(?:\s*\})?(?![A-Za-z0-9])")
_GLUED_SCALE_RE = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<word>[kKMG]|Mn|mn|bn)(?![A-Za-z0-9])")
_APPROX_RE = re.compile(r"(?:" + "|".join(map(re.escape, sorted(APPROXIMATE_SIGNS, key=len, reverse=True)))
                        + r")\s*")
_NUMBER_WORD_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:" + "|".join(sorted([*_WORD_UNITS, *_WORD_TENS, *WORD_SCALES], key=len, reverse=True))
    + r")(?:[\s-]+(?:and[\s-]+)?|(?![A-Za-z])))+", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number as an answer states it, with what was written around it."""

    value: Fraction
    """The value meant: ``1.2288 M`` is 1228800, ``65.90 %`` is 0.659."""
    text: str
    """The source text read (number, scale, percent sign, unit)."""
    sig_figs: int
    """Significant figures of the written number."""
    written: Fraction
    """The number as written, before the scale or the percent sign (65.90 for ``65.90 %``)."""
    scale: str | None = None
    """The scale word (``M``, ``lakh``), if any."""
    percent: bool = False
    """Whether it was written as a percentage."""
    approximate: bool = False
    """Whether an approximation sign or word stands before it (``≈54K``)."""
    unit: str | None = None
    """The unit word that followed it, from the caller's list."""

    @property
    def float(self) -> float:
        """The value meant, as a float."""
        try:
            return float(self.value)
        except OverflowError:
            return math.inf if self.value > 0 else -math.inf


def number_words(text: str) -> tuple[Fraction, int] | None:
    """The number that English words at the start of ``text`` spell, and where they end.

    ``twelve lakh`` -> 1200000, ``one million two hundred twenty-eight thousand eight hundred``
    -> 1228800. None when no number word starts the text (a lone ``a``/``and`` is no number).
    """
    m = _NUMBER_WORD_RE.match(text)
    if m is None:
        return None
    spoken, last = m.group(0), m
    # "one million, two hundred and twenty-eight thousand, eight hundred": a comma after a scale of a
    # thousand or more goes on with the same number (never after a unit: "one, two, three" is a list)
    while (comma := _COMMA.match(text, last.end())) is not None and comma_in_words(text, last.end()):
        more = _NUMBER_WORD_RE.match(text, comma.end())
        spoken, last = f"{spoken.rstrip()} {more.group(0)}", more
    tokens = [t.lower() for t in re.split(r"[\s-]+", spoken.strip()) if t and t.lower() != "and"]
    if not tokens or tokens[0] in WORD_SCALES:  # "lakh" alone, "hundred" alone: no number is said
        return None
    total, current, seen = 0, 0, False
    for t in tokens:
        if t in _WORD_UNITS:
            current += _WORD_UNITS[t]
        elif t in _WORD_TENS:
            current += _WORD_TENS[t]
        else:
            power = WORD_SCALES[t]
            if power == 2:
                current = (current or 1) * 100
            else:
                total += (current or 1) * 10 ** power
                current = 0
        seen = True
    if not seen:
        return None
    # ("four thousand eight hundred and the pointwise …": an "and" after the number joins the sentence)
    end = last.start() + len(re.sub(r"(?:[\s-]+and)*[\s-]*$", "", last.group(0), flags=re.IGNORECASE))
    if (point := _POINT_DIGITS.match(text, end)) is not None:
        # "one point eight", "zero point zero eight seven six": the digits after "point" said one by one
        digits = "".join(str(_DIGIT_WORDS[w.lower()]) for w in re.split(r"[\s-]+", point.group(1).strip()))
        return total + current + Fraction(int(digits), 10 ** len(digits)), point.end()
    return Fraction(total + current), end


# A number in words that ends in a scale of a thousand or more ("… twenty-eight thousand"), and the comma after it.
_BIG_SCALE_END = re.compile(r"(?<![A-Za-z])(?:" + "|".join(w for w, p in WORD_SCALES.items() if p >= 3)
                            + r")[\s-]*$", re.IGNORECASE)
_COMMA = re.compile(r",[ \t]*")
def comma_in_words(text: str, at: int) -> bool:
    """Whether the comma at ``text[at]`` is inside a number in words: after a scale of a thousand or more,
    before the number's next words ("one million, two hundred …"; not "one, two, three")."""
    if not text[at - 1:at].isalpha() or _BIG_SCALE_END.search(text, max(0, at - 12), at) is None:
        return False
    more = _NUMBER_WORD_RE.match(text, _COMMA.match(text, at).end())
    return more is not None and more.group(0).split()[0].split("-")[0].lower() not in WORD_SCALES


#: Digits said one by one after "point" ("oh" and "o" for zero).
_DIGIT_WORDS = {**{w: v for w, v in _WORD_UNITS.items() if v < 10}, "oh": 0, "o": 0}
_POINT_DIGITS = re.compile(r"[\s-]+point((?:[\s-]+(?:" + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
                           + r")(?![A-Za-z])){1,8})", re.IGNORECASE)


def read_quantity(text: str, start: int = 0, units: tuple[str, ...] = ()) -> tuple[Quantity, int] | None:
    """The quantity that starts at ``text[start:]`` (after spaces and an approximation sign), and its end.

    Reads what :func:`leading_number` reads, and then a spaced exponent (``1.2288 e 6``), a
    scale word (``M``, ``lakh``, ``54K``) or a percent sign, and one of ``units``; or number
    words (``twelve lakh``). None when no number starts there.
    """
    pos = _SPACING_RE.match(text, start).end() if start <= len(text) else len(text)
    approx = _APPROX_RE.match(text, pos)
    if approx:
        pos = approx.end()
    begin = pos
    glued = _GLUED_SCALE_RE.match(text, pos)
    led = leading_number(text, pos)
    scale_word = None
    if led is not None:
        number, end = led
        written, sig_figs = number.value, number.sig_figs
        exp = _SPACED_EXPONENT_RE.match(text, end)
        if exp is not None and "e" not in number.text.lower() and "10" not in number.text[1:]:
            power = int(exp["exp"].replace(" ", "").replace("\u2212", "-"))
            written, end = written * Fraction(10) ** power, exp.end()
    elif glued is not None:
        written = Fraction(glued["num"])
        sig_figs = len(glued["num"].replace(".", "").lstrip("0")) or 1
        end = glued.start("word")
    else:
        spelled = number_words(text[pos:])
        if spelled is None:
            return None
        written, end = spelled[0], pos + spelled[1]
        sig_figs = len(str(written.numerator).rstrip("0")) or 1
    value = written
    percent = False
    pm = _PERCENT_RE.match(text, end)
    sm = _SCALE_RE.match(text, end)
    if pm is not None:
        value, end, percent = written / 100, pm.end(), True
    elif (mm := _PERMILLE_RE.match(text, end)) is not None:
        value, end, percent = written / 1000, mm.end(), True  # a share, as a percentage is
    elif sm is not None:
        scale_word = sm["word"]
        value, end = written * Fraction(10) ** SCALE_WORDS[scale_word][0], sm.end()
    unit = None
    for u in sorted(units, key=len, reverse=True):
        unit_re = re.compile(r"\s*(?:\\(?:text|mathrm)\{\s*)?" + re.escape(u) + r"(?![A-Za-z])", re.IGNORECASE)
        um = unit_re.match(text, end)
        if um is not None:
            unit, end = u, um.end()
            if text[end:end + 1] == "}":
                end += 1
            break
    return Quantity(value, text[begin:end], sig_figs, written, scale_word, percent, approx is not None, unit), end


def parse_quantity(text: str, units: tuple[str, ...] = ()) -> Quantity:
    """Read the whole string as one quantity; ``ValueError`` with a short reason otherwise.

    Everything :func:`parse_number` reads, plus scale words, percentages, spaced exponents,
    number words, a leading approximation sign and one of ``units``.
    """
    s = _strip_delimiters(text)
    try:
        number = parse_number(s)
        return Quantity(number.value, number.text, number.sig_figs, number.value)
    except ValueError as exc:
        reason = str(exc)
    read = read_quantity(s, 0, units)
    if read is None:
        raise ValueError(reason)
    quantity, end = read
    if s[end:].strip(" \t$.") or quantity.text != s[:end].strip():
        rest = s[end:].strip()
        if rest:
            raise ValueError(f"{s[:40]!r} is not one quantity: {rest[:20]!r} follows it")
    return quantity
