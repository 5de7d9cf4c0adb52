"""Read an assignment spec from YAML, validate every field, and build ``grader.spec`` objects.

This is the one module that imports yaml. It uses a SafeLoader subclass that only
records line numbers (it constructs plain dicts, lists and scalars, never objects), so
every error names the file and the line: ``course.yaml:41: part 'q2.count':
points must be a number, not 'five'``.
"""

from __future__ import annotations

import dataclasses

import math
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError
from .units import is_unit
from .spec import (
    ARRAY_KINDS,
    AcceptedAnswer,
    SCALAR_KINDS,
    CODE_CALLS,
    CODE_LIMITS,
    CodeTest,
    FORMULA_SUBJECTS,
    VALUE_KINDS,
    ChoiceOption,
    ChoiceOptions,
    Follows,
    TupleOptions,
    INTEGER_LIMITS,
    KINDS,
    TRANSFORMS,
    Call,
    CodeOptions,
    Consistency,
    Domain,
    FormulaOptions,
    Keyword,
    Locator,
    MatrixLocator,
    Mistake,
    Parameter,
    ParameterGroup,
    Part,
    Question,
    REVEALS,
    SelfCheck,
    Spec,
    Tolerance,
)

DOMAIN_KINDS = ("positive_real", "nonnegative_integer", "real", "unit_interval")


class _Map(dict):
    """A mapping that remembers the line of itself and of each of its keys."""

    line: int = 0
    key_lines: dict


