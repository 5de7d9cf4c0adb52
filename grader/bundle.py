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
per guess. That is what ``verdict`` means; for an answer from a small range (a count
whose order of magnitude is known) a patient student can search it, so courses that
mind should keep the default ``found``.
"""

from __future__ import annotations

import secrets
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
            "self_check": self_check, "questions": [_question(q) for q in spec.questions]}


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
