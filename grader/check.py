"""Check: pure comparisons of an answer with the expected value, under the spec's tolerances.

No I/O and no reference calls: the pipeline computes expected values and known-mistake
values and hands them in. Every function returns a ``Check`` with a verdict, a credit
fraction, feedback that says why, and the reasons a person should look.
"""

from __future__ import annotations

import math
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


def check_number(part: Part, answer: Answer, expected: float,
                 mistake_values: Mapping[str, float]) -> Check:
    """Compare a numeric answer (``answer.value["value"]``) with ``expected``."""
    found = float(answer.value["value"])
    sig_figs = answer.value.get("sig_figs")
    exact = answer.value.get("exact")
    exact_found = exact if isinstance(exact, Fraction) else None
    tol = part.tolerance
    shown = format_value(expected)
    # The audit trail: the value as read and the comparison made, so a grade can be explained later.
    details = {"value": found, "comparison": comparison_text(tol, found, expected)}
    if within(tol, found, expected, exact_found=exact_found):
        how = "exactly" if tol.exact else f"within {tol.describe()}"
        return Check("correct", 1.0, f"Correct: {answer.text} matches {shown} {how}.", shown, details=details)
    for mistake in part.mistakes:
        if _matches_mistake(mistake, tol, found, expected, mistake_values.get(mistake.id), sig_figs, exact_found):
            return Check(mistake.verdict, mistake.credit, mistake.feedback, shown, mistake=mistake.id,
                         details={**details, "mistake_comparison": _mistake_text(mistake, mistake_values)})
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


def _mistake_text(mistake: Mistake, mistake_values: Mapping[str, float]) -> str:
    if mistake.transform is not None:
        return f"the expected value {mistake.transform}: the known mistake {mistake.id}"
    value = mistake_values.get(mistake.id)
    return f"the value of the known mistake {mistake.id}" + (f" ({_full(value)})" if value is not None else "")


def check_arrays(returned: Sequence[Any], expected: Sequence[np.ndarray], *, rtol: float, atol: float,
                 groups: Mapping[str, Sequence[int]]) -> tuple[bool, dict[str, bool], str]:
    """Compare one call's returned tuple of arrays with the expected ones.

    Returns (all match, match per group, the first problem in words). The returned value
    is plain data from the sandbox: lists of numbers, validated here for shape.
    """
    if not isinstance(returned, (list, tuple)) or len(returned) != len(expected):
        n = len(returned) if isinstance(returned, (list, tuple)) else "no tuple"
        return False, {g: False for g in groups}, f"returned {n} values; expected a tuple of {len(expected)} arrays"
    ok: list[bool] = []
    problem = ""
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
            problem = problem or (f"the {_ordinal(i + 1)} value returned has {_shape(arr.shape)}; expected "
                                  f"{_shape(want.shape)}")
            continue
        good = bool(np.all(np.isfinite(arr)) and np.allclose(arr, want, rtol=rtol, atol=atol))
        ok.append(good)
        if not good and not problem:
            problem = (f"the {_ordinal(i + 1)} value returned differs: {np.array2string(arr, precision=6)} "
                       f"against {np.array2string(want, precision=6)}")
    per_group = {g: all(ok[i] for i in idx if i < len(ok)) for g, idx in groups.items()}
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
                                              groups=opts.groups)
        all_ok &= ok
        group_ok = {g: group_ok[g] and per_group.get(g, False) for g in group_ok}
        if not ok:
            first_problem = first_problem or f"{label}: {problem}"
        shown.append({"call": label, "ok": ok, "problem": problem})
    details = {"calls": shown}
    if all_ok:
        return Check("correct", 1.0, f"Correct on all {len(calls)} networks (relative tolerance {opts.rtol:g}).",
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
        return compare(parsed, fn, wrt=opts.wrt, domains=domains, params=dict(opts.arguments),
                       up_to_constant=opts.up_to_constant, up_to_positive_factor=positive_factor,
                       points=opts.points, seed=opts.seed)

    reference = function(opts.reference, part.line)
    result = compare_with(reference, opts.up_to_positive_factor)
    details: dict[str, Any] = {"comparison": result.reason}
    if opts.display:
        details["expected_mathml"] = _display_mathml(opts.display, opts.roles, opts.linear_predictors,
                                                     opts.arguments)
    if result.equivalent:
        notes = []
        if result.factor is not None and abs(result.factor - 1) > 1e-6:
            notes.append(f"up to the positive factor {result.factor:.4g} (a sum, a mean or a scale)")
        if result.link == "log":
            notes.append("with the linear predictor as the log of the prediction (a log link)")
        how = f" ({'; '.join(notes)})" if notes else ""
        return Check("correct", 1.0, f"Correct: the same loss as the reference{how}; terms that do not depend "
                     f"on the prediction may differ.", expected, details=details)
    for mistake in part.mistakes:
        target = reference if mistake.formula is None else function(mistake.formula, part.line)
        other = result if target is reference else compare_with(target, True)
        matched = (other.factor is not None and other.factor < 0) if mistake.negated else other.equivalent
        if matched:
            return Check(mistake.verdict, mistake.credit, mistake.feedback, expected, mistake=mistake.id,
                         details={**details, "mistake_comparison": other.reason})
    if result.counterexample:
        details["counterexample"] = dict(result.counterexample)
    return Check("incorrect", 0.0, f"Not the expected loss: {result.reason}.", expected, details=details)


@lru_cache(maxsize=64)
def _display_mathml_cached(display: str, roles: tuple, linear: tuple, names: tuple) -> str:
    try:
        parsed = parse_formula(display, Roles(variables=dict(roles), linear_predictors=dict(linear)))
    except FormulaParseError:
        return ""
    shown = dict(names)
    shown.update({f"eta_{role}": "η" for role in dict(names)})
    return to_mathml(parsed.expr, shown)


def _display_mathml(display: str, roles: Mapping[str, tuple[str, ...]],
                    linear: Mapping[str, tuple[str, ...]], names: Mapping[str, str]) -> str:
    """The reference formula typeset, from the spec's display form (trusted staff text)."""
    return _display_mathml_cached(display, tuple(sorted(roles.items())), tuple(sorted(linear.items())),
                                  tuple(sorted(names.items())))
