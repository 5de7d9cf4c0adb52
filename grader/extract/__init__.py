"""Extract: each part's answer and its evidence from a ``Document``.

``extract(document, spec)`` matches sections to questions by content, then finds every
part's concluding answer inside its question's sections, with a confidence and the
reasons a person should look. It compares nothing with the reference: that is ``check``.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field

import numpy as np

from ..models import Answer, Block, Document, Evidence, Note
from ..spec import Part, Question, Spec
from .bounds import Deadline, readable
from .code import find_code, only_in_notebook
from .formula_answers import find_formula
from .index import SpecIndex
from .kinds_choice import find_choice
from .kinds_formula import find_expression
from .kinds_locate import summary_rows
from .missing import kinds_of, label_unread, numbered_unread, unmatched_text
from .numbered import flag_misnumbered
from .legend import apply_legend, find_legend
from .kinds_values import fallback_number, find_array, find_interval, find_tuple, widen_number
from .normalize import (arabic_question_numbers, bracketed_displayed_rows, compact, decimal_comma_rows,
                        rejoin_wrapped_numbers, unfold_printed_dicts, unwrapped_script_words,
                        without_concise_uncertainty, without_inline_code_marks, without_num_macros,
                        without_pictographs)
from .rules import LIMITS, weight
from .rules import confidence as support_confidence
from .sections import Section, question_numbers, split_sections
from .statements import COMMITTED, statements, value_of
from .evidence import excerpt as _excerpt
from .values import Candidate, ScanResult, best_candidate, numbers_in, scan_question

__all__ = ["Extraction", "SpecIndex", "extract"]


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one submission."""

    answers: dict[str, Answer | None]
    """Part id -> its answer, or None where none was found."""
    missing_review: dict[str, str] = field(default_factory=dict)
    """Part id -> why a person should look although nothing was found."""
    parameters: dict[str, dict[str, float]] = field(default_factory=dict)
    """Question id -> the problem values the submission states."""
    parameter_evidence: dict[str, dict[str, Evidence]] = field(default_factory=dict)
    parameter_conflicts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Question id -> problem values the submission states twice, differently."""
    notes: tuple[Note, ...] = ()
    sections: tuple[Section, ...] = ()
    skipped: tuple[str, ...] = ()
    """Text not read for answers (logs, dumps, what the deadline left), said for a person."""


def _admissible_numeric(question: Question, part: Part, scan: ScanResult, blocks: tuple[Block, ...],
                        everything: tuple[Block, ...], threshold: float) -> Answer | None:
    """A number part's answer: the best reading the part admits. A best reading outside where the answer can
    lie ("≈ 0.0439, which matches 53,952 / 1,228,800 = 0.0439" for a count) is something else of the working:
    the reading is made again without it (its equals stay), not given up for the rival it outweighed."""
    cands = scan.candidates.get(part.id, [])
    siblings = tuple(p.id for p in question.parts if p.id != part.id)
    set_aside: Candidate | None = None
    for _ in range(LIMITS.inadmissible_retries + 1):
        answer = widen_number(part, _numeric_answer(part.id, cands, threshold, scan, siblings))
        if answer is None and part.kind != "matrix":
            answer = fallback_number(question, part, blocks, everything)
        if answer is None or "value" not in answer.value or (
                part.admits(answer.value["value"]) and _whole_if_counted(part, answer.value["value"])):
            if answer is not None and set_aside is not None and answer.confidence < support_confidence(set_aside.score):
                # a weaker reading than the one set aside: what the student meant may be neither
                answer = dataclasses.replace(answer, review=answer.review + (
                    f"the reading best supported, {set_aside.text.strip()} (line "
                    f"{set_aside.block.line_at(set_aside.start)}), cannot answer this part; a weaker one was read: "
                    f"check it",))
            return answer
        where = answer.evidence
        left = [c for c in cands if not (where is not None and c.text.strip() == answer.text
                                         and c.block.line_at(c.start) == where.line)]
        if len(left) == len(cands):
            break  # (a reading no candidate gave: the fallback's)
        set_aside = set_aside or max((c for c in cands if c not in left), key=lambda c: c.score)
        cands = left
    return None  # outside where the answer can lie: something else of the working


def _numeric_answer(part_id: str, cands: list[Candidate], threshold: float, scan: ScanResult,
                    siblings: tuple[str, ...] = ()) -> Answer | None:
    cands = _others_demoted(_steps_demoted(cands, scan), scan, siblings)
    best = best_candidate(cands)
    if best is None:
        return None
    best = _precise_form(best, cands)
    worked = None
    if (closing := _closing_restatement(best, cands, scan)) is not None:
        # the student's last word on the part is the closing table's: it is read, the working's value beside it
        worked, best = best, _precise_form(closing, cands)
    review: list[str] = []
    if best.guess:
        review.append(best.guess)
    confidence = support_confidence(best.score)
    if confidence < threshold and not best.guess:
        review.append(f"the value was read with low confidence ({best.why})")
    # Two values the student presents equally firmly as the answer: say so.
    for other in cands:
        if other is best or other.score < max(LIMITS.rival_support, best.score):
            continue
        if _is_rounding_of(best, other):
            continue  # "53,952 (≈ 54K)": the same answer rounded, not another one
        if not np.isclose(other.value, best.value, rtol=1e-9, atol=0):
            review.append(f"two different answers are given: {other.text.strip()} (line "
                          f"{other.block.line_at(other.start)}) and {best.text.strip()} (line "
                          f"{best.block.line_at(best.start)}); the later one was graded")
            break
    if best.unlabelled and any(not scan.candidates.get(p) for p in siblings):
        # values before any label are the question's first part's only by position; where another part of the
        # question has no value at all, another such value, of another size, may be its answer ("std conv =
        # 1.2288e6, dw-sep = 5.3952e4" under labels the spec lacks)
        unnamed = next((c for c in reversed(cands) if c.unlabelled and c.order < best.order and not scan.consumed(c)
                      and not math.isclose(c.value, best.value, rel_tol=1e-9, abs_tol=0)), None)
        if unnamed is not None:
            review.append(f"no label names this part: {unnamed.text.strip()} (line {unnamed.block.line_at(unnamed.start)}) "
                          f"and {best.text.strip()} (line {best.block.line_at(best.start)}) open the question "
                          f"unnamed, and the later was read for its first part")
    for order, part, where in scan.retractions:
        if part == part_id and order >= best.order:
            review.append(f"the student looks at this part again after the value read (line {where.line}: "
                          f"{where.excerpt.strip()[:80]!r}) and gives no new value: check which answer stands")
            break
    said = next((where for part, where in scan.unattempted if part == part_id), None)
    if said is not None:
        review.append(f"the student says this part is not answered (line {said.line}: {said.excerpt.strip()[:80]!r}); "
                      f"{best.text.strip()[:40]} (line {best.block.line_at(best.start)}) was read for it: check it "
                      f"is the student's answer")
    alternatives = _alternatives(part_id, best, cands, scan)
    if worked is not None:
        alternatives = (_as_answer(part_id, worked, support_confidence(worked.score)), *alternatives)
    answer = dataclasses.replace(_as_answer(part_id, best, confidence), review=tuple(review),
                                 alternatives=alternatives, elsewhere=_elsewhere(part_id, best, cands, alternatives))
    if best.offered is None and not best.hedged and not _committed(best) and any(
            part == part_id and (order >= best.order or best.block.line <= where.line <= best.block.end_line
                                 or any(order < c.order < best.order and not math.isclose(c.value, best.value,
                                                                                        rel_tol=1e-9, abs_tol=0)
                                        for c in cands))
            for order, part, where in scan.undecided):
        # "One-tailed: … = 0.0359 / Two-tailed: … = 0.0719 / I could not decide which": the value before is offered
        # too; so it is when the doubt opens the paragraph ("I am not sure what is asked. If … 4,800; if … 53,952"), or
        # comes before the values it leaves undecided ("I wasn't sure which one is wanted so I give both: - 0.0359 …")
        before = max((c for c in cands if c.order < best.order and math.isfinite(c.value)
                      and not math.isclose(c.value, best.value, rel_tol=1e-9, abs_tol=0)),
                     key=lambda c: c.order, default=None)
        if before is not None:
            best = dataclasses.replace(best, offered=before.value)
    if best.offered is None and not best.hedged and (restated := next(
            (c for c in cands if c.order > best.order and c.offered is not None
             and math.isclose(c.value, best.value, rel_tol=1e-9, abs_tol=0)), None)) is not None:
        # "**4.41**" in the working, then "| 5c | 4.41 or 4.8 |" in the closing table: the later word offers both
        best = dataclasses.replace(best, offered=restated.offered)
    if best.hedged or best.offered is not None:
        # "± 0.00443", "4.41 (or 2.41 …)": the other reading is the student's too; the part is graded at the lesser
        value = -best.value if best.hedged else best.offered
        lesser = _as_answer(part_id, dataclasses.replace(best, value=value, exact=None, hedged=False, offered=None,  # type: ignore[arg-type]
                                                        text=f"{value:g}"), confidence)
        hedge = "with both signs (±)" if best.hedged else f"with another value offered beside it ({value:g})"
        answer = dataclasses.replace(answer, alternatives=(lesser, *answer.alternatives),
                                     details={**answer.details, "hedged": True, "hedged_as": hedge})
    return answer


def _committed(cand: Candidate) -> bool:
    """Whether the line of ``cand`` commits to it ("I'll go with the MobileNet one → **53,952**")."""
    text = cand.block.text
    line = text[text.rfind("\n", 0, cand.start) + 1:cand.start].replace("’", "'")
    return COMMITTED.search(line) is not None


def _steps_demoted(cands: list[Candidate], scan: ScanResult) -> list[Candidate]:
    """A candidate whose value a later expression uses as an operand ("75 MACs … ⇒ 75 * 8*8*256 =
    12,28,800") loses the ``used_later`` weight, when the part has a later claim that no expression
    uses: it is a step of the working. (Another part's working may be what uses it, as a variance
    uses the mean: then a later unlabelled value of the part wins, and the part is flagged when
    both readings grade differently; the corpora's gap files hold two such rows.) A value the part's
    label names ("z = 1.8", then "P(Z > 1.8) = 0.0359") is a step only where a later value is named too."""
    out = []
    for cand in cands:
        if scan.consumed(cand) and any(c.order > cand.order and not scan.consumed(c) and not c.foreign
                                       and (c.named or not cand.named) for c in cands):
            cand = dataclasses.replace(cand, score=cand.score + weight("used_later"),
                                       why=f"{cand.why}; used by a later expression (a step)")
        out.append(cand)
    return out


def _claims_for_its_part(cand: Candidate) -> bool:
    """Whether a candidate is given for its part by the part's own label or marker ("(b) 53952", "z = 1.8"), not
    only by where it stands (the part the working was last about)."""
    return cand.named or cand.own_row or cand.why.startswith(("given as", "after the marker")) \
        or "; given as" in cand.why


def _others_demoted(cands: list[Candidate], scan: ScanResult, siblings: tuple[str, ...]) -> list[Candidate]:
    """A value taken for the part only by where it stands, that the student then gives as another part's answer
    by that part's marker or label ("Result: 53952" under (a)'s working, then "**(b)** 53952"), loses the
    ``another_parts_value`` weight: it is that part's answer, worked out early."""
    later = [c for pid in siblings for c in scan.candidates.get(pid, ()) if _claims_for_its_part(c)]
    if not later:
        return cands
    out = []
    for cand in cands:
        if not _claims_for_its_part(cand) and any(
                c.order > cand.order and math.isclose(c.value, cand.value, rel_tol=1e-9, abs_tol=0) for c in later):
            cand = dataclasses.replace(cand, score=cand.score + weight("another_parts_value"),
                                       why=f"{cand.why}; given later as another part's answer")
        out.append(cand)
    return out


def _by_position(question: Question, scan: ScanResult) -> None:
    """A question whose values no label ever names ("N_std = … = [1,228,800]", "N_dw-sep =
    … = [53,952]"; two expressions and the values an interpreter prints), with exactly one
    best-supported value per numeric part, closing the question: read them in the sheet's
    order of the parts, each flagged as a positional reading for a person to confirm."""
    numeric = [p for p in question.parts if p.kind in ("integer", "number")]
    if len(numeric) < 2:
        return
    first = scan.candidates.get(numeric[0].id, [])
    if not first or not all(c.unlabelled for c in first) or any(scan.candidates.get(p.id) for p in numeric[1:]):
        return
    ordered = sorted(first, key=lambda c: c.order)
    top = max(c.score for c in first)
    concluding = [c for c in ordered if c.score == top]
    if top < weight("after_relation") or len(concluding) != len(numeric) or concluding != ordered[-len(numeric):]:
        return  # one best-supported value per part, and they are the question's last: read by position
    for part, cand in zip(numeric, concluding):
        scan.candidates[part.id] = [dataclasses.replace(
            cand, part=part.id, why=f"{cand.why}; the {_ORDINALS[numeric.index(part)]} of {len(numeric)} "
                                    f"values marked as answers, read by position",
            guess=(f"read by position: no label names this question's values, so the "
                   f"{_ORDINALS[numeric.index(part)]} value marked as an answer was taken for this part"))]


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _precise_form(best: Candidate, cands: list[Candidate]) -> Candidate:
    """A concluding value that restates another rounded ("1.23 M" in a summary after "=
    1,228,800" in the working; "≈ 1.23 million (exact: 1,228,800)") is the same claim: the
    precise form is the answer, and the rounded one stays a reading that the counterfactual
    check weighs (a different grade flags it)."""
    if not best.sig_figs:
        return best
    # (a summary's column headed "answer" adds an answer word's weight to a restatement: not to the gap)
    floor = max(LIMITS.alternative_floor,
                best.score - LIMITS.alternative_margin - (weight("answer_word") if best.summary else 0.0))
    for cand in sorted(cands, key=lambda c: c.order, reverse=True):
        # (a precise form written after the answer restates it only as firmly: one read as another part's working
        # does not, "a) M[Y] = 1 / b) … M[Y] = 1.1")
        if (cand is not best and not cand.guess and (cand.sig_figs or 99) > best.sig_figs
                and cand.value != best.value and _is_rounding_of(cand, best)
                and ((cand.score >= (floor if cand.order < best.order else max(floor, best.score))
                      and (cand.order > best.order or _same_line(cand, best)))
                     or (_same_line(best, cand) and _EXACT_NOTE.fullmatch(best.block.text, best.end, cand.start)))):
            return cand
    return best


# A bracket right after a value that gives its exact form: "≈ **0.66** (exact: 0.6591 to 4 d.p.)".
_EXACT_NOTE = re.compile(r"[*_$}\s]*\([ \t]*(?:exact(?:ly)?|precisely|unrounded|more precisely|to more (?:digits|places))"
                         r"[ \t:=,]*(?:value[ \t:=]*)?[$*_]*", re.IGNORECASE)


def _same_line(first: Candidate, then: Candidate) -> bool:
    """Whether ``then`` follows ``first`` on its line: "= 1,228,800 ≈ 1.23 × 10⁶", "53,952 (≈ 54K)", a row
    "| 2(i) | 1,228,800 | 1.23 × 10⁶ |" give the precise answer with its rounding beside it. A rounded value
    on a later line ("Final answer: ≈ 0.42" after "= 0.4213") is the student's last word, graded as written,
    with the precise working a reading that the counterfactual check weighs."""
    return first.block is then.block and first.end <= then.start and "\n" not in first.block.text[first.end:then.start]


def _closing_restatement(best: Candidate, cands: list[Candidate], scan: ScanResult) -> Candidate | None:
    """A value of a closing table of answers (a column headed "answer", after the working, on the row the
    part's marker opens) that differs
    from the working's answer, and is no rounding of it: the student concluded twice, differently, and
    the table is their last word (the working's value stays a reading graded beside it, and the two
    given answers are flagged). The table's first such value of the part (its row's precise form)."""
    if best.summary:
        return None
    later = [c for c in cands if c.own_row and c.order > best.order and not scan.consumed(c)
             and math.isfinite(c.value) and not math.isclose(c.value, best.value, rel_tol=1e-9, abs_tol=0)
             and not _is_rounding_of(best, c) and not _is_rounding_of(c, best)]
    if not later:
        return None
    top = max(c.score for c in later)
    return min((c for c in later if c.score == top), key=lambda c: c.order)


def _is_rounding_of(best: Candidate, other: Candidate) -> bool:
    """Whether ``other`` is ``best`` rounded to the figures ``other`` is written with."""
    return bool(other.sig_figs) and _rounds_to(best.value, other.sig_figs) == other.value  # type: ignore[arg-type]


def _rounds_to(value: float, sig_figs: int) -> float:
    """``value`` rounded to ``sig_figs`` significant figures."""
    return float(f"{value:.{max(1, sig_figs)}g}") if math.isfinite(value) else value


def _as_answer(part_id: str, cand: Candidate, confidence: float) -> Answer:
    return Answer(part=part_id, text=cand.text.strip(),
                  value={"value": cand.value, "sig_figs": cand.sig_figs, "exact": cand.exact},
                  evidence=_excerpt(cand.block, cand.start, cand.end), confidence=confidence,
                  details={"how": cand.why})


def _alternatives(part_id: str, best: Candidate, cands: list[Candidate], scan: ScanResult) -> tuple[Answer, ...]:
    """Runner-up readings that could conclude the part instead of the best: claims *after*
    it (the best beat the last word on support alone), nearly as well supported
    (``rules.LIMITS.alternative_*``), whose value no later expression uses (a term of a
    sum, ``75`` in ``8·8·256·75``, is working). The best-supported of each value."""
    # (a summary's column headed "answer" adds an answer word's weight to a restatement: not to the gap)
    floor = max(LIMITS.alternative_floor,
                best.score - LIMITS.alternative_margin - (weight("answer_word") if best.summary else 0.0))
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.score, c.order), reverse=True):
        if cand.score < floor and cand.order > best.order and not scan.consumed(cand) and _is_rounding_of(best, cand) \
                and not _rounded_aside(best, cand) and not any(math.isclose(cand.value, c.value, rel_tol=1e-9, abs_tol=0)
                                                               for c in chosen):
            # "Total 1792, so roughly 1.8k (≈ 1.8 × 10³)": the answer restated rounded later, however weakly, is
            # the student's last word on it: graded beside the answer (a rounding the spec grades lower is flagged)
            chosen.append(cand)
            if len(chosen) == 3:
                break
            continue
        if cand.score < floor or not math.isfinite(cand.value):
            continue
        if cand.order < best.order or scan.consumed(cand) or _rounded_aside(best, cand):
            continue
        if any(math.isclose(cand.value, c.value, rel_tol=1e-9, abs_tol=0) for c in [best, *chosen]):
            continue
        chosen.append(cand)
        if len(chosen) == 3:  # a passage with more rivals is flagged by the first already
            break
    return tuple(_as_answer(part_id, c, support_confidence(c.score)) for c in chosen)


