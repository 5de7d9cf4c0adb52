"""A student's self-check package: the spec without its answer key.

``grader bundle --student OUT`` writes ``OUT/spec.yaml`` and a short ``OUT/README.txt``.
The copy keeps what finding answers needs (questions, keywords, labels, the problem's own
values, tolerances, formula roles, the name of the function to write) and drops
everything that holds or hints at an answer: the reference module, every ``expected``,
every known mistake (their values and their feedback, which often names the right
answer), the reference formula's display form. With ``reveal: verdict`` an exact answer
(a count) is kept only as its salted scrypt hash, so ``grader check`` can say "correct"
or "not correct" without the copy holding the value; every other part is a format check.

What a student can still learn: with ``verdict``, whether a guess is right, one slow hash
per guess (``selfcheck.HASH_SCHEME``: scrypt with 128 MB, about 0.6 to 0.9 s a guess).
That is what ``verdict`` means, and a count is often a product of the numbers the sheet
gives: ``bundle_warnings`` says, for each hashed answer, after how many guesses a search
that multiplies the sheet's numbers (fewest factors first, then sums of two products)
finds it and how long that takes at the hash's measured speed. ``grader bundle`` prints
it; courses that mind should keep the default ``found``.
"""

from __future__ import annotations

import re
import secrets
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

from .errors import OutputError
from .reference import Reference, load_reference
from .selfcheck import answer_hash, exact_value, hashable
from .spec import Part, Question, Spec, Tolerance
from .spec_loader import dump_spec, load_spec

README = """\
Self-check for {title}
{underline}

Before you hand in, run:

    grader check YOUR_FILE_OR_FOLDER --spec spec.yaml

(from this folder; from elsewhere, give the path of this folder's spec.yaml).

It shows, for every part, what the grader reads in your submission and where. A part
marked "not found" or "unreadable" would get no points as it stands: write that answer
so that it can be read, and check again.

This copy of the assignment's spec holds no answers. {reveal}
"""

REVEAL_NOTE = {
    "found": "It shows what was read, never whether it is right.",
    "verdict": ("Parts with an exact answer are checked against a salted hash of it, so the check can say "
                "\"correct\" or \"not correct\"; every other part is checked for its format only, and says so."),
}


def _tolerance(t: Tolerance) -> dict[str, Any]:
    if t.exact:
        return {"exact": True}
    out: dict[str, Any] = {}
    for key in ("relative", "absolute", "sig_figs"):
        if getattr(t, key) is not None:
            out[key] = getattr(t, key)
    return out


def _part(part: Part) -> dict[str, Any]:
    data: dict[str, Any] = {"id": part.id}
    if part.title:
        data["title"] = part.title
    data.update({"points": part.points, "kind": part.kind, "tolerance": _tolerance(part.tolerance)})
    find: dict[str, Any] = {}
    for key in ("labels", "markers", "exclude"):
        if getattr(part.find, key):
            find[key] = list(getattr(part.find, key))
    m = part.find.matrix
    if m is not None:
        find["matrix"] = {"labels": list(m.labels), "index": list(m.index), "shape": list(m.shape)}
        if m.order is not None:
            find["matrix"]["order"] = m.order
    if find:
        data["find"] = find
    # What the readers of the newer kinds need to read an answer (never which answer is right).
    if part.percent:
        data["percent"] = True
    if part.units:
        data["units"] = list(part.units)
    if part.unit:
        data["unit"] = part.unit
    if part.tuple_options is not None and (part.tuple_options.orders or part.tuple_options.batch):
        data["tuple"] = {"orders": [list(o) for o in part.tuple_options.orders], "batch": part.tuple_options.batch}
    if part.choice is not None:
        data["choice"] = {"options": {o.id: list(o.spellings) for o in part.choice.options},
                          "reason": part.choice.reason}
    if part.formula is not None:
        f = part.formula
        data["formula"] = {
            "wrt": f.wrt, "roles": {k: list(v) for k, v in f.roles.items()}, "arguments": dict(f.arguments),
            "linear_predictors": {k: list(v) for k, v in f.linear_predictors.items()}, "links": list(f.links),
            "domains": {k: {key: val for key, val in (("kind", d.kind), ("low", d.low), ("high", d.high))
                            if val is not None} for k, d in f.domains.items()},
        }
        if f.subject != "loss":
            data["formula"]["subject"] = f.subject
        if f.functions:
            data["formula"]["functions"] = list(f.functions)
        if f.definitions:
            data["formula"]["definitions"] = dict(f.definitions)
        if f.cases:
            data["formula"]["cases"] = {role: {value: list(words) for value, words in values.items()}
                                        for role, values in f.cases.items()}
    if part.code is not None:
        data["code"] = {"function": part.code.function}
        if part.code.limits:
            data["code"]["limits"] = dict(part.code.limits)
    return data


