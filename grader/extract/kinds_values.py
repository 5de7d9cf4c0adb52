"""Readers of the answer kinds made of several numbers: tuples, whole vectors and matrices, intervals;
and the widening of a number part's value to the whole quantity written (``65.90 %``, ``1.2288 M``).

Each reader looks inside the part's passages (``kinds_locate``) for its form of answer:

* tuple: ``(14, 14, 64)``, ``[14, 14, 64]``, ``14 × 14 × 64``, ``14 by 14 by 64``;
* vector, matrix: numpy prints, Python lists, LaTeX matrices (``numbers.find_matrices``), and for a
  vector a parenthesised list ``(0.1, -0.2, 0.3)``;
* interval: ``[a, b]``, ``(a, b)``, ``a to b``, ``from a to b``, ``between a and b``, ``a < μ < b``,
  ``m ± e``; ends written with ``%`` are fractions of 100.

The best candidate is the one most clearly presented as the answer, the last among equals.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..models import Answer, Block
from fractions import Fraction

from ..formulas import constant_value
from ..numbers import (Quantity, find_matrices, find_numbers, leading_number, number_words, read_quantity,
                       unread_matrices)
from ..spec import Part, Question
from ..units import UnitError, convert, parse_unit, read_unit
from . import lexicon
from .kinds_locate import (Passage, confidence, cue_score, excerpt, labelled_elsewhere, labels_pattern, part_passages,
                           table_row_mark, unclaimed_passages)
from .rules import LIMITS
from .statements import COMMITTED, past_closing_star


@dataclass(frozen=True)
class _Found:
    value: Any
    text: str
    block: Block
    start: int
    end: int
    score: float
    why: str
    named: bool
    pointed: bool = False
    """Read from the question's text because the passage the part's label names held nothing of its kind."""
    outside: bool = False
    """Read from a line outside the question's text that names the part (``labelled_elsewhere``)."""


# A number's digits and their separators (LaTeX's "{,}" too: "0{,}2554", "1{,}792").
_DIGITS = r"\d(?:[\d,]|\{,\})*"
# A power of ten after a number in scientific notation: "× 10⁻¹", "\\times 10^{-1}", "* 10^-1".
_TIMES_TEN = r"\s?(?:×|\\times|\*)\s?10(?:\^\{?[-+−]?\d+\}?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
# (its power of ten in scientific notation too: "2.554 × 10⁻¹")
_NUM = r"[-+−]?\s?(?:" + _DIGITS + r"\.?\d*|\.\d+)(?:\s?(?:[eE][-+−]?\d+|\\%|%)|" + _TIMES_TEN + ")?"
# A list of two or more numbers in brackets: (14, 14, 64), [0.41, 0.59].
_BRACKETED = re.compile(r"(?P<open>\\left\s*[(\[]|\\[{(\[]|[(\[])\s*(?P<body>" + _NUM + r"(?:\s*[,;]\s*" + _NUM
                        + r")+)\s*(?P<close>\\right\s*[)\]]|\\[})\]]|[)\]])")
# Numbers joined by a times sign or "by": 14 × 14 × 64, 14x14x64, 14 by 14 by 64.
_TIMES = r"\s*(?:×|\\times|x|X|by)\s*"  # not "*": 3*3*3*64 is a product to work out
# (A sentence's full stop may end it: "the output is 14 × 14 × 64."; a decimal point may not.)
_PRODUCT = re.compile(r"(?<![\w.])\d+(?:" + _TIMES + r"\d+)+(?!\w|\.\d)")
_NUMBER_IN = re.compile(_NUM)
# A height × width with its depth named beside it: "64@14×14" (a diagram's notation), "64 feature maps of
# 14 × 14" (channels first, as written), "14 by 14 with 64 channels".
_DEPTH = lexicon.alternation(lexicon.DEPTH_WORDS)
# (also "64 channels, each 14x14": the count of maps, then each one's size)
_DEPTH_BEFORE = re.compile(rf"(?<![\w.])(\d+)\s*(?:@|(?:{_DEPTH})\s+(?:each\s+)?of\s+(?:size\s+)?"
                           rf"|(?:{_DEPTH})\s*,?\s*each\s+(?:(?:of\s+)?size\s+)?)$", re.IGNORECASE)
