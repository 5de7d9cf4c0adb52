"""Check: pure comparisons of an answer with the expected value, under the spec's tolerances.

No I/O and no reference calls: the pipeline computes expected values and known-mistake
values and hands them in. Every function returns a ``Check`` with a verdict, a credit
fraction, feedback that says why, and the reasons a person should look.
"""

from __future__ import annotations

import math
import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from . import precision
from .errors import FormulaParseError
from .formulas import Comparison, Roles, compare, parse_formula, to_mathml
from .formulas import Domain as FormulaDomain
from .models import Answer, Check
from .spec import Mistake, Part, Tolerance


def within(tolerance: Tolerance, found: float, expected: float, *, exact_found: Fraction | None = None) -> bool:
    """Whether ``found`` passes for ``expected`` under ``tolerance`` (see ``Tolerance``)."""
    if not (math.isfinite(found) and math.isfinite(expected)):
        return False
    if tolerance.exact:
        # A computed value is compared as written at the stated precision, not by its last bits.
        target = Fraction(precision.text(expected))
        if exact_found is not None:
            return exact_found == target
        return found == expected or precision.text(found) == precision.text(expected)
    if tolerance.sig_figs is not None and expected == 0:
        return found == 0
    return abs(found - expected) <= allowed_difference(tolerance, expected)


def allowed_difference(tolerance: Tolerance, expected: float) -> float:
    """The largest ``|found - expected|`` a (not exact) tolerance lets pass."""
    if tolerance.sig_figs is not None:
        if expected == 0:
            return 0.0
        return 0.51 * 10 ** (math.floor(math.log10(abs(expected))) - tolerance.sig_figs + 1)
    return max(tolerance.absolute or 0.0, (tolerance.relative or 0.0) * abs(expected))


def format_value(value: float) -> str:
    """A value as the report shows it: integers in full, others to 6 significant figures."""
    if isinstance(value, (int, np.integer)) or (isinstance(value, float) and value.is_integer()
                                                and abs(value) < 1e15):
        return str(int(value))
    return f"{value:.6g}"


