"""Wire the stages for one submission and keep its failures to itself.

ingest -> extract -> check -> score, for one submission entry. The reference is called
here (expected values, known-mistake values, at the submission's stated parameters), and
student code runs here through a ``Runner``; ``check`` and ``score`` stay pure.
"""

from __future__ import annotations

import dataclasses
import math
import re
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

import numpy as np

from . import precision
from .check import (CallOutcome, check_array, check_choice, check_code, check_code_tests, check_formula, check_interval,
                    check_number, check_tuple)
from .errors import GraderError, NoTextError
from .extract import Extraction, SpecIndex, extract
from .ingest import (DEFAULT_MAX_FILE_BYTES, block_of, evidence_images, read_submission, submission_id,
                     submission_name)
from .ingest.layer import has_unmapped
from .ingest.limits import DEFAULT_LIMITS
from .ingest.names import display_name
from .ingest.scan import BLANK
from .models import Answer, Block, Check, Document, PageInfo, PartResult, StudentResult
from .numbers import find_numbers, format_number
from .reference import Reference, as_call_arguments, stated_parameters_differ, test_cases
from .sandbox import Job, Limits, Runner, SandboxStartError
from .score import part_score, total
from .spec import CODE_PROPERTIES, VALUE_KINDS, CodeOptions, Follows, Part, Question, Spec


@dataclass
class Context:
    """What every submission of a batch shares: the spec, its reference, a code runner."""

    spec: Spec
    reference: Reference | None
    runner: Runner | None = None
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    read_seconds: float = DEFAULT_LIMITS.max_seconds
    """Longest time spent reading one submission before it is recorded as an error."""
    _expected: dict[tuple[str, tuple], Any] = field(default_factory=dict)
    _index: SpecIndex | None = None
    _dependencies: "Dependencies | None" = None

    @property
    def reading_index(self) -> SpecIndex:
        """The spec prepared for reading answers, once for the batch."""
        if self._index is None or self._index.spec is not self.spec:
            self._index = SpecIndex.of(self.spec)
        return self._index

    @property
    def dependencies(self) -> "Dependencies":
        """What the spec says of parts reasoned from others' values, once for the batch."""
        if self._dependencies is None or self._dependencies.spec is not self.spec:
            self._dependencies = Dependencies.of(self.spec)
        return self._dependencies

    def expected(self, part: Part, question: Question, stated: dict[str, float]) -> tuple[Any, dict[str, Any]]:
        """The expected value and the known-mistake values of a part, at the stated parameters."""
        value, mistakes, _ = self.expected_all(part, question, stated)
        return value, mistakes

    def expected_all(self, part: Part, question: Question, stated: dict[str, float]
                     ) -> tuple[Any, dict[str, Any], list[Any]]:
        """The expected value, the known-mistake values and the other accepted answers of a part."""
        params = {**question.defaults(), **stated} if question.parameters else {}
        key = (part.id, tuple(sorted(params.items())))
        if key not in self._expected:
            assert self.reference is not None and part.expected is not None
            value = precision.computed(self.reference.call(part.expected, params or None))
            mistakes = {m.id: precision.computed(self.reference.call(m.value, params or None)) for m in part.mistakes
                        if m.value and not m.uses}  # follow-through mistakes depend on the submission
            accepted = [precision.computed(self.reference.call(c, params or None)) for c in part.accept]
            self._expected[key] = (value, mistakes, accepted)
        return self._expected[key]


def _missing(part: Part, reason: str | None, feedback: str) -> PartResult:
    return PartResult(part.id, "missing", 0.0, part.points, bool(reason), "", None, feedback, None,
                      (reason,) if reason else ())


def _result(part: Part, answer: Answer, check: Check, extra_review: list[str], threshold: float) -> PartResult:
    settled = () if check.credit >= 1 else answer.review_unless_correct  # a right value settles them
    reasons = [*answer.review, *settled, *check.review, *extra_review]
    if answer.confidence < threshold and not reasons:
        reasons.append("the answer was found with low confidence")
    details = {**answer.details, **check.details}
    return PartResult(part.id, check.verdict, part_score(check.credit, part.points), part.points, bool(reasons),
                      check.expected, answer.text, check.feedback, answer.evidence, tuple(reasons), check.mistake,
                      round(answer.confidence, 3), details)


