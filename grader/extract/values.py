"""Find each numeric part's concluding value, and the problem values a submission states.

The scan walks a question's blocks in reading order. Labels ("dE/dw11", "standard
convolution", a line starting "(a)") say which part the text is about; every value after
a relation becomes a candidate of that part, scored by how clearly it is given as the
answer (boxed, named, "total") and not as working (``A_1 = 1.88``). The best candidate,
the last among equals, is the answer: the value that concludes the part.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..models import Block, Evidence
from ..numbers import ParsedMatrix, find_matrices, find_numbers
from ..spec import Part, Question
from .normalize import compact
from .statements import Side, Statement, statements, value_of

_ANSWER_WORDS = re.compile(r"\b(answer|ans|final|finally|total|totally|overall|altogether|result|required|"
                           r"therefore|hence|thus|so)\b|∴|\\therefore", re.IGNORECASE)
# A subject that is a bare symbol (A_1, O_1, B, h1, σ(2)) names a quantity of the working.
_SYMBOL = re.compile(r"^(?:[a-zα-ω]{1,2}'?\d{0,3}'?|(?:σ|sigma|sig|s|f|g|h|net|out)'?\(.*\)|"
                     r"[a-zα-ω]\d?\^?\(?\d?\)?)$")


@dataclass(frozen=True)
class Candidate:
    """A value that may be a part's answer."""

    part: str
    value: float
    text: str
    block: Block
    start: int
    end: int
    score: float
    order: int
    why: str
    """How it was found, for the report ("boxed", "after 'dE/dw11 ='")."""
    sig_figs: int | None = None
    exact: object = None
    """The exact parsed value (a Fraction) when it was a written number."""
    guess: str | None = None
    """Set when the value is a positional guess that a person should confirm."""


@dataclass
class ScanResult:
    """Everything the scan of one question found."""

    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    parameters: dict[str, tuple[float, Evidence]] = field(default_factory=dict)
    matrices: list[tuple[Block, int, ParsedMatrix, str]] = field(default_factory=list)
    """Every matrix with the compact text that precedes it: for consistency checks."""


def _label_hits(text: str, question: Question) -> list[tuple[int, str]]:
    """(position, part id) of every part label in ``text``'s compact form."""
    c = compact(text)
    hits = []
    for part in question.parts:
        for label in part.find.labels:
            lab = compact(label)
            if not lab:
                continue
            pos = c.rfind(lab)
            if pos >= 0:
                hits.append((pos + len(lab), part.id))
    return sorted(hits)


def _marker_part(text: str, question: Question) -> str | None:
    """The part whose sub-question marker ("(a)", "b)") starts the statement."""
    head = text.lstrip(" \t*#-$>").lower()
    for part in question.parts:
        for marker in part.find.markers:
            if head.startswith(marker.lower()) and (len(head) == len(marker) or not head[len(marker)].isalpha()):
                return part.id
    return None