def _round_sig(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return float(round(Decimal(precision.text(value)), digits - 1 - math.floor(math.log10(abs(value)))))


def _significant_digits(value: float) -> int:
    """Significant digits of a value as written (1228800 -> 5: trailing zeros do not count;
    a computed value's last bits are not digits: see ``grader.precision``)."""
    digits = Decimal(precision.text(value)).normalize().as_tuple().digits
    return len(digits)


def _matches_mistake(mistake: Mistake, tolerance: Tolerance, found: float, expected: float,
                     mistake_value: float | None, sig_figs: int | None,
                     exact_found: Fraction | None) -> bool:
    if mistake.transform == "negated":
        return expected != 0 and within(tolerance, found, -expected, exact_found=-exact_found
                                        if exact_found is not None else None)
    if mistake.transform == "reciprocal":
        return expected != 0 and within(tolerance, found, 1 / expected)
    if mistake.transform == "rounded":
        # A rounded figure of the right value: fewer significant figures than the value has.
        return (sig_figs is not None and found != expected and sig_figs < _significant_digits(expected)
                and _round_sig(expected, sig_figs) == found)
    if mistake_value is not None:
        return within(tolerance, found, mistake_value, exact_found=exact_found)
    return False


def _accepted(part: Part, index: int) -> tuple[str, tuple[str, ...]]:
    """What the feedback says of the part's ``index``-th accepted answer (`` (why)``), and the review
    reason when the spec asks a person to see it."""
    alt = part.accept[index] if index < len(part.accept) else None
    why = getattr(alt, "why", "") or ""
    review = (f"an accepted answer that the spec asks a person to see{f': {why}' if why else ''}",) \
        if getattr(alt, "review", False) else ()
    return (f" ({why})" if why else ""), review


def check_number(part: Part, answer: Answer, expected: float,
                 mistake_values: Mapping[str, float], accepted: Sequence[float] = ()) -> Check:
    """Compare a numeric answer (``answer.value["value"]``) with ``expected`` (or another of the
    part's ``accepted`` correct values)."""
    found = float(answer.value["value"])
    sig_figs = answer.value.get("sig_figs")
    exact = answer.value.get("exact")
    exact_found = exact if isinstance(exact, Fraction) else None
    tol = part.tolerance
    shown = format_value(expected)
    # The audit trail: the value as read and the comparison made, so a grade can be explained later.
    details = {"value": found, "comparison": comparison_text(tol, found, expected)}
    how = "exactly" if tol.exact else f"within {tol.describe()}"
    if part.unit:
        shown = f"{shown} {part.unit}"
    problem = answer.value.get("unit_problem")
    if problem:  # a unit of another dimension: no conversion makes it the answer
        return Check("incorrect", 0.0, f"{answer.text}: {problem}.", shown,
                     details={"value": found, "unit_problem": problem})
    if within(tol, found, expected, exact_found=exact_found):
        return Check("correct", 1.0, f"Correct: {answer.text} matches {shown} {how}.", shown, details=details)
    for i, other in enumerate(accepted):
        if within(tol, found, other, exact_found=exact_found):
            why, review = _accepted(part, i)
            return Check("correct", 1.0, f"Correct: {answer.text} matches {format_value(other)}, an accepted "
                         f"answer{why}, {how}.", shown, review=review, details={**details, "accepted": _full(other)})
    if part.percent and not answer.value.get("percent") and within(tol, found / 100, expected):
        # The part allows a percentage without its sign ("65.90" for 0.659); a person confirms it.
        return Check("correct", 1.0, f"Correct: {answer.text.rstrip(' %')} % matches {shown} {how}.", shown,
                     review=(f"{answer.text} was read as a percentage although it has no % sign",),
                     details={**details, "read_as": "a percentage"})
    for mistake in part.mistakes:
        if _matches_mistake(mistake, tol, found, expected, mistake_values.get(mistake.id), sig_figs, exact_found):
            return _as_mistake(mistake, shown, {**details, "mistake_comparison": _mistake_text(mistake, mistake_values)})
    if math.isfinite(found) and expected != 0:
        off = abs(found - expected) / abs(expected) * 100
        detail = f"it is {off:.3g} % away" if off < 1e4 else "it is far from it"
        feedback = f"{answer.text} is not the expected {shown} ({detail}; tolerance {tol.describe()})."
    else:
        feedback = f"{answer.text} is not the expected {shown}."
    return Check("incorrect", 0.0, feedback, shown, details=details)


def comparison_text(tolerance: Tolerance, found: float, expected: float) -> str:
    """The comparison ``within`` makes, in numbers: what was compared and what was allowed."""
    found_text, expected_text = _full(found), _full(expected)
    if tolerance.exact:
        return f"{found_text} against {expected_text}: must be equal"
    # The difference of the numbers as written (at the stated precision): the difference of
    # two floats that agree to every written digit is a kernel's last bits, not the student's.
    diff = (abs(precision.stable(found) - precision.stable(expected))
            if math.isfinite(found) and math.isfinite(expected) else math.inf)
    allowed = allowed_difference(tolerance, expected) if math.isfinite(expected) else math.nan
    return f"|{found_text} - {expected_text}| = {diff:.6g}; allowed {allowed:.6g} ({tolerance.describe()})"


def _full(value: float) -> str:
    """A value with every digit written (``precision.text``), integers without ``.0``."""
    return precision.text(value)


def _as_mistake(mistake: Mistake, shown: str, details: Mapping[str, Any], review: tuple[str, ...] = ()) -> Check:
    """The check of an answer that is a known mistake: its verdict, credit and feedback, and the review it
    asks for (``review: true`` in the spec: the rubric wants a person to see it)."""
    if mistake.review:
        review += (f"the known mistake '{mistake.id}', which the spec asks a person to see",)
    return Check(mistake.verdict, mistake.credit, mistake.feedback, shown, mistake=mistake.id, review=review,
                 details=details)


def _mistake_text(mistake: Mistake, mistake_values: Mapping[str, float]) -> str:
    if mistake.transform is not None:
        return f"the expected value {mistake.transform}: the known mistake {mistake.id}"
    value = mistake_values.get(mistake.id)
    return f"the value of the known mistake {mistake.id}" + (f" ({_full(value)})" if value is not None else "")


def check_arrays(returned: Sequence[Any], expected: Sequence[np.ndarray], *, rtol: float, atol: float,
                 groups: Mapping[str, Sequence[int]], shape_fails_all: bool = False
                 ) -> tuple[bool, dict[str, bool], str]:
    """Compare one call's returned tuple of arrays with the expected ones.

    Returns (all match, match per group, the first problem in words). The returned value
    is plain data from the sandbox: lists of numbers, validated here for shape. With
    ``shape_fails_all``, an array of the wrong shape fails every group (a wrong result).
    """
    if not isinstance(returned, (list, tuple)) or len(returned) != len(expected):
        n = len(returned) if isinstance(returned, (list, tuple)) else "no tuple"
        return False, {g: False for g in groups}, f"returned {n} values; expected a tuple of {len(expected)} arrays"
    ok: list[bool] = []
    problem = ""
    wrong_shape = False
    for i, (got, want) in enumerate(zip(returned, expected)):
        try:
            arr = np.asarray(got, dtype=float)
        except (TypeError, ValueError):
            ok.append(False)
            problem = problem or f"the {_ordinal(i + 1)} value returned is not an array of numbers"
            continue
        want = np.asarray(want, dtype=float)
        if arr.shape != want.shape:
            ok.append(False)
            wrong_shape = True
            problem = problem or (f"the {_ordinal(i + 1)} value returned has {_shape(arr.shape)}; expected "
                                  f"{_shape(want.shape)}")
            continue
        good = bool(np.all(np.isfinite(arr)) and np.allclose(arr, want, rtol=rtol, atol=atol))
        ok.append(good)
        if not good and not problem:
            problem = (f"the {_ordinal(i + 1)} value returned differs: {np.array2string(arr, precision=6)} "
                       f"against {np.array2string(want, precision=6)}")
    per_group = {g: all(ok[i] for i in idx if i < len(ok)) for g, idx in groups.items()}
    if shape_fails_all and wrong_shape:
        per_group = {g: False for g in groups}
    return all(ok), per_group, problem


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}.get(n, f"{n}th")


