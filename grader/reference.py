"""Load the trusted reference module a spec names, and compute expected values with it.

The reference is the course staff's code, so it is imported in the grader process; student
code never is (see ``grader.sandbox``), and the sandbox never sees this module.
"""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Mapping

import numpy as np

from .errors import FormulaParseError, ReferenceModuleError, SpecError
from .formulas import Roles, apply_definitions, parse_formula
from .spec import ARRAY_KINDS, CODE_PROPERTIES, SCALAR_KINDS, Call, Part, Question, Spec, referenced_functions


@dataclass(frozen=True)
class Reference:
    """The loaded reference module of one spec."""

    module: ModuleType
    spec_file: str

    def function(self, name: str, line: int | None = None) -> Callable[..., Any]:
        """The named function, or a ``ReferenceModuleError`` naming the spec line."""
        fn = getattr(self.module, name, None)
        if not callable(fn):
            raise ReferenceModuleError(
                f"the reference module {Path(self.module.__file__ or '?').name} has no function '{name}'",
                file=self.spec_file, line=line)
        return fn

    def bind(self, name: str, kwargs: Mapping[str, Any], line: int | None, what: str = "the spec's arguments"
             ) -> Callable[..., Any]:
        """The named function, checked to accept ``kwargs``: a wrong argument name is a spec error."""
        fn = self.function(name, line)
        try:
            signature = inspect.signature(fn)
        except (TypeError, ValueError):  # a builtin without a signature: the call will tell
            return fn
        try:
            signature.bind(**kwargs)
        except TypeError as exc:
            takes = ", ".join(signature.parameters) or "nothing"
            raise ReferenceModuleError(
                f"reference function '{name}' cannot be called with {what} ({', '.join(sorted(kwargs)) or 'none'}): "
                f"{exc}; it takes {takes}. Rename the argument in the spec or in the function",
                file=self.spec_file, line=line) from None
        return fn

    def call(self, call: Call, parameters: Mapping[str, float] | None = None) -> Any:
        """Evaluate ``call`` with the spec's arguments and the question's parameters."""
        kwargs = dict(call.args)
        kwargs.update(parameters or {})
        fn = self.bind(call.function, kwargs, call.line)
        try:
            return fn(**kwargs)
        except Exception as exc:  # the staff's code failing is a spec problem, said on one line
            raise ReferenceModuleError(
                f"reference function '{call.function}' failed: {type(exc).__name__}: {exc}",
                file=self.spec_file, line=call.line) from exc


def load_reference(spec: Spec) -> Reference | None:
    """Import the spec's reference module and check every function the spec names exists."""
    if spec.reference is None:
        return None
    path = Path(spec.reference)
    # A module name unique to the file's path, so two specs' references never collide.
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    mod_name = f"_grader_reference_{digest}"
    spec_file = str(spec.source or "<spec>")
    module = sys.modules.get(mod_name)
    if module is None:
        loader_spec = importlib.util.spec_from_file_location(mod_name, path)
        if loader_spec is None or loader_spec.loader is None:
            raise ReferenceModuleError(f"cannot import the reference module {path}", file=spec_file)
        module = importlib.util.module_from_spec(loader_spec)
        try:
            loader_spec.loader.exec_module(module)
        except Exception as exc:
            raise ReferenceModuleError(
                f"the reference module {path.name} fails to import: {type(exc).__name__}: {exc}",
                file=spec_file) from exc
        sys.modules[mod_name] = module
    ref = Reference(module, spec_file)
    for name, line in referenced_functions(spec):
        ref.function(name, line)
    for question in spec.questions:
        for part in question.parts:
            check_part_reference(ref, part, question)
    return ref


def _fail(ref: Reference, line: int | None, message: str) -> ReferenceModuleError:
    return ReferenceModuleError(message, file=ref.spec_file, line=line)


def _number(value: Any) -> float | None:
    """``value`` as a finite float when it is one real number (numpy scalars too), else None."""
    if isinstance(value, bool) or isinstance(value, str):
        return None
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None
    if array.ndim != 0 or not math.isfinite(float(array)):
        return None
    return float(array)


def _numbers(value: Any) -> np.ndarray | None:
    """``value`` as a float array of finite numbers, else None."""
    if isinstance(value, (str, bytes, dict)):
        return None
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None
    return array if array.size and np.all(np.isfinite(array)) else None