def _numeric(ctx: Context, part: Part, question: Question, answer: Answer, ex: Extraction) -> PartResult:
    stated = ex.parameters.get(question.id, {})
    expected, mistake_values, accepted = ctx.expected_all(part, question, stated)
    mistake_values = {**mistake_values, **_follow_through(ctx, part, question, stated, ex)}
    check_of = _CHECKS.get("array" if part.whole_array else part.kind, _check_scalar)
    check = check_of(part, answer, expected, mistake_values, accepted)
    extra: list[str] = []
    if answer.details.get("hedged") and answer.alternatives:
        # Both signs given: the student committed to neither, so the reading that earns least is graded.
        other = check_of(part, answer.alternatives[0], expected, mistake_values, accepted)
        if other.credit < check.credit:
            check = other
        extra.append(f"{answer.text} is given {answer.details.get('hedged_as', 'with both signs (±)')}: graded at the "
                     f"reading that earns less; a person may judge otherwise")
    restated = answer.details.get("restated")
    if restated and answer.alternatives:
        # The answer given again otherwise (a closing table's row): where the two grade differently, the student
        # committed to neither, and the one that earns less is graded.
        other = check_of(part, answer.alternatives[0], expected, mistake_values, accepted)
        if other.credit != check.credit:
            extra.append(f"{answer.text} is given, and {restated}: the two grade differently; graded at the one "
                         f"that earns less; a person may judge otherwise")
            check = min(check, other, key=lambda c: c.credit)
    siblings = _sibling_values(question, part, ex)
    for other in answer.alternatives[1 if answer.details.get("hedged") or restated else 0:]:
        # the counterfactual: would another reading grade otherwise?
        would = check_of(part, other, expected, mistake_values, accepted)
        if would.credit < check.credit and _is_one_of(other, siblings):
            continue  # a lesser reading that is what another part of the question was read as: that part's answer
        if would.credit != check.credit:
            extra.append(_alternative_reason(answer, other, would))
    if not extra:
        extra.extend(_better_elsewhere(answer, check, lambda a: check_of(part, a, expected, mistake_values, accepted)))
    extra.extend(ex.parameter_conflicts.get(question.id, ()))
    differ = stated_parameters_differ(question, stated)
    if differ:
        shown = ", ".join(f"{k} = {v:g}" for k, v in sorted(differ.items()))
        extra.append(f"non-standard parameters: the submission states {shown}; graded at its own values")
    elif question.parameters and not stated and check.verdict == "incorrect":
        extra.append("the submission states no values for the problem, and this value matches neither the "
                     "reference nor a known mistake: it may be for other values that it does not state")
    return _result(part, answer, check, extra, ctx.spec.review_threshold)


def _sibling_values(question: Question, part: Part, ex: Extraction) -> tuple[tuple[float, int | None], ...]:
    """The values read for the question's other parts, each with the significant figures it was written to."""
    return tuple((float(a.value["value"]), a.value.get("sig_figs")) for p in question.parts if p.id != part.id
                 for a in [ex.answers.get(p.id)] if a is not None and isinstance(a.value, dict)
                 and isinstance(a.value.get("value"), (int, float)))


def _round_sig(value: float, figures: int) -> float:
    """``value`` rounded to ``figures`` significant figures."""
    if value == 0 or not math.isfinite(value) or figures < 1:
        return value
    return round(value, figures - 1 - math.floor(math.log10(abs(value))))


def _is_one_of(answer: Answer, values: tuple[tuple[float, int | None], ...]) -> bool:
    """Whether ``answer``'s value is one of ``values``, or one of them written to fewer figures (0.0044 of 0.00443,
    0.0372 of 0.0371787)."""
    value = answer.value.get("value") if isinstance(answer.value, dict) else None
    if not isinstance(value, (int, float)):
        return False
    figures = answer.value.get("sig_figs")
    return any(math.isclose(value, v, rel_tol=1e-9, abs_tol=0)
               or (f is not None and math.isclose(_round_sig(value, f), v, rel_tol=1e-9, abs_tol=0))
               or (figures is not None and math.isclose(_round_sig(v, figures), value, rel_tol=1e-9, abs_tol=0))
               for v, f in values)