def _shape(shape: tuple[int, ...]) -> str:
    """A shape in words: ``2 rows and 3 columns``, ``4 numbers``, ``one number``."""
    if len(shape) == 0:
        return "one number"
    if len(shape) == 1:
        return f"{shape[0]} number{'s' if shape[0] != 1 else ''}"
    if len(shape) == 2:
        return f"{shape[0]} row{'s' if shape[0] != 1 else ''} and {shape[1]} column{'s' if shape[1] != 1 else ''}"
    return "shape " + " × ".join(map(str, shape))


def check_code(part: Part, calls: Sequence[tuple[str, Mapping[str, Any], Any, Sequence[np.ndarray]]],
               run_status: str, run_detail: str) -> Check:
    """Grade a code part from its calls: (label, arguments, returned or error, expected arrays)."""
    assert part.code is not None
    opts = part.code
    if run_status != "ok":
        return Check("incorrect", 0.0, f"The code did not run to the end: {run_detail}", "the reference's arrays",
                     details={"calls": []})
    all_ok = True
    group_ok = {g: True for g in opts.groups}
    first_problem = ""
    shown = []
    for label, args, returned, expected in calls:
        if isinstance(returned, Exception) or isinstance(returned, str):
            all_ok = False
            group_ok = {g: False for g in group_ok}
            first_problem = first_problem or f"{label}: {returned}"
            shown.append({"call": label, "ok": False, "problem": str(returned)})
            continue
        ok, per_group, problem = check_arrays(returned, expected, rtol=opts.rtol, atol=opts.atol,
                                              groups=opts.groups, shape_fails_all=not opts.wrong_shape_partial)
        all_ok &= ok
        group_ok = {g: group_ok[g] and per_group.get(g, False) for g in group_ok}
        if not ok:
            first_problem = first_problem or f"{label}: {problem}"
        shown.append({"call": label, "ok": ok, "problem": problem})
    details = {"calls": shown}
    if all_ok:
        return Check("correct", 1.0, f"Correct on all {len(calls)} cases (relative tolerance {opts.rtol:g}).",
                     "the reference's arrays", details=details)
    right = [g for g, good in group_ok.items() if good]
    if right and len(right) < len(group_ok):
        wrong = [g for g, good in group_ok.items() if not good]
        return Check("partial", opts.partial_credit,
                     f"The {', '.join(right)} are right but the {', '.join(wrong)} are not ({first_problem}).",
                     "the reference's arrays", details=details)
    return Check("incorrect", 0.0, f"Wrong result: {first_problem}.", "the reference's arrays", details=details)