_DEPTH_AFTER = re.compile(rf"(?:\s+(?:{lexicon.alternation(lexicon.SHAPE_NOUNS)}))?\s*,?\s*"
                          rf"(?:with|and|each with|of|(?:and\s+)?there\s+are)?\s*"
                          rf"(\d+|[a-z]+(?:-[a-z]+)?)\s+(?:{_DEPTH})\b"
                          # "14 by 14, depth 64", "14 × 14 with a depth of 64": the depth named before its number
                          rf"|\s*,?\s*(?:with\s+|and\s+)?(?:a\s+)?(?:depth|channel\s+count|number\s+of\s+channels)"
                          rf"\s*(?:of|=|:|is)?\s*(\d+|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
# A shape whose first dimension is a name (the batch): (N, 14, 14, 64), (None, 64, 14, 14).
_NAMED_FIRST = re.compile(r"[(\[]\s*(?P<name>[A-Za-z][A-Za-z_]{0,11})\s*,\s*(?P<body>" + _NUM + r"(?:\s*,\s*" + _NUM
                          + r")+)\s*[)\]]")


def _quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` in order, each read as a quantity (``41.1 %`` is 0.411)."""
    found = []
    pos = 0
    while pos < len(text):
        m = _NUMBER_IN.search(text, pos)
        if m is None:
            break
        read = read_quantity(text, m.start())
        if read is None or read[1] <= m.start():
            pos = m.end()
            continue
        found.append(read[0])
        pos = read[1]
    return found


def _candidates(passages: list[Passage], finders) -> list[_Found]:
    found = []
    read = [(passage, [(passage.start + start, passage.start + end, value)
                       for start, end, value in finders(passage.text)]) for passage in passages]
    for passage, spans in read:
        for k, (a, b, value) in enumerate(spans):
            score, why = cue_score(passage.block.text, a, b)
            if _alone(passage.block.text, a, b) and not any(
                    "\n" in passage.block.text[b:later] for later, _, _ in spans[k + 1:]):
                # "… pooling maps 28 to 14:" / "14 × 14 × 64": set apart below the working, it concludes it (not
                # where the working goes on below it: "conv keeps 28×28 →" / "28×28×64" / "max-pool → 14 × 14 × 64")
                score += _ALONE_WEIGHT
                why = f"{why}; set apart on a line of its own"
            found.append(_Found(value, passage.block.text[a:b], passage.block, a, b, score, why, passage.named))
    return found


#: What a value set apart on its own line adds to its support (as "therefore" does: a conclusion).
_ALONE_WEIGHT = 1.0
_MARKUP_AROUND = " \t$*_\\[]()"


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds, markup aside (a display's brackets, bold, $)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return "\n" not in text[start:end] and not text[a:start].strip(_MARKUP_AROUND) \
        and not text[end:b].strip(_MARKUP_AROUND + ".,;:")


def _found_in(question: Question, part: Part, blocks: tuple[Block, ...], everything: tuple[Block, ...],
              finders) -> tuple[list[_Found], list[_Found]]:
    """The part's candidates in the passages that name it; where those hold none of its kind, in the
    question's text that names no part (a label that points back: "W_new is the last array above").
    And, apart, the lines after them stated as the answer that hold a single number and nothing of the
    part's kind ("Answer: 12,544" after the working's 14 × 14 × 64): what the student concluded, even
    though it is not of the kind asked for (``_concluded_otherwise``)."""
    passages = part_passages(question, part, blocks, everything)
    elsewhere: list[_Found] = []
    if everything and not any(p.named for p in passages):
        # the question's text never names the part: a line elsewhere that names it by a specific label
        # ("2 W_new = [[…]]" in an opening list) is read first, the question's unnamed working after it
        elsewhere = [dataclasses.replace(f, outside=True)
                     for f in _candidates(labelled_elsewhere(question, part, blocks, everything), finders)]
    found = [_labelled_line(f, part) for f in elsewhere + _candidates(passages, finders)]
    if not found and any(p.named for p in passages):
        # read, and flagged (``_answer``): the label's value may as well be in text the section lost
        return [dataclasses.replace(f, pointed=True)
                for f in _candidates(unclaimed_passages(question, part, blocks), finders)], []
    return found, (_answers_of_another_kind(passages, finders, found[-1]) if found else [])


@lru_cache(maxsize=256)
def _label_lead(labels: tuple[str, ...]) -> re.Pattern:
    """A line's lead that is one of the part's labels, a few words, and a colon or "="."""
    return re.compile(rf"[ \t>*#\-]*(?:{labels_pattern(list(labels))})[^\d\n=:]{{0,30}}[:=][ \t$*]*", re.IGNORECASE)


# A line that goes on with the chain above it: an operator or a relation opens it ("- 0.1\\begin{pmatrix}…", "= …").
_CHAIN_GOES_ON = re.compile(r"[ \t&$]*(?:[-+−×·*/=]|\\(?:cdot|times)\b)")


def _labelled_line(found: _Found, part: Part) -> _Found:
    """A reading that is all its line states after the part's own label and a colon or "=" ("Final size of the map
    after the last step: 7 × 7 × 32"): set apart as a value alone on its line is, it concludes the working above."""
    text = found.block.text
    a = text.rfind("\n", 0, found.start) + 1
    b = text.find("\n", found.end)
    rest = text[found.end:len(text) if b < 0 else b]
    if rest.strip(_MARKUP_AROUND + ".,;:") or not part.find.labels or _alone(text, found.start, found.end):
        return found  # (a value alone on its line has its weight already)
    if b >= 0 and _CHAIN_GOES_ON.match(text, b + 1) is not None:
        return found  # "M_1 = (M)" over "- 0.1 (G)" over "= (…)": an operand of the chain the next line goes on with
    if _label_lead(tuple(part.find.labels)).fullmatch(text, a, found.start) is None:
        return found
    return dataclasses.replace(found, score=found.score + _ALONE_WEIGHT,
                               why=f"{found.why}; set apart on a line of its own after the part's label")


# A line that states the answer: "Answer: 12,544", "**Final answer** = 12544 features" ("ans = 0.7000" is
# what MATLAB and Octave print, not a statement).
_ANSWER_LINE = re.compile(r"(?im)(?:^[^\S\n]*[*_#>|]*[^\S\n]*|(?<=[.;!]\s))(?:final\s+)?(?:answer\b[*_]*[^\S\n]*[:=]|ans\b[*_]*[^\S\n]*:)[^\S\n]*[*_$]*"
                          r"(?P<rest>[^\n]*)$")


def _answers_of_another_kind(passages: list[Passage], finders, last: _Found) -> list[_Found]:
    """The lines after the ``last`` candidate that state the answer as a single number (its value the
    parsed number), with no value of the part's kind on them."""
    order = {id(p.block): i for i, p in enumerate(passages)}
    after = (order.get(id(last.block), -1), last.end)
    out = []
    for passage in passages:
        if not passage.named:  # the question's text around: another part's answer may stand there
            continue
        for m in _ANSWER_LINE.finditer(passage.text):
            numbers = find_numbers(m["rest"])
            if len(numbers) != 1 or finders(m["rest"]):
                continue
            start, end, number = numbers[0]
            a = passage.start + m.start("rest") + start
            if (order[id(passage.block)], a) >= after:
                out.append(_Found(number, m["rest"][start:end], passage.block, a, a + end - start, 0.0,
                                  "stated as the answer", True))
    return out


def _concluded_otherwise(answer: Answer, best: _Found, stated: list[_Found], as_value) -> Answer:
    """The answer when the student's stated conclusion is a single number, not of the part's kind: that
    number is what they concluded (graded as it is: a count is not a shape), and a person should look;
    where the kind has no such value (``as_value`` None), the reading of the working, flagged."""
    if not stated:
        return answer
    said = stated[-1]
    where = f"{said.text.strip()} (line {said.block.line_at(said.start)})"
    if as_value is None:
        return dataclasses.replace(answer, review=answer.review + (
            f"the answer is also stated as the single number {where}; the value read from the working was graded",))
    why = (f"the answer is stated as the single number {where}, not as a value of the kind this part asks for; "
           f"the working's {best.text.strip()} (line {best.block.line_at(best.start)}) was not graded")
    return dataclasses.replace(answer, text=said.text.strip(), value=as_value(said.value.float),
                               evidence=excerpt(said.block, said.start, said.end), review=answer.review + (why,),
                               details={**answer.details, "how": said.why})


def _concludes(found: list, best, same) -> bool:
    """Whether nothing found after ``best`` (in reading order) differs from it: the reading concludes."""
    at = next(i for i, f in enumerate(found) if f is best)
    return all(same(f.value, best.value) for f in found[at + 1:])


def _best(found: list[_Found]) -> _Found | None:
    """The best-supported reading, the last among equals; one a label names before unnamed working."""
    if not found:
        return None
    top = max(f.score for f in found)
    tied = [f for f in found if f.score == top]
    return ([f for f in tied if f.named] or tied)[-1]


def _answer(part: Part, best: _Found, value: dict, found: list[_Found], same, question: Question,
            blocks: tuple[Block, ...]) -> Answer:
    review = []
    # A question of one part whose text holds one answer of its kind (however often restated): that is
    # the part's answer, named or not. So is the reading that concludes the question's own section when
    # the question has one part: its heading names the part, and nothing of the kind written after the
    # reading says otherwise. Otherwise an unnamed reading is a guess among others.
    sole = len(question.parts) == 1 and all(same(f.value, best.value) for f in found)
    concludes = (len(question.parts) == 1 and any(best.block is b for b in blocks)
                 and _concludes(found, best, same))
    if best.pointed:
        review.append("the part's label names no value of its kind where it stands; this one was read from the "
                      "question's text around it")
    elif not best.named and not sole and not concludes:
        review.append("no label or marker of this part was found; the answer was read from the question's text")
    if best.outside and (other := next((f for f in reversed(found) if not f.outside and not same(f.value, best.value)),
                                       None)) is not None:
        review.append(f"read from line {best.block.line_at(best.start)}, outside the question's text, which names "
                      f"the part; the question's own working gives {other.text.strip()[:60]} (line "
                      f"{other.block.line_at(other.start)}): check which one the student concludes with")
    if (between := _undecided_between(found, best, same, blocks)) is not None:
        undecided, how = between
        # "It wasn't clear to me whether … so: conv (28, 28, 64), after the pool (14, 14, 64)": the student offers
        # both and commits to neither: the one that earns less is graded, and a person asked (``pipeline``)
        other = {k: (undecided.value if v is best.value else v) for k, v in value.items()}
        return Answer(part.id, best.text.strip(), value, excerpt(best.block, best.start, best.end),
                      confidence(best.score, best.named), tuple(review),
                      details={"how": best.why, "hedged": True,
                               "hedged_as": f"beside {undecided.text.strip()} (line "
                                            f"{undecided.block.line_at(undecided.start)}), {how}"},
                      alternatives=(Answer(part.id, undecided.text.strip(), other,
                                           excerpt(undecided.block, undecided.start, undecided.end),
                                           confidence(undecided.score, undecided.named)),))
    firm = [f for f in found if f.score >= max(best.score, 2.0) and f is not best and not same(f.value, best.value)]
    if firm:
        other = firm[-1]
        review.append(f"two different answers are given: {other.text.strip()} (line "
                      f"{other.block.line_at(other.start)}) and {best.text.strip()} (line "
                      f"{best.block.line_at(best.start)}); the later one was graded")
    elif (row := _later_row(found, best, same, question, part)) is not None:
        # "| 2 | (0.2657, 0.3743) |" in a closing table after the working's "Answer: (0.2553, 0.3847)": the
        # student gives two answers and commits to neither: where they grade differently, the one that earns less
        # is graded and a person asked (``pipeline``)
        said = f"{row.text.strip()} (line {row.block.line_at(row.start)})"
        other = {k: (row.value if v is best.value else v) for k, v in value.items()}
        if other != value:
            return Answer(part.id, best.text.strip(), value, excerpt(best.block, best.start, best.end),
                          confidence(best.score, best.named), tuple(review),
                          details={"how": best.why, "restated": f"as {said} in a closing table"},
                          alternatives=(Answer(part.id, row.text.strip(), other, excerpt(row.block, row.start, row.end),
                                               confidence(row.score, row.named)),))
        review.append(f"a closing table gives {said}, not {best.text.strip()}; the latter was graded")
    return Answer(part.id, best.text.strip(), value, excerpt(best.block, best.start, best.end),
                  confidence(best.score, best.named), tuple(review), details={"how": best.why})


# Words that leave the part undecided between the readings after them ("I could not decide which", "it wasn't
# clear to me whether … so:").
_UNDECIDED = re.compile(rf"\b(?:{lexicon.alternation(lexicon.UNDECIDED)})\b", re.IGNORECASE)


# Between two readings side by side, the word that offers both: "(0.255, 0.385) or (0.259, 0.387)", "(14, 14, 64)
# (or (28, 28, 64) if the pool counts)".
_OR_BETWEEN = re.compile(r"[ \t]*[,;]?[ \t]*\(?[ \t]*(?:or|either|oder|ou)[ \t]+(?:else[ \t]+|maybe[ \t]+|perhaps[ \t]+)?$"
                         # ...or a condition on the first, then the second: "(28, 28, 64) if we look at the conv
                         # output, and (14, 14, 64) if we include the pool"
                         r"|[ \t]+if[ \t\n][^()\[\]\n]{1,80}(?:\n[^()\[\]\n]{0,80})?,?[ \t\n]+(?:and|or|but|whereas)[ \t\n]+$",
                         re.IGNORECASE)


def _undecided_between(found: list[_Found], best: _Found, same,
                       blocks: tuple[Block, ...] = ()) -> tuple[_Found, str] | None:
    """Another reading of a different value between words of indecision and ``best``, in ``best``'s block or in the
    few paragraphs before it ("I wasn't sure which SE …, so both:" over "Method 1 … = (0.2554, 0.3846)" and
    "Method 2 … = (0.2507, 0.3893)"), or beside it with an "or" between: the two are offered alike."""
    text = best.block.text
    doubt = None
    for m in _UNDECIDED.finditer(text, 0, best.start):
        doubt = m
    if doubt is not None and (offered := next(
            (f for f in reversed(found) if f.block is best.block and doubt.end() <= f.start < best.start
             and not same(f.value, best.value)), None)) is not None:
        return offered, "after the student says they are not sure which is asked"
    at = next((i for i, b in enumerate(blocks) if b is best.block), None)
    if doubt is None and at is not None:
        # the doubt a paragraph of its own, the readings it announces in the paragraphs after it
        near = blocks[max(0, at - _DOUBT_REACH):at]
        for k in range(len(near) - 1, -1, -1):
            if _UNDECIDED.search(near[k].text) is not None:
                if any(COMMITTED.search(b.text) for b in near[k + 1:]) or COMMITTED.search(text, 0, best.start):
                    break  # "… My interval:" after the tries: the student chose
                after = {id(b) for b in near[k:]}
                offered = next((f for f in reversed(found) if id(f.block) in after and f is not best
                                and not same(f.value, best.value)), None)
                if offered is not None:
                    return offered, "after the student says they are not sure which is asked"
                break
    offered = next((f for f in found if f.block is best.block and not same(f.value, best.value)
                    and not _reordered(f.value, best.value) and (
        (f.end <= best.start and _OR_BETWEEN.fullmatch(text, f.end, best.start) is not None)
        or (best.end <= f.start and _OR_BETWEEN.fullmatch(text, best.end, f.start) is not None))), None)
    return None if offered is None else (
        offered, "the two offered as alternatives (\"or\", \"if …\"): the student chooses neither")


#: How many paragraphs before a reading a doubt that announces it may stand (the doubt, then a paragraph a reading).
_DOUBT_REACH = 4


def _reordered(one, other) -> bool:
    """Whether two readings hold the same numbers in another order ("14 × 14 × 64 (or (64, 14, 14) channels-first)"):
    one answer in two layouts, not two answers."""
    try:
        return len(one) == len(other) and sorted(map(float, one)) == sorted(map(float, other))
    except (TypeError, ValueError):
        return False


def _later_row(found: list[_Found], best: _Found, same, question: Question, part: Part) -> _Found | None:
    """A reading after ``best`` on a closing table's row that names the part by the sheet's numbering ("| 2 |
    (0.2657, 0.3743) |"), with another value: the answer restated otherwise (a table of the working, "| kernel
    | 3 × 3 × 3 |", names no part by its number)."""
    if question.number is None:
        return None
    at = next(i for i, f in enumerate(found) if f is best)
    row = re.compile(table_row_mark(question.number, question.parts.index(part), len(question.parts)), re.IGNORECASE)
    for f in found[at + 1:]:
        start = f.block.text.rfind("\n", 0, f.start) + 1
        if not same(f.value, best.value) and row.match(f.block.text, start):
            return f
    return None


# --------------------------------------------------------------------------- tuples


_BOLD_EDGE = re.compile(r"^(?:\*\*|__)")
_EMPHASIS_END = re.compile(r"\*[^*\n\d]*[A-Za-z][^*\n\d]*\*$")
_BOLD_END = re.compile(r"(?:\*\*|__)$")


def _tuples(text: str) -> list[tuple[int, int, list[float]]]:
    found = []
    taken: list[tuple[int, int]] = []
    for m in _BRACKETED.finditer(text):
        values = [float(q.value) for q in _quantities(m["body"])]
        if len(values) >= 2:
            found.append((m.start(), m.end(), values))
            taken.append((m.start(), m.end()))
    for m in _NAMED_FIRST.finditer(text):
        values = [float(q.value) for q in _quantities(m["body"])]
        if len(values) >= 2:  # the name stands for "any": NaN, which only a batch dimension may be
            found.append((m.start(), m.end(), [math.nan, *values]))
            taken.append((m.start(), m.end()))
    for m in _PRODUCT.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        # A product that is worked out or added to ("8 × 8 × 256 = 16384", "27 × 64 + 64") is a
        # computation, not a shape.
        # Markdown's bold ("**14 × 14 × 64**") is no product's star.
        after = _BOLD_EDGE.sub("", text[m.end():].lstrip(" $}"), count=1).lstrip(" $}")
        before = _BOLD_END.sub("", text[:m.start()].rstrip(" ${(")).rstrip(" ${(")
        before = _EMPHASIS_END.sub("", before)  # "*Answer:* 14x14x64": a starred word is emphasis, no product
        if after.startswith("*") and not after.startswith("**") and "*" in text[text.rfind("\n", 0, m.start()) + 1:m.start()]:
            after = after[1:]  # "*answer: 7 x 7 x 64*": the star closes the emphasis it opened, no product
        worked_out = re.match(r"(?:=\s*\$?\s*[-−]?\d|[-+−*/^·]|\\cdot|\\times)", after)
        if worked_out or re.search(r"[-+−*/·]$", before):
            continue
        if " by " in m.group(0) and _OPERATION_BY.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the pool divides 28 by 2": an operation and its operand, not a shape
        values = [float(v) for v in re.findall(r"\d+", m.group(0))]
        start, end = m.start(), m.end()
        if len(values) == 2 and (_WINDOW_AFTER.match(text, end) or _WINDOW_BEFORE.search(text, max(0, start - 16), start)):
            continue  # "a pool 2x2 stride 2", "a 3×3 kernel": an operation's window, no answer
        if len(values) == 2:
            if (depth := _DEPTH_BEFORE.search(text, max(0, start - 40), start)) is not None:
                values, start = [float(depth.group(1)), *values], depth.start()
            else:
                values, end = _with_depth_after(text, end, values)
        line = (text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end()) % (len(text) + 1))
        if any(line[0] <= a and b <= line[1] and _within(values, longer) for a, b, longer in found):
            continue  # "(1, 64, 14, 14) — batch 1, 64 channels, 14 × 14.": a piece of the shape, restated
        found.append((start, end, values))
    for m in _STAR_SHAPE.finditer(text):  # "so the output is 14*14*64.": a star product named as a shape
        if not any(a <= m.start("p") < b for a, b, _ in found):
            found.append((m.start("p"), m.end("p"), [float(v) for v in re.findall(r"\d+", m["p"])]))
    for m in _WORD_PRODUCT.finditer(text):  # "fourteen by fourteen by sixty-four"
        counts = [_count(w) for w in m.group(0).lower().split(" by ")]
        if any(c is None for c in counts) or any(a <= m.start() < b for a, b in taken):
            continue
        # "fourteen by fourteen with sixty-four channels"
        counts, end = _with_depth_after(text, m.end(), counts) if len(counts) == 2 else (counts, m.end())
        found.append((m.start(), end, counts))
    return sorted(found)


def _with_depth_after(text: str, end: int, values: list[float]) -> tuple[list[float], int]:
    """Height × width and the depth named after it ("14 by 14 with 64 channels", ", depth 64"), and
    where the shape ends; the two values as they are when no depth follows."""
    depth = _DEPTH_AFTER.match(text, end)
    count = _count(depth.group(1) or depth.group(2)) if depth is not None else None
    return ([*values, count], depth.end()) if count is not None else (values, end)


# An operation's window beside a height × width: "2x2 pooling", "pool 2x2", "a 3×3 kernel".
_WINDOW = lexicon.alternation(lexicon.WINDOW_WORDS)
_WINDOW_AFTER = re.compile(rf"[\s/\d-]{{0,4}}[a-z]*-?(?:{_WINDOW})", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(rf"(?:{_WINDOW})[a-z]*(?:\s+(?:of|size|with))?\s*$", re.IGNORECASE)
# A product written with stars, named as a shape: "the output is 14*14*64" (worked-out products, "3*3*3 = 27",
# and products after "=", are computations).
_STAR_SHAPE = re.compile(rf"\b(?:{lexicon.alternation(lexicon.SHAPE_NOUNS)}|shape|size)\s+(?:is|are|will\s+be|becomes?)\s+"
                         r"(?P<p>\d+(?:\s*\*\s*\d+){2,3})(?![\w.]?\d|\s*[=*+/-])", re.IGNORECASE)
# A verb whose operand "by" introduces: "divides 28 by 2", "multiplying 14 by 4".
_OPERATION_BY = re.compile(r"\b(?:divid|multipl|reduc|scal|increas|decreas|shrink)\w*\s+(?:\w+\s+)?$", re.IGNORECASE)
# Two or three numbers in words joined by "by" (their values checked by ``_count``).
_WORD_PRODUCT = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)?(?: by [A-Za-z]+(?:-[A-Za-z]+)?){1,2}\b")


def _count(written: str) -> float | None:
    """A depth as written: digits, or a number in words ("sixty-four")."""
    if written.isdigit():
        return float(written)
    spelled = number_words(written)
    return float(spelled[0]) if spelled is not None and spelled[1] == len(written) else None


def _within(values: list[float], longer: list[float]) -> bool:
    """Whether ``values`` are consecutive elements of a longer tuple."""
    n = len(values)
    return n < len(longer) and any(longer[i:i + n] == values for i in range(len(longer) - n + 1))


def find_tuple(question: Question, part: Part, blocks: tuple[Block, ...],
               everything: tuple[Block, ...] = ()) -> Answer | None:
    """A tuple part's answer: ordered values in brackets or joined by ×."""
    found, stated = _found_in(question, part, blocks, everything, _tuples)
    best = _best(found)
    if best is None:
        return None
    answer = _answer(part, best, {"values": best.value}, found, lambda a, b: np.allclose(a, b) if len(a) == len(b)
                     else False, question, blocks)
    return _concluded_otherwise(answer, best, stated, lambda number: {"values": [number]})


# --------------------------------------------------------------------------- vectors and matrices


# One row of a matrix laid out line by line: [ 0.5  1  -0.5 ], ⎡ 0.25 0.0 0.35 ⎤, | 0.1 | 0.5 | -0.3 |.
_ROW_LINE = re.compile(r"(?m)^(?P<lead>[^\n\[⎡⎢⎣(⎛⎜⎝|]*?)(?P<open>[\[⎡⎢⎣(⎛⎜⎝|])"
                       r"(?P<body>[^\n\[\]⎡⎢⎣⎤⎥⎦()⎛⎜⎝⎞⎟⎠]*?)"
                       r"(?P<close>[\]⎤⎥⎦)⎞⎟⎠|])[ \t]*$")
_TABLE_RULE_BODY = re.compile(r"[\s:|-]*-[\s:|-]*")
# One pair of brackets around rows on lines of their own, as a PDF's text gives a typeset matrix:
# "(0.2 −0.1 0.4" / "0.0 0.3 −0.2" / ")". The closing bracket matches the opening one, or the text ends.
_BROKEN_BRACKETS = re.compile(r"(?m)^[^\S\n]*(?:(?P<round>\()|\[)[^\S\n]*"
                              r"(?P<rows>[^\n\[\]()]*\d[^\n\[\]()]*(?:\n[^\n\[\]()]*\d[^\n\[\]()]*)+)"
                              r"\s*(?:(?(round)\)|\])|\Z)")  # (or the block ends: a PDF's gap before the bracket)
# Rows of bare numbers on lines of their own, under the line that names the matrix ("W_new = … ="), or a
# block that is nothing else (a code block under that line, as Markdown indents a printed array).
_BARE_ROWS = re.compile(r"(?m)(?:[=:][^\S\n]*\n|\A)(?P<rows>(?:[^\S\n]*[-−+]?\d[\d.]*(?:[^\S\n]+[-−+]?\d[\d.]*)+"
                        r"[^\S\n]*(?:\n|\Z)){2,})")
# A row named by its number or ordinal ("first row (0.15, −0.2, 0.45)", "Row 2 of W_new = … = (…)",
# "W_new row 1: 0.15, −0.20, 0.45"): the rows, named in order, are one matrix.
_ROW_ORDINAL = {w: i for words in (lexicon.ROW_ORDINALS, lexicon.ROW_ORDINALS_SHORT) for i, w in enumerate(words, 1)}
_ROW_NAMED = re.compile(r"\brow\s*#?\s*(?:(?P<n>[1-9])\b|_?\{?(?P<s>[₁-₉])\}?)"  # ("row₁": subscripted)
                        r"|\b(?P<o>" + "|".join(_ROW_ORDINAL) + r")\s+row\b", re.IGNORECASE)
_ROW_TUPLE = re.compile(r"[(\[](?P<body>[^()\[\]\n]*)[)\]]")
# MATLAB's layout: [0.15 -0.2 0.45; 0.1 0.5 -0.3].
_MATLAB = re.compile(r"\[(?P<body>[^\[\]\n]*;[^\[\]\n]*)\]")
# A matrix's rows on one line between brackets, a bar between rows: "( 0.15 −0.2 0.45 | 0.1 0.5 −0.3 )" (each row's
# numbers apart by spaces, as a bar between cells of one row would have none around a number alone).
# (bounded: at most 30 rows of 30 numbers, so that a hostile line of bars and numbers stays linear)
_BARRED_ROWS = re.compile(r"[(\[]\s*(?P<body>[-−]?\d[\d.]{0,20}(?:[ \t]+[-−]?\d[\d.]{0,20}){1,29}"
                          r"(?:[ \t]*\|[ \t]*[-−]?\d[\d.]{0,20}(?:[ \t]+[-−]?\d[\d.]{0,20}){1,29}){1,29})\s*[)\]]")


def _row_values(body: str) -> list[float] | None:
    if "|" in body:  # a table row: its leading cells may name the row ("unit 1")
        cells = [c.strip().strip("$") for c in body.replace("−", "-").split("|")]
        while cells and cells[0] and read_quantity(cells[0], 0) is None:
            cells.pop(0)
        cells = [c for c in cells if c]
        if any(" " in c for c in cells):
            return None
    else:
        cells = [c for c in re.split(r"[\s,&]+", body.replace("−", "-").strip()) if c]
    values = []
    for cell in cells:
        read = read_quantity(cell, 0)
        if read is None or read[1] != len(cell):
            return None
        values.append(float(read[0].value))
    return values or None


# A segment of a matrix drawn with the bracket pieces Unicode has for it ("⎡ 0.15  −0.20 ⎤" over "⎣ 0.10  0.50 ⎦"),
# wherever it stands on its line: a line may draw two matrices side by side ("⎢ … ⎥ = ⎢ … ⎥").
_DRAWN_SEGMENT = re.compile(r"(?P<open>[⎡⎢⎣⎛⎜⎝])(?P<body>[^⎡⎢⎣⎤⎥⎦⎛⎜⎝⎞⎟⎠\n]*)(?P<close>[⎤⎥⎦⎞⎟⎠])")
_DRAWN_TOP, _DRAWN_BOTTOM = "⎡⎛", "⎣⎝"


def _drawn_matrices(text: str) -> list[tuple[int, int, list]]:
    """Matrices drawn over lines with Unicode's bracket pieces: a top piece, middle pieces, a bottom piece, each
    in the same column of consecutive lines; the rows are the pieces that hold numbers (a blank middle is
    spacing). A matrix of expressions ("0.2 − 0.05") is no matrix of values and is passed over."""
    if "⎡" not in text and "⎛" not in text:
        return []
    lines, starts, at = text.split("\n"), [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    found = []
    # each line's pieces once, and by column (a line may hold many: each top looks its columns up)
    pieces_of = [list(_DRAWN_SEGMENT.finditer(line)) if "⎡" in line or "⎢" in line or "⎣" in line or "⎛" in line
                 or "⎜" in line or "⎝" in line else [] for line in lines]
    columns_of = [{m.start(): m for m in pieces} for pieces in pieces_of]
    for number, line in enumerate(lines):
        tops = pieces_of[number]
        for k, top in enumerate(tops):
            if top["open"] not in _DRAWN_TOP:
                continue
            column, rows, end = top.start(), [top["body"]], None
            for below in range(number + 1, min(len(lines), number + 40)):
                pieces = pieces_of[below]
                piece = next((columns_of[below][c] for c in range(column - 2, column + 3) if c in columns_of[below]),
                             None)
                if piece is None and len(pieces) == len(tops):
                    # "⎛ … ⎞ ⎛ … ⎞" over "⎝ … ⎠ − ⎝ … ⎠": matrices side by side whose signs between them a PDF's
                    # text set on one line only, shifting the columns: the k-th piece of each line is the k-th
                    # matrix's
                    piece = pieces[k]
                if piece is None:
                    break
                rows.append(piece["body"])
                if piece["open"] in _DRAWN_BOTTOM:
                    end = starts[below] + piece.end()
                    break
            if end is None:
                continue
            values = [_row_values(body) for body in rows if body.strip()]
            if _one_matrix(values, 2):
                found.append((starts[number] + top.start(), end, values))
    return found


# A grid's rule drawn with characters between a table's rows: "+--------+--------+", "+====+====+".
_GRID_RULE = re.compile(r"\+(?:[-=]+\+)+")


def _laid_out_rows(text: str) -> list[tuple[int, int, list]]:
    """Matrices written a row per line (brackets or table bars), and MATLAB's ``[a b; c d]``."""
    found = []
    run: list[tuple[int, int, list[float]]] = []

    def close_run() -> None:
        if _one_matrix([r[2] for r in run]):
            found.append((run[0][0], run[-1][1], [r[2] for r in run]))
        run.clear()

    last_end = -2
    for m in _ROW_LINE.finditer(text):
        if run and m["open"] == "|" and _TABLE_RULE_BODY.fullmatch(m["body"]):
            last_end = m.end()  # "|---|---|": a table's rule under its first row, which a Word table's
            continue            # converter makes a header of, is no break between the matrix's rows
        values = _row_values(m["body"])
        if values is None:
            close_run()
            continue
        if run and (between := text[last_end:m.start()].strip()) and not _GRID_RULE.fullmatch(between):
            close_run()  # (a grid's rule between two rows, "+------+------+", is no break between them)
        run.append((m.start("open"), m.end(), values))
        last_end = m.end()
    close_run()
    for pattern, group, columns in ((_BROKEN_BRACKETS, 0, 2), (_BARE_ROWS, "rows", 2)):
        for m in pattern.finditer(text):
            rows = [_row_values(line) for line in m["rows"].split("\n") if line.strip()]
            if _one_matrix(rows, columns):
                found.append((m.start(group), m.end(group), rows))
    found += _named_rows(text)
    found += [f for f in _side_by_side(text) if not any(a <= f[0] < b for a, b, _ in found)]
    found += [f for f in _drawn_matrices(text) if not any(a <= f[0] < b for a, b, _ in found)]
    for m in _MATLAB.finditer(text):
        rows = [_row_values(r) for r in m["body"].split(";")]
        if _one_matrix(rows):
            found.append((m.start(), m.end(), rows))
    for m in _BARRED_ROWS.finditer(text) if "|" in text else ():
        rows = [_row_values(r) for r in m["body"].split("|")]
        if _one_matrix(rows) and not any(a <= m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), rows))
    return found


# A bracketed row among others on its line: "[ 0.2-0.05  -0.1-0.1 ]   = [ 0.15  -0.20 ]".
_BRACKET_GROUP = re.compile(r"\[([^\[\]\n]*)\]")  # (square: a line of round ones lists tuples, "(0.15, 0.10)")


def _side_by_side(text: str) -> list[tuple[int, int, list]]:
    """Matrices written side by side, a row of each per line ("W_new = [ 0.2-0.05 … ] = [ 0.15 -0.20 0.45 ]" over
    "[ 0.0+0.1 … ]   [ 0.10 0.50 -0.30 ]"): the k-th bracket of each of consecutive lines with as many brackets."""
    if text.count("[") < 4:
        return []
    found: list[tuple[int, int, list]] = []
    run: list[list[re.Match]] = []
    offsets: list[int] = []

    def close_run() -> None:
        if len(run) >= 2:
            for k in range(len(run[0])):
                rows = [_row_values(groups[k].group(1)) for groups in run]
                if _one_matrix(rows, 2):
                    found.append((offsets[0] + run[0][k].start(), offsets[-1] + run[-1][k].end(), rows))
        run.clear()
        offsets.clear()

    at = 0
    for line in text.split("\n"):
        groups = [] if "[[" in line or "]]" in line else list(_BRACKET_GROUP.finditer(line))  # (a nested list: no rows)
        if len(groups) < 2 or (run and (len(groups) != len(run[0]) or any(
                abs(g.start() - h.start()) > LIMITS.matrix_row_shift for g, h in zip(groups, run[-1])))):
            close_run()  # (a row of each matrix stands under the one above it)
        if len(groups) >= 2:
            run.append(groups)
            offsets.append(at)
        at += len(line) + 1
    close_run()
    return found


def _one_matrix(rows: list, columns: int = 1) -> bool:
    """Whether rows read one by one make a matrix: two or more, each read, all as long (``columns`` or more)."""
    return len(rows) >= 2 and all(rows) and len({len(r) for r in rows}) == 1 and len(rows[0]) >= columns


# What says a named row's values: a colon or equals sign, or a verb ("row 1: …", "the first row becomes …").
_ROW_SAID = re.compile(r"\s*(?:of\s+\S+\s*)?(?:[:=]|\b(?:is|are|becomes?|become|equals?|reads?|gives?|will\s+be)\b)"
                       r"[ \t]*[:=]?", re.IGNORECASE)
# A verb before a row's name that says its values follow it ("W_new has first row 0.15, …", "with second row …").
_HAS_ROWS = re.compile(r"\b(?:has|have|had|with|gives?)\s+(?:its\s+|the\s+|a\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:,|\band)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
# Numbers listed with commas, spaces or "and" ("0.15, -0.2 and 0.45"), up to the first other word.
_LISTED_NUMBERS = re.compile(r"[ \t$]*[-−+]?\d+(?:\.\d+)?(?:[ \t$]*(?:,|\band\b|&)?[ \t$]*[-−+]?\d+(?:\.\d+)?)*")


def _listed_values(listed: re.Match | None) -> list[float] | None:
    """The numbers of a ``_LISTED_NUMBERS`` match ("0.15, -0.2 and 0.45"), or None."""
    return _row_values(re.sub(r"\band\b", " ", listed.group(0)).strip().rstrip(",")) if listed else None


def _worked_items(body: str) -> list[float] | None:
    """A row's entries each worked out in its place ("row 1: 0.2 − 0.05 = 0.15, −0.1 − 0.1 = −0.2, 0.4 + 0.05 =
    0.45"): the value each entry's chain ends with (the quantity after its last "=", and nothing else), or None
    unless every item of the list is such a chain."""
    items = [item for item in re.split(r",[ \t]+", body.split("\n", 1)[0].strip().rstrip(".;")) if item.strip()]
    if len(items) < 2 or not all("=" in item for item in items):
        return None
    values = []
    for item in items:
        last = item.rsplit("=", 1)[1].strip(" \t$*")
        read = _value(last) if _ENDS_WITH_NUMBER.fullmatch(last) else None
        if read is None:
            return None
        values.append(float(read.value))
    return values


def _named_rows(text: str) -> list[tuple[int, int, list]]:
    """Matrices whose rows are named one by one, in order ("first row (…) and second row (…)")."""
    found = []
    mentions = list(_ROW_NAMED.finditer(text))
    run: list[tuple[int, int, list[float]]] = []

    def close_run() -> None:
        if _one_matrix([r[2] for r in run]):
            found.append((run[0][0], run[-1][1], [r[2] for r in run]))
        run.clear()

    for i, m in enumerate(mentions):
        index = (int(m["n"]) if m["n"] else "₀₁₂₃₄₅₆₇₈₉".index(m["s"]) if m["s"] else _ROW_ORDINAL[m["o"].lower()])
        line_end = text.find("\n", m.end())
        end = min(line_end if line_end >= 0 else len(text),
                  mentions[i + 1].start() if i + 1 < len(mentions) else len(text))
        segment = text[m.end():end]
        tuples = list(_ROW_TUPLE.finditer(segment))
        values = _row_values(tuples[-1]["body"]) if tuples else None
        stop = m.end() + tuples[-1].end() if tuples else end
        if values is None and not tuples and (said := _ROW_SAID.match(segment)) is not None:
            # "row 1: 0.15, −0.20, 0.45", "the first row becomes 0.15, -0.2 and 0.45, the …": the numbers
            # after the colon or the verb, to the clause's end
            body = segment[said.end():]
            values = _worked_items(body) or _listed_values(_LISTED_NUMBERS.match(body))
        elif values is None and not tuples and (_HAS_ROWS.search(text, max(0, m.start() - 40), m.start())
                                                or (run and _AND_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
            # "the new matrix has first row 0.15, -0.2, 0.45 and second row …": the verb before the row's name
            values = _listed_values(_LISTED_NUMBERS.match(segment))
        if values is None or index != len(run) + 1 or (run and len(values) != len(run[0][2])):
            close_run()
            if values is not None and index == 1:
                run.append((m.start(), stop, values))
            continue
        run.append((m.start(), stop, values))
    close_run()
    return found


# One entry of a matrix given its value ("a12 = 0.2 − 0.1·0.5 = 0.15", "A_{23}^{new} = −0.30"): a letter and its
# row and column, then the chain to the line's end (or a semicolon), whose last value is the entry's.
_ENTRY = re.compile(r"(?<![\w\\])(?P<letter>[A-Za-z])_?\{?(?P<i>[1-9]),?(?P<j>[1-9])\}?"
                    r"(?:\^?\{?(?:\(?new\)?|\*|'|\(1\))\}?|_\{?new\}?)?[ \t$]*(?:=|:=|←|\\leftarrow)(?P<chain>[^\n;]*)")
# All of a matrix's entries in one list, row by row: "a11..a23 = 0.15, −0.20, 0.45, 0.10, 0.50, −0.30".
_ENTRY_RANGE = re.compile(r"(?<![\w\\])(?P<letter>[A-Za-z])_?\{?11\}?[ \t]*(?:\.\.\.?|…|\\ldots|\\dots|–|to)[ \t]*"
                          r"(?P=letter)_?\{?(?P<r>[1-9])(?P<c>[1-9])\}?[ \t$]*[=:][ \t]*")
_ENDS_WITH_NUMBER = re.compile(r"[-−+]?(?:\d+(?:\.\d+)?|\.\d+)[ \t$*_.,]*$")


def _entries(text: str) -> list[tuple[int, int, list]]:
    """Matrices given entry by entry: every row and column of a letter's entries (two by two or more), each
    the last value of its line's chain; or a listed range of them, row by row. A later full set supersedes
    (the student's own names for the old and new weights are often the same letter)."""
    found = []
    for m in _ENTRY_RANGE.finditer(text):
        rows, columns = int(m["r"]), int(m["c"])
        listed = _LISTED_NUMBERS.match(text, m.end())
        values = _listed_values(listed)
        if rows >= 2 and columns >= 2 and values and len(values) == rows * columns:
            found.append((m.start(), listed.end(), [values[r * columns:(r + 1) * columns] for r in range(rows)]))
    grids: dict[str, dict[tuple[int, int], tuple[int, int, float]]] = {}
    for m in _ENTRY.finditer(text):
        chain = m["chain"]
        last = _ENDS_WITH_NUMBER.search(chain)
        if last is None:
            continue
        read = read_quantity(last.group(0).replace("−", "-").strip(" \t$*_.,"), 0)
        if read is None:
            continue
        grid = grids.setdefault(m["letter"], {})
        key = (int(m["i"]), int(m["j"]))
        if key in grid:  # the letter's entries start again: the set read so far is one reading
            _close_grid(grid, found)
            grid.clear()
        grid[key] = (m.start(), m.end(), float(read[0].value))
    for grid in grids.values():
        _close_grid(grid, found)
    return found


def _close_grid(grid: dict[tuple[int, int], tuple[int, int, float]], found: list) -> None:
    rows, columns = max(i for i, _ in grid), max(j for _, j in grid)
    if rows < 2 or columns < 2 or len(grid) != rows * columns:
        return
    matrix = [[grid[(i, j)][2] for j in range(1, columns + 1)] for i in range(1, rows + 1)]
    found.append((min(v[0] for v in grid.values()), max(v[1] for v in grid.values()), matrix))


# A matrix that a PDF's text gives on one line, its brackets' rows run together: "( 0.15 −0.2 0.45 0.1 0.5 −0.3 )"
# (four numbers or more, spaces between: the check reads it row by row at the shape the part asks for, flagged).
_FLAT_NUMBER = re.compile(r"[-+−]?(?:\d+\.?\d*|\.\d+)")
_FLAT_RUN = re.compile(r"[(\[]\s*[-+−]?(?:\d+\.?\d*|\.\d+)(?:[ \t]+[-+−]?(?:\d+\.?\d*|\.\d+)){3,}\s*[)\]]")


def _arrays(text: str, vector: bool) -> list[tuple[int, int, list]]:
    found = [(start, end, m.to_array().tolist()) for start, end, m in find_matrices(text)]
    if not vector:  # rows laid out line by line are one matrix, not several one-row ones
        laid = _laid_out_rows(text)
        found = [f for f in found if not any(a <= f[0] < b for a, b, _ in laid)]
        taken = [(a, b) for a, b, _ in found]
        found += [(a, b, v) for a, b, v in laid if not any(x <= a < y for x, y in taken)]
        taken = [(a, b) for a, b, _ in found]
        found += [(a, b, v) for a, b, v in _entries(text) if not any(x <= a < y or a <= x < b for x, y in taken)]
        taken = [(a, b) for a, b, _ in found]
        found += [(m.start(), m.end(), [float(v.replace("−", "-")) for v in _FLAT_NUMBER.findall(m.group(0))])
                  for m in _FLAT_RUN.finditer(text) if not any(x <= m.start() < y for x, y in taken)]
    if vector:
        taken = [(a, b) for a, b, _ in found]
        for start, end, values in _tuples(text):
            if not any(a <= start < b for a, b in taken) and text[start] in "([\\":
                found.append((start, end, values))
    return sorted(found)


def _fills_a_grid(values: Any) -> bool:
    """Whether a flat list may be a matrix's rows run together: a count of numbers that is rows times columns,
    each more than one (not a vector of 3, nor of 5)."""
    n = np.size(values)
    return np.ndim(values) == 1 and any(n % k == 0 for k in range(2, int(n ** 0.5) + 1))


def find_array(question: Question, part: Part, blocks: tuple[Block, ...],
               everything: tuple[Block, ...] = ()) -> Answer | None:
    """A whole vector's or matrix's answer: a printed or typeset array (a vector also as ``(a, b, c)``)."""
    vector = part.kind == "vector"
    found, stated = _found_in(question, part, blocks, everything, lambda t: _arrays(t, vector))
    if not vector:  # a matrix answer is two-dimensional; rows read alone are parts of one, unless named more firmly
        grids = [f for f in found if np.asarray(f.value).ndim == 2 and min(np.shape(f.value)) > 1]
        top = max((f.score for f in grids), default=None)
        found = [f for f in found if f in grids or (top is not None and f.score > top and _fills_a_grid(f.value))
                 ] if grids else found
    best = _best(found)
    if best is None:
        return None
    array = np.asarray(best.value, dtype=float)
    answer = _answer(part, best, {"array": array.tolist()}, found,
                     lambda a, b: np.shape(a) == np.shape(b) and np.allclose(a, b), question, blocks)
    if not best.named and not answer.review and (other := _array_elsewhere(blocks, everything, array, vector)):
        # the question's one unnamed matrix, and another of its shape outside the question's text (an appendix of
        # answers the sections did not place): which one concludes is a person's call
        block, at, value = other
        answer = dataclasses.replace(answer, review=answer.review + (
            f"no label of this part names {' '.join(best.text.split())[:60]} (line {best.block.line_at(best.start)}); "
            f"another matrix of its shape stands outside the question's text, {value} ({block.file} line "
            f"{block.line_at(at)}): check which one the student concludes with",))
    if (unread := _unread_after(question, part, blocks, everything, found, best)) is not None:
        answer = dataclasses.replace(answer, review=answer.review + (
            f"a matrix after it (line {unread}) could not be read (a garbled or ragged cell): it may be the "
            f"student's answer; {' '.join(best.text.split())[:60]} (line {best.block.line_at(best.start)}) was graded",))
    return _concluded_otherwise(answer, best, stated, lambda number: {"array": [number]})


def _array_elsewhere(blocks: tuple[Block, ...], everything: tuple[Block, ...], array: np.ndarray, vector: bool
                     ) -> tuple[Block, int, list] | None:
    """The last array of ``array``'s shape and another value in the document outside the question's ``blocks``."""
    own = {id(b) for b in blocks}
    last = None
    for block in everything:
        if id(block) in own or block.kind == "code" or "[" not in block.text and "(" not in block.text:
            continue
        for start, _, value in _arrays(block.text, vector):
            if np.shape(value) == array.shape and not np.allclose(value, array):
                last = (block, start, value)
    return last


def _unread_after(question: Question, part: Part, blocks: tuple[Block, ...], everything: tuple[Block, ...],
                  found: list[_Found], best: _Found) -> int | None:
    """The line of a typeset matrix after ``best`` in the part's passages that could not be read (a scan's "0, l 5"
    in a cell): the reading falls back on an earlier matrix of the working, which a person should check."""
    after = False  # past best's passage: a later passage's matrices all come after it
    last = None  # (the last such matrix: the one nearest to concluding the working)
    for passage in part_passages(question, part, blocks, everything):
        here = passage.block is best.block and passage.start <= best.start <= passage.start + len(passage.text)
        if not (after or here):
            continue
        for start, end in unread_matrices(passage.text):
            a, b = passage.start + start, passage.start + end
            if (after or a >= best.end) and not any(f.block is passage.block and a <= f.start < b for f in found):
                last = passage.block.line_at(a)
        after = True
    return last


# --------------------------------------------------------------------------- intervals


# An end of an interval: a number, its exponent ("e-1", "× 10⁻¹", "\\times 10^{-1}"), a percent sign.
_Q = r"(?P<{0}>[-+−]?\s?(?:" + _DIGITS.replace("{", "{{").replace("}", "}}") + r"\.?\d*|(?<![\d.])\.\d+)(?:\s?(?:[eE][-+−]?\d+)|" + _TIMES_TEN.replace("{", "{{").replace("}", "}}") \
     + r")?(?:\s?(?:\\%|%|per\s?cent\b))?)"
_INTERVAL_FORMS = (
    # (a centre written as a fraction, "8/25 ± 0.065", is read whole; a margin that is only the first factor
    # of an expression, "± 1.96 sqrt(…)", is no margin)
    ("pm", re.compile(r"(?:(?P<num>(?<![\d.])\d+)\s*/\s*)?" + _Q.format("m") + r"\s*(?:±|\\pm|\+/-|\+-)\s*"
                      + _Q.format("e") + r"(?![(\[]|\s*(?:[×·]|\*(?!\*)|\\(?:times|cdot|sqrt)|sqrt|√)|\d|[.,]\d)")),
    # "0.32 − 0.0543 to 0.32 + 0.0543": the ends as the centre less and plus the margin, not worked out
    ("centred", re.compile(r"(?P<m1>\d*\.?\d+)\s*[-−]\s*(?P<e1>\d*\.?\d+)\s*(?:\bto\b|–|—|\band\b|,)\s*"
                           r"(?P<m2>\d*\.?\d+)\s*\+\s*(?P<e2>\d*\.?\d+)(?![\d.]?\d|\s*=)")),
    ("between", re.compile(r"\bbetween\s+" + _Q.format("a") + r"\s+and\s+" + _Q.format("b"), re.IGNORECASE)),
    ("to", re.compile(r"(?:\bfrom\s+)?" + _Q.format("a") + r"\s*(?:\bto\b|\buntil\b|–|—|\\text\{\s*to\s*\})\s*"
                      + _Q.format("b"), re.IGNORECASE)),
    ("inequality", re.compile(_Q.format("a") + r"\s*(?:<=?|≤|⩽|\\le(?:q)?|\\lt)\s*[^<≤⩽\d\n]{1,30}?\s*"
                              r"(?:<=?|≤|⩽|\\le(?:q)?|\\lt)"
                              r"\s*" + _Q.format("b"))),
    # "lower 0.2553, upper 0.3847", "lower limit = 0.2553 and upper limit = 0.3847"
    ("bounds", re.compile(r"\blower(?:\s+(?:limit|bound|end|endpoint))?\s*(?:is|[:=])?\s*" + _Q.format("a")
                          + r"[^\n\d]{0,30}?\bupper(?:\s+(?:limit|bound|end|endpoint))?\s*(?:is|[:=])?\s*"
                          + _Q.format("b"), re.IGNORECASE)),
    # "0.32 − 0.0647 = 0.2553 and 0.32 + 0.0647 = 0.3847": each end worked out from the centre and margin
    ("worked", re.compile(r"(?P<m1>\d*\.?\d+)\s*[-−]\s*(?P<e1>\d*\.?\d+)\s*=\s*" + _Q.format("a")
                          + r"\s*(?:,|;|\band\b)\s*(?P<m2>\d*\.?\d+)\s*\+\s*(?P<e2>\d*\.?\d+)\s*=\s*"
                          + _Q.format("b"))),
    # "[0.2553 0.3847]": the two ends as numpy prints an array of them (R's "[1] 0.2553 0.3847" too)
    ("printed", re.compile(r"(?:\[|\[1\][ \t]+)[ \t]*" + _Q.format("a") + r"[ \t]+" + _Q.format("b")
                           + r"[ \t]*(?:\]|$)", re.MULTILINE)),
    # ".2553-.3847", "0.2553–0.3847" with no space: a range, where the second end is the larger
    ("dash", re.compile(r"(?<![\w.−-])" + _Q.format("a") + r"-(?=\.?\d)" + _Q.format("b") + r"(?![\d.]?\d|\s*=)")),
)
# A number with an operator between it and the text around ("0.32 − [0.0543 to 0.32] + 0.0543").
_OPERAND_BEFORE = re.compile(r"\d\s*[-−+×*/]\s*$")
_OPERAND_AFTER = re.compile(r"\s*[-−+×*/]\s*\d")
# A numpy scalar as a program prints it ("np.float64(0.2553)"): its number.
_NUMPY_SCALAR = re.compile(r"\b(?:np|numpy)\.(?:float|int)\d*\((?P<v>[^()\n]*)\)")


# A name written against the bracket that follows it: a function called, as code and notation do.
_CALLED = re.compile(r"[A-Za-z_][\w.]*$")


def _value(text: str) -> Quantity | None:
    read = read_quantity(re.sub(r"per\s?cent", "%", text).replace("−", "-").replace(" ", ""), 0)
    return read[0] if read else None


def _intervals(text: str) -> list[tuple[int, int, list[float]]]:
    if "float" in text or "int" in text:  # the printed scalars' numbers, at their own places
        text = _NUMPY_SCALAR.sub(lambda m: " " * (m.start("v") - m.start()) + m["v"] + " ", text)
    if "$" in text:  # "from $0.2553$ to $0.3847$": math delimiters around each end are no part of the interval
        text = text.replace("$", " ")
    found = []
    for m in _BRACKETED.finditer(text):
        if m["open"] in "([" and _CALLED.search(text[max(0, m.start() - 40):m.start()]):
            continue  # F(3, 10), ppf(0.975, 1): a call's arguments, not an interval
        values = _quantities(m["body"])
        # "(1.807, 0.0707)": a pair in falling order is two quantities (a statistic and its p-value, as a
        # program prints them), no interval
        if len(values) == 2 and values[0].value <= values[1].value:
            found.append((m.start(), m.end(), [float(values[0].value), float(values[1].value)]))
    for form, pattern in _INTERVAL_FORMS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b, _ in found):
                continue
            if form == "pm":
                mid, err = _value(m["m"]), _value(m["e"])
                if mid is None or err is None or (m["num"] and (mid.percent or mid.value == 0)):
                    continue
                if m["num"]:
                    mid = Quantity(Fraction(int(m["num"])) / mid.value, f"{m['num']}/{mid.text}", mid.sig_figs,
                                   Fraction(int(m["num"])) / mid.value)
                if err.percent and not mid.percent:  # "0.5 ± 9 %": a margin in percentage points
                    pass
                ends = [float(mid.value - err.value), float(mid.value + err.value)]
            elif form in ("worked", "centred") and (m["m1"] != m["m2"] or m["e1"] != m["e2"]):
                continue  # the two ends worked from another centre or margin: no one interval
            elif form == "centred":
                mid, err = Fraction(m["m1"]), Fraction(m["e1"])
                found.append((m.start(), m.end(), [float(mid - err), float(mid + err)]))
                continue
            elif form == "to" and (_OPERAND_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                   or _OPERAND_AFTER.match(text, m.end())):
                continue  # "0.32 − 0.0543 to 0.32 + …": the ends are expressions, not the numbers read
            elif form == "dash" and not all("." in m[k] or "%" in m[k] for k in "ab"):
                continue  # "Q1-1", "2-3": a hyphen between whole numbers is a label or a subtraction, no range
            else:
                a, b = _value(m["a"]), _value(m["b"])
                if a is None or b is None:
                    continue
                if a.percent != b.percent and (b.percent or a.percent):  # "41.1 to 58.9 %": one sign for both
                    a = a if a.percent else Quantity(a.written / 100, a.text, a.sig_figs, a.written, percent=True)
                    b = b if b.percent else Quantity(b.written / 100, b.text, b.sig_figs, b.written, percent=True)
                ends = [float(a.value), float(b.value)]
                if ends[0] > ends[1] or (form == "dash" and ends[0] == ends[1]):
                    continue  # "10 to 2" is no interval, and "3–1" is a subtraction
            found.append((m.start(), m.end(), ends))
    return sorted(found)


def find_interval(question: Question, part: Part, blocks: tuple[Block, ...],
                  everything: tuple[Block, ...] = ()) -> Answer | None:
    """An interval part's answer: ``[a, b]``, ``(a, b)``, ``a to b``, ``m ± e`` (percent too)."""
    found, stated = _found_in(question, part, blocks, everything, _intervals)
    best = _best(found)
    if best is None:
        return None
    answer = _answer(part, best, {"ends": best.value}, found, lambda a, b: np.allclose(a, b), question, blocks)
    return _concluded_otherwise(answer, best, stated, None)


# --------------------------------------------------------------------------- number parts: the whole quantity


# After a value: an operator or a factor means the value only begins an expression ("1 − (2/3)^2",
# "4 Var(Y) = 4(0.25) = 1"), whose worked-out value comes later in the chain.
# A bracket counts only glued to the value ("4(0.25)"): "0.038 (approx)" is a note.
_OPERATOR_FOLLOWS = re.compile(r"\(|[ \t]*(?:[-+−/×·^]|\*(?!\*)(?![ \t]*(?:$|[.,;:](?!\d)|[)\]|]))|\\(?:cdot|times)\b|"
                               # (a name after a column's gap, "1.10  Cov(Y) = …", is the next column's)
                               r"(?<![ \t])(?<![ \t][ \t])(?:[ \t](?![ \t]))?"
                               # (a word of English before a bracket is no function: "53,952 for (b)")
                               r"(?!(?:for|and|or|in|of|at|to|is|as|by)\b)"
                               r"(?:\\(?:operatorname|mathrm|text)\{\s*)?[A-Za-zΦ]{1,4}\}?\s*[(\[{])")
_RELATION = re.compile(r"=|≈|\\approx")
# A line's leading marker: "5b", "(b)", "Q5 b)", "**1.**".
_MARKED = re.compile(r"^[\s*#>\-|]*(?:(?:q|question|ans|answer)\.?\s*)?\d{0,2}\s*(?:\(?[a-z]\)|[a-z][.):]?)?[.):]?"
                     r"(?:\*\*)?\s", re.IGNORECASE)


_END_NOTE = re.compile(r"\s*\([^()]*\)\s*[.,;]?\s*$")
# Operators a bracket after them is an operand of ("=64*(3*3*3+1)", an Excel cell's formula; not a bold's "**").
_OPERATORS = ("*", "×", "·", "/", "+", "-", "−", "^", "÷")


def _side_value(text: str, units: tuple[str, ...], unit: str | None = None) -> Quantity | None:
    """A chain's side as a value: a quantity written whole (with the part's physical ``unit``, any unit
    of it: ``18 km/h``), or an arithmetic expression of numbers."""
    side = text.replace("$", " ").strip(" \t|")
    if (note := _END_NOTE.search(side)) is not None and (
            not (before := side[:note.start()].rstrip()).endswith(_OPERATORS) or before.endswith("**")):
        side = side[:note.start()]  # a note in brackets ("1792 (with biases)"), not a bracket an operator opens
    side = side.strip()
    if unit is not None:
        read = read_quantity(side, 0, units)
        after = read_unit(side, read[1]) if read is not None else None
        if read is not None and after is not None and not side[after[1]:].strip(" .,;"):
            return dataclasses.replace(read[0], text=side[:after[1]], unit=after[0])
    side = re.sub(r"(?:\\\\|\\\]|\\\)|\$\$|[.,;]|\\quad.*|\\text\{[^{}]*\}\s*$)\s*$", "", side).strip()
    side = side.strip("*").strip()  # "= **0.00442**": the bold a conclusion is set in
    if not side:
        return None
    read = read_quantity(side, 0, units)
    if read is not None and not side[read[1]:].strip():
        return read[0]
    value = constant_value(side)
    if value is None:
        return None
    exact = Fraction(int(value.p), int(value.q))
    digits = len(re.sub(r"\D", "", side.split("/")[0])) or 1
    return Quantity(exact, side, digits, exact)


def _chain_conclusion(part: Part, answer: Answer, shown: str, at: int, hit: str) -> Answer:
    """The value a chain of working concludes with, when the value read only begins an expression;
    the answer unchanged (and flagged) when the chain ends in no value."""
    line_start = shown.rfind("\n", 0, at) + 1
    line_end = shown.find("\n", at)
    line = shown[line_start:len(shown) if line_end < 0 else line_end]
    sides = _RELATION.split(line[at - line_start:])
    conclusion = _side_value(sides[-1], part.units) if len(sides) > 1 else None
    if conclusion is None:
        return dataclasses.replace(answer, review=answer.review + (
            f"the value read ({hit.strip()}) begins an expression; check the answer by hand",))
    value = {**answer.value, "value": float(conclusion.value), "exact": conclusion.value,
             "sig_figs": conclusion.sig_figs, "percent": conclusion.percent}
    return dataclasses.replace(answer, text=conclusion.text.strip(), value=value,
                               details={**answer.details, "read_as": "the value the chain of working concludes with"})


def _widen_with_unit(part: Part, answer: Answer, shown: str, at: int, hit: str) -> Answer:
    """The answer read with the unit written after its quantity (``500 cm/s``), converted to the part's
    unit; unchanged but for ``details.unit`` when no unit follows."""
    # The part declares a unit, so a unit right after the digits wins over a scale word: "5 m" is
    # five metres, not five million; "5 k" stays five thousand ('k' alone is no unit: units.NOT_UNITS).
    plain = leading_number(shown, at)
    written = read_unit(shown, plain[1]) if plain is not None else None
    if plain is not None and written is not None:
        number = plain[0]
        value = {"value": float(number.value), "exact": number.value, "sig_figs": number.sig_figs, "percent": False}
    else:
        read = read_quantity(shown, at, part.units)
        written = read_unit(shown, read[1]) if read is not None else None
        if read is None or written is None:
            return in_unit(part, answer, None)
        q = read[0]
        value = {"value": float(q.value), "exact": q.value, "sig_figs": q.sig_figs, "percent": q.percent}
    text = shown[at:written[1]].strip()
    return in_unit(part, dataclasses.replace(answer, text=text, value={**answer.value, **value}), written[0])


def widen_number(part: Part, answer: Answer | None) -> Answer | None:
    """A number part's answer read to the end of the quantity written: ``65.90 %`` is 0.659, ``1.2288 M``
    is 1228800, ``\\frac{671}{1296}`` is 671/1296 (not the 1 or 671 inside it).

    The value the reader chose is kept when nothing follows or surrounds it; otherwise it is replaced
    by the quantity whose text contains it, and ``details`` says so.
    """
    if answer is None or answer.evidence is None or not isinstance(answer.value, dict):
        return answer
    shown, hit = answer.evidence.excerpt, answer.evidence.highlight
    at = shown.find(hit) if hit else -1
    if at < 0:
        return answer
    if part.unit is not None:
        answer = _widen_with_unit(part, answer, shown, at, hit)
        if "unit" in answer.value or "unit_problem" in answer.value:
            return answer
    if _OPERATOR_FOLLOWS.match(shown, past_closing_star(shown, at, at + len(hit))):
        return _chain_conclusion(part, answer, shown, at, hit)
    best = None
    frac = re.compile(r"\\[dt]?frac\s*\{\s*(?P<num>[-−]?\d+)\s*\}\s*\{\s*(?P<den>\d+)\s*\}")
    for m in frac.finditer(shown):
        if m.start() <= at < m.end() and m.group(0) != hit and int(m["den"]) != 0:
            exact = Fraction(int(m["num"].replace("−", "-")), int(m["den"]))
            digits = max(len(m["num"].lstrip("-−")), len(m["den"]))
            best = (Quantity(exact, m.group(0), digits, exact), m.end())
    if best is None:
        read = read_quantity(shown, at, part.units)
        if read is None:
            return answer
        quantity = read[0]
        if not (quantity.percent or quantity.scale):
            return answer
        if len(quantity.text) <= len(hit.strip()) and answer.value.get("value") == float(quantity.value):
            return answer  # already read whole ("65.91 %" highlighted whole but read as 65.91 is widened)
        best = read
    quantity = best[0]
    value = {**answer.value, "value": float(quantity.value), "exact": quantity.value,
             "sig_figs": quantity.sig_figs, "percent": quantity.percent}
    how = "a percentage" if quantity.percent else f"with the scale '{quantity.scale}'" if quantity.scale else \
        "the whole fraction"
    return dataclasses.replace(answer, text=quantity.text.strip(), value=value,
                               details={**answer.details, "read_as": how})


def fallback_number(question: Question, part: Part, blocks: tuple[Block, ...],
                    everything: tuple[Block, ...] = ()) -> Answer | None:
    """A number part's answer when the main reader found none: in the passages a label or marker of
    the part names, the value each line's chain of working concludes with (a number, a fraction or an
    arithmetic expression of numbers such as ``1 − (2/3)^2``), the one stated as the answer or else
    the last. Flagged: it is a second reading; except, for a part that declares a unit, a value
    written with its unit where every such value of the part's passages is one quantity."""
    found: list[_Found] = []
    for passage in part_passages(question, part, blocks, everything):
        if not passage.named and blocks:
            continue
        text = passage.text
        pos = 0
        for index, line in enumerate(text.split("\n")):
            sides = _RELATION.split(line)
            cells = [c for c in line.strip().strip("|").split("|") if c.strip()]
            if line.lstrip().startswith("|") and len(cells) >= 2:  # a table row: its last cell is the answer
                sides = _RELATION.split(cells[-1])
                sides = sides if len(sides) > 1 else ["", cells[-1]]
            elif len(sides) == 1 and index == 0:  # "2b  0.25": the value right after the part's marker
                sides = ["", _MARKED.sub("", line, count=1)]
            if len(sides) > 1 and _LIST_OF_NUMBERS.fullmatch(sides[-1]):
                sides = sides[:1]  # "pD, sens, spec = 0.01, 0.95, 0.90": values given to names, no conclusion
            if len(sides) > 1:
                value = _side_value(sides[-1], part.units, part.unit)
                # An integer part's answer is a whole number: a ratio or a fraction is another quantity.
                if value is not None and (part.kind != "integer" or value.value.denominator == 1):
                    last = line.rfind(sides[-1].strip()) if sides[-1].strip() else len(line)
                    a, b = passage.start + pos + max(last, 0), passage.start + pos + len(line)
                    score, why = cue_score(passage.block.text, a, b)
                    found.append(_Found(value, passage.block.text[a:b], passage.block, a, b, score, why, True))
                    pos += len(line) + 1
                    continue
            if part.unit is not None:
                found += _with_units(passage, pos, line)
            pos += len(line) + 1
    best = _best(found)
    if best is None:
        return None
    q = best.value
    value = {"value": float(q.value), "exact": q.value, "sig_figs": q.sig_figs, "percent": q.percent}
    review = ("read by the second reader (the value a labelled chain of working ends with): check it",)
    confidence_ = 0.5
    # The chain that concludes the part's labelled passages, nothing after it saying otherwise: its doubt
    # is where the value came from, which a value the check finds right settles (see Answer).
    concludes = _concludes(found, best, lambda a, b: a.value == b.value)
    if best.why == _WITH_UNIT:
        review = ("read by the second reader (the last of several values written with a unit): check it",)
        if len({in_unit(part, _bare(part, f), f.value.unit).value.get("value") for f in found}) == 1:
            # Every value the part's passages state with a unit is one quantity ("5 m/s", "that is 18 km/h"):
            # stated with its unit, it is the answer, and there is nothing for a person to choose between.
            review, confidence_ = (), 0.7
    unless_correct: tuple[str, ...] = ()
    if concludes and best.why != _WITH_UNIT:
        review, unless_correct = (), review
    answer = Answer(part.id, best.text.strip(), value, excerpt(best.block, best.start, best.end), confidence_,
                    review, details={"how": best.why}, review_unless_correct=unless_correct)
    return in_unit(part, answer, q.unit if part.unit is not None else None)


_WITH_UNIT = "a value written with a unit"
# Numbers listed with ", " between them ("0.01, 0.95, 0.90"): several values, no chain's conclusion.
_LIST_OF_NUMBERS = re.compile(r"\s*[-−+]?\d[\d.]*(?:\s*,\s+[-−+]?\d[\d.]*)+\s*[.;]?\s*")


def _bare(part: Part, found: _Found) -> Answer:
    q = found.value
    return Answer(part.id, found.text, {"value": float(q.value), "exact": q.value}, None, 0.0)


def _with_units(passage: Passage, pos: int, line: str) -> list[_Found]:
    """The values of a line written with a unit after them (``The speed is 5 m/s``): for a part that
    declares a unit, a value with a unit needs no relation sign to be an answer."""
    found = []
    for m in _NUMBER_IN.finditer(line):
        led = leading_number(line, m.start())
        unit = read_unit(line, led[1]) if led is not None else None
        if led is None or unit is None:
            continue
        number = led[0]
        q = Quantity(number.value, line[m.start():unit[1]], number.sig_figs, number.value, unit=unit[0])
        a, b = passage.start + pos + m.start(), passage.start + pos + unit[1]
        score, _ = cue_score(passage.block.text, a, b)
        found.append(_Found(q, passage.block.text[a:b], passage.block, a, b, score, _WITH_UNIT, True))
    return found


def in_unit(part: Part, answer: Answer, written: str | None) -> Answer:
    """A number part with a physical unit: the value in the spec's unit (``18 km/h`` is 5 for ``m/s``).

    No unit written: the value is read in the spec's unit. A unit of another dimension: the value is
    kept and ``unit_problem`` says which dimensions differ, for the check to word the feedback.
    """
    if part.unit is None or not isinstance(answer.value, dict):
        return answer
    details = {**answer.details, "unit": part.unit}
    if written is None:
        return dataclasses.replace(answer, details=details)
    value = dict(answer.value, unit=written)
    details["unit_written"] = written
    if parse_unit(written) == parse_unit(part.unit):
        return dataclasses.replace(answer, value=value, details=details)
    exact = answer.value.get("exact")
    try:
        converted = convert(exact if isinstance(exact, Fraction) else answer.value["value"], written, part.unit)
    except UnitError as exc:
        return dataclasses.replace(answer, value={**value, "unit_problem": str(exc)}, details=details)
    # sig_figs were the written number's: a converted value has no written digits to round.
    value.update(value=float(converted), exact=converted, sig_figs=None)
    return dataclasses.replace(answer, value=value, details={**details, "read_as": f"converted from {written}"})