def _better_elsewhere(answer: Answer, check: Check, grade: Callable[[Answer], Check]) -> list[str]:
    """A reading that earns less than full credit while the student wrote, for this part,
    something that would earn full credit: the one review reason a person needs, naming it.
    The grade stays the reading's (the right value may be working the student went past).
    Only full credit: a value of a known partial mistake is most often a step of the working
    (one stage of a sum: "4,800 + 16,384 = 21,184"), which a TA would not weigh."""
    if check.credit >= 1:
        return []
    for other in answer.elsewhere:
        would = grade(other)
        if would.credit >= 1:
            return [_alternative_reason(answer, other, would)]
    return []


@dataclass(frozen=True)
class Dependencies:
    """The spec's parts that rest on others (``rests_on``) and follow through from them (``uses``),
    prepared once for a batch: every submission's review consults them."""

    spec: Spec
    rests_on: Mapping[str, tuple[str, ...]]
    """Part id -> the parts whose values its answer is reasoned from."""
    labels: Mapping[str, tuple[str, ...]]
    """A rested-on part's labels of two characters or more ("p-value", not "p ="), lower-cased."""
    uses: Mapping[str, tuple[tuple[float, str], ...]]
    """Part id -> (credit, part used) of each follow-through mistake it has."""
    follows: Mapping[str, tuple[Follows, ...]]
    """Part id -> the options the values of the parts it rests on imply (``choice.follows``)."""

    @classmethod
    def of(cls, spec: Spec) -> "Dependencies":
        rests_on = {part.id: tuple(part.rests_on) for part in spec.parts if part.rests_on}
        labels = {part.id: tuple(label.strip(" =:").lower() for label in part.find.labels
                                 if len(label.strip(" =:")) >= 2)
                  for part in spec.parts if any(part.id in others for others in rests_on.values())}
        uses = {part.id: tuple((m.credit, pid) for m in part.mistakes if m.value is not None for pid in m.uses.values())
                for part in spec.parts if any(m.uses for m in part.mistakes)}
        follows = {part.id: part.choice.follows for part in spec.parts if part.choice is not None and part.choice.follows}
        return cls(spec, MappingProxyType(rests_on), MappingProxyType(labels), MappingProxyType(uses),
                   MappingProxyType(follows))


def _resting_on_others(parts: list[PartResult], deps: Dependencies) -> list[PartResult]:
    """A part the spec says is reasoned from others' values (``rests_on``), graded correct while its
    own words cite a value one of them got wrong ("0.928 > 0.05, so we fail to reject") follows from
    the student's own wrong value: a person checks that it does. Graded on its own, it keeps its
    verdict. (Flagging every such part whatever it cites added a flag in every fifth decision.)"""
    rests_on, labels = deps.rests_on, deps.labels
    if not rests_on:
        return parts
    by_id = {result.id: result for result in parts}
    out = []
    for result in parts:
        wrong = [by_id[other] for other in rests_on.get(result.id, ()) if other in by_id
                 and by_id[other].verdict in ("incorrect", "partial")] if result.verdict == "correct" else []
        if wrong:
            # only a wrong value this answer's own words cite ("0.928 > 0.05, so …")
            words = " ".join((result.found or "", str(result.details.get("reason", "")),
                              result.evidence.excerpt if result.evidence is not None else ""))
            said = _numbers_of(words)
            # ...or that its reason names ("the p-value > 0.05, so …": the student's own p-value, wrong)
            reason = str(result.details.get("reason", "")).lower()
            wrong = [w for w in wrong if _numbers_of(w.found or "") & said
                     or any(_names(reason, label) for label in labels.get(w.id, ()))]
            # ...unless the student's own value implies the option chosen, as the spec says ("p = 0.0928 > 0.05, so
            # fail to reject": the decision follows from the value, right or not; nothing for a person to check)
            wrong = [w for w in wrong if not _implied(result, w, deps.follows.get(result.id, ()))]
        if wrong:
            named = ", ".join(f"{w.id} ({w.verdict}{f': {w.found}' if w.found else ''})" for w in wrong)
            result = dataclasses.replace(result, review=True, review_reasons=result.review_reasons + (
                f"this answer is reasoned from {named}: check that it follows from the student's own value",))
        elif result.verdict == "correct":
            # A value it rests on was not read, and its own words cite one: whether that value is right
            # was never checked ("p = 0.928 > 0.05, so we fail to reject" with the p-value unread).
            unread = [other for other in rests_on.get(result.id, ()) if other in by_id
                      and by_id[other].verdict == "missing"]
            said = _numbers_of(str(result.details.get("reason", ""))) if unread else set()  # a choice's reason
            if said:
                result = dataclasses.replace(result, review=True, review_reasons=result.review_reasons + (
                    f"this answer cites {', '.join(sorted(map(format_number, said)))}, and {', '.join(unread)} it "
                    f"is reasoned from was not read: check that the value it cites is the student's and follows",))
        out.append(result)
    return out