def check_formula(part: Part, answer: Answer, function: Callable[[str, int | None], Callable[..., Any]]) -> Check:
    """Compare a parsed formula with the reference function by evaluation (``formulas.compare``).

    ``function(name, line)`` returns a reference function; the loss and each known
    mistake's formula are compared the same way, and the first that matches decides.
    """
    opts = part.formula
    assert opts is not None
    expected = opts.display or f"equivalent to {opts.reference}"
    if "unparsed" in answer.value:
        error = answer.value["unparsed"]
        return Check("missing", 0.0, f"The formula could not be read: {error}.", expected,
                     review=(f"the formula could not be parsed ({error}): read it by hand",))
    parsed = answer.value["parsed"]
    domains = {role: FormulaDomain(d.kind, d.low, d.high) for role, d in opts.domains.items()}

    def compare_with(fn: Callable[..., Any], positive_factor: bool) -> Comparison:
        # exact: the values themselves, so no constant and no factor may differ.
        return compare(parsed, fn, wrt=opts.wrt, domains=domains, params=dict(opts.arguments),
                       up_to_constant=opts.up_to_constant and not opts.exact,
                       up_to_positive_factor=positive_factor and not opts.exact,
                       points=opts.points, seed=opts.seed, subject=opts.subject)

    reference = function(opts.reference, part.line)
    result = compare_with(reference, opts.up_to_positive_factor)
    details: dict[str, Any] = {"comparison": result.reason}
    if opts.display:
        details["expected_mathml"] = _display_mathml(opts.display, opts.roles, opts.linear_predictors,
                                                     opts.arguments, opts.functions)
    averaged = next((m for m in part.mistakes if m.averaged), None)
    if result.equivalent and averaged is not None and parsed.averaged:
        # the right terms, averaged over the sample: "(1/n) Σ …", or the data only through x̄
        return _as_mistake(averaged, expected, {**details, "averaged": parsed.averaged})
    if result.equivalent:
        notes = []
        if result.factor is not None and abs(result.factor - 1) > 1e-6:
            notes.append(f"up to the positive factor {result.factor:.4g} (a sum, a mean or a scale)")
        if result.link == "log":
            notes.append("with the linear predictor as the log of the prediction (a log link)")
        how = f" ({'; '.join(notes)})" if notes else ""
        about = "the prediction" if opts.subject == "loss" else opts.wrt
        may_differ = (f"; terms that do not depend on {about} may differ"
                      if opts.up_to_constant and not opts.exact else "")
        return Check("correct", 1.0, f"Correct: the same {opts.subject} as the reference{how}{may_differ}.",
                     expected, details=details)
    for mistake in part.mistakes:
        if mistake.averaged:
            continue  # decided above, from how the formula was read
        target = reference if mistake.formula is None else function(mistake.formula, part.line)
        other = result if target is reference else compare_with(target, True)
        matched = (other.factor is not None and other.factor < 0) if mistake.negated else other.equivalent
        if matched:
            return _as_mistake(mistake, expected, {**details, "mistake_comparison": other.reason})
    if result.counterexample:
        details["counterexample"] = dict(result.counterexample)
    return Check("incorrect", 0.0, f"Not the expected {opts.subject}: {result.reason}.", expected, details=details)


@lru_cache(maxsize=64)
def _display_mathml_cached(display: str, roles: tuple, linear: tuple, names: tuple, functions: tuple = ()) -> str:
    try:
        parsed = parse_formula(display, Roles(variables=dict(roles), linear_predictors=dict(linear),
                                              functions=functions))
    except FormulaParseError:
        return ""
    shown = dict(names)
    shown.update({f"eta_{role}": "η" for role in dict(names)})
    return to_mathml(parsed.expr, shown)


def _display_mathml(display: str, roles: Mapping[str, tuple[str, ...]],
                    linear: Mapping[str, tuple[str, ...]], names: Mapping[str, str],
                    functions: tuple[str, ...] = ()) -> str:
    """The reference formula typeset, from the spec's display form (trusted staff text)."""
    return _display_mathml_cached(display, tuple(sorted(roles.items())), tuple(sorted(linear.items())),
                                  tuple(sorted(names.items())), tuple(functions))


# --------------------------------------------------------------------------- tuples, arrays, intervals, choices


def _element_text(values: Sequence[float]) -> str:
    return "(" + ", ".join(format_value(v) for v in values) + ")"


def _tolerance_of(part: Part, i: int) -> Tolerance:
    tols = part.tuple_options.tolerances if part.tuple_options else ()
    return tols[i] if i < len(tols) else part.tolerance


def _same_elements(part: Part, found: Sequence[float], expected: Sequence[float]) -> list[int]:
    """Positions where ``found`` fails ``expected`` under each element's tolerance ([] when all pass)."""
    return [i for i, (f, e) in enumerate(zip(found, expected)) if not within(_tolerance_of(part, i), f, e)]