def _names(question: Question) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Compact spellings of parameters and of parameter groups."""
    single = {compact(n): p.name for p in question.parameters for n in p.names}
    groups = {compact(n): g.members for g in question.groups for n in g.names}
    return single, groups


def _excerpt(block: Block, start: int, end: int) -> Evidence:
    """The line(s) holding ``block.text[start:end]``, verbatim."""
    text = block.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    excerpt = text[a:b]
    if len(excerpt) > 400:  # very long lines: a window around the answer
        lo = max(a, start - 180)
        hi = min(b, end + 180)
        excerpt = ("…" if lo > a else "") + text[lo:hi] + ("…" if hi < b else "")
    return Evidence(block.file, block.line_at(start), excerpt, text[start:end])


class _Scanner:
    """The state of one walk through a question's blocks."""

    def __init__(self, question: Question, numeric_parts: tuple[Part, ...]):
        self.question = question
        self.part_ids = {p.id for p in numeric_parts}
        self.single, self.groups = _names(question)
        self.result = ScanResult({p.id: [] for p in numeric_parts})
        self.current: str | None = None
        self.subject = ""
        self.order = 0

    def scan(self, blocks: tuple[Block, ...]) -> ScanResult:
        for block in blocks:
            for stmt in statements(block.text):
                self._statement(block, stmt)
            self._matrices(block)
        return self.result

    # -- scalars -------------------------------------------------------------

    def _statement(self, block: Block, stmt: Statement) -> None:
        marker = _marker_part(stmt.text, self.question)
        first = stmt.sides[0].text
        bare = first.strip(" \t$&")
        subject = self.subject if (not bare and stmt.relations) else first
        hits = _label_hits(subject, self.question)
        if marker and not hits:
            self.current = marker
        if hits:
            self.current = hits[-1][1]
        if not bare and stmt.relations:
            subject = self.subject  # a continuation row "&= …" keeps its chain's subject
        elif stmt.relations:
            self.subject = first
        if marker and not stmt.relations:
            self._marker_value(block, stmt, marker)
        chain_subject = subject
        for i, side in enumerate(stmt.sides[1:]):
            prev = stmt.sides[i]
            if i > 0:
                prev_value = value_of(prev)
                tail = prev.text[(prev_value.end - prev.start):] if prev_value else prev.text
                if _label_hits(tail, self.question) or (prev_value and tail.strip(" $&,.")
                                                      and re.search(r"[A-Za-z]{3}", tail)):
                    chain_subject = tail
            self._relation(block, stmt, i, side, chain_subject)
        if hits:
            self.current = hits[-1][1]
        all_hits = _label_hits(stmt.text, self.question)
        if all_hits and not stmt.relations:
            self.current = all_hits[-1][1]

    def _relation(self, block: Block, stmt: Statement, i: int, side: Side, subject: str) -> None:
        value = value_of(side)
        if value is None:
            return
        c_subject = compact(subject).strip("=:")
        # "w_{11} = 0.5": the student states a problem value, not an answer.
        name = re.sub(r"^(?:let|take|where|with|and|given|assume|assuming)", "", c_subject)
        if name in self.single:
            self._parameter(self.single[name], value.number.float, block, value.start, value.end)
            return
        if name in self.groups:
            members = self.groups[name]
            if len(members) > 1 and name not in {compact(n) for g in self.question.groups
                                                 if len(g.members) > 2 for n in g.names}:
                return  # a vector group given one number: not a statement of the vector
            for member in members:
                self._parameter(member, value.number.float, block, value.start, value.end)
            return
        hits = _label_hits(subject, self.question)
        part = hits[-1][1] if hits else (_marker_part(stmt.text, self.question) or self.current)
        if part not in self.part_ids:
            return
        score, why = 0.0, []
        if stmt.weak[i]:
            if not (hits or _ANSWER_WORDS.search(subject)):
                return
        else:
            score += 1
        if value.boxed:
            score += 3
            why.append("marked as the answer")
        if hits and hits[-1][1] == part:
            score += 2
            why.append(f"given as {subject.strip(' $&')[:60]!r}")
        if _ANSWER_WORDS.search(subject):
            score += 1
            why.append("stated as the result")
        symbol = c_subject.strip("()")
        if not hits and symbol and _SYMBOL.match(symbol):
            score -= 2
            why.append(f"the value of an intermediate quantity {subject.strip(' $&')[:30]!r}")
        self._add(Candidate(part, value.number.float, block.text[value.start:value.end], block,
                            value.start, value.end, score, self._next(), "; ".join(why) or "after a relation",
                            value.number.sig_figs, value.number.value))

    def _marker_value(self, block: Block, stmt: Statement, part: str) -> None:
        """"(a) 1228800": a sub-question marker followed directly by the answer."""
        head = stmt.text.lstrip(" \t*#-$>")
        for marker in next(p for p in self.question.parts if p.id == part).find.markers:
            if head.lower().startswith(marker.lower()):
                rest = Side(head[len(marker):], stmt.start + (len(stmt.text) - len(head)) + len(marker))
                value = value_of(rest)
                if value is not None and part in self.part_ids:
                    self._add(Candidate(part, value.number.float, block.text[value.start:value.end], block,
                                        value.start, value.end, 2.0, self._next(),
                                        f"after the marker {marker!r}", value.number.sig_figs, value.number.value))
                return

    # -- matrices -------------------------------------------------------------

    def _matrices(self, block: Block) -> None:
        for start, end, matrix in find_matrices(block.text):
            before = block.text[max(0, block.text.rfind("\n", 0, max(0, start - 1)) - 80):start]
            if start < 3 or not before.strip():
                before = before + " "  # a matrix opening its block: its label is the line above
            cbefore = compact(before)
            self.result.matrices.append((block, start, matrix, cbefore))
            named = re.search(r"([a-z0-9/^()\\]+)=$", cbefore)
            name = named.group(1) if named else None
            if name and name in self.groups and len(self.groups[name]) == matrix.to_array().size:
                for member, v in zip(self.groups[name], matrix.to_array().ravel()):
                    self._parameter(member, float(v), block, start, end)
                continue
            for part in self.question.parts:
                loc = part.find.matrix
                if loc is None or part.id not in self.part_ids or tuple(matrix.shape) != loc.shape:
                    continue
                arr = matrix.to_array()
                element = float(arr[loc.index])
                labelled = any(compact(lab) and cbefore.endswith(compact(lab) + "=")
                               or (compact(lab) and compact(lab) in cbefore[-40:])
                               for lab in loc.labels)
                if labelled:
                    self._add(Candidate(part.id, element, _fmt(element), block, start, end, 2.0, self._next(),
                                        f"element {list(loc.index)} of the matrix labelled as {part.id}'s"))
                elif name is None and loc.order is not None:
                    seen = sum(1 for b, s, m, cb in self.result.matrices[:-1]
                               if tuple(m.shape) == loc.shape and not re.search(r"=$", cb))
                    if seen == loc.order:
                        self._add(Candidate(
                            part.id, element, _fmt(element), block, start, end, -1.0, self._next(),
                            f"element {list(loc.index)} of an unlabelled {'x'.join(map(str, loc.shape))} matrix",
                            guess=(f"read from the {_ordinal(loc.order)} unlabelled "
                                   f"{'×'.join(map(str, loc.shape))} matrix of the answer; "
                                   f"a label such as '{loc.labels[0]} =' would make it certain")))

    # -- bookkeeping --------------------------------------------------------------

    def _parameter(self, name: str, value: float, block: Block, start: int, end: int) -> None:
        if math.isfinite(value):
            self.result.parameters[name] = (value, _excerpt(block, start, end))

    def _add(self, candidate: Candidate) -> None:
        self.result.candidates.setdefault(candidate.part, []).append(candidate)

    def _next(self) -> int:
        self.order += 1
        return self.order


def _fmt(value: float) -> str:
    return f"{value:.10g}"


def _ordinal(n: int) -> str:
    return ["first", "second", "third", "fourth"][n] if n < 4 else f"{n + 1}th"


def scan_question(question: Question, blocks: tuple[Block, ...]) -> ScanResult:
    """Candidates for every numeric part of ``question`` and the parameters it states."""
    numeric = tuple(p for p in question.parts if p.kind in ("integer", "number", "matrix"))
    return _Scanner(question, numeric).scan(blocks)


def best_candidate(candidates: list[Candidate]) -> Candidate | None:
    """The highest-scoring candidate; the last of equals (the value that concludes)."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, c.order))


def numbers_in(blocks: tuple[Block, ...]) -> int:
    """How many numbers a passage holds (to tell "no answer" from "no recognisable answer")."""
    return sum(len(find_numbers(b.text)) for b in blocks)