def _implied(choice: PartResult, other: PartResult, rules: tuple[Follows, ...]) -> bool:
    """Whether ``other``'s value, as read, implies the option ``choice`` was read with, by the spec's rules."""
    value, option = other.details.get("value"), choice.details.get("option")
    return isinstance(value, (int, float)) and option is not None and any(
        rule.part == other.id and rule.option == option and rule.low <= value <= rule.high for rule in rules)


def _unchecked_follow_through(parts: list[PartResult], deps: Dependencies) -> list[PartResult]:
    """A part with a follow-through mistake (``uses``: a multiple of the student's own variance), graded
    below that mistake's credit while a part it uses was not read, or was read with a flag: the
    comparison with the student's own value was not made, or was made with a value that may not be
    theirs (a rubric's partial for "twice your own variance" with the variance unread). A person checks it."""
    uses = deps.uses
    if not uses:
        return parts
    by_id = {result.id: result for result in parts}
    out = []
    for result in parts:
        # (a value a known mistake names is explained: a factor left unsquared, whatever the variance was)
        if result.found and not result.review and result.mistake is None and result.id in uses:
            unsure = sorted({pid for credit, pid in uses[result.id] if pid in by_id
                             and result.score < part_score(credit, result.max_score)
                             and (by_id[pid].verdict == "missing" or by_id[pid].review)})
            if unsure:
                said = ", ".join(f"{pid} ({'not read' if by_id[pid].verdict == 'missing' else 'flagged'})"
                                 for pid in unsure)
                result = dataclasses.replace(result, review=True, review_reasons=result.review_reasons + (
                    f"the rubric gives credit when this answer follows from the student's own {said}: that was "
                    f"not checked on a sure reading; check whether {result.found} follows from it",))
        out.append(result)
    return out


def _names(text: str, label: str) -> bool:
    """Whether ``text`` names ``label`` as words of its own ("the p-value > 0.05" names "p-value")."""
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text) is not None


def _numbers_of(text: str) -> set[float]:
    """The numbers a text writes, as read (to see one part's words cite another's value)."""
    return {round(number.float, 12) for _, _, number in find_numbers(text)}


def _alternative_reason(answer: Answer, other: Answer, would: Check) -> str:
    """"also found 53,952 (stated as the result) at a.md line 41, which would be correct"."""
    where = ""
    if other.evidence is not None:
        page = f" page {other.evidence.page}" if other.evidence.page else ""
        where = f" at {other.evidence.file}{page} line {other.evidence.line}"
    how = other.details.get("how")
    return (f"also found {other.text}{where}{f' ({how})' if how else ''}, which would be {would.verdict}; "
            f"{answer.text} was graded: check which one the student concludes with")
