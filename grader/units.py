"""Physical units a spec declares for a number part (``unit: m/s``), read and converted with pint.

A student's ``500 cm/s``, ``18 km/h`` or ``5 m s⁻¹`` is the same speed as ``5 m/s``: the unit
written after a number is read (:func:`read_unit`) and the value converted to the spec's unit
(:func:`convert`). A unit of another dimension (``5 m`` for a speed) cannot be converted: the
error names both dimensions in words (:func:`dimension`).

pint parses unit expressions with its own tokenizer (it never evaluates Python), and only text
that looks like a unit (letters, exponents, ``/``, ``·``, ``per``) and at most ``MAX_UNIT_CHARS``
long is handed to it. What this module knows of language is data: spellings pint does not
know, English words pint would take for units, and the names of common dimensions.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import lru_cache
from typing import Any

from . import precision

#: The longest unit text read after a number ("kg·m²·s⁻²" and "metres per second" fit).
MAX_UNIT_CHARS = 40

#: Spellings students use that pint reads otherwise or not at all: (spelling, pint's spelling, why).
SPELLINGS = (
    ("kmph", "km/h", "Indian English for km/h; pint reads it as kilo-miles per hour"),
    ("kmh", "km/h", "km/h without its slash"),
    ("kmhr", "km/h", "km/h with 'hr'"),
    ("mtr", "m", "an abbreviation of metre"),
    ("mtrs", "m", "an abbreviation of metres"),
    ("sq", "square", "'sq m', 'sq. ft'"),
)

#: Whole spellings rewritten before pint reads them: (pattern, replacement, why).
REWRITES = (
    (re.compile(r"^ms\s*(?:\^|\*\*)?\s*-([12])$"), r"m * s^-\1",
     "'ms^-1', 'ms-2': a student's metres per second (squared); per millisecond is never the answer's unit"),
)

#: Words that pint knows as units but that, alone after a number, are English: never read as a
#: unit by themselves (inside a compound unit such as ``kg/a`` they still are). (word, what pint reads, why)
NOT_UNITS = (
    ("a", "year", "the article: '5 a day'"),
    ("at", "technical atmosphere", "the preposition: '5 at most'"),
    ("in", "inch", "the preposition: '5 in total' (inches are 'inch' or 'in.' in prose)"),
    ("are", "are (100 m²)", "the verb: 'the values 5 are'"),
    ("as", "attosecond", "the conjunction: '5 as before'"),
    ("c", "the speed of light", "a variable or a constant's name, not a unit after a number"),
    ("e", "the elementary charge", "a variable or an exponent, not a unit after a number"),
    ("k", "Boltzmann's constant", "a thousand or a variable, not a unit after a number"),
    ("u", "the atomic mass unit", "a variable"),
    ("b", "barn", "a variable or a part's letter"),
    ("d", "day", "a variable or a part's letter"),
    ("t", "tonne", "a variable (time) more often than a tonne"),
    ("M", "molar", "a scale word (million), read before units"),
    ("G", "gauss", "a scale word (giga), read before units"),
    ("T", "tesla", "a variable (a period) more often than a tesla"),
)

#: Names of common dimensions, by pint's dimensionality: what feedback calls them.
DIMENSIONS = {
    "[length]": "a length",
    "[time]": "a time",
    "[mass]": "a mass",
    "[temperature]": "a temperature",
    "[current]": "an electric current",
    "[substance]": "an amount of substance",
    "[length] ** 2": "an area",
    "[length] ** 3": "a volume",
    "[length] / [time]": "a speed",
    "[length] / [time] ** 2": "an acceleration",
    "1 / [time]": "a frequency",
    "[mass] * [length] / [time]": "a momentum",
    "[mass] * [length] / [time] ** 2": "a force",
    "[mass] * [length] ** 2 / [time] ** 2": "an energy",
    "[mass] * [length] ** 2 / [time] ** 3": "a power",
    "[mass] / [length] / [time] ** 2": "a pressure",
    "[mass] / [length] ** 3": "a density",
    "dimensionless": "a pure number",
}

_SPELLING = {s: p for s, p, _ in SPELLINGS}
_NOT_UNITS = {w for w, _, _ in NOT_UNITS}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")

# One unit word with an optional exponent: m, km, s^-1, s**2, s⁻¹, s^{-2}, °C, µm.
_TOKEN = r"(?:°?[A-Za-zµμΩ][A-Za-zµμΩ_]*)(?:\s*(?:\^|\*\*)\s*\{?\s*[-−]?\d+\s*\}?|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[-−][12](?!\d))?"
_HAS_EXPONENT = r"(?:\s*(?:\^|\*\*)|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]|[-−][12](?!\d))"
# Between unit words: /, a product sign, "per", or a space before a word with an exponent (m s⁻¹).
_JOIN = (r"(?:\s*(?:/|·|⋅|\*(?!\*)|\\cdot)\s*|\s+per\s+|\s+(?=°?[A-Za-zµμΩ][A-Za-zµμΩ_]*" + _HAS_EXPONENT + r"))")
_RUN = re.compile(r"[ \t]*(?:~|\\[,;: ]\s*)?(?P<unit>" + _TOKEN + r"(?:" + _JOIN + _TOKEN + r")*)")
# A unit in LaTeX: \text{m/s}, \mathrm{km\,h^{-1}}, \ \mathrm{m}.
_LATEX = re.compile(r"[ \t]*(?:~|\\[,;: ]\s*)?\\(?:text|mathrm|rm|textrm|unit)\s*\{(?P<unit>(?:[^{}]|\{[^{}]*\}){1,40})\}")


class UnitError(ValueError):
    """A unit that cannot be read, or converted to the one asked for (another dimension)."""


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # loaded on first use: most assignments declare no unit

    return pint.UnitRegistry()


def _pint_text(unit: str) -> str:
    """A unit as written, in the spelling pint reads (``m s⁻¹`` -> ``m * s**-1``)."""
    text = re.sub(r"\\[,;: ]|~", " ", unit)
    text = re.sub(r"\^\s*\{\s*([-−]?\d+)\s*\}", r"^\1", text).replace("−", "-").replace("\\cdot", "*")
    text = re.sub(r"[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: "^" + m.group(0).translate(_SUPERSCRIPTS), text)
    text = re.sub(r"(?<=[A-Za-z])-([12])(?!\d)", r"^-\1", text)  # s-1: an exponent without its caret
    text = text.replace("·", "*").replace("⋅", "*").replace("μ", "µ")
    for pattern, replacement, _why in REWRITES:
        text = pattern.sub(replacement, text.strip())
    text = re.sub(r"\s+per\s+", " / ", text)
    words = re.split(r"(\s*[/*^]\s*|\s+)", text.strip())
    words = [_SPELLING.get(w, w) for w in words]
    return re.sub(r"(?<=[\w°])\s+(?=[°A-Za-zµΩ])", " * ", "".join(words))


@lru_cache(maxsize=512)
def parse_unit(unit: str) -> Any:
    """pint's unit for ``unit`` as a student or a spec writes it; ``UnitError`` when it is none."""
    if not unit or len(unit) > MAX_UNIT_CHARS:
        raise UnitError(f"{unit[:MAX_UNIT_CHARS]!r} is not a unit")
    ureg = _registry()
    try:
        return ureg.parse_units(_pint_text(unit))
    except Exception as exc:  # pint raises several kinds (undefined, syntax, its own DefinitionSyntaxError)
        raise UnitError(f"{unit!r} is not a unit pint knows ({type(exc).__name__})") from exc