def check_tuple(part: Part, answer: Answer, expected: Sequence[float], mistake_values: Mapping[str, Any],
                accepted: Sequence[Sequence[float]] = ()) -> Check:
    """Compare ordered values (a shape ``(14, 14, 64)``) element by element, in the reference's order
    or one of the part's accepted orders; every element counts."""
    found = [float(v) for v in answer.value["values"]]
    want = [float(v) for v in expected]
    shown = _element_text(want)
    # For the report: what was compared with what, and which of the student's elements differ.
    details: dict[str, Any] = {"values": found, "expected_values": want}
    opts = part.tuple_options
    if opts is not None and opts.batch and len(found) == len(want) + 1 and (math.isnan(found[0]) or found[0] == 1):
        found = found[1:]  # (N, 14, 14, 64): a leading batch dimension is no part of the answer
        details["batch"] = True
    skip = 1 if details.get("batch") else 0  # ``differs`` counts the elements as written, batch included
    orders = [tuple(range(len(want)))]
    orders += [o for o in (opts.orders if opts else ()) if len(o) == len(want)]
    for k, target in enumerate((want, *[[float(v) for v in a] for a in accepted])):
        if len(found) != len(target):
            continue
        for order in orders:
            permuted = [target[i] for i in order]
            if not _same_elements(part, found, permuted):
                note = "" if order == orders[0] else " (in an accepted order)"
                why, review = _accepted(part, k - 1) if k else ("", ())
                if k:
                    note = f", an accepted answer{why}{note}"
                return Check("correct", 1.0, f"Correct: {answer.text} matches {_element_text(permuted)}{note}.",
                             shown, review=review, details={**details, "expected_values": permuted, "differs": []})
    for mistake in part.mistakes:
        value = mistake_values.get(mistake.id)
        candidates = []
        if mistake.transform == "swapped":
            candidates.append(list(reversed(want)))
        elif mistake.transform == "negated":
            candidates.append([-v for v in want])
        elif value is not None:
            wrong = [float(v) for v in np.ravel(value)]
            # A wrong value in an accepted order is still that mistake: (64, 28, 28) forgot the pool too.
            candidates += [[wrong[i] for i in order] for order in orders if len(order) == len(wrong)] or [wrong]
        if any(len(c) == len(found) and not _same_elements(part, found, c) for c in candidates):
            differs = [i + skip for i in _same_elements(part, found, want)] if len(found) == len(want) else []
            return _as_mistake(mistake, shown, {**details, "differs": differs})
    if len(found) != len(want):
        # A product of another length is as often another product of the working (a kernel's 3 × 3, a
        # pooling window's 2 × 2) as a wrong answer: a person checks which the student concluded with.
        return Check("incorrect", 0.0, f"{answer.text} has {len(found)} values; the answer has {len(want)}: "
                     f"{shown}.", shown, details={**details, "differs": []},
                     review=(f"{answer.text} has {len(found)} values, not the {len(want)} the part asks for: it may "
                             f"be another product of the working; check which one concludes",))
    wrong = _same_elements(part, found, want)
    details["differs"] = [i + skip for i in wrong]
    which = ", ".join(f"element {i + 1} is {format_value(found[i])}, not {format_value(want[i])}" for i in wrong)
    return Check("incorrect", 0.0, f"{answer.text} is not {shown}: {which}.", shown, details=details)


def _as_array(value: Any) -> np.ndarray | None:
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None
    return array


def _vector_shape(array: np.ndarray) -> np.ndarray:
    """A vector's values whatever way it was written: a row, a column or flat."""
    return array.ravel() if array.ndim <= 1 or 1 in array.shape else array


def _wrong_elements(tol: Tolerance, found: np.ndarray, expected: np.ndarray) -> list[tuple[int, ...]]:
    """Indices of the elements of ``found`` that fail the tolerance (arrays of one shape)."""
    return [index for index in np.ndindex(*expected.shape)
            if not within(tol, float(found[index]), float(expected[index]))]


def _differing_entries(tol: Tolerance, found: np.ndarray, want: np.ndarray, vector: bool) -> list[list[int]]:
    """Positions in ``found`` (as the student laid it out) of the entries that fail ``want``; [] when
    the shapes differ (nothing is compared entry by entry)."""
    if vector:
        f, t = _vector_shape(found), _vector_shape(want)
        if f.shape != t.shape:
            return []
        return [[int(i) for i in np.unravel_index(index[0], found.shape)] if f.ndim == 1 and found.ndim > 1
                else [int(i) for i in index] for index in _wrong_elements(tol, f, t)]
    if found.shape != want.shape:
        return []
    return [[int(i) for i in index] for index in _wrong_elements(tol, found, want)]