def _as_float_array(value: Any) -> np.ndarray | None:
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None


def value_problem(part: Part, value: Any, *, mistake: bool = False) -> str | None:
    """Why ``value`` cannot be the answer of ``part`` (its kind), or None when it fits.

    A known mistake's value may differ in size (a shape without its channels), not in kind."""
    kind = part.kind
    if kind in SCALAR_KINDS or (kind == "matrix" and not part.whole_array):
        number = _number(value)
        if number is None:
            what = "one element of the printed matrix" if kind == "matrix" else f"an answer of kind '{kind}'"
            return f"returned {_shown(value)}, which is not one finite number ({what})"
        if kind == "integer" and not float(number).is_integer():
            return f"returned {number!r}, which is not a whole number (kind 'integer'; use kind 'number')"
        return None
    if kind in ARRAY_KINDS:
        array = _numbers(value)
        if array is None:
            return f"returned {_shown(value)}, which is not an array of finite numbers (kind '{kind}')"
        if kind == "vector" and array.ndim != 1 and not (array.ndim == 2 and 1 in array.shape):
            return f"returned an array of shape {array.shape}, which is not a vector (use kind 'matrix')"
        if kind == "matrix" and array.ndim != 2:
            return (f"returned an array of shape {array.shape}; kind 'matrix' grades a 2-D array (use 'vector', or "
                    "find.matrix with an index to grade one element of a printed matrix)")
        return None
    if kind == "tuple":
        array = _numbers(value)
        if array is None or array.ndim != 1:
            return f"returned {_shown(value)}, which is not a flat sequence of finite numbers (kind 'tuple')"
        sizes = {len(o) for o in part.tuple_options.orders} if part.tuple_options else set()
        if part.tuple_options and part.tuple_options.tolerances:
            sizes.add(len(part.tuple_options.tolerances))
        if sizes and sizes != {array.size} and not mistake:
            return f"returned {array.size} values, but the part's orders or tolerances are for {sizes.pop()}"
        return None
    if kind == "interval":
        array = _numbers(value)
        if array is None or array.shape != (2,) or array[0] > array[1]:
            return f"returned {_shown(value)}; an interval is two finite numbers (low, high), low first"
        return None
    if kind == "choice":
        options = [o.id for o in part.choice.options] if part.choice else []
        if not isinstance(value, str) or value not in options:
            return f"returned {_shown(value)}, which is not one of the part's options ({', '.join(options)})"
        return None
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_part_reference(ref: Reference, part: Part, question: Question) -> None:
    """Call every reference function a part names, once, as grading will; refuse what cannot grade.

    Raises ``ReferenceModuleError`` naming the spec line: a wrong argument name, a function that
    fails, or a value that does not fit the part's kind (a whole array for a number part).
    """
    params = question.defaults() or None
    calls = []
    if part.expected is not None:
        calls.append(("expected", part.expected))
    calls += [("an accepted answer", c) for c in part.accept]
    calls += [(f"mistake '{m.id}'", m.value) for m in part.mistakes if m.value is not None and not m.uses]
    for m in part.mistakes:
        if m.uses:  # follow-through: called with placeholder answers, to check the call itself
            value = ref.call(m.value, {**(params or {}), **{arg: 1.0 for arg in m.uses}})
            problem = value_problem(part, value, mistake=True)
            if problem is not None:
                raise _fail(ref, m.value.line, f"part '{part.id}': mistake '{m.id}': reference function "
                            f"'{m.value.function}' {problem}")
    for what, call in calls:
        value = ref.call(call, params)
        problem = value_problem(part, value, mistake=what.startswith("mistake"))
        if problem is not None:
            raise _fail(ref, call.line, f"part '{part.id}': {what}: reference function '{call.function}' {problem}")
    if part.formula is not None and part.formula.reference:
        _check_formula_reference(ref, part)
    if part.code is not None and part.code.reference:
        _check_code_reference(ref, part)


def _spellings_read(roles: Roles) -> bool:
    """Whether every spelling of ``roles`` reads, tried together. The table of them all reads each
    spelling and each form made of it (``formulas._alias_table``), which are the forms a table of that
    spelling alone reads: so when it reads, each alone does too, and the check need not build a table
    per spelling (a formula part's 50-odd spellings took 5 ms of every grading run's start)."""
    try:
        roles.check_spellings()
    except SpecError:
        return False
    return True