def _follow_through(ctx: Context, part: Part, question: Question, stated: dict[str, float],
                    ex: Extraction) -> dict[str, Any]:
    """Known mistakes computed from the submission's own answers to other parts (follow-through)."""
    values: dict[str, Any] = {}
    params = {**question.defaults(), **stated} if question.parameters else {}
    for mistake in part.mistakes:
        if not mistake.uses or mistake.value is None:
            continue
        given = {arg: ex.answers.get(pid) for arg, pid in mistake.uses.items()}
        if any(a is None or not isinstance(a.value, dict) or "value" not in a.value for a in given.values()):
            continue
        assert ctx.reference is not None
        values[mistake.id] = precision.computed(ctx.reference.call(mistake.value, {**params, **{
            arg: float(a.value["value"]) for arg, a in given.items()}}))
    return values


def _check_scalar(part: Part, answer: Answer, expected: Any, mistake_values: dict[str, Any],
                  accepted: list[Any]) -> Check:
    return check_number(part, answer, float(expected), {k: float(v) for k, v in mistake_values.items()},
                        [float(a) for a in accepted])


def _check_choice(part: Part, answer: Answer, expected: Any, mistake_values: dict[str, Any],
                  accepted: list[Any]) -> Check:
    return check_choice(part, answer, str(expected), [str(a) for a in accepted])


#: The check of each kind that a reference value decides (numbers are the default).
_CHECKS = {"array": check_array, "tuple": check_tuple, "interval": check_interval, "choice": _check_choice}


def _code_tests(ctx: Context, part: Part, answer: Answer, document: Document) -> PartResult:
    """A code part graded by its rubric of named tests: each call run in the sandbox, then checked here."""
    assert part.code is not None and ctx.reference is not None
    opts = part.code
    calls: list[tuple[str, str, dict]] = []
    for test in opts.tests:
        cases = test_cases(ctx.reference, part, test.cases)
        calls += [(test.id, f"{test.id} {i + 1}" if len(cases) > 1 else test.id, args) for i, args in enumerate(cases)]
    if ctx.runner is None:
        check = Check("missing", 0.0, "Code was not run (grading without a sandbox).", "the reference's results",
                      review=("code parts were not run in this grading; run without --no-code",))
        return _result(part, answer, check, [], ctx.spec.review_threshold)
    job = Job(files=dict(document.sources), module=answer.value["module"], function=opts.function,
              calls=[args for _, _, args in calls], limits=Limits(**dict(opts.limits)),
              positional=opts.call == "positional")
    run = ctx.runner.run(job)
    reference = ctx.reference.function(opts.reference, part.line)
    outcomes = []
    for index, (test_id, label, args) in enumerate(calls):
        expected = precision.computed(reference(**as_call_arguments(args)))
        result = run.calls[index] if index < len(run.calls) else None
        if result is None:
            returned: Any = f"not run ({_run_detail(run.status, run.detail)})"
        elif result.status != "ok":
            returned = f"raised {result.error}" if result.status == "error" else \
                f"returned something that is not arrays of numbers ({result.error or 'bad return'})"
        else:
            returned = precision.computed(result.value)
        properties = {}
        if not isinstance(returned, str):
            test = next(t for t in opts.tests if t.id == test_id)
            for name in test.checks:
                if name not in CODE_PROPERTIES:
                    properties[name] = _property(ctx.reference.function(name, part.line), returned, args)
        outcomes.append(CallOutcome(test_id, label, args, returned, expected, properties))
    check = check_code_tests(part, outcomes, run.status, _run_detail(run.status, run.detail))
    details = {**check.details, "stdout": run.stdout, "run": _run_detail(run.status, run.detail)}
    details["calls"] = [{**shown, "args": _shown_value(o.args), "expected": _shown_value(o.expected),
                         "returned": None if isinstance(o.returned, str) else _shown_value(o.returned)}
                        for shown, o in zip(check.details.get("calls", []), outcomes)]
    feedback = _with_order_note(check, opts, answer, calls[0][2] if calls else {})
    check = Check(check.verdict, check.credit, feedback, check.expected, check.mistake, check.review, details)
    return _result(part, answer, check, [], ctx.spec.review_threshold)