def _rounded_aside(best: Candidate, cand: Candidate) -> bool:
    """"53,952 (≈ 54K)": the answer rounded in brackets right after it, an aside, not a rival."""
    if cand.block is not best.block or not _is_rounding_of(best, cand):
        return False
    between = best.block.text[best.end:cand.start]
    return 0 <= len(between) <= LIMITS.rounded_aside_gap and "(" in between


def _elsewhere(part_id: str, best: Candidate, cands: list[Candidate], alternatives: tuple[Answer, ...]
               ) -> tuple[Answer, ...]:
    """Every other value claimed for the part, the best-supported of each value first, up to
    ``LIMITS.elsewhere_max``: what a TA's eye would fall on when the reading earns little."""
    seen = [best.value, *(a.value["value"] for a in alternatives)]
    found: list[Answer] = []
    for cand in sorted(cands, key=lambda c: (c.score, c.order), reverse=True):
        if not math.isfinite(cand.value) or any(math.isclose(cand.value, v, rel_tol=1e-9, abs_tol=0) for v in seen):
            continue
        seen.append(cand.value)
        found.append(_as_answer(part_id, cand, support_confidence(cand.score)))
        if len(found) == LIMITS.elsewhere_max:
            break
    return tuple(found)


def _consistency_notes(question: Question, matrices: list, threshold_notes: list[Note]) -> None:
    """Two computations of the same arrays (by hand and by program) that disagree."""
    for rule in question.consistency:
        first_labels = [compact(x) for x in rule.first]
        second_labels = [compact(x) for x in rule.second]
        groups: dict[str, list] = {"first": [], "second": []}
        current = None
        for block, start, matrix, before in matrices:
            pos_a = max((before.rfind(lab) for lab in first_labels), default=-1)
            pos_b = max((before.rfind(lab) for lab in second_labels), default=-1)
            if pos_a >= 0 or pos_b >= 0:
                current = "first" if pos_a > pos_b else "second"
            if current:
                groups[current].append((block, start, matrix))
        for (b1, s1, m1), (b2, s2, m2) in zip(groups["first"], groups["second"]):
            a1, a2 = m1.to_array().ravel(), m2.to_array().ravel()
            if a1.size != a2.size:
                continue
            tol = rule.tolerance
            close = np.isclose(a1, a2, rtol=tol.relative or 0.0, atol=tol.absolute or 0.0)
            if not close.all():
                k = int(np.argmin(close))
                message = (f"{rule.message}: {a1[k]:.8g} (line {b1.line_at(s1)}) against "
                           f"{a2[k]:.8g} (line {b2.line_at(s2)})")
                threshold_notes.append(Note(question.id, message, _excerpt(b2, s2, s2 + len(m2.text))))


