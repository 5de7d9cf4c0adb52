"""Class statistics for the overview, computed from the results document alone.

Nothing here grades: it counts verdicts, groups the wrong answers students gave (so a TA
sees a rubric problem: fifteen students with the same "wrong" answer), bins the scores
for the histogram and lists what a person should look at.
"""

from __future__ import annotations

import heapq
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from ..groups import AnswerGroup, answer_key, groups_of

VERDICTS = ("correct", "partial", "incorrect", "missing")

#: Wrong answers listed per part in the overview.
COMMON_WRONG = 5


@dataclass(frozen=True)
class WrongAnswer:
    """One wrong answer and how many students gave it (in any spelling)."""

    shown: str
    """The spelling most students used."""
    count: int
    verdict: str
    """``incorrect`` or ``partial``."""
    mistake: str | None
    """The known mistake it is, when the spec names it."""
    students: tuple[str, ...] = ()
    """Who gave it, by id."""
    html: str | None = None
    """``shown`` as the overview writes it (escaped HTML), where a compact record carries it
    (``report.compact``); None: the template makes it."""


@dataclass(frozen=True)
class PartStats:
    """Verdict shares, mean score and common wrong answers of one part."""

    id: str
    points: float
    graded: int
    """Students graded (submissions in error are left out)."""
    counts: tuple[tuple[str, int], ...]
    """(verdict, how many) in VERDICTS order."""
    mean: float
    review: int
    overrides: int
    wrong: tuple[WrongAnswer, ...]
    title: str = ""
    """The part's title in the spec (empty when it has none)."""

    def share(self, verdict: str) -> float:
        """Fraction of graded students with this verdict."""
        return dict(self.counts).get(verdict, 0) / self.graded if self.graded else 0.0


@dataclass(frozen=True)
class Bin:
    """One bar of the score histogram: scores in [low, high) (the last bar includes high)."""

    low: float
    high: float
    count: int


@dataclass(frozen=True)
class Summary:
    """The overview's headline numbers."""

    students: int
    graded: int
    errors: int
    flagged_parts: int
    flagged_students: int
    overrides: int
    open_reviews: int
    """Flagged parts no person has decided yet (the review queue's length)."""
    mean: float | None
    median: float | None


#: The verdicts of the answers the overview lists as common wrong answers.
WRONG = ("incorrect", "partial")
#: Answer groups (``groups.answer_key``) never listed among them: every answer right as the
#: machine graded it, and no answer at all.
_NEVER_LISTED = ("correct", "missing")


_PART_OF, _VERDICT, _SCORE, _REVIEW = itemgetter(1), itemgetter("verdict"), itemgetter("score"), itemgetter("review")


def part_statistics(document: dict) -> list[PartStats]:
    """Per part of the spec: verdict counts, mean score, reviews, overrides, common wrong answers."""
    answers: dict[str, list[tuple[dict, dict]]] = {part["id"]: [] for part in document["parts"]}
    for s in document["students"]:  # one pass: each part's answers in the students' order
        if s["status"] == "graded":
            for p in s["parts"]:
                if p["id"] in answers:
                    answers[p["id"]].append((s, p))
    out = []
    for part in document["parts"]:
        # One pass over the part's answers for its counts (a class of thousands is scattered in
        # memory: each pass over it is the reading of every dict again).
        # Answers right as written ("correct": a group whose every member is right) or missing are
        # never listed: set aside in the same pass, so their groups (most of a class) are not
        # counted (a compact record's part carries its group: read here without a call for each).
        # Each count a pass of the standard library's own loops over the part's answers (map,
        # Counter, sum: about 0.2 µs an answer where one loop in Python took 0.6 µs); the scores
        # in the students' order, so their sum is the same float.
        given = answers[part["id"]]
        parts = list(map(_PART_OF, given))
        counts = Counter(map(_VERDICT, parts))
        scores = list(map(_SCORE, parts))
        review = sum(map(bool, map(_REVIEW, parts)))
        overrides = sum(1 for p in parts if p.get("override"))
        wrong_answers = [(s, p) for s, p in given if (p.get("answer_key") or answer_key(p)) not in _NEVER_LISTED]
        # The most common first (a stable order: ``nsmallest`` is ``sorted(...)[:n]``), and only
        # those listed made into rows: a distinct class has thousands of wrong answers of one.
        common = heapq.nsmallest(COMMON_WRONG, groups_of(part["id"], wrong_answers, WRONG),
                                 key=lambda g: (-g.count, g.shown))
        wrong = [WrongAnswer(g.shown, g.count, g.verdict, g.mistake, tuple(s["id"] for s, _ in g.members),
                             _shown_html(g)) for g in common]
        out.append(PartStats(
            id=part["id"], points=part["points"], graded=len(scores),
            counts=tuple((v, counts.get(v, 0)) for v in VERDICTS),
            mean=(sum(scores) / len(scores)) if scores else 0.0,
            review=review, overrides=overrides,
            wrong=tuple(wrong), title=part.get("title") or ""))
    return out


