"""A student's self-check: what the grader reads in one submission, and only as much of the
grade as the spec's ``self_check.reveal`` allows.

ingest -> extract for every reveal level, so a student sees each part's value as it was
read and where, and every format problem: a part not found, a formula that does not
parse, a program that does not import. Then:

``found``    nothing more. No reference is called and no verdict is computed, so nothing
             about the answers can leak, whichever spec is used.
``verdict``  correct or not correct, never the expected value. With the course's spec the
             submission is graded; with a student's copy (``grader bundle --student``)
             only parts with an exact answer can be checked, against the salted hash of
             that answer, and every other part says plainly that it was not checked.
``full``     the grade with expected values and feedback (the course's spec only).

A self-check never says "passed": it says what was read, what was checked, and what was
not, so that a green self-check cannot turn into a failed grade by surprise.
"""

from __future__ import annotations

import ast
import hashlib
import math
import warnings
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any

import sympy

from .errors import GraderError, SandboxError
from .extract import extract
from .extract.formula_answers import display_names
from .ingest import DEFAULT_MAX_FILE_BYTES, read_submission, submission_id
from .models import Answer, Document, PartResult
from .numbers import format_number
from .pipeline import Context, grade_document
from .reference import load_reference, stated_parameters_differ
from .sandbox import Job, Limits, ProcessRunner, Runner, SandboxStartError, decode_source
from .spec import Part, Spec
from .spec_loader import load_spec

#: How answers are hashed in a student's copy: scrypt (slow and memory-hard, so that trying
#: many guesses costs time and 128 MB each) of the exact value, salted with the spec's salt
#: and the part id. About 0.8 s a guess on one core of a 2026 laptop; a copy made with an
#: older scheme is still checked with its own (the scheme is written before each hash).
HASH_SCHEME = "scrypt-n131072-r8-p1"
#: Every scheme a copy may hold: its name -> scrypt's (n, r, p).
HASH_SCHEMES = {"scrypt-n16384-r8-p1": (16384, 8, 1), "scrypt-n131072-r8-p1": (131072, 8, 1)}


@lru_cache(maxsize=256)
def answer_hash(value: Fraction, salt: str, part_id: str, scheme: str = HASH_SCHEME) -> str:
    """The salted hash of an exact answer, as stored in a student's copy of the spec (each
    value's once per process: a check that reads one answer twice pays for it once)."""
    n, r, p = HASH_SCHEMES[scheme]
    canonical = f"{value.numerator}/{value.denominator}".encode("ascii")
    digest = hashlib.scrypt(canonical, salt=f"{salt}\x00{part_id}".encode("utf-8"), n=n, r=r, p=p,
                            maxmem=2 * 128 * n * r * p, dklen=32)
    return f"{scheme}${digest.hex()}"


def hashable(part: Part) -> bool:
    """Whether a part's answer is exact, so that a hash can say if a found value is right."""
    return part.kind in ("integer", "number") and part.tolerance.exact


def exact_value(value: Any) -> Fraction | None:
    """The exact value of a numeric answer as extracted (``{"value", "exact", ...}``), or None."""
    if isinstance(value, dict):
        if isinstance(value.get("exact"), Fraction):
            return value["exact"]
        value = value.get("value")
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return Fraction(number) if math.isfinite(number) else None


def _read_as(part: Part, answer: Answer) -> str:
    """The value as the grader understood it, to compare with what the student meant."""
    value = answer.value
    if part.kind == "formula" and isinstance(value, dict) and "parsed" in value:
        names = display_names(part.formula.arguments) if part.formula else {}
        expr = value["parsed"].expr
        shown = expr.xreplace({s: sympy.Symbol(names[s.name]) for s in expr.free_symbols if s.name in names})
        return sympy.sstr(shown)
    if part.kind == "code" and isinstance(value, dict):
        return f"{part.code.function}() in {value.get('module')}" if part.code else str(value.get("module"))
    kind_text = _kind_read_as(value)
    if kind_text is not None:
        return kind_text
    exact = exact_value(value)
    if exact is not None:
        try:
            return format_number(exact)
        except ValueError:
            pass
    return answer.text


def _number(value: Any) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else f"{number:.6g}"


def _kind_read_as(value: Any) -> str | None:
    """A tuple, an array, an interval or a choice as the grader read it, in one line; a number
    with a unit or in another form as its value; None for anything else."""
    if not isinstance(value, dict):
        return None
    try:
        if "values" in value:
            return "(" + ", ".join(_number(v) for v in value["values"]) + ")"
        if "array" in value:
            rows = value["array"] if value["array"] and isinstance(value["array"][0], list) else [value["array"]]
            shape = f"{len(rows)} × {len(rows[0])}" if len(rows) > 1 else f"{len(rows[0])} values"
            return "[" + "; ".join(", ".join(_number(v) for v in r) for r in rows) + f"]  ({shape})"
        if "ends" in value:
            low, high = sorted(float(v) for v in value["ends"])
            return f"[{_number(low)}, {_number(high)}]"
        if "option" in value:
            if value["option"] is None:
                return "several options named alike: " + ", ".join(map(str, value.get("named") or ()))
            reason = value.get("reason") or ""
            return f"option '{value['option']}'" + (f"; reason: {reason}" if reason else "; no reason read")
        if value.get("unit") and "value" in value:
            return f"{_number(value['value'])} (written in {value['unit']})"
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    return None