def _check_formula_reading(ref: Reference, part: Part) -> None:
    """Every role spelling, declared function and definition can be read, and so can the display form."""
    opts = part.formula
    assert opts is not None
    roles = Roles(variables=dict(opts.roles), linear_predictors=dict(opts.linear_predictors),
                  links=tuple(opts.links), functions=tuple(opts.functions), totals=dict(opts.totals))
    if not _spellings_read(roles):  # only then is each spelling read alone, to name the one that fails
        for role, spellings in opts.roles.items():
            for spelling in spellings:
                try:
                    Roles(variables={role: (spelling,)}, functions=tuple(opts.functions)).check_spellings()
                except SpecError as exc:
                    raise _fail(ref, part.line, f"part '{part.id}': the spelling {spelling!r} of role '{role}' "
                                f"cannot be read ({exc.reason}); write it differently or remove it") from None
    try:
        roles.check_spellings()
        if opts.display:
            apply_definitions(parse_formula(opts.display, roles), opts.definitions, roles)
        elif opts.definitions:
            apply_definitions(parse_formula(opts.wrt, roles), opts.definitions, roles)
    except (SpecError, FormulaParseError) as exc:
        raise _fail(ref, part.line, f"part '{part.id}': {getattr(exc, 'reason', exc)}") from None


def _check_formula_reference(ref: Reference, part: Part) -> None:
    """The formula reference and each mistake's formula take the roles' arguments and give numbers."""
    _check_formula_reading(ref, part)
    opts = part.formula
    assert opts is not None
    kwargs = {opts.arguments.get(role, role): _domain_point(domain) for role, domain in opts.domains.items()}
    names = [opts.reference] + [m.formula for m in part.mistakes if m.formula]
    for name in names:
        fn = ref.bind(name, kwargs, part.line, what="the formula's role arguments")
        try:
            with np.errstate(all="ignore"):
                value = fn(**kwargs)
        except Exception as exc:
            raise _fail(ref, part.line, f"part '{part.id}': reference function '{name}' fails at a point of the "
                        f"domains {kwargs}: {type(exc).__name__}: {exc}") from None
        # A wrong formula may be undefined where the loss is (cross-entropy of a rate above 1): only the
        # reference itself must be finite there.
        numeric = _numbers(value) if name == opts.reference else _as_float_array(value)
        if numeric is None:
            raise _fail(ref, part.line, f"part '{part.id}': reference function '{name}' returned {_shown(value)} "
                        f"at {kwargs}; a formula's reference returns a number for each point")


def _domain_point(domain: Any) -> np.ndarray:
    """Two points inside a domain, as the comparison will draw them."""
    low = domain.low if domain.low is not None else (0.5 if domain.kind != "real" else -1.0)
    high = domain.high if domain.high is not None else low + 2.0
    if domain.kind == "unit_interval":
        low, high = max(low, 0.1), min(high, 0.9)
    points = np.array([low + (high - low) / 3, low + 2 * (high - low) / 3])
    return np.round(points) if domain.kind == "nonnegative_integer" else points