def _numbers(question: Question, numbered: dict[str, frozenset[int]]) -> frozenset[int]:
    """The numbers the student gives ``question``; where they give it none, the sheet's number, unless
    the student gives that number to another question ("| 4 | No |" in a closing table)."""
    if numbered.get(question.id):
        return numbered[question.id]
    taken = {n for numbers in numbered.values() for n in numbers}
    return frozenset({question.number}) if question.number is not None and question.number not in taken else frozenset()


def _whole_if_counted(part: Part, value: float) -> bool:
    """Whether ``value`` can answer an integer part: a whole number (to rounding of a scaled reading, "0.053952 M").
    A fraction read for a count ("-0.3", a matrix's entry beside it) is something else of the working: the
    part is then missing and flagged, never graded at that value."""
    return part.kind != "integer" or abs(value - round(value)) <= 1e-6 * max(1.0, abs(value))


def _drop_other_parts_answers(answers: dict[str, Answer | None]) -> None:
    """A runner-up whose value is another part's answer is that part's, not a rival reading
    ("dE/dw11 = 0.0044 and dE/dw21 = 0.037" read on into the next part's value)."""
    values = {pid: a.value["value"] for pid, a in answers.items()
              if a is not None and isinstance(a.value, dict) and isinstance(a.value.get("value"), float)}
    for part_id, answer in answers.items():
        if answer is None or not answer.alternatives:
            continue
        kept = tuple(alt for alt in answer.alternatives
                     if not isinstance(alt.value.get("value"), float)
                     or not any(pid != part_id and math.isclose(alt.value["value"], v, rel_tol=1e-9, abs_tol=0)
                                for pid, v in values.items()))
        if kept != answer.alternatives:
            answers[part_id] = dataclasses.replace(answer, alternatives=kept)