def check_array(part: Part, answer: Answer, expected: Any, mistake_values: Mapping[str, Any],
                accepted: Sequence[Any] = ()) -> Check:
    """Compare a whole vector or matrix: the shape, then every element under the part's tolerance.

    A vector may be written as a row or a column. A matrix that is the expected one transposed
    is recognised by name (a ``transposed`` mistake gives its credit; otherwise it is said). A
    matrix whose rows a PDF's text ran together on one line is read row by row, and flagged.
    """
    found = _as_array(answer.value["array"])
    want = _as_array(expected)
    assert want is not None  # the reference's value was checked when the spec loaded
    if found is None:
        return Check("incorrect", 0.0, f"{answer.text} is not an array of numbers.",
                     np.array2string(want, precision=6, separator=", "))
    found, review = _rows_run_together(part, found, want)
    check = _compare_arrays(part, found, want, mistake_values, accepted)
    return dataclasses.replace(check, review=check.review + review) if review else check


def _rows_run_together(part: Part, found: np.ndarray, want: np.ndarray) -> tuple[np.ndarray, tuple[str, ...]]:
    """A flat list of as many numbers as the matrix asked for ("( 0.15 −0.2 0.45 0.1 0.5 −0.3 )", a typeset
    matrix's rows run together on one line) as that matrix, row by row; a transpose's rows, where they read as
    the expected matrix transposed (the mistake found then), at the transpose's shape."""
    if part.kind == "vector" or want.ndim != 2 or found.ndim != 1 or found.size != want.size or want.size < 2:
        return found, ()
    rows = found.reshape(want.shape)
    as_transpose = found.reshape(want.shape[::-1])
    if want.shape[0] != want.shape[1] and not _wrong_elements(part.tolerance, as_transpose.T, want):
        rows = as_transpose
    return rows, (f"{found.size} numbers written on one line were read as the {rows.shape[0]}×{rows.shape[1]} "
                  f"matrix, row by row: check the layout",)


def _compare_arrays(part: Part, found: np.ndarray, want: np.ndarray, mistake_values: Mapping[str, Any],
                    accepted: Sequence[Any]) -> Check:
    shown = np.array2string(want, precision=6, separator=", ")
    tol = part.tolerance
    vector = part.kind == "vector" or want.ndim == 1
    details: dict[str, Any] = {"array": found.tolist(), "shape": list(found.shape),
                               "expected_array": want.tolist(), "expected_shape": list(want.shape)}

    def same(target: np.ndarray) -> bool:
        f, t = (_vector_shape(found), _vector_shape(target)) if vector else (found, target)
        return f.shape == t.shape and not _wrong_elements(tol, f, t)

    details["differs"] = _differing_entries(tol, found, want, vector)
    if same(want):
        return Check("correct", 1.0, f"Correct: every one of the {want.size} elements matches within "
                     f"{tol.describe()}.", shown, details=details)
    for i, other in enumerate(accepted):
        alt = _as_array(other)
        if alt is not None and same(alt):
            why, review = _accepted(part, i)
            return Check("correct", 1.0, f"Correct: the array matches an accepted answer{why}.", shown, review=review,
                         details={**details, "differs": []})
    transposed = not vector and want.ndim == 2 and want.shape != (1, 1) and same(want.T)
    for mistake in part.mistakes:
        value = mistake_values.get(mistake.id)
        hit = (transposed if mistake.transform == "transposed" else
               same(-want) if mistake.transform == "negated" else
               value is not None and _as_array(value) is not None and same(_as_array(value)))
        if hit:
            return _as_mistake(mistake, shown, details)
    if transposed:
        return Check("incorrect", 0.0, f"This is the expected matrix transposed (shape {found.shape}, expected "
                     f"{want.shape}).", shown, details={**details, "transposed": True})
    f, t = (_vector_shape(found), _vector_shape(want)) if vector else (found, want)
    if f.shape != t.shape:
        # An array of another shape is as often another array of the working (an input, a gradient's row)
        # as a wrong answer: a person checks which the student concluded with.
        return Check("incorrect", 0.0, f"The answer has shape {tuple(found.shape)}; expected {tuple(want.shape)}.",
                     shown, details=details,
                     review=(f"the array read has shape {tuple(found.shape)}, not the {tuple(want.shape)} the part "
                             f"asks for: it may be another array of the working; check which one concludes",))
    wrong = _wrong_elements(tol, f, t)
    first = wrong[0]
    where = ",".join(str(i) for i in first)
    return Check("incorrect", 0.0, f"{len(wrong)} of {t.size} elements differ; element [{where}] is "
                 f"{format_value(float(f[first]))}, expected {format_value(float(t[first]))} "
                 f"(tolerance {tol.describe()}).", shown, details={**details, "wrong_elements": len(wrong)})


def _interval_text(low: float, high: float) -> str:
    return f"[{format_value(low)}, {format_value(high)}]"