def _with_order_note(check: Check, opts: CodeOptions, answer: Answer, arguments: Mapping[str, Any]) -> str:
    """The feedback, and, when the student's parameters are the handout's in another order and the
    code is called positionally, that order named: the likeliest reason its values are wrong."""
    parameters = answer.value.get("parameters") if isinstance(answer.value, dict) else None
    asked = list(arguments)
    if (opts.call != "positional" or check.verdict == "correct" or not parameters or not asked
            or parameters[:len(asked)] == asked or sorted(parameters[:len(asked)]) != sorted(asked)):
        return check.feedback
    return (f"{check.feedback} {opts.function}() takes ({', '.join(parameters)}), the handout's arguments in "
            f"another order; it is called as asked, {opts.function}({', '.join(asked)}).")


def _property(holds: Any, returned: Any, args: dict) -> bool:
    """A reference property of a returned value (trusted staff code, on plain data from the sandbox)."""
    try:
        with np.errstate(all="ignore"):
            verdict = holds(np.asarray(returned, dtype=float), **as_call_arguments(args))
        return verdict is True or verdict is np.True_
    except Exception:  # a value the property cannot even inspect does not have it
        return False


def _code(ctx: Context, part: Part, answer: Answer, document: Document) -> PartResult:
    assert part.code is not None and ctx.reference is not None
    opts = part.code
    if opts.tests:
        return _code_tests(ctx, part, answer, document)
    calls: list[tuple[str, dict]] = []
    if opts.given:
        calls.append(("the assignment's network", ctx.reference.function(opts.given, part.line)()))
    if opts.random and opts.count:
        for i, args in enumerate(ctx.reference.function(opts.random, part.line)(opts.seed, opts.count)):
            calls.append((f"random network {i + 1}", args))
    if ctx.runner is None:
        check = Check("missing", 0.0, "Code was not run (grading without a sandbox).", "the reference's arrays",
                      review=("code parts were not run in this grading; run without --no-code",))
        return _result(part, answer, check, [], ctx.spec.review_threshold)
    limits = Limits(**dict(opts.limits))
    job = Job(files=dict(document.sources), module=answer.value["module"], function=opts.function,
              calls=[args for _, args in calls], limits=limits, positional=opts.call == "positional")
    try:
        run = ctx.runner.run(job)
    except SandboxStartError as exc:  # no sandbox of the isolation asked for: not run, and why
        check = Check("missing", 0.0, f"Code was not run: {exc}.", "the reference's arrays",
                      review=("the code could not be run in the sandbox asked for; a person must run it, or "
                              "grade again with an isolation this machine has (--isolation audit)",))
        return _result(part, answer, check, [], ctx.spec.review_threshold)
    reference = ctx.reference.function(opts.reference, part.line)
    compared = []
    for (label, args), result in zip(calls, run.calls):
        expected = precision.computed(reference(**args))
        returned: Any = precision.computed(result.value) if result.status == "ok" else (
            f"raised {result.error}" if result.status == "error" else f"returned something that is not arrays "
                                                                     f"of numbers ({result.error or 'bad return'})")
        compared.append((label, args, returned, expected))
    if run.status == "ok" and len(compared) < len(calls):
        run_status, detail = "crashed", "the code stopped before every call was made"
    else:
        run_status, detail = run.status, _run_detail(run.status, run.detail)
    check = check_code(part, compared, run_status, detail)
    # No timings: results.json must be byte-identical for the same input.
    details = {**check.details, "stdout": run.stdout, "run": _run_detail(run.status, run.detail)}
    if run.isolation:  # how the code was isolated: namespaces or the audit hook alone, seccomp or not
        details["isolation"] = run.isolation
    if check.details.get("calls"):  # the report shows each call's arguments and both sides' arrays
        details["calls"] = [{**shown, "args": _shown_value(args), "expected": _shown_value(expected),
                             "returned": None if isinstance(returned, str) else _shown_value(returned)}
                            for shown, (_, args, returned, expected) in zip(check.details["calls"], compared)]
    feedback = _with_order_note(check, opts, answer, calls[0][1] if calls else {})
    check = Check(check.verdict, check.credit, feedback, check.expected, check.mistake, check.review, details)
    return _result(part, answer, check, [], ctx.spec.review_threshold)