#: Readers of the kinds made of several values or of words (issue 12), by kind.
_KIND_READERS = {"tuple": find_tuple, "vector": find_array, "interval": find_interval, "choice": find_choice}


def _verbatim(answer: Answer | None, lines: dict[tuple, str]) -> Answer | None:
    """``answer`` (and the readings beside it) with each excerpt of a mended line shown as the student wrote the
    line ("\\num{0.2553}", "✅ **7.19**"), where it holds what was read."""
    if answer is None:
        return None
    evidence = answer.evidence
    if evidence is not None and "\n" not in evidence.excerpt and (
            original := lines.get((evidence.file, evidence.page, evidence.cell, evidence.line))) is not None \
            and original != evidence.excerpt and evidence.highlight and evidence.highlight in original \
            and len(original) <= 400:
        evidence = dataclasses.replace(evidence, excerpt=original)
    alternatives = tuple(_verbatim(a, lines) for a in answer.alternatives)
    elsewhere = tuple(_verbatim(a, lines) for a in answer.elsewhere)
    if evidence is answer.evidence and all(x is y for x, y in zip(alternatives + elsewhere,
                                                                  answer.alternatives + answer.elsewhere)):
        return answer  # (by identity: a reading's value may be an array, which no == decides)
    return dataclasses.replace(answer, evidence=evidence, alternatives=alternatives, elsewhere=elsewhere)