class _List(list):
    """A list that remembers its line."""

    line: int = 0


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records line numbers and refuses duplicate keys."""


class _FastLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """``_LineLoader`` on libyaml's parser where PyYAML has it (its wheels do): a tenth of the
    pure Python parser's time, the same nodes and lines; values are constructed in Python alike.
    A document it refuses is read again by ``_LineLoader``, whose messages say more (the
    character a tab error is about)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    result = _Map()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, bool):  # keys are names: "no:" is the option no, not YAML 1.1's false
            key = key_node.value
        if not isinstance(key, (str, int, float, bool)):
            raise SpecError("keys must be plain names", line=key_node.start_mark.line + 1)
        if key in result:
            raise SpecError(f"duplicate key '{key}'", line=key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> _List:
    result = _List(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class _Reader:
    """Typed access to one YAML mapping, with errors that name the file, line and context."""

    def __init__(self, data: Any, file: str, context: str, line: int | None = None):
        self.file = file
        self.context = context
        if not isinstance(data, dict):
            raise SpecError(f"{context}: expected a mapping of keys, got {_describe(data)}", file=file,
                            line=getattr(data, "line", line))
        self.data = data
        self.line = getattr(data, "line", line)
        self._used: set[str] = set()

    def line_of(self, key: str) -> int | None:
        return getattr(self.data, "key_lines", {}).get(key, self.line)

    def fail(self, key: str | None, message: str) -> SpecError:
        line = self.line_of(key) if key is not None else self.line
        return SpecError(f"{self.context}: {message}", file=self.file, line=line)

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, default: Any = None) -> Any:
        self._used.add(key)
        return self.data.get(key, default)

    def required(self, key: str) -> Any:
        if key not in self.data:
            raise self.fail(None, f"missing required key '{key}'")
        return self.raw(key)

    def string(self, key: str, default: str | None = None, *, required: bool = False) -> str | None:
        value = self.required(key) if required else self.raw(key, default)
        if value is None or value is default:
            return value
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"'{key}' must be a non-empty string, not {_describe(value)}")
        return value

    def number(self, key: str, default: float | None = None, *, required: bool = False,
               low: float | None = None, high: float | None = None) -> float | None:
        value = self.required(key) if required else self.raw(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(key, f"'{key}' must be a number, not {_describe(value)}")
        if (low is not None and value < low) or (high is not None and value > high):
            rng = f"from {low:g}" if low is not None else ""
            rng += f" to {high:g}" if high is not None else " or more"
            raise self.fail(key, f"'{key}' must be a number {rng}, not {value!r}")
        return float(value)

    def integer(self, key: str, default: int | None = None, *, low: int | None = None) -> int | None:
        value = self.raw(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"'{key}' must be a whole number, not {_describe(value)}")
        if low is not None and value < low:
            raise self.fail(key, f"'{key}' must be at least {low}, not {value}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"'{key}' must be true or false, not {_describe(value)}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.raw(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise self.fail(key, f"'{key}' must be a list of strings, not {_describe(value)}")
        return tuple(str(v) for v in value)

    def mapping(self, key: str, *, required: bool = False) -> "_Reader | None":
        value = self.required(key) if required else self.raw(key)
        if value is None:
            return None
        return _Reader(value, self.file, f"{self.context}: '{key}'", self.line_of(key))

    def items(self, key: str) -> list[tuple[Any, int | None]]:
        value = self.raw(key, [])
        if not isinstance(value, list):
            raise self.fail(key, f"'{key}' must be a list, not {_describe(value)}")
        return [(v, getattr(v, "line", self.line_of(key))) for v in value]

    def done(self, allowed: tuple[str, ...] | None = None) -> None:
        """Refuse keys nobody read: a typo must not be silently ignored."""
        for key in self.data:
            if key not in self._used:
                hint = f" (allowed: {', '.join(sorted(allowed))})" if allowed else ""
                raise self.fail(key, f"unknown key '{key}'{hint}")


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def load_spec(path: str | Path) -> Spec:
    """Read and validate the spec at ``path``; raise ``SpecError`` naming file and line."""
    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError("spec file not found; pass --spec with the path of an assignment YAML",
                        file=name) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read the spec: {exc}", file=name) from None
    try:
        try:
            data = yaml.load(text, Loader=_FastLineLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError:
            data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - the same, for its message
    except SpecError as exc:
        raise SpecError(exc.reason, file=name, line=exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SpecError(f"not valid YAML: {problem}", file=name,
                        line=mark.line + 1 if mark else None) from None
    return _build_spec(data, path)


def _build_spec(data: Any, path: Path) -> Spec:
    name = str(path)
    top = _Reader(data, name, "spec", 1)
    assignment = top.string("assignment", required=True)
    title = top.string("title", assignment)
    reference = top.string("reference")
    threshold = top.number("review_threshold", 0.5, low=0, high=1)
    questions = []
    seen_parts: set[str] = set()
    seen_questions: set[str] = set()
    raw_questions = top.items("questions")
    if not raw_questions:
        raise top.fail("questions" if top.has("questions") else None, "the spec has no questions")
    for raw, line in raw_questions:
        question = dataclasses.replace(_question(raw, name, line, seen_parts), number=len(questions) + 1)
        if question.id in seen_questions:
            raise SpecError(f"question '{question.id}' is defined twice", file=name, line=line)
        seen_questions.add(question.id)
        questions.append(question)
    part_lines = {p.id: p for q in questions for p in q.parts}
    for part in part_lines.values():
        for mistake in part.mistakes:
            for argument, other in mistake.uses.items():
                if other not in part_lines or other == part.id or part_lines[other].kind not in ("integer", "number"):
                    raise SpecError(f"part '{part.id}': mistake '{mistake.id}': 'uses' names '{other}', which is not "
                                    "another number part of the spec", file=name, line=part.line)
    for part in part_lines.values():
        for rule in part.choice.follows if part.choice is not None else ():
            if rule.part not in part.rests_on:
                raise SpecError(f"part '{part.id}': 'follows' names '{rule.part}', which is not among the parts it "
                                f"'rests_on' ({', '.join(part.rests_on) or 'none'}): add it there", file=name,
                                line=part.line)
        for other in part.rests_on:
            if other not in part_lines or other == part.id:
                raise SpecError(f"part '{part.id}': 'rests_on' names '{other}', which is not another part of the "
                                f"spec (write the ids of the parts whose values this answer is reasoned from)",
                                file=name, line=part.line)
    self_check = _self_check(top.mapping("self_check"), {p.id for q in questions for p in q.parts})
    working = top.strings("working_functions")
    for name in working:
        if not name.strip() or any(c.isspace() or c in "()" for c in name.strip()):
            raise top.fail("working_functions", f"'working_functions': {name!r} is not a function name "
                           "(write names such as 'net' or 'σ', without brackets or spaces)")
    top.done(("assignment", "title", "reference", "review_threshold", "self_check", "working_functions",
              "questions"))
    ref_path = (path.parent / reference).resolve() if reference else None
    if ref_path is not None and not ref_path.is_file():
        raise top.fail("reference", f"reference module '{reference}' not found next to the spec")
    if ref_path is not None:
        _require_reference_functions(questions, name)
    return Spec(assignment=assignment, title=title, questions=tuple(questions),
                reference=ref_path, source=path.resolve(), review_threshold=threshold, self_check=self_check,
                working_functions=tuple(name.strip() for name in working))


def _self_check(r: _Reader | None, part_ids: set[str]) -> SelfCheck:
    """``self_check: {reveal: found|verdict|full, salt: ..., answers: {part id: hash}}``."""
    if r is None:
        return SelfCheck()
    reveal = r.string("reveal", "found")
    if reveal not in REVEALS:
        raise r.fail("reveal", f"unknown reveal '{reveal}' (one of: {', '.join(REVEALS)})")
    salt = r.string("salt")
    answers: dict[str, str] = {}
    a = r.mapping("answers")
    if a is not None:
        for pid in list(a.data):
            if pid not in part_ids:
                raise a.fail(pid, f"'{pid}' is not a part of the spec")
            answers[str(pid)] = a.string(pid, required=True)
        a.done()
    r.done(("reveal", "salt", "answers"))
    return SelfCheck(reveal, salt, answers)


def _require_reference_functions(questions: list[Question], file: str) -> None:
    """A spec with a reference module grades, so every part names what computes its answer.

    (A spec without one is a student's self-check copy, which holds no answers.)
    """
    for part in (p for q in questions for p in q.parts):
        where = {"file": file, "line": part.line}
        if part.kind in VALUE_KINDS and part.expected is None:
            raise SpecError(f"part '{part.id}': a part of kind '{part.kind}' needs 'expected': the reference "
                            "function that computes it", **where)
        if part.formula is not None and part.formula.reference is None:
            raise SpecError(f"part '{part.id}': 'formula' needs 'reference': the reference function of the "
                            "loss", **where)
        if part.code is not None and part.code.reference is None:
            raise SpecError(f"part '{part.id}': 'code' needs 'reference': the reference function with the "
                            "student's signature", **where)
        if part.code is not None and part.code.given is None and part.code.random is None and not part.code.tests:
            raise SpecError(f"part '{part.id}': 'code' needs 'given' and/or 'random': reference functions that "
                            "make the calls", **where)


def dump_spec(data: dict) -> str:
    """YAML text of a spec given as plain data (a student's self-check copy), keys in the given order."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None)


def _question(raw: Any, file: str, line: int | None, seen_parts: set[str]) -> Question:
    r = _Reader(raw, file, "question", line)
    qid = r.string("id", required=True)
    r.context = f"question '{qid}'"
    keywords = []
    for item, kline in r.items("keywords"):
        if isinstance(item, str):
            keywords.append(Keyword(item))
        else:
            k = _Reader(item, file, f"question '{qid}': keyword", kline)
            keywords.append(Keyword(k.string("text", required=True), k.number("weight", 1.0, low=0)))
            k.done(("text", "weight"))
    if not keywords:
        raise r.fail("keywords" if r.has("keywords") else None,
                     "needs 'keywords': the words that show a passage answers this question")
    parameters = []
    params = r.mapping("parameters")
    if params is not None:
        for pname in list(params.data):
            p = params.mapping(pname)
            p.context = f"question '{qid}': parameter '{pname}'"
            parameters.append(Parameter(str(pname), p.number("default", required=True),
                                        p.strings("names") or (str(pname),)))
            p.done(("default", "names"))
        params.done()
    known = {p.name for p in parameters}
    groups = []
    for item, gline in r.items("parameter_groups"):
        g = _Reader(item, file, f"question '{qid}': parameter group", gline)
        members = g.strings("members")
        unknown = [m for m in members if m not in known]
        if unknown or not members:
            raise g.fail("members", f"members must name parameters of the question, not {unknown or 'nothing'}")
        groups.append(ParameterGroup(g.string("name", required=True), members, g.strings("names")))
        g.done(("name", "members", "names"))
    consistency = []
    for item, cline in r.items("consistency"):
        c = _Reader(item, file, f"question '{qid}': consistency", cline)
        tol = _tolerance(c.mapping("tolerance"), Tolerance(relative=1e-3))
        consistency.append(Consistency(c.strings("first"), c.strings("second"), tol,
                                       c.string("message", "the two computations disagree")))
        if not consistency[-1].first or not consistency[-1].second:
            raise c.fail(None, "needs 'first' and 'second' label lists")
        c.done(("first", "second", "tolerance", "message"))
    parts = []
    for item, pline in r.items("parts"):
        part = _part(item, file, pline, qid, known)
        if part.id in seen_parts:
            raise SpecError(f"part '{part.id}' is defined twice", file=file, line=pline)
        seen_parts.add(part.id)
        parts.append(part)
    if not parts:
        raise r.fail("parts" if r.has("parts") else None, "the question has no parts")
    title = r.string("title", qid)
    r.done(("id", "title", "keywords", "parameters", "parameter_groups", "consistency", "parts"))
    return Question(qid, title, tuple(keywords), tuple(parts), tuple(parameters), tuple(groups),
                    tuple(consistency))


def _call(value: Any, r: _Reader, key: str) -> Call | None:
    """``function_name`` or ``{function: name, args: {...}}``."""
    if value is None:
        return None
    line = r.line_of(key)
    if isinstance(value, str):
        return Call(value, {}, line)
    c = _Reader(value, r.file, f"{r.context}: '{key}'", line)
    function = c.string("function", required=True)
    args = c.raw("args", {})
    if not isinstance(args, dict):
        raise c.fail("args", "'args' must be a mapping of keyword arguments")
    c.done(("function", "args"))
    return Call(function, _plain(args), c.line_of("function"))


def _accepted(value: Any, r: _Reader) -> AcceptedAnswer:
    """An ``accept`` item: ``function_name`` or ``{function, args, why, review}``."""
    line = r.line_of("accept")
    if isinstance(value, str):
        return AcceptedAnswer(value, {}, line)
    c = _Reader(value, r.file, f"{r.context}: 'accept'", line)
    function = c.string("function", required=True)
    args = c.raw("args", {})
    if not isinstance(args, dict):
        raise c.fail("args", "'args' must be a mapping of keyword arguments")
    why = c.string("why", "") or ""
    review = c.boolean("review", False)
    c.done(("function", "args", "why", "review"))
    return AcceptedAnswer(function, _plain(args), c.line_of("function"), why, review)


def _plain(value: Any) -> Any:
    """Drop the line-number wrappers: the reference module gets plain dicts and lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _tolerance(r: _Reader | None, default: Tolerance) -> Tolerance:
    if r is None:
        return default
    tol = Tolerance(relative=r.number("relative", None, low=0),
                    absolute=r.number("absolute", None, low=0),
                    sig_figs=r.integer("sig_figs", None, low=1),
                    exact=r.boolean("exact", False))
    r.done(("relative", "absolute", "sig_figs", "exact"))
    if tol.exact and (tol.relative is not None or tol.absolute is not None or tol.sig_figs):
        raise r.fail("exact", "'exact' cannot be combined with other tolerances")
    if tol.sig_figs is not None and (tol.relative is not None or tol.absolute is not None):
        raise r.fail("sig_figs", "'sig_figs' cannot be combined with relative or absolute")
    return tol


def _part(raw: Any, file: str, line: int | None, qid: str, parameters: set[str]) -> Part:
    r = _Reader(raw, file, f"question '{qid}': part", line)
    pid = r.string("id", required=True)
    r.context = f"part '{pid}'"
    points = r.number("points", required=True, low=0)
    kind = r.string("kind", required=True)
    if kind not in KINDS:
        raise r.fail("kind", f"unknown kind '{kind}' (one of: {', '.join(KINDS)})")
    default_tol = Tolerance(exact=True) if kind == "integer" else Tolerance(relative=1e-6)
    tolerance = _tolerance(r.mapping("tolerance"), default_tol)
    expected = _call(r.raw("expected"), r, "expected")
    accept = tuple(_accepted(item, _Reader({"accept": item}, file, r.context, aline))
                   for item, aline in r.items("accept"))
    if accept and kind not in VALUE_KINDS:
        raise r.fail("accept", f"'accept' (other correct answers) is for parts of kind {', '.join(VALUE_KINDS)}")
    find = _locator(r.mapping("find"), kind)
    choice = _choice(r.mapping("choice")) if kind == "choice" else None
    if kind != "choice" and r.has("choice"):
        raise r.fail("choice", "'choice' options belong to parts of kind 'choice'")
    if kind == "choice" and choice is None:
        raise r.fail(None, "a part of kind 'choice' needs 'choice: {options: {...}}': each option and its spellings")
    option_ids = {o.id for o in choice.options} if choice else set()
    mistakes = tuple(_mistake(item, file, mline, pid, kind, option_ids) for item, mline in r.items("mistakes"))
    tuple_options = _tuple_options(r.mapping("tuple"), r) if kind == "tuple" else None
    if kind != "tuple" and r.has("tuple"):
        raise r.fail("tuple", "'tuple' options belong to parts of kind 'tuple'")
    percent = r.boolean("percent", False)
    units = r.strings("units")
    unit = r.string("unit")
    if unit is not None:
        if kind not in SCALAR_KINDS:
            raise r.fail("unit", f"'unit' (a physical unit, converted with pint) is for parts of kind "
                                 f"{' or '.join(SCALAR_KINDS)}; for words that may follow the answer use 'units'")
        if not is_unit(unit):
            raise r.fail("unit", f"{unit!r} is not a unit pint reads: write it as pint does (m/s, km/h, "
                                 f"kg*m/s^2, N, J, degC)")
    formula = _formula(r.mapping("formula")) if kind == "formula" else None
    if kind != "formula" and r.has("formula"):
        raise r.fail("formula", "'formula' options belong to parts of kind 'formula'")
    code = _code(r.mapping("code")) if kind == "code" else None
    if kind != "code" and r.has("code"):
        raise r.fail("code", "'code' options belong to parts of kind 'code'")
    if kind == "formula" and formula is None:
        raise r.fail(None, "a part of kind 'formula' needs 'formula' options")
    if kind == "code" and code is None:
        raise r.fail(None, "a part of kind 'code' needs 'code' options")
    title = r.string("title", "")
    rests_on = r.strings("rests_on")
    bounds = _bounds(r, kind)
    r.done(("id", "title", "points", "kind", "tolerance", "expected", "accept", "find", "mistakes", "formula",
            "code", "tuple", "choice", "percent", "units", "unit", "rests_on", "bounds"))
    return Part(pid, points, kind, title, expected, tolerance, find, mistakes, formula, code, line, accept,
                tuple_options or (TupleOptions() if kind == "tuple" else None), choice, percent, units, unit,
                rests_on, bounds)


def _bounds(r: _Reader, kind: str) -> tuple[float, float] | None:
    """``bounds: [0, 1]``: where a number part's answer can lie at all."""
    raw = r.raw("bounds")
    if raw is None:
        return None
    if kind not in SCALAR_KINDS:
        raise r.fail("bounds", f"'bounds' are for parts of kind {' or '.join(SCALAR_KINDS)}")
    if (not isinstance(raw, list) or len(raw) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in raw) or raw[0] > raw[1]):
        raise r.fail("bounds", f"'bounds' must be two numbers, the lower first, as in [0, 1]; got {raw!r}")
    return float(raw[0]), float(raw[1])


def _tuple_options(r: _Reader | None, part: _Reader) -> TupleOptions | None:
    """``tuple: {orders: [[2, 0, 1]], tolerances: [{exact: true}, ...]}``."""
    if r is None:
        return None
    orders = []
    for order, oline in r.items("orders"):
        if (not isinstance(order, list) or not order
                or sorted(order) != list(range(len(order)))):
            raise SpecError(f"{r.context}: an order is a list of the reference's positions, each once, like "
                            f"[2, 0, 1]; not {_describe(order)}", file=r.file, line=oline)
        orders.append(tuple(order))
    tolerances = tuple(_tolerance(_Reader(t, r.file, f"{r.context}: tolerance", tline), Tolerance(relative=1e-6))
                       for t, tline in r.items("tolerances"))
    sizes = {len(o) for o in orders} | ({len(tolerances)} if tolerances else set())
    if len(sizes) > 1:
        raise r.fail(None, "every order and the list of tolerances must have one length: the tuple's size")
    batch = r.boolean("batch", False)
    r.done(("orders", "tolerances", "batch"))
    return TupleOptions(tuple(orders), tolerances, batch)


def _choice(r: _Reader | None) -> ChoiceOptions | None:
    """``choice: {options: {reject: ["reject the null", ...], fail_to_reject: [...]}, reason: true}``."""
    if r is None:
        return None
    o = r.mapping("options", required=True)
    options = []
    for oid in list(o.data):
        spellings = o.strings(oid) or (str(oid),)
        options.append(ChoiceOption(str(oid), spellings))
    o.done()
    if len(options) < 2:
        raise r.fail("options", "a choice needs at least two options")
    reason = r.boolean("reason", False)
    without = r.number("without_reason", 1.0, low=0, high=1)
    if without < 1 and not reason:
        raise r.fail("without_reason", "'without_reason' needs 'reason: true'")
    follows = []
    for raw, line in r.items("follows"):
        f = _Reader(raw, r.file, f"{r.context}: 'follows'", line)
        within = f.required("within")
        if not (isinstance(within, list) and len(within) == 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in within)
                and within[0] <= within[1]):
            raise f.fail("within", "'within' must be two numbers [low, high], low first, like [0.05, 1]")
        option = f.string("option", required=True)
        if option not in {o.id for o in options}:
            raise f.fail("option", f"'option' names '{option}', which is none of the choice's options "
                         f"({', '.join(o.id for o in options)})")
        follows.append(Follows(f.string("part", required=True), float(within[0]), float(within[1]), option))
        f.done(("part", "within", "option"))
    r.done(("options", "reason", "without_reason", "follows"))
    return ChoiceOptions(tuple(options), reason, without, tuple(follows))


def _locator(r: _Reader | None, kind: str) -> Locator:
    if r is None:
        return Locator()
    matrix = None
    m = r.mapping("matrix")
    if m is not None:
        index = m.raw("index")
        shape = m.raw("shape")
        for key, value in (("index", index), ("shape", shape)):
            if not isinstance(value, list) or not value or not all(
                    isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value):
                raise m.fail(key, f"'{key}' must be a list of whole numbers, like [0, 0]")
        if len(index) != len(shape) or any(i >= s for i, s in zip(index, shape)):
            raise m.fail("index", f"index {list(index)} does not fit shape {list(shape)}")
        matrix = MatrixLocator(m.strings("labels"), tuple(index), tuple(shape), m.integer("order", None, low=0))
        m.done(("labels", "index", "shape", "order"))
    loc = Locator(r.strings("labels"), r.strings("markers"), r.strings("exclude"), matrix)
    r.done(("labels", "markers", "exclude", "matrix"))
    return loc


#: Which transforms make sense for which kinds (a transposed count means nothing).
_TRANSFORMS_FOR = {"transposed": ("matrix",), "swapped": ("interval", "tuple"),
                   "negated": ("integer", "number", "matrix", "vector", "interval", "tuple"),
                   "rounded": ("integer", "number"), "reciprocal": ("integer", "number")}


def _mistake(raw: Any, file: str, line: int | None, pid: str, kind: str, option_ids: set[str] = frozenset()
             ) -> Mistake:
    r = _Reader(raw, file, f"part '{pid}': mistake", line)
    mid = r.string("id", required=True)
    r.context = f"part '{pid}': mistake '{mid}'"
    credit = r.number("credit", 0.0, low=0, high=1)
    feedback = r.string("feedback", required=True)
    value = _call(r.raw("value"), r, "value")
    transform = r.string("transform")
    formula = r.string("formula")
    negated = r.boolean("negated", False)
    option = r.string("option")
    review = r.boolean("review", False)
    averaged = r.boolean("averaged", False)
    if averaged and (kind != "formula" or formula is not None or negated):
        raise r.fail("averaged", "'averaged: true' is a mistake of its own, for formula parts: the reference's "
                                 "formula averaged over the sample (give no 'formula' or 'negated' with it)")
    if transform is not None and transform not in TRANSFORMS:
        raise r.fail("transform", f"unknown transform '{transform}' (one of: {', '.join(TRANSFORMS)})")
    if transform is not None and kind not in _TRANSFORMS_FOR[transform]:
        raise r.fail("transform", f"transform '{transform}' is for parts of kind "
                                  f"{' or '.join(_TRANSFORMS_FOR[transform])}, not '{kind}'")
    given = [k for k, v in (("value", value), ("transform", transform), ("formula", formula)) if v is not None]
    if kind == "choice":
        if option is None or given:
            raise r.fail(None, "a choice mistake names the wrong option it is for: 'option: <one of the options>'")
        if option not in option_ids:
            raise r.fail("option", f"'{option}' is not an option of the part (one of: {', '.join(sorted(option_ids))})")
    elif option is not None:
        raise r.fail("option", "'option' is for mistakes of choice parts")
    elif kind == "formula":
        if value is not None or transform is not None:
            raise r.fail(None, "a formula mistake is given by 'formula' (a reference function) and/or 'negated'")
        if formula is None and not negated and not averaged:
            raise r.fail(None, "a formula mistake needs 'formula', 'negated: true' or 'averaged: true'")
    elif len(given) != 1:
        raise r.fail(None, "a mistake needs exactly one of 'value' or 'transform'")
    uses_r = r.mapping("uses")
    uses: dict[str, str] = {}
    if uses_r is not None:
        if value is None:
            raise uses_r.fail(None, "'uses' (follow-through) needs 'value': the function that takes the answers")
        uses = {str(k): uses_r.string(k, required=True) for k in list(uses_r.data)}
        uses_r.done()
    r.done(("id", "credit", "feedback", "value", "transform", "formula", "negated", "option", "uses", "review",
            "averaged"))
    return Mistake(mid, credit, feedback, value, transform, formula, negated, option, uses, review, averaged)


def _domain(r: _Reader) -> Domain:
    kind = r.string("kind", required=True)
    if kind not in DOMAIN_KINDS:
        raise r.fail("kind", f"unknown domain kind '{kind}' (one of: {', '.join(DOMAIN_KINDS)})")
    d = Domain(kind, r.number("low", None), r.number("high", None))
    r.done(("kind", "low", "high"))
    return d


def _formula(r: _Reader | None) -> FormulaOptions | None:
    if r is None:
        return None
    reference = r.string("reference")  # required when the spec has a reference module
    wrt = r.string("wrt", required=True)
    roles_r = r.mapping("roles", required=True)
    roles = {str(k): roles_r.strings(k) for k in list(roles_r.data)}
    roles_r.done()
    args_r = r.mapping("arguments")
    arguments = {role: role for role in roles}
    if args_r is not None:
        for k in list(args_r.data):
            arguments[str(k)] = args_r.string(k, required=True)
        args_r.done()
    dom_r = r.mapping("domains", required=True)
    domains = {}
    for k in list(dom_r.data):
        domains[str(k)] = _domain(dom_r.mapping(k))
    dom_r.done()
    lin_r = r.mapping("linear_predictors")
    linear = {}
    if lin_r is not None:
        linear = {str(k): lin_r.strings(k) for k in list(lin_r.data)}
        lin_r.done()
    for role in (wrt, *domains, *linear, *arguments):
        if role not in roles:
            raise r.fail(None, f"role '{role}' is used but not listed under 'roles'")
    missing = [role for role in roles if role not in domains]
    if missing:
        raise r.fail("domains", f"every role needs a domain; missing: {', '.join(missing)}")
    opts = FormulaOptions(
        reference=reference, wrt=wrt, roles=roles, arguments=arguments, domains=domains,
        linear_predictors=linear, links=r.strings("links") or ("identity", "log"),
        up_to_constant=r.boolean("up_to_constant", True),
        up_to_positive_factor=r.boolean("up_to_positive_factor", True),
        points=r.integer("points", 24, low=4), seed=r.integer("seed", 0, low=0),
        display=r.string("display"), subject=_subject(r), exact=r.boolean("exact", False),
        functions=r.strings("functions"), definitions=_definitions(r), cases=_cases(r, roles),
        totals=_totals(r, roles))
    bad_links = [link for link in opts.links if link not in ("identity", "log")]
    if bad_links:
        raise r.fail("links", f"unknown link {bad_links[0]!r} (identity or log)")
    if opts.exact and r.has("up_to_constant") and opts.up_to_constant:
        raise r.fail("exact", "'exact: true' compares values, so it cannot allow 'up_to_constant'")
    r.done(("reference", "wrt", "roles", "arguments", "domains", "linear_predictors", "links",
            "up_to_constant", "up_to_positive_factor", "points", "seed", "display", "subject", "exact",
            "functions", "definitions", "cases", "totals"))
    return opts


def _totals(r: _Reader, roles: dict) -> dict[str, float]:
    """``totals: {target: 1}``: what a role's values sum to over their index (a one-hot target)."""
    t = r.mapping("totals")
    if t is None:
        return {}
    found = {}
    for role in list(t.data):
        if role not in roles:
            raise t.fail(role, f"'{role}' is not a role of the formula")
        found[str(role)] = t.number(role, required=True)
    t.done()
    return found


def _subject(r: _Reader) -> str:
    subject = r.string("subject", "loss")
    if subject not in FORMULA_SUBJECTS:
        raise r.fail("subject", f"unknown subject '{subject}' (one of: {', '.join(FORMULA_SUBJECTS)})")
    return subject


def _cases(r: _Reader, roles: dict) -> dict[str, dict[float, tuple[str, ...]]]:
    """``cases: {target: {1: ["k = c"], 0: ["otherwise"]}}``: a two-valued role's conditions."""
    c = r.mapping("cases")
    if c is None:
        return {}
    found: dict[str, dict[float, tuple[str, ...]]] = {}
    for role in list(c.data):
        if role not in roles:
            raise c.fail(role, f"'{role}' is not a role of the formula")
        v = c.mapping(role)
        values = {}
        for value in list(v.data):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise v.fail(value, f"a case is a value of the role (a number), not {value!r}")
            values[float(value)] = v.strings(value)
            if not values[float(value)]:
                raise v.fail(value, "each value needs the conditions that mean it")
        v.done()
        if len(values) != 2:
            raise c.fail(role, "a role's cases are its two values, each with its conditions")
        found[str(role)] = values
    c.done()
    return found


def _definitions(r: _Reader) -> dict[str, str]:
    """``definitions: {q: "1 - p"}``: a course's symbols and what they stand for."""
    d = r.mapping("definitions")
    if d is None:
        return {}
    found = {str(k): d.string(k, required=True) for k in list(d.data)}
    d.done()
    return found


def _code(r: _Reader | None) -> CodeOptions | None:
    if r is None:
        return None
    groups_r = r.mapping("groups")
    groups: dict[str, tuple[int, ...]] = {}
    if groups_r is not None:
        for k in list(groups_r.data):
            value = groups_r.raw(k)
            if not isinstance(value, list) or not all(isinstance(i, int) and i >= 0 for i in value):
                raise groups_r.fail(k, f"group '{k}' must be a list of positions in the returned tuple")
            groups[str(k)] = tuple(value)
        groups_r.done()
    limits_r = r.mapping("limits")
    limits: dict[str, float] = {}
    if limits_r is not None:
        for k in list(limits_r.data):
            if k not in CODE_LIMITS:
                raise limits_r.fail(k, f"unknown limit '{k}' (one of: {', '.join(CODE_LIMITS)})")
            if k in INTEGER_LIMITS:
                limits[str(k)] = limits_r.integer(k, None, low=0)
            else:
                limits[str(k)] = limits_r.number(k, required=True, low=0.1)
        limits_r.done()
    opts = CodeOptions(
        function=r.string("function", required=True), reference=r.string("reference"),
        given=r.string("given"), random=r.string("random"), seed=r.integer("seed", 0, low=0),
        count=r.integer("count", 5, low=0), rtol=r.number("rtol", 1e-6, low=0),
        atol=r.number("atol", 1e-12, low=0), groups=groups,
        partial_credit=r.number("partial_credit", 0.5, low=0, high=1),
        wrong_shape_partial=r.boolean("wrong_shape_partial", False), limits=limits,
        tests=_code_tests(r), notebooks=r.boolean("notebooks", True), call=_code_call(r))
    r.done(("function", "reference", "given", "random", "seed", "count", "rtol", "atol", "groups",
            "partial_credit", "wrong_shape_partial", "limits", "tests", "notebooks", "call"))
    return opts


def _code_call(r: _Reader) -> str:
    call = r.string("call", "positional")
    if call not in CODE_CALLS:
        raise r.fail("call", f"unknown call '{call}' (one of: {', '.join(CODE_CALLS)}): positional passes "
                     f"the arguments in the handout's order, keyword by name")
    return call


def _code_tests(r: _Reader) -> tuple[CodeTest, ...]:
    """``tests: [{id: large, points: 3, cases: large_inputs, checks: [finite, values]}, ...]``."""
    tests = []
    seen: set[str] = set()
    for item, line in r.items("tests"):
        t = _Reader(item, r.file, f"{r.context}: test", line)
        tid = t.string("id", required=True)
        t.context = f"{r.context}: test '{tid}'"
        if tid in seen:
            raise t.fail("id", f"test '{tid}' is defined twice")
        seen.add(tid)
        checks = t.strings("checks") or ("values",)
        tests.append(CodeTest(tid, t.number("points", required=True, low=0), t.string("cases", required=True),
                              checks, t.string("title", "") or ""))
        t.done(("id", "points", "cases", "checks", "title"))
    if tests and not any(test.points > 0 for test in tests):
        raise r.fail("tests", "the tests' points add up to nothing")
    return tuple(tests)