def _shown_html(group: AnswerGroup) -> str | None:
    """The escaped HTML of ``group.shown`` that a member's compact record carries, if any does."""
    return next((p["shown"] for _, p in group.members if "shown" in p and str(p.get("found")) == group.shown), None)


def _nice_width(span: float, most: int) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that splits ``span`` in at most ``most`` bins."""
    raw = span / most
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw - 1e-12)


def score_histogram(document: dict, most_bins: int = 15) -> list[Bin]:
    """Graded students' scores in equal bins from 0 to the maximum."""
    top = float(document.get("max_score") or 0)
    scores = [float(s["score"]) for s in document["students"] if s["status"] == "graded"]
    if top <= 0:
        return [Bin(0.0, 0.0, len(scores))]
    width = _nice_width(top, most_bins)
    n = max(1, math.ceil(top / width - 1e-9))
    counts = [0] * n
    for score in scores:
        counts[min(n - 1, max(0, int(score / width + 1e-9)))] += 1
    return [Bin(i * width, min(top, (i + 1) * width), c) for i, c in enumerate(counts)]


def at_stake(part: dict) -> float:
    """The points that may be wrong in a flagged part: all it was given, or all it was denied."""
    o = part.get("override")
    score = o["original_score"] if o else part["score"]
    return max(score, part["max_score"] - score)


def is_open(part: dict) -> bool:
    """A flagged part that no person has decided: neither an override nor an accepted grade."""
    return bool(part["review"]) and "override" not in part and "resolved" not in part


def review_queue(document: dict) -> list[tuple[dict, dict]]:
    """(student, part) of every flagged part a person has not decided, the most points at stake first.

    Equal stakes keep the students' order (by id), then the spec's order of parts. Parts flagged
    only because OCR read them come last, together: each is a glance at the page beside the
    value, quick to do in one run once the parts that need thought are done.
    """
    items = [(s, p) for s in document["students"] for p in s["parts"] if is_open(p)]
    return sorted(items, key=lambda sp: queue_order(sp[1]))


def queue_order(part: dict) -> tuple[bool, float]:
    """Where an open flagged part stands in the review queue (``review_queue``): parts only to
    confirm last, then the most points at stake first; a stable sort keeps students' order."""
    return _only_to_confirm(part), -at_stake(part)


def _only_to_confirm(part: dict) -> bool:
    """Whether a part's one reason for review is that our OCR read it (``details.read_by``)."""
    return (part.get("details") or {}).get("read_by") == "ocr" and len(part.get("review_reasons") or ()) == 1


def summary(document: dict) -> Summary:
    """Counts and the mean and median score of the graded students."""
    students = document["students"]
    scores = [float(s["score"]) for s in students if s["status"] == "graded"]
    flagged = overrides = open_reviews = 0
    for s in students:  # one pass over the parts for the three counts (a class is scattered in memory)
        for p in s["parts"]:
            if p["review"]:
                flagged += 1
                open_reviews += is_open(p)  # counted, not sorted
            if p.get("override"):
                overrides += 1
    return Summary(
        students=len(students), graded=len(scores), errors=len(students) - len(scores),
        flagged_parts=flagged, flagged_students=sum(1 for s in students if s["review"]),
        overrides=overrides, open_reviews=open_reviews,
        mean=statistics.fmean(scores) if scores else None,
        median=statistics.median(scores) if scores else None)