def _start_runner(isolation: str, doc: dict) -> Runner | None:
    """A started sandbox under ``isolation`` (``auto``: namespaces only), its mode recorded in
    ``doc``; None, with a warning that says why and what to do, when it cannot start."""
    mode = "namespaces" if isolation == "auto" else isolation
    runner = None
    try:
        runner = ProcessRunner(isolation=mode)
        runner.start()
        doc["isolation"] = runner.isolation + ("+seccomp" if runner.seccomp else "")
        return runner
    except (SandboxError, SandboxStartError, OSError) as exc:
        if runner is not None:
            runner.close()
        hint = ("; to load it under the audit hook alone (weaker: code that corrupts memory can switch it off), "
                "check with --isolation audit" if mode == "namespaces" else "")
        doc["warnings"].append(f"student code cannot be run on this machine ({exc}); it was not loaded{hint}")
        return None


def _syntax_problem(document: Document, module: str) -> str | None:
    source = decode_source(bytes(document.sources.get(module, b"")))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except SyntaxError as exc:
        return f"{module} line {exc.lineno}: {exc.msg}; Python cannot read the file, so the function cannot run"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"{module} cannot be read as Python ({type(exc).__name__})"
    return None


def _import_problem(document: Document, module: str, part: Part, runner: Runner) -> str | None:
    """Import the student's module in the sandbox (no call is made): does it even load?"""
    assert part.code is not None
    try:
        run = runner.run(Job(files=dict(document.sources), module=module, function=part.code.function, calls=[],
                             limits=Limits(**dict(part.code.limits))))
    except SandboxStartError:
        return None  # said once for the whole check, in its warnings
    if run.status == "ok":
        return None
    return f"the grader could not load it: {run.detail}"


def _missing_hint(part: Part) -> str:
    label = next((lab for lab in part.find.labels if len(lab) > 2), None)
    if part.kind == "code" and part.code is not None:
        return f"no .py file of the submission defines {part.code.function}() at its top level"
    if label:
        return f"no answer was recognised; state it plainly, e.g. \"{label} = …\", in the question's section"
    return "no answer was recognised; state it plainly in the question's section"


def _part_entry(part: Part, answer: Answer | None, missing_reason: str | None, question_stated: dict,
                document: Document, runner: Runner | None) -> dict:
    entry: dict[str, Any] = {"id": part.id, "title": part.title, "points": part.points, "kind": part.kind,
                             "status": "missing", "found": None, "read_as": None, "where": None, "notes": [],
                             "verdict": None}
    if answer is None:
        if missing_reason:  # extraction's words for a TA ("... check by hand"), said to the student
            entry["notes"].append(missing_reason.replace(": check by hand", "").replace(
                "no answer to this part was recognised, though", "these lines seem to answer the question:"))
        entry["notes"].append(_missing_hint(part))
        return entry
    entry["found"] = answer.text
    if answer.evidence is not None:
        page = getattr(answer.evidence, "page", None)
        at = f"page {page}, line {answer.evidence.line}" if page is not None else f"line {answer.evidence.line}"
        entry["where"] = f"{answer.evidence.file}, {at}"
    if isinstance(answer.value, dict) and "unparsed" in answer.value:
        entry["status"] = "unreadable"
        entry["notes"].append(f"the formula could not be read: {answer.value['unparsed']}")
        return entry
    entry["status"] = "found"
    entry["read_as"] = _read_as(part, answer)
    if part.kind == "code" and isinstance(answer.value, dict):
        problem = _syntax_problem(document, answer.value["module"])
        if problem is None and runner is not None:
            problem = _import_problem(document, answer.value["module"], part, runner)
        if problem:
            entry["status"] = "unreadable"
            entry["notes"].append(problem)
    # Extraction's own reasons say how the answer was read; they never involve the answer key.
    entry["notes"].extend(answer.review)
    if question_stated:
        shown = ", ".join(f"{k} = {v:g}" for k, v in sorted(question_stated.items()))
        entry["notes"].append(f"you state your own values for this question ({shown}): the grader computes the "
                              "answer at them, and a person will check the part")
    return entry