def is_unit(unit: str) -> bool:
    """Whether ``unit`` reads as a unit (a lone English word pint knows, such as 'in', does not)."""
    if unit.strip() in _NOT_UNITS:
        return False
    try:
        parse_unit(unit)
    except UnitError:
        return False
    return True


def read_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The unit written at ``text[pos:]`` (after spaces), as written, and where it ends; None when
    no unit stands there. The longest run of unit words that pint reads is taken."""
    latex = _LATEX.match(text, pos)
    if latex is not None:
        unit = latex["unit"].strip()
        return (unit, latex.end()) if is_unit(unit) else None
    run = _RUN.match(text, pos)
    if run is None:
        return None
    if run.end() < len(text) and (text[run.end()].isalnum() or text[run.end()] in "_("):
        return None  # "5 m2x" or "5 log(n)": a word or a call goes on
    start = run.start("unit")
    unit = run["unit"]
    # Shorter readings, word by word, when the whole run is no unit ("m/s so" is not, "m/s" is).
    ends = sorted({m.end() for m in re.finditer(_TOKEN, unit)}, reverse=True)
    for end in ends:
        candidate = unit[:end].rstrip()
        if len(candidate) <= MAX_UNIT_CHARS and is_unit(candidate):
            return candidate, start + end
    return None


def dimension(unit: str) -> str:
    """The dimension of ``unit`` in words: ``a speed ([length] / [time])``."""
    dims = str(_registry().Quantity(1, parse_unit(unit)).dimensionality) or "dimensionless"
    name = DIMENSIONS.get(dims)
    return f"{name} ({dims})" if name else dims


def convert(value: Fraction | float, written: str, target: str) -> Fraction:
    """``value`` in the unit ``written``, expressed in ``target``, at the stated precision
    (``grader.precision``: a conversion's last bits are not the student's digits).

    ``UnitError`` when the two are of different dimensions; the message names both.
    """
    ureg = _registry()
    source, goal = parse_unit(written), parse_unit(target)
    try:
        converted = ureg.Quantity(float(value), source).to(goal).magnitude
    except Exception as exc:  # pint's DimensionalityError, or an offset unit it cannot multiply
        raise UnitError(f"{written} is {dimension(written)}; the answer is {dimension(target)}, in {target}") from exc
    if not math.isfinite(converted):
        raise UnitError(f"{value} {written} in {target} is not a finite number")
    return Fraction(precision.text(float(converted)))
