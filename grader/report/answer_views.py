"""Each answer kind laid out as a TA reads it, from a part of results.json.

A shape is ``(14, 14, 64)`` beside the expected one with the element that differs marked; a
vector or matrix a small table with its shape and the differing entries marked; an interval
``[a, b]`` beside the expected one; a choice the option read and the student's reason as
evidence; a fraction, a percentage or a scaled number as written and the value it was read as.

Nothing is graded here: which elements differ was decided by ``check`` and is read from the
part's ``details`` (``differs``); this module only lays values out. It returns plain data
(strings, lists, booleans) that the templates escape. The kind is recognised from the keys
``check`` writes, so a results.json of an older grader simply shows no view.
"""

from __future__ import annotations

import math
import re
from typing import Any

#: Beyond this many rows or columns a matrix is not drawn as a table (the excerpt shows it).
MAX_SIDE = 12

#: How the reader says it widened a number (``details.read_as`` of a number part) -> what the view calls it.
NUMBER_READINGS = {
    "a percentage": "a percentage: a fraction of 100",
    "the whole fraction": "a fraction",
    "the value the chain of working concludes with": "the value the working concludes with",
}


def number_text(value: Any) -> str:
    """A value as a TA reads it: whole numbers in full, others to 6 significant figures."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if not math.isfinite(value):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def _cells(values: list, differs: set) -> list[dict]:
    return [{"text": number_text(v), "differs": i in differs} for i, v in enumerate(values)]


def _tuple_view(details: dict) -> dict:
    values, expected = details["values"], details.get("expected_values") or []
    differs = set(details.get("differs") or ())
    found = _cells(values, differs)
    if details.get("batch") and found:
        found[0]["batch"] = True
    lengths_differ = len(values) != len(expected) + bool(details.get("batch"))
    return {"kind": "tuple", "found": found, "expected": _cells(expected, set()), "lengths_differ": lengths_differ}


def _grid(array: Any, differs: set) -> dict | None:
    """A 1-D or 2-D list of numbers as rows of cells, with its shape in words; None for anything else."""
    if not isinstance(array, list):
        return None
    rows = array if array and all(isinstance(r, list) for r in array) else [array]
    flat = not (array and all(isinstance(r, list) for r in array))
    if len(rows) > MAX_SIDE or any(len(r) > MAX_SIDE or any(isinstance(v, list) for v in r) for r in rows):
        return None
    cells = [[{"text": number_text(v), "differs": ((j,) if flat else (i, j)) in differs} for j, v in enumerate(r)]
             for i, r in enumerate(rows)]
    shape = f"{len(array)}" if flat else f"{len(rows)} × {len(rows[0]) if rows else 0}"
    return {"rows": cells, "shape": shape, "vector": flat}


def _array_view(details: dict) -> dict | None:
    differs = {tuple(d) for d in details.get("differs") or ()}
    found = _grid(details["array"], differs)
    expected = _grid(details.get("expected_array"), set()) if "expected_array" in details else None
    if found is None:
        return None
    return {"kind": "array", "found": found, "expected": expected, "count_differs": len(differs),
            "same_shape": expected is not None and details.get("shape") == details.get("expected_shape")}


def _interval_view(details: dict) -> dict:
    differs = set(details.get("differs") or ())
    low, high = details["ends"]
    found = [{"text": number_text(low), "differs": "lower" in differs},
             {"text": number_text(high), "differs": "upper" in differs}]
    expected = [{"text": number_text(v), "differs": False} for v in details.get("expected_ends") or ()]
    return {"kind": "interval", "found": found, "expected": expected}


def _choice_view(part: dict, details: dict) -> dict:
    return {"kind": "choice", "option": details.get("option_text") or details["option"],
            "expected": part.get("expected") or "", "reason": (details.get("reason") or "").lstrip(" .,;:-–—")}


#: How a number was written, when the reader did not say: (pattern, what the view calls it), first match.
WRITTEN_FORMS = (
    (re.compile(r"[×*^√−+(]|\\(?:times|cdot|sqrt)|\d\s*-\s*[\d(]"), "an expression, worked out"),
    (re.compile(r"\\[dt]?frac|\d\s*/\s*\d"), "a fraction"),
    (re.compile(r"%"), "a percentage: a fraction of 100"),
)


def _written_form(found: str) -> str | None:
    """What form a number was written in (``91/216`` a fraction), or None for a plain number."""
    if not re.search(r"\\[dt]?frac|/|%", found):
        return None
    return next((name for pattern, name in WRITTEN_FORMS if pattern.search(found)), None)


def _number_view(part: dict, details: dict) -> dict | None:
    found = part.get("found")
    how = details.get("read_as")
    if not isinstance(found, str) or not isinstance(details.get("value"), (int, float)):
        return None
    unit = details.get("unit")
    if how is None:
        how = _written_form(found)
    if how is None and unit is None:
        return None
    view = {"kind": "number", "written": found, "value": number_text(details["value"]),
            "how": NUMBER_READINGS.get(how, how) if isinstance(how, str) else ""}
    if isinstance(unit, str):
        view["unit"] = unit
        if details.get("unit_problem"):  # another dimension: nothing was converted
            view.update(value=found, unit="", how=f"not convertible to {unit}")
        elif not details.get("unit_written") and not view["how"]:
            view["how"] = f"no unit written: read in {unit}"
    return view


def answer_view(part: dict) -> dict | None:
    """How to lay out ``part``'s answer for its kind (a dict for the ``answer_view.html`` template), or
    None where the plain Found/Expected lines say it all (an integer as written, a formula, code)."""
    details = part.get("details") or {}
    if not isinstance(details, dict) or part.get("found") is None:
        return None
    try:
        if isinstance(details.get("values"), list):
            return _tuple_view(details)
        if isinstance(details.get("array"), list):
            return _array_view(details)
        if isinstance(details.get("ends"), list) and len(details["ends"]) == 2:
            return _interval_view(details)
        if isinstance(details.get("option"), str):
            return _choice_view(part, details)
        if isinstance(details.get("named"), list) and details["named"]:
            # several options named alike ("yes and no"): none was chosen
            return {"kind": "choice", "option": "", "named": [str(o) for o in details["named"]],
                    "expected": part.get("expected") or "", "reason": ""}
        return _number_view(part, details)
    except (KeyError, TypeError, ValueError):
        return None  # a results.json edited by hand: the plain lines still show the answer


def view_text(view: dict | None) -> str:
    """The same view in one plain line, for a terminal or a CSV (differing elements between ``*``)."""
    if not view:
        return ""

    def cells(items: list[dict]) -> str:
        return ", ".join(f"*{c['text']}*" if c["differs"] else c["text"] for c in items)

    kind = view["kind"]
    if kind == "tuple":
        return f"({cells(view['found'])}) against ({cells(view['expected'])})"
    if kind == "interval":
        return f"[{cells(view['found'])}] against [{cells(view['expected'])}]"
    if kind == "array":
        rows = "; ".join(cells(r) for r in view["found"]["rows"])
        return f"[{rows}] ({view['found']['shape']})"
    if kind == "choice" and view.get("named"):
        return "named alike: " + ", ".join(view["named"]) + "; none chosen"
    if kind == "choice":
        reason = f"; reason: {view['reason']}" if view["reason"] else "; no reason read"
        return f"{view['option']}{reason}"
    unit = f" {view['unit']}" if view.get("unit") else ""
    return f"{view['written']} = {view['value']}{unit}" + (f" ({view['how']})" if view["how"] else "")