def check_interval(part: Part, answer: Answer, expected: Sequence[float], mistake_values: Mapping[str, Any],
                   accepted: Sequence[Sequence[float]] = ()) -> Check:
    """Compare an interval's two ends, each under the part's tolerance (``[a, b]``, ``a to b``, ``m ± e``)."""
    low, high = sorted(float(v) for v in answer.value["ends"])
    want = sorted(float(v) for v in expected)
    shown = _interval_text(*want)
    tol = part.tolerance
    details: dict[str, Any] = {"ends": [low, high], "expected_ends": want,
                               "differs": [name for name, f, e in (("lower", low, want[0]), ("upper", high, want[1]))
                                           if not within(tol, f, e)],
                               "comparison": f"low: {comparison_text(tol, low, want[0])}; "
                                             f"high: {comparison_text(tol, high, want[1])}"}

    def same(target: Sequence[float]) -> bool:
        a, b = sorted(float(v) for v in target)
        return within(tol, low, a) and within(tol, high, b)

    if same(want):
        return Check("correct", 1.0, f"Correct: {_interval_text(low, high)} matches {shown} within "
                     f"{tol.describe()} at both ends.", shown, details=details)
    for i, other in enumerate(accepted):
        if same(other):
            why, review = _accepted(part, i)
            a, b = sorted(float(v) for v in other)
            return Check("correct", 1.0, f"Correct: {_interval_text(low, high)} matches {_interval_text(a, b)}, an "
                         f"accepted answer{why}.", shown, review=review,
                         details={**details, "differs": [], "expected_ends": [a, b]})
    if part.percent and not answer.value.get("percent") and within(tol, low / 100, want[0]) \
            and within(tol, high / 100, want[1]):
        # Both ends written as percentages without the sign ("25.53 – 38.47" under "in percent"): a person confirms.
        return Check("correct", 1.0, f"Correct: [{format_value(low)} %, {format_value(high)} %] matches {shown} "
                     f"within {tol.describe()} at both ends.", shown,
                     review=(f"{answer.text} was read as percentages although it has no % sign",),
                     details={**details, "differs": [], "read_as": "percentages"})
    for mistake in part.mistakes:
        value = mistake_values.get(mistake.id)
        hit = (same([-want[1], -want[0]]) if mistake.transform == "negated" else
               value is not None and np.size(value) == 2 and same(list(np.ravel(value))))
        if hit:
            return _as_mistake(mistake, shown, details)
    ends = [name for name, f, e in (("lower", low, want[0]), ("upper", high, want[1])) if not within(tol, f, e)]
    return Check("incorrect", 0.0, f"{_interval_text(low, high)} is not {shown}: the {' and the '.join(ends)} "
                 f"end{'s differ' if len(ends) > 1 else ' differs'} (tolerance {tol.describe()}).", shown,
                 details=details)


def check_choice(part: Part, answer: Answer, expected: str, accepted: Sequence[str] = ()) -> Check:
    """Compare the option chosen with the expected one; a reason, when asked for, is kept for a person."""
    assert part.choice is not None
    spelled = {o.id: o.spellings[0] for o in part.choice.options}
    shown = spelled.get(str(expected), str(expected))
    if answer.value.get("option") is None:  # several options named alike: no choice was made
        named = " and ".join(f"'{spelled.get(o, o)}'" for o in answer.value.get("named", ()))
        return Check("incorrect", 0.0, f"The answer names {named}: choose one.", shown,
                     review=("the answer names several options alike",), details={"named": answer.value.get("named")})
    chosen = str(answer.value["option"])
    reason = answer.value.get("reason") or ""
    details: dict[str, Any] = {"option": chosen, "option_text": spelled.get(chosen, chosen)}
    review: tuple[str, ...] = ()
    if reason:
        details["reason"] = reason
    others = [str(a) for a in accepted]
    if not reason and part.choice.reason and (part.choice.without_reason < 1 or answer.value.get("bare")) and (
            chosen == str(expected) or chosen in others):
        # where the reason's absence costs credit (a reader may have missed one the student gave), or where the
        # answer is the option alone ("No.", nothing else under the question), which a rubric may credit in full
        # and still ask a person to see
        review = ("the question asks for a reason and none was read: check the answer's argument by hand",)
    if chosen == str(expected) or chosen in others:
        why, seen = _accepted(part, others.index(chosen)) if chosen != str(expected) else ("", ())
        review += seen
        if part.choice.reason and not reason and part.choice.without_reason < 1:
            credit = part.choice.without_reason
            return Check("partial" if credit > 0 else "incorrect", credit,
                         f"{spelled.get(chosen, chosen)} is right, but the question asks for the reason.", shown,
                         review=review, details=details)
        accepted_note = f", an accepted answer{why}" if chosen != str(expected) else ""
        return Check("correct", 1.0, f"Correct: {spelled.get(chosen, chosen)}{accepted_note}.", shown, review=review,
                     details=details)
    for mistake in part.mistakes:
        if mistake.option == chosen:
            return _as_mistake(mistake, shown, details, review=review)
    return Check("incorrect", 0.0, f"The answer chosen is '{spelled.get(chosen, chosen)}'; expected '{shown}'.",
                 shown, review=review, details=details)