def _question(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": q.id, "title": q.title,
                            "keywords": [{"text": k.text, "weight": k.weight} for k in q.keywords]}
    if q.parameters:
        data["parameters"] = {p.name: {"default": p.default, "names": list(p.names)} for p in q.parameters}
    if q.groups:
        data["parameter_groups"] = [{"name": g.name, "members": list(g.members), "names": list(g.names)}
                                    for g in q.groups]
    if q.consistency:
        data["consistency"] = [{"first": list(c.first), "second": list(c.second),
                                "tolerance": _tolerance(c.tolerance), "message": c.message} for c in q.consistency]
    data["parts"] = [_part(p) for p in q.parts]
    return data


def student_spec(spec: Spec, reference: Reference | None, *, salt: str | None = None) -> dict[str, Any]:
    """The student's copy of ``spec`` as plain data (see the module doc for what it keeps)."""
    reveal = "verdict" if spec.self_check.reveal in ("verdict", "full") else "found"
    self_check: dict[str, Any] = {"reveal": reveal}
    if reveal == "verdict" and reference is not None:
        salt = salt or spec.self_check.salt or secrets.token_hex(16)
        answers = {}
        for q in spec.questions:
            for part in q.parts:
                if hashable(part) and part.expected is not None:
                    exact = exact_value(reference.call(part.expected, q.defaults() or None))
                    if exact is not None:
                        answers[part.id] = answer_hash(exact, salt, part.id)
        self_check.update({"salt": salt, "answers": answers})
    return {"assignment": spec.assignment, "title": spec.title, "review_threshold": spec.review_threshold,
            "working_functions": list(spec.working_functions), "self_check": self_check,
            "questions": [_question(q) for q in spec.questions]}


#: How far the bundle's search estimate goes: products of at most this many of the sheet's numbers...
SEARCH_FACTORS = 6
#: ...no larger than this (a count on an assignment sheet is far smaller).
SEARCH_LIMIT = 10 ** 12


def sheet_numbers(question: Question, part: Part) -> list[int]:
    """The whole numbers a student reads on the sheet for a part: the reference call's
    arguments, the question's parameters and the numbers its keywords name, and each
    difference plus one of two of them (an output size: 12 - 5 + 1 = 8)."""
    found: set[int] = set()

    def take(value: Any) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, (list, tuple)):
            for item in value:
                take(item)
        elif isinstance(value, (int, float)) and float(value).is_integer() and 2 <= value <= 10 ** 6:
            found.add(int(value))

    if part.expected is not None:
        take(list(part.expected.args.values()))
    take(list(question.defaults().values()))
    for keyword in question.keywords:
        take([int(n) for n in re.findall(r"\d+", keyword.text)])
    given = sorted(found)
    found.update(a - b + 1 for a in given for b in given if a - b + 1 >= 2)
    return sorted(found)


def _products(numbers: list[int], factors: int, limit: int) -> list[int]:
    """Every product of at most ``factors`` of ``numbers`` (repeats allowed) up to ``limit``,
    in the order a searcher tries them: fewest factors first, then smallest."""
    ordered: list[int] = []
    seen = {1}
    frontier = {1}
    for _ in range(factors):
        frontier = {x * n for x in frontier for n in numbers if x * n <= limit} - seen
        if not frontier:
            break
        seen |= frontier
        ordered.extend(sorted(frontier))
    return ordered