def _verdict_from_copy(spec: Spec, part: Part, answer: Answer | None, entry: dict, stated: dict) -> None:
    """Check a part against a student's copy: only exact answers, by their salted hash."""
    if entry["status"] != "found" or answer is None:
        return
    stored = spec.self_check.answers.get(part.id)
    if stored is None or not hashable(part):
        how = {"formula": "a formula is compared with the reference by evaluation",
               "code": "code is run against the reference",
               }.get(part.kind, "this answer is accepted within a tolerance")
        entry["verdict"] = "not checked"
        entry["notes"].append(f"not checked here: {how}, which a student's copy does not hold")
        return
    if stated:
        entry["verdict"] = "not checked"
        entry["notes"].append("not checked here: your own values change the answer")
        return
    exact = exact_value(answer.value)
    salt = spec.self_check.salt or ""
    scheme = stored.partition("$")[0]
    if scheme not in HASH_SCHEMES:
        entry["verdict"] = "not checked"
        entry["notes"].append(f"not checked here: this copy's answer hash ({scheme}) is not one this grader knows; "
                              "ask for a new copy")
        return
    entry["verdict"] = ("correct" if exact is not None and answer_hash(exact, salt, part.id, scheme) == stored
                        else "not correct")


def _verdict_from_grade(part: Part, result: PartResult, entry: dict, reveal: str, ran_code: bool) -> None:
    if entry["status"] == "missing" and result.verdict == "missing":
        return
    if part.kind == "code" and not ran_code:
        entry["verdict"] = "not checked"
        entry["notes"].append("not checked here: the code was not run (--no-code)")
        return
    entry["verdict"] = "correct" if result.verdict == "correct" else "not correct"
    if result.review:
        entry["notes"].append("a person will check this part")
    if reveal == "full":
        entry["verdict"] = result.verdict
        entry["expected"] = result.expected
        entry["feedback"] = result.feedback
        entry["score"] = result.score
        entry["notes"].extend(r for r in result.review_reasons if r not in entry["notes"])


def self_check(path: str | Path, spec: Spec | str | Path, *, run_code: bool = True,
               max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, isolation: str = "auto") -> dict:
    """What ``grader check`` reports for one submission, as a plain document (see the module doc).

    Student code is loaded under ``isolation``: ``auto`` and ``namespaces`` mean namespaces,
    and where the kernel refuses them the code is not loaded (a warning says so and how to
    accept the audit hook alone); ``audit`` accepts it. ``isolation`` in the document says
    what the code ran under (``namespaces+seccomp``, ``audit``, ...), None when none ran.
    """
    if not isinstance(spec, Spec):
        spec = load_spec(spec)
    path = Path(path)
    reveal = spec.self_check.reveal
    if spec.student_copy and reveal == "full":
        reveal = "verdict"  # a student's copy holds no expected values to show
    doc: dict[str, Any] = {"submission": path.name, "student": submission_id(path), "assignment": spec.assignment,
                           "title": spec.title, "reveal": reveal, "student_copy": spec.student_copy,
                           "error": None, "warnings": [], "notes": [], "parts": [], "isolation": None}
    try:
        document = read_submission(path, max_file_bytes=max_file_bytes)
    except GraderError as exc:
        doc["error"] = str(exc)
        doc["parts"] = [{"id": p.id, "title": p.title, "points": p.points, "kind": p.kind, "status": "missing",
                         "found": None, "read_as": None, "where": None, "notes": [], "verdict": None}
                        for p in spec.parts]
        doc["all_found"] = False
        return doc
    doc["warnings"] = list(document.warnings)
    ex = extract(document, spec)
    doc["notes"] = [f"{n.question}: {n.message}" for n in ex.notes]
    needs_runner = run_code and any(p.kind == "code" and ex.answers.get(p.id) is not None for p in spec.parts)
    grading = reveal != "found" and not spec.student_copy
    runner: Runner | None = None
    try:
        if needs_runner:
            runner = _start_runner(isolation, doc)
        results: dict[str, PartResult] = {}
        if grading:
            ctx = Context(spec, load_reference(spec), runner, max_file_bytes)
            results = {p.id: p for p in grade_document(document, ctx).parts}
        for question in spec.questions:
            stated = stated_parameters_differ(question, ex.parameters.get(question.id, {}))
            for part in question.parts:
                answer = ex.answers.get(part.id)
                entry = _part_entry(part, answer, ex.missing_review.get(part.id), stated, document, runner)
                if reveal != "found":
                    if spec.student_copy:
                        _verdict_from_copy(spec, part, answer, entry, stated)
                    else:
                        _verdict_from_grade(part, results[part.id], entry, reveal, runner is not None)
                doc["parts"].append(entry)
    finally:
        close = getattr(runner, "close", None)
        if callable(close):
            close()
    doc["all_found"] = all(p["status"] == "found" for p in doc["parts"])
    return doc