# --------------------------------------------------------------------------- code rubrics


@dataclass(frozen=True)
class CallOutcome:
    """One call of a code test: what went in, what came back (or why nothing did), what was expected."""

    test: str
    label: str
    args: Mapping[str, Any]
    returned: Any
    """Plain data from the sandbox, or a string saying why there is none (raised, bad return, not run)."""
    expected: Any
    properties: Mapping[str, bool] = field(default_factory=dict)
    """The test's reference properties, already evaluated on the returned value (True when it holds)."""


def _call_problem(checks: Sequence[str], outcome: CallOutcome, rtol: float, atol: float) -> str:
    """Why one call fails its test's checks ("" when it passes)."""
    if isinstance(outcome.returned, str):
        return outcome.returned
    expected = outcome.expected
    if isinstance(expected, tuple):
        ok, _, problem = check_arrays(outcome.returned, [np.asarray(e, dtype=float) for e in expected],
                                      rtol=rtol, atol=atol, groups={})
        return "" if ok or "values" not in checks else problem
    got = _as_array(outcome.returned)
    want = np.asarray(expected, dtype=float)
    if got is None:
        return "returned something that is not an array of numbers"
    for check in checks:
        if check == "finite" and not np.all(np.isfinite(got)):
            return "the result holds NaN or infinity"
        if check in ("shape", "values") and got.shape != want.shape:
            return f"the result has shape {got.shape}; expected {want.shape}"
        if check == "values" and not (np.all(np.isfinite(got) == np.isfinite(want))
                                      and np.allclose(got, want, rtol=rtol, atol=atol, equal_nan=False)):
            return (f"the result {np.array2string(got, precision=6, threshold=12)} differs from "
                    f"{np.array2string(want, precision=6, threshold=12)}")
        if check not in ("finite", "shape", "values") and not outcome.properties.get(check, False):
            return f"the result does not have the property '{check}'"
    return ""


def check_code_tests(part: Part, outcomes: Sequence[CallOutcome], run_status: str, run_detail: str) -> Check:
    """Grade a code part by its named tests: a test's points when all its calls pass; credit is the
    points passed over the total, so "only the large-input test fails" earns the other tests' share."""
    assert part.code is not None
    opts = part.code
    total = sum(t.points for t in opts.tests)
    passed_points = 0.0
    passed, failed, shown = [], [], []
    problems: dict[str, str] = {}
    for test in opts.tests:
        mine = [o for o in outcomes if o.test == test.id]
        bad = ""
        for outcome in mine:
            problem = _call_problem(test.checks, outcome, opts.rtol, opts.atol)
            shown.append({"call": outcome.label, "test": test.id, "ok": not problem, "problem": problem})
            bad = bad or (f"{outcome.label}: {problem}" if problem else "")
        if mine and not bad:
            passed.append(test.id)
            passed_points += test.points
        else:
            failed.append(test.id)
            problems[test.id] = bad or "not run"
    credit = passed_points / total if total else 0.0
    tests = [{"id": t.id, "points": t.points, "passed": t.id in passed, "title": t.title,
              "problem": problems.get(t.id, "")} for t in opts.tests]
    details = {"calls": shown, "tests": tests}
    expected = "the reference's results on every test"
    score_text = f"{passed_points:g} of {total:g} test points"
    if not failed:
        return Check("correct", 1.0, f"Correct: every test passes ({', '.join(passed)}).", expected, details=details)
    why = "; ".join(f"{t}: {problems[t]}" for t in failed)
    if run_status not in ("ok",) and not passed:
        return Check("incorrect", 0.0, f"The code did not run to the end: {run_detail}", expected, details=details)
    if passed:
        return Check("partial", credit, f"{score_text}: passed {', '.join(passed)}; failed {why}.", expected,
                     details=details)
    return Check("incorrect", 0.0, f"No test passes: {why}.", expected, details=details)