def search_estimate(answer: Fraction, numbers: list[int], seconds_per_guess: float) -> str:
    """How fast a student finds ``answer`` from the sheet's numbers, one check per guess:
    trying the products of a few of them, fewest factors first, then sums of two."""
    products = _products(numbers, SEARCH_FACTORS, SEARCH_LIMIT)
    rank = {value: i + 1 for i, value in enumerate(products)}
    shown = ", ".join(str(n) for n in numbers[:12]) + (", …" if len(numbers) > 12 else "")
    what = f"the {len(products):,} products of at most {SEARCH_FACTORS} of the sheet's numbers ({shown})"
    all_pairs = len(products) * (len(products) + 1) // 2
    if answer.denominator != 1:
        return f"not a whole number, so not among {what}"
    value = answer.numerator
    if value in rank:
        guesses = rank[value]
        how = f"it is one of {what}, found after {guesses:,} guesses trying the fewest factors first"
    else:
        pairs = [max(rank[x], rank[value - x]) for x in products if value - x in rank]
        if not pairs:
            return (f"it is neither one of {what} nor a sum of two of them ({all_pairs:,} guesses, "
                    f"{_duration(all_pairs * seconds_per_guess)} on one core)")
        guesses = min(pairs) * (min(pairs) + 1) // 2
        how = (f"it is a sum of two of {what}, found after {guesses:,} guesses trying the pairs of fewest "
               f"factors first")
    return (f"{how}: {_duration(guesses * seconds_per_guess)} on one core at {seconds_per_guess:.2g} s a guess "
            f"(that divided by the cores a student has)")


def _duration(seconds: float) -> str:
    for unit, size in (("years", 365 * 86400), ("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            return f"about {seconds / size:.3g} {unit}"
    return f"about {seconds:.2g} s"


def bundle_warnings(spec: Spec | str | Path) -> list[str]:
    """For ``reveal: verdict``: how fast each hashed answer can be searched from the sheet's
    numbers, one slow hash per guess (measured here, once). Empty for ``found``."""
    if not isinstance(spec, Spec):
        spec = load_spec(spec)
    if spec.self_check.reveal not in ("verdict", "full"):
        return []
    reference = load_reference(spec)
    if reference is None:
        return []
    started = time.perf_counter()
    answer_hash(Fraction(1), "timing", "timing")
    seconds = max(time.perf_counter() - started, 1e-3)
    warnings = []
    for question in spec.questions:
        for part in question.parts:
            if hashable(part) and part.expected is not None:
                exact = exact_value(reference.call(part.expected, question.defaults() or None))
                if exact is not None:
                    estimate = search_estimate(exact, sheet_numbers(question, part), seconds)
                    warnings.append(f"{part.id}: with reveal: verdict its answer can be searched: {estimate}")
    return warnings


def write_student_bundle(spec: Spec | str | Path, out: str | Path, *, salt: str | None = None) -> Path:
    """Write OUT/spec.yaml (the student's copy) and OUT/README.txt; return the spec's path."""
    if not isinstance(spec, Spec):
        spec = load_spec(spec)
    data = student_spec(spec, load_reference(spec), salt=salt)
    out = Path(out)
    header = (f"# Self-check copy of {spec.assignment}, made by 'grader bundle --student'.\n"
              "# It holds no reference module and no expected values; use it with:\n"
              "#     grader check YOUR_FILE_OR_FOLDER --spec spec.yaml\n")
    readme = README.format(title=spec.title, underline="=" * (len("Self-check for ") + len(spec.title)),
                           reveal=REVEAL_NOTE[data["self_check"]["reveal"]])
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / "spec.yaml").write_text(header + dump_spec(data), encoding="utf-8")
        (out / "README.txt").write_text(readme, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the bundle ({exc.strerror or exc})") from None
    return out / "spec.yaml"