def _check_code_reference(ref: Reference, part: Part) -> None:
    """``given()`` and ``random(seed, count)`` make keyword arguments the reference accepts."""
    opts = part.code
    assert opts is not None
    cases = []
    if opts.given:
        given = ref.bind(opts.given, {}, part.line, what="no arguments")
        cases.append((opts.given, _called(ref, part, opts.given, given)))
    if opts.random and opts.count:
        random = ref.bind(opts.random, {"seed": 0, "count": 1}, part.line, what="(seed, count)")
        try:
            drawn = random(opts.seed, min(opts.count, 1))
        except TypeError:
            drawn = random(seed=opts.seed, count=min(opts.count, 1))
        if not isinstance(drawn, (list, tuple)) or not all(isinstance(d, dict) for d in drawn):
            raise _fail(ref, part.line, f"part '{part.id}': reference function '{opts.random}' must return a list of "
                        f"keyword-argument mappings, not {_shown(drawn)}")
        cases += [(opts.random, d) for d in drawn]
    for test in opts.tests:
        cases += [(test.cases, kwargs) for kwargs in test_cases(ref, part, test.cases)]
    for source, kwargs in cases:
        if not isinstance(kwargs, dict):
            raise _fail(ref, part.line, f"part '{part.id}': reference function '{source}' must return a mapping of "
                        f"keyword arguments, not {_shown(kwargs)}")
        ref.bind(opts.reference, kwargs, part.line, what=f"the arguments '{source}' makes")
        if opts.call == "positional":
            _check_argument_order(ref, part, source, kwargs)
    reference = ref.function(opts.reference, part.line)
    for test in opts.tests:
        for kwargs in test_cases(ref, part, test.cases):
            try:
                expected = reference(**as_call_arguments(kwargs))
            except Exception as exc:
                raise _fail(ref, part.line, f"part '{part.id}': test '{test.id}': the reference fails on its own "
                            f"case: {type(exc).__name__}: {exc}") from None
            for name in test.checks:
                if name in CODE_PROPERTIES:
                    continue
                holds = ref.function(name, part.line)
                try:
                    verdict = holds(expected, **as_call_arguments(kwargs))
                except Exception as exc:
                    raise _fail(ref, part.line, f"part '{part.id}': test '{test.id}': property '{name}' fails when "
                                f"called as {name}(returned, **arguments): {type(exc).__name__}: {exc}") from None
                if verdict is not True and verdict is not np.True_:
                    raise _fail(ref, part.line, f"part '{part.id}': test '{test.id}': the reference's own result "
                                f"fails the property '{name}' (it must return True for it)")


def _check_argument_order(ref: Reference, part: Part, source: str, kwargs: Mapping[str, Any]) -> None:
    """Students' functions are called with the case's values in its order: that order must be the
    reference's (the handout's) signature, or every student who follows the handout gets wrong values."""
    assert part.code is not None and part.code.reference
    try:
        parameters = list(inspect.signature(ref.function(part.code.reference, part.line)).parameters)
    except (TypeError, ValueError):
        return
    given = list(kwargs)
    if parameters[:len(given)] != given:
        raise _fail(ref, part.line, f"part '{part.id}': students' functions are called with the arguments in the "
                    f"order '{source}' gives them ({', '.join(given)}), but the reference function "
                    f"'{part.code.reference}' takes ({', '.join(parameters)}): give them in the signature's order, "
                    f"or set call: keyword to pass them by name")


def as_call_arguments(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """A call's arguments as the sandbox passes them: every list becomes a float array."""
    return {k: np.asarray(v, dtype=float) if isinstance(v, list) else v for k, v in kwargs.items()}


def test_cases(ref: Reference, part: Part, name: str) -> list[dict[str, Any]]:
    """The calls of one code test: its reference function called with the part's seed, or with nothing.

    Arrays become plain lists, as the sandbox takes them (it turns each list into a float array).
    """
    assert part.code is not None
    fn = ref.function(name, part.line)
    try:
        takes_seed = bool(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        takes_seed = False
    try:
        made = fn(part.code.seed) if takes_seed else fn()
    except Exception as exc:
        raise _fail(ref, part.line, f"part '{part.id}': reference function '{name}' failed: "
                    f"{type(exc).__name__}: {exc}") from None
    if isinstance(made, dict):
        made = [made]
    if not isinstance(made, (list, tuple)) or not made or not all(isinstance(m, dict) for m in made):
        raise _fail(ref, part.line, f"part '{part.id}': reference function '{name}' must return a list of "
                    f"keyword-argument mappings (one per call), not {_shown(made)}")
    return [{str(k): _plain_data(v) for k, v in m.items()} for m in made]


def _plain_data(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_plain_data(v) for v in value]
    return value


def _called(ref: Reference, part: Part, name: str, fn: Callable[..., Any]) -> Any:
    try:
        return fn()
    except Exception as exc:
        raise _fail(ref, part.line, f"part '{part.id}': reference function '{name}' failed: "
                    f"{type(exc).__name__}: {exc}") from None


def stated_parameters_differ(question: Question, stated: Mapping[str, float]) -> dict[str, float]:
    """The stated parameters whose values differ from the problem's own."""
    defaults = question.defaults()
    return {k: v for k, v in stated.items()
            if k in defaults and not math.isclose(v, defaults[k], rel_tol=1e-9, abs_tol=1e-12)}