_TIMING = re.compile(r" in \d+(?:\.\d+)? ?m?s\b")


def _run_detail(status: str, detail: str) -> str:
    """The sandbox's account of a run, without what depends on the machine's load: no
    timings, and one wording for a timeout whichever limit (CPU or wall clock) hit first."""
    if status == "timeout":
        call = re.search(r"(?:during|in) call \d+ of \d+", detail)
        return "ran out of time" + (f" {call.group(0)}" if call else "")
    return _TIMING.sub("", detail)

#: Numbers one call's value may show in a report; a larger value is summarised by its shape.
_SHOWN_NUMBERS = 64


def _shown_value(value: Any) -> Any:
    """A call's arguments or returned arrays as plain lists for the report, or a note when too large."""
    if isinstance(value, dict):
        return {str(k): _shown_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and not all(isinstance(v, (int, float)) for v in value):
        return [_shown_value(v) for v in value]
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return str(value)[:200]
    if array.size > _SHOWN_NUMBERS:
        return f"an array of shape {array.shape}, too large to show"
    return array.tolist()


def grade_document(document: Document, ctx: Context, seconds: float | None = None) -> StudentResult:
    """Grade a document that has been read; reading answers stops after ``seconds`` (by
    default the batch's per-submission time limit) and the parts say so."""
    spec = ctx.spec
    ex = extract(document, spec, ctx.read_seconds if seconds is None else seconds, ctx.reading_index)
    parts: list[PartResult] = []
    for question in spec.questions:
        for part in question.parts:
            answer = ex.answers.get(part.id)
            if answer is None:
                if part.kind == "code":
                    feedback = f"No program file defines {part.code.function}()." if part.code else "No code found."
                else:
                    feedback = "No answer to this part was found."
                parts.append(_missing(part, ex.missing_review.get(part.id), feedback))
            elif part.kind in VALUE_KINDS:
                parts.append(_numeric(ctx, part, question, answer, ex))
            elif part.kind == "formula":
                assert ctx.reference is not None
                check = check_formula(part, answer, ctx.reference.function)
                extra = [_alternative_reason(answer, other, would) for other in answer.alternatives
                         if (would := check_formula(part, other, ctx.reference.function)).credit != check.credit]
                if not extra:
                    extra = _better_elsewhere(answer, check, lambda a: check_formula(part, a, ctx.reference.function))
                parts.append(_result(part, answer, check, extra, spec.review_threshold))
            else:
                parts.append(_code(ctx, part, answer, document))
    parts = _resting_on_others(parts, ctx.dependencies)
    parts = _unchecked_follow_through(parts, ctx.dependencies)
    parts = _with_pages(parts, document, {p.id for p in spec.parts if p.kind == "code"})
    return StudentResult(document.student, "graded", total(parts), spec.max_score, tuple(parts),
                         files=document.files, notes=ex.notes, warnings=document.warnings + ex.skipped,
                         pages=_shown_pages(document.pages))


def _shown_pages(pages: tuple[PageInfo, ...]) -> tuple[PageInfo, ...]:
    """The pages a report lists: those not read from their own text layer, blank ones left out."""
    return tuple(p for p in pages if p.layer != "text" and p.reason != BLANK)


def _with_pages(parts: list[PartResult], document: Document, code_parts: set[str]) -> list[PartResult]:
    """Parts with the page around their answer, and flagged where the page was read by OCR or not at all.

    An answer read by OCR is graded, and a person confirms it against the page; a part not
    found in a submission with pages that could not be read may be on one of them, so it
    is flagged for a person, never left silently missing (a code part is looked for in
    program files, never on a page).
    """
    if not document.originals:
        return parts
    found = [p for p in parts if p.evidence is not None]
    images = dict(zip((p.id for p in found), evidence_images(document, [p.evidence for p in found])))
    unread = [p for p in document.pages if not p.readable and p.reason != BLANK]
    ocr_read = [p for p in document.pages if p.layer == "ocr"]
    out = []
    for part in parts:
        reasons = list(part.review_reasons)
        evidence = part.evidence
        details = part.details
        if evidence is not None:
            block = block_of(document, evidence)
            if block is not None and block.trust == "ocr":
                reasons.insert(0, f"read by OCR (page {evidence.page or 1} of {evidence.file}): confirm the value "
                                  f"against the page")
                details = {**part.details, "read_by": "ocr"}
            elif block is not None and has_unmapped(_line_of(block, evidence.line)):
                reasons.append(f"the PDF's text of this line has glyphs that map to no letter (a font without a "
                               f"Unicode map): confirm the value against the page")
            if images.get(part.id):
                evidence = dataclasses.replace(evidence, image=images[part.id])
        elif part.id in code_parts:
            pass
        elif unread and part.verdict == "missing":
            reasons.append(f"{_page_list(unread)} could not be read ({unread[0].reason}): the answer may be there; "
                           f"a person must read the page")
        elif ocr_read and part.verdict == "missing":
            reasons.append(f"not found in the text our OCR read from {_page_list(ocr_read)}, which may have misread "
                           f"it: a person should look at the page")
        if reasons != list(part.review_reasons) or evidence is not part.evidence:
            part = dataclasses.replace(part, review=bool(reasons), review_reasons=tuple(reasons), evidence=evidence,
                                       details=details)
        out.append(part)
    return out


def _line_of(block: Block, line: int) -> str:
    lines = block.text.split("\n")
    return lines[min(max(line - block.line, 0), len(lines) - 1)]


def _page_list(pages: list[PageInfo]) -> str:
    by_file: dict[str, list[int]] = {}
    for page in pages:
        by_file.setdefault(page.file, []).append(page.page)
    said = [("page " if len(n) == 1 else "pages ") + ", ".join(map(str, n)) + f" of {f}" for f, n in by_file.items()]
    return "; ".join(said)


def error_result(student: str, spec: Spec, message: str, pages: tuple[PageInfo, ...] = ()) -> StudentResult:
    """A submission that could not be graded: every part missing, the reason kept (and its pages, to be read)."""
    # Every part is in the review queue: its zero is the reading's failure, not the student's, and the queue
    # is where a TA looks part by part (the error says why; a scan's pages are shown to be read).
    reason = "the submission could not be read, so this part could not be graded: a person must grade it"
    parts = tuple(_missing(p, reason, "The submission could not be read.") for p in spec.parts)
    return StudentResult(student, "error", 0.0, spec.max_score, parts, error=message, pages=_shown_pages(pages))


def grade_path(path: Path, ctx: Context) -> StudentResult:
    """Read and grade one submission entry; a failure becomes an ``error`` result, never an exception."""
    result = _grade_path(path, ctx)
    name = submission_name(path)
    return result if name is None else dataclasses.replace(result, name=name)


def _grade_path(path: Path, ctx: Context) -> StudentResult:
    student = submission_id(path)
    try:
        limits = DEFAULT_LIMITS if ctx.read_seconds == DEFAULT_LIMITS.max_seconds else dataclasses.replace(
            DEFAULT_LIMITS, max_seconds=ctx.read_seconds)
        started = time.monotonic()
        document = read_submission(path, limits=limits, max_file_bytes=ctx.max_file_bytes)
        # One budget for the submission: what reading used is not given to extraction again.
        return grade_document(document, ctx, max(1.0, ctx.read_seconds - (time.monotonic() - started)))
    except NoTextError as exc:  # pages only a person can read: the report shows them
        return error_result(student, ctx.spec, display_name(str(exc)), exc.pages)
    except GraderError as exc:  # unreadable files, a reference failing at stated values
        return error_result(student, ctx.spec, display_name(str(exc)))
    except Exception as exc:  # a bug of ours must not stop the batch: record it for a person
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return error_result(student, ctx.spec, display_name(
                            f"internal error while grading ({type(exc).__name__}: {exc} at "
                            f"{Path(where.filename).name}:{where.lineno}); please report it"))