def _mended(block: Block) -> str:
    """A block's text as the reader reads it: a program's code as written; a printed dictionary of answers one
    entry a line (a cell's output, or a page of it); prose with its wrapped numbers whole, its Roman question
    numbers in digits, Markdown's inline code as its text, siunitx's numbers as numbers, a value's uncertainty in
    brackets dropped ("4.43(1)"), a matrix in a decimal-comma locale ("[0,15; −0,2]") as the decimal point writes it,
    an upright word in an index
    as the word, a displayed row vector in brackets and no pictographs."""
    if block.kind == "code":
        return unfold_printed_dicts(block.text)
    text = block.text if block.file.endswith(".tex") else without_inline_code_marks(block.text)  # (TeX's ``quotes'')
    text = bracketed_displayed_rows(without_pictographs(without_concise_uncertainty(without_num_macros(
        decimal_comma_rows(unwrapped_script_words(unfold_printed_dicts(text)))))))
    return arabic_question_numbers(rejoin_wrapped_numbers(text))


def extract(document: Document, spec: Spec, seconds: float | None = None, index: SpecIndex | None = None
            ) -> Extraction:
    """Find every part's answer in ``document``, within ``seconds`` when given.

    ``index`` is the spec prepared for reading (``SpecIndex.of(spec)``); a batch builds it
    once and passes it in. Logs and dumps are left out first (``bounds``), so the work is
    linear in the text a person wrote; past the deadline the rest is not read, and every
    part says so.
    """
    if index is None or index.spec is not spec:
        index = SpecIndex.of(spec)
    vocab = index.vocabulary
    blocks_read, left_out = readable(document.blocks)
    skipped = [s.describe() for s in left_out]
    mended = tuple(b if (text := _mended(b)) == b.text else dataclasses.replace(b, text=text) for b in blocks_read)
    if (legend := find_legend(mended, spec)) is not None:
        mended = apply_legend(mended, legend)  # "(i) = Q1(a), …": the student's labels read as the sheet's
    if left_out or any(m is not b for m, b in zip(mended, blocks_read)):
        document = dataclasses.replace(document, blocks=mended)
    deadline = Deadline(seconds)
    sections = split_sections(document, spec, vocab, index.keywords, sheet_numbered=legend is not None)
    numbered = question_numbers(sections)
    answers: dict[str, Answer | None] = {}
    missing_review: dict[str, str] = {}
    unattempted: set[str] = set()  # parts the student says are not answered ("(b): not attempted")
    parameters: dict[str, dict[str, float]] = {}
    parameter_evidence: dict[str, dict[str, Evidence]] = {}
    notes: list[Note] = []
    conflicts: dict[str, tuple[str, ...]] = {}
    section_of = [s.question for s in sections for _ in s.blocks]
    for question in spec.questions:
        everything = tuple(b for s in sections for b in s.blocks)
        own = {i for i, b in enumerate(everything) if section_of[i] == question.id}
        blocks: tuple[Block, ...] = tuple(everything[i] for i in sorted(own))
        others = tuple(index.questions[q.id] for q in spec.questions if q.id != question.id)
        scan = scan_question(index.questions[question.id], everything, own, others, deadline,
                             _numbers(question, numbered))
        parameters[question.id] = {k: v for k, (v, _) in scan.parameters.items()}
        parameter_evidence[question.id] = {k: e for k, (_, e) in scan.parameters.items()}
        conflicts[question.id] = tuple(scan.conflicts)
        unattempted.update(part for part, _ in scan.unattempted)
        _consistency_notes(question, scan.matrices, notes)
        _by_position(question, scan)
        for part in question.parts:
            # The newer kinds have readers of their own (kinds_*.py, issue 12); a number part's value is
            # then read to the end of its quantity (a percent sign, a scale word).
            if part.kind in _KIND_READERS or part.whole_array:
                reader = _KIND_READERS["vector" if part.whole_array else part.kind]
                answer = reader(question, part, blocks, everything)
            elif part.kind in ("integer", "number", "matrix"):
                answer = _admissible_numeric(question, part, scan, blocks, everything, spec.review_threshold)
            elif part.kind == "formula" and part.formula is not None and (
                    part.formula.subject != "loss" or part.formula.definitions or part.formula.functions):
                answer = find_expression(question, part, blocks, everything)  # a gradient, an estimator (issue 12)
            elif part.kind == "formula":
                # a closing table's row elsewhere that names the part by number restates the answer
                answer = find_formula(part, blocks + summary_rows(question, part, blocks, everything),
                                      spec.review_threshold)
            else:
                answer = find_code(part, document)
                if answer is None and (why := only_in_notebook(part, document)):
                    missing_review[part.id] = why
            answers[part.id] = answer
            if answer is None and part.kind != "code" and blocks and numbers_in(blocks) + len(blocks) > 1:
                first, last = blocks[0], blocks[-1]
                missing_review[part.id] = (
                    f"no answer to this part was recognised, though {first.file} lines "
                    f"{first.line}–{last.end_line} answer this question: check by hand")
    _drop_other_parts_answers(answers)
    unmatched_text(sections, answers, missing_review, spec)
    label_unread(spec, tuple(b for s in sections for b in s.blocks), answers, missing_review)
    numbered_unread(spec, sections, answers, missing_review)
    flag_misnumbered(spec, sections, answers)
    for part_id in unattempted:
        if answers.get(part_id) is None:
            missing_review.pop(part_id, None)  # no answer, as the student says: nothing for a person to look for
    if left_out:
        for part_id, answer in answers.items():
            if answer is None and part_id not in missing_review and kinds_of(spec)[part_id] != "code":
                missing_review[part_id] = (f"no answer to this part was found in what was read; "
                                           f"{skipped[0]}{' (and more)' if len(skipped) > 1 else ''}: check there")
    if document.not_read:
        # "Q5 is in analysis.Rout": a file of the folder the grader does not read may hold what was found nowhere
        shown = document.not_read[0] + (" (and more)" if len(document.not_read) > 1 else "")
        for part_id, answer in answers.items():
            if answer is None and part_id not in missing_review and kinds_of(spec)[part_id] != "code":
                missing_review[part_id] = f"no answer to this part was found in what was read; {shown}: check there"
    if deadline.stopped_at is not None:
        where = deadline.stopped_at
        stop = (f"reading stopped at the time limit at {where.file} line {where.line}: the rest was not read "
                f"for answers; check by hand")
        skipped.append(stop)
        for part_id, answer in answers.items():
            if answer is not None:
                answers[part_id] = dataclasses.replace(answer, review=answer.review + (stop,))
            elif kinds_of(spec)[part_id] != "code":
                missing_review[part_id] = stop
    if any(m is not b for m, b in zip(mended, blocks_read)):
        # what was read is the mended text; what a person is shown is the student's own line
        lines = {(b.file, b.page, b.cell, b.line + i): line for m, b in zip(mended, blocks_read) if m is not b
                 for i, line in enumerate(b.text.split("\n"))}
        answers = {pid: _verbatim(a, lines) for pid, a in answers.items()}
    return Extraction(answers, missing_review, parameters, parameter_evidence, conflicts, tuple(notes),
                      tuple(sections), tuple(skipped))
