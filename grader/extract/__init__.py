"""Extract: each part's answer and its evidence from a ``Document``.

``extract(document, spec)`` matches sections to questions by content, then finds every
part's concluding answer inside its question's sections, with a confidence and the
reasons a person should look. It compares nothing with the reference: that is ``check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..models import Answer, Block, Document, Evidence, Note
from ..spec import Question, Spec
from .code import find_code
from .formula_answers import find_formula
from .kinds_choice import find_choice
from .kinds_formula import find_expression
from .kinds_values import fallback_number, find_array, find_interval, find_tuple, widen_number
from .normalize import Vocabulary, compact
from .sections import Section, split_sections
from .values import Candidate, _excerpt, best_candidate, numbers_in, scan_question

__all__ = ["Extraction", "extract"]


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


def _confidence(score: float) -> float:
    if score >= 3:
        return 0.95
    if score >= 2:
        return 0.9
    if score >= 1:
        return 0.8
    if score >= 0:
        return 0.6
    return 0.3


def _numeric_answer(part_id: str, cands: list[Candidate], threshold: float) -> Answer | None:
    best = best_candidate(cands)
    if best is None:
        return None
    review: list[str] = []
    if best.guess:
        review.append(best.guess)
    confidence = _confidence(best.score)
    if confidence < threshold and not best.guess:
        review.append(f"the value was read with low confidence ({best.why})")
    # Two values the student presents equally firmly as the answer: say so.
    for other in cands:
        if other is best or other.score < max(3.0, best.score):
            continue
        if not np.isclose(other.value, best.value, rtol=1e-9, atol=0):
            review.append(f"two different answers are given: {other.text.strip()} (line "
                          f"{other.block.line_at(other.start)}) and {best.text.strip()} (line "
                          f"{best.block.line_at(best.start)}); the later one was graded")
            break
    return Answer(part=part_id, text=best.text.strip(),
                  value={"value": best.value, "sig_figs": best.sig_figs, "exact": best.exact},
                  evidence=_excerpt(best.block, best.start, best.end), confidence=confidence,
                  review=tuple(review), details={"how": best.why})


def _consistency_notes(question: Question, matrices: list, threshold_notes: list[Note]) -> None:
    """Two computations of the same arrays (analytic vs backprop) that disagree."""
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


#: Readers of the kinds made of several values or of words (issue 12), by kind.
_KIND_READERS = {"tuple": find_tuple, "vector": find_array, "interval": find_interval, "choice": find_choice}

#: The spec is kept with its vocabulary: an id is reused once its object is gone.
_VOCABULARIES: dict[int, tuple[Spec, Vocabulary]] = {}
#: Words of headings, which a misspelling should not hide ("Quesion 2").
HEADING_WORDS = {"question", "problem", "exercise", "answer", "solution", "assignment"}


def vocabulary(spec: Spec) -> Vocabulary:
    """The words of a spec's keywords and labels, built once per spec."""
    cached = _VOCABULARIES.get(id(spec))
    if cached is None or cached[0] is not spec:
        texts = [k.text for q in spec.questions for k in q.keywords]
        texts += [label for p in spec.parts for label in p.find.labels]
        words_ = {w for t in texts for w in re.findall(r"[A-Za-z]+", t)} | HEADING_WORDS
        cached = _VOCABULARIES[id(spec)] = (spec, Vocabulary(words_))
    return cached[1]


def extract(document: Document, spec: Spec) -> Extraction:
    """Find every part's answer in ``document``."""
    vocab = vocabulary(spec)
    sections = split_sections(document, spec, vocab)
    answers: dict[str, Answer | None] = {}
    missing_review: dict[str, str] = {}
    parameters: dict[str, dict[str, float]] = {}
    parameter_evidence: dict[str, dict[str, Evidence]] = {}
    notes: list[Note] = []
    conflicts: dict[str, tuple[str, ...]] = {}
    section_of = [s.question for s in sections for _ in s.blocks]
    for question in spec.questions:
        everything = tuple(b for s in sections for b in s.blocks)
        own = {i for i, b in enumerate(everything) if section_of[i] == question.id}
        blocks: tuple[Block, ...] = tuple(everything[i] for i in sorted(own))
        others = tuple(q for q in spec.questions if q.id != question.id)
        scan = scan_question(question, everything, own, others, vocab)
        parameters[question.id] = {k: v for k, (v, _) in scan.parameters.items()}
        parameter_evidence[question.id] = {k: e for k, (_, e) in scan.parameters.items()}
        conflicts[question.id] = tuple(scan.conflicts)
        _consistency_notes(question, scan.matrices, notes)
        for part in question.parts:
            # The newer kinds have readers of their own (kinds_*.py, issue 12); a number part's value is
            # then read to the end of its quantity (a percent sign, a scale word).
            if part.kind in _KIND_READERS or part.whole_array:
                reader = _KIND_READERS["vector" if part.whole_array else part.kind]
                answer = reader(question, part, blocks, everything)
            elif part.kind in ("integer", "number", "matrix"):
                answer = widen_number(part, _numeric_answer(part.id, scan.candidates.get(part.id, []),
                                                            spec.review_threshold))
                if answer is None and part.kind != "matrix":
                    answer = fallback_number(question, part, blocks, everything)
            elif part.kind == "formula" and part.formula is not None and (
                    part.formula.subject != "loss" or part.formula.definitions or part.formula.functions):
                answer = find_expression(question, part, blocks, everything)  # a gradient, an estimator (issue 12)
            elif part.kind == "formula":
                answer = find_formula(part, blocks, spec.review_threshold)
            else:
                answer = find_code(part, document)
            answers[part.id] = answer
            if answer is None and part.kind != "code" and blocks and numbers_in(blocks) + len(blocks) > 1:
                first, last = blocks[0], blocks[-1]
                missing_review[part.id] = (
                    f"no answer to this part was recognised, though {first.file} lines "
                    f"{first.line}–{last.end_line} answer this question: check by hand")
    return Extraction(answers, missing_review, parameters, parameter_evidence, conflicts, tuple(notes),
                      tuple(sections))
