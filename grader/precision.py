"""The precision of every number the grader writes, and the seam where computed numbers enter.

Numbers computed by numerical code differ in their last bits from one machine to another:
BLAS picks its kernels by CPU (AVX-512 or not), numpy's vectorised ``exp`` and ``log`` too,
and student code in the sandbox runs on the same libraries. Verdicts do not depend on
those bits (every comparison has a tolerance far above them), but a file that writes a
float in full (``repr``) would. So every float that leaves the grader (results.json and the
files made from it: the reports, the CSV exports, the gradebook) is written here, at
``SIGNIFICANT_DIGITS`` significant digits, and numbers inside text are formatted by
``text`` (or at fewer digits). Imports nothing of grader.

``computed`` is the door through which values computed by numerical code (the reference
module's results, the arrays student code returns) come into grading. It does nothing; a
test replaces it with one that moves every float by a few units in the last place, as
another CPU's kernels would, and checks that every output keeps its bytes.
"""

from __future__ import annotations

import math
from typing import Any

#: Significant digits of every float written. Twelve keeps every figure a person reads
#: (reports show six) and sits four digits above the last-bit differences of float64
#: kernels (about 16 digits), so the same verdicts give the same bytes on any machine.
SIGNIFICANT_DIGITS = 12

_FORMAT = f".{SIGNIFICANT_DIGITS}g"

#: Below this a float that holds an integer holds it exactly (a count): it is written whole.
_EXACT_INTEGERS = 2.0 ** 53


def stable(value: float) -> float:
    """``value`` rounded to ``SIGNIFICANT_DIGITS`` significant digits; a whole number below
    2**53 (a count) is kept whole, NaN and infinity as they are, -0.0 as 0.0."""
    value = float(value)
    if not math.isfinite(value) or value == 0:
        return value + 0.0  # -0.0 is written as 0.0: its sign is a kernel's choice
    if value.is_integer() and abs(value) < _EXACT_INTEGERS:
        return value
    return float(format(value, _FORMAT))


def text(value: float) -> str:
    """A number as text at the stated precision: whole numbers without ``.0``, others as
    the shortest form of ``stable(value)`` (``0.004431814656811997`` -> ``0.00443181465681``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    rounded = stable(value)
    if rounded.is_integer() and abs(rounded) < _EXACT_INTEGERS:
        return str(int(rounded))
    return float.__repr__(rounded)


def canonical(value: Any, *, nonfinite_as_text: bool = True) -> Any:
    """Plain data as it is written: every float (numpy's too) through ``stable``, NaN and
    infinity as text (or left for the JSON encoder to refuse), tuples as lists, numpy
    integers and booleans as Python's."""
    kind = type(value)
    if kind is float:
        return stable(value) if math.isfinite(value) or not nonfinite_as_text else str(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is dict:
        return {k: canonical(v, nonfinite_as_text=nonfinite_as_text) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [canonical(v, nonfinite_as_text=nonfinite_as_text) for v in value]
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or _is_numpy_float(value):
        return canonical(float(value), nonfinite_as_text=nonfinite_as_text)
    if _is_numpy_bool(value):
        return bool(value)
    if _is_numpy_int(value):
        return int(value)
    return value


def _is_numpy_float(value: Any) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype") and value.dtype.kind == "f"


def _is_numpy_int(value: Any) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype") and value.dtype.kind in "iu"


def _is_numpy_bool(value: Any) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype") and value.dtype.kind == "b"


def computed(value: Any) -> Any:
    """A value computed by numerical code, as grading uses it: unchanged (the seam a test
    replaces to move every float by a few units in the last place)."""
    return value
