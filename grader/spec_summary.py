"""What a spec asks, part by part, in words: ``grader spec SPEC`` prints it so that a TA can
check their work before grading (the expected values the reference computes, the tolerance,
the accepted answers, the known mistakes and their values, where answers are looked for).

Loading the spec and its reference already refuses anything the engine cannot honour
(``spec_loader`` and ``reference.load_reference``); this only describes what was loaded.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .reference import Reference, test_cases
from .spec import Part, Question, Spec


def _value(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return repr(value)
    if array.ndim == 0:
        number = float(array)
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else f"{number:.6g}"
    if np.all(array == np.round(array)) and np.all(np.abs(array) < 1e15):
        array = array.astype(np.int64)
    return np.array2string(array, precision=6, separator=", ").replace("\n", "")


def _expects(part: Part, question: Question, ref: Reference | None) -> list[str]:
    params = question.defaults() or None
    lines = []
    if part.expected is not None:
        shown = _value(ref.call(part.expected, params)) if ref else f"{part.expected.function}(…)"
        tolerance = "" if part.kind == "choice" else f"; tolerance {part.tolerance.describe()}"
        lines.append(f"expects {shown}  ({part.kind}{tolerance})")
    for call in part.accept:
        shown = _value(ref.call(call, params)) if ref else f"{call.function}(…)"
        why = getattr(call, "why", "")
        flagged = "; flagged for a person" if getattr(call, "review", False) else ""
        lines.append(f"also accepts {shown}{f' ({why})' if why else ''}{flagged}")
    if part.unit:
        lines.append(f"in {part.unit}: other units of the same dimension are converted, no unit is read as {part.unit}")
    if part.tuple_options and (part.tuple_options.orders or part.tuple_options.batch):
        orders = ", ".join(str(list(o)) for o in part.tuple_options.orders)
        lines.append("accepted orders: " + (orders or "the reference's")
                     + ("; a leading batch dimension is allowed" if part.tuple_options.batch else ""))
    if part.choice is not None:
        for option in part.choice.options:
            lines.append(f"option {option.id!r}: {', '.join(option.spellings)}")
        if part.choice.reason:
            lines.append("asks for a reason" + (f" (without one: {part.choice.without_reason:g} of the points)"
                                                if part.choice.without_reason < 1 else " (kept for a person)"))
    if part.percent:
        lines.append("a percentage is read as a fraction of 100 (65.9 % is 0.659), also without its sign (flagged)")
    if part.formula is not None:
        f = part.formula
        how = "exact value" if f.exact else ("up to a constant" if f.up_to_constant else "same value") + (
            " and a positive factor" if f.up_to_positive_factor and not f.exact else "")
        lines.append(f"a {f.subject} equivalent to {f.reference}(…) [{f.display or ''}], compared by "
                     f"{'value' if f.exact or not f.up_to_constant else f'd/d{f.wrt}'} at {f.points} points ({how})")
        for role, spellings in f.roles.items():
            lines.append(f"role {role}: {', '.join(spellings[:8])}{' …' if len(spellings) > 8 else ''}")
        for name, meaning in f.definitions.items():
            lines.append(f"definition: {name} = {meaning}")
        if f.functions:
            lines.append(f"declared functions: {', '.join(f.functions)}")
    if part.code is not None:
        c = part.code
        if c.tests:
            total = sum(t.points for t in c.tests)
            for t in c.tests:
                calls = len(test_cases(ref, part, t.cases)) if ref else "?"
                lines.append(f"test {t.id}: {t.points:g} of {total:g} points, {calls} call(s) of {c.function}, "
                             f"checks {', '.join(t.checks)}" + (f" ({t.title})" if t.title else ""))
        else:
            lines.append(f"calls {c.function} on the given case and {c.count} random ones (seed {c.seed})")
    for m in part.mistakes:
        own = ", ".join(m.uses.values())
        what = (f"{m.value.function}(…) of the submission's own {own}" if m.uses and m.value else
                f"value {_value(ref.call(m.value, params))}" if m.value and ref else
                f"the expected value {m.transform}" if m.transform else
                f"option {m.option!r}" if m.option else
                ("negated " if m.negated else "") + (f"formula {m.formula}" if m.formula else "the reference"))
        lines.append(f"mistake {m.id}: {what} -> {m.verdict} ({m.credit:g})")
    where = []
    if part.find.labels:
        where.append(f"labels {', '.join(part.find.labels[:6])}{' …' if len(part.find.labels) > 6 else ''}")
    if part.find.markers:
        where.append(f"markers {' '.join(part.find.markers)}")
    if where:
        lines.append("found by " + "; ".join(where))
    return lines


def spec_summary(spec: Spec, ref: Reference | None) -> list[str]:
    """Lines that say what every part of ``spec`` expects, computed with its reference."""
    lines = [f"{spec.assignment}: {spec.title} ({len(spec.parts)} parts, {spec.max_score:g} points)"]
    for question in spec.questions:
        lines.append(f"{question.id}: {question.title}")
        for part in question.parts:
            lines.append(f"  {part.id} ({part.points:g} points): {part.title or part.kind}")
            lines.extend(f"    {line}" for line in _expects(part, question, ref))
    return lines
