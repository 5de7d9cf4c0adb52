"""Find each numeric part's concluding value, and the problem values a submission states.

The scan walks a question's blocks in reading order. Labels ("dE/dw11", "standard
convolution", a line starting "(a)") say which part the text is about; every value after
a relation becomes a candidate of that part, scored by how clearly it is given as the
answer (boxed, named, "total") and not as working (``A_1 = 1.88``). The best candidate,
the last among equals, is the answer: the value that concludes the part.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from typing import Any

from ..formulas import constant_value
from ..models import Block, Evidence
from ..numbers import ParsedMatrix, find_matrices, find_numbers, read_quantity
from ..spec import Part
from .bounds import Deadline
from .columns import column_header, column_scale
from . import lexicon
from .evidence import excerpt as _excerpt
from .index import QuestionIndex
from .lexicon import alternation
from .normalize import compact, label_position, words
from .prefilter import prefiltered
from .rules import LIMITS, weight
from .statements import (CORRECTION_OPENING, LIST_BULLET, RETRACTION, Side, Statement, Value, comes_to, corrects,
                         statements, superseded, value_of)

# ("a positive result": a test's outcome, no answer word)
# (a denominator is no conclusion: "accuracy = correctly classified / total")
_ANSWER_WORDS_WRITTEN = re.compile(rf"(?<!positive )(?<!negative )(?<!/ )(?<!/)\b({alternation(lexicon.ANSWER_WORDS)})\b"
                                   r"|∴|\\therefore", re.IGNORECASE)
# Prefiltered (its words are tried at every place of a subject otherwise; no match starts inside a word).
_ANSWER_WORDS = prefiltered(_ANSWER_WORDS_WRITTEN, mid_word=False)
_CONNECTIVES = lexicon.WEAK_ANSWER_WORDS
# A statement that opens with some part's marker ("(c) not done."), whether this reader knows the part or not.
_MARKED_HEAD = re.compile(r"[\s*#>_-]*(?:(?:q|question|part)[ \t]*)?(?:\d{1,2}[ \t]*)?(?:\([a-h]\)|[a-h][.)])(?!\w)",
                          re.IGNORECASE)
# A part's mark or a word naming a part right before the words that say it is unanswered: "(1c not done)", "code: not
# attempted", "Part (c) was not".
_MARK_RIGHT_BEFORE = re.compile(r"(?:\b\d{1,2}[a-h]\b|\([a-h]\)|\b[a-h]\)|\bcode\b|\bprogram\b)[^\n\d]{0,10}$",
                                re.IGNORECASE)
_UNATTEMPTED = re.compile(rf"\b(?:{alternation(lexicon.UNATTEMPTED_WORDS)})\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]{3,}")
# Short English words are no symbols of the working ("so in total … = 53,952").
_SHORT_WORDS = lexicon.SHORT_WORDS
# A word of prose: not part of an identifier such as delta_hid or net_h1.
_PROSE_WORD = re.compile(r"(?<![\w\\])[A-Za-z]{3,}(?![\w])")
# "&+ (0.5 - 0.87) …": a row that continues the expression of the row above.
_CONTINUES = re.compile(r"^\s*\$*\s*&?\s*[+\-−]")
# Words, then one number in brackets, and nothing else: "See above (0.0372).", "as in part (a) (53952)".
_BRACKETED_NOTE = re.compile(r"[^\d()]*\(\s*[-−+]?\d[\d,]*(?:\.\d+)?\s*\)[\s.,;:]*")
# A transpose's mark right after a vector: "(1,1)^\top", "(1, 1)^T", "(1, 1)ᵀ".
_TRANSPOSED = re.compile(r"^(?:\^\s*\{?\s*(?:\\top|\\intercal|T)\s*\}?|ᵀ)")
# A number with an operator: the side is a computation, not a name.
_ARITHMETIC = re.compile(r"\d\s*(?:[-+*×·/−]|\\times|\\cdot)|(?:[-+*×·/−]|\\times|\\cdot)\s*\d")
# A matrix of names right before "= <a matrix of numbers>": bmatrix/pmatrix or brackets.
_NAMES_MATRIX = re.compile(
    r"(?:\\begin\{[bpvBV]?matrix\}(?P<body>(?:(?!\\end\{)[^$])*?)\\end\{[bpvBV]?matrix\}"
    r"|(?<![\w\]])\[(?P<body2>[^\[\]=$]*)\])\s*=\s*(?:\\left\s*)?$")
# The words right after a value, up to the next clause: what the value counts.
_FIRST_WORDS = re.compile(r"[^,;.=(\n]{0,30}")
# A bracket that opens words, not an expression: "(taps per filter", "(i.e. the pointwise".
_ASIDE = re.compile(r"\(\s*[A-Za-z]{2,}[\s.]+[A-Za-z]")
# A table column's header that says it holds the answers ("Final answer", "Result", "Answers").
_ANSWER_HEADER = re.compile(r"\b(answers?|final|results?)\b", re.IGNORECASE)
# A question's number alone, as the subject of its answer ("Q5: 0.6591", "Question 5 -", "5)").
_OWN_NUMBER = re.compile(rf"(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*\.?\s*)?(\d{{1,2}})\s*[.)]?", re.IGNORECASE)
# A relation inside an aside ("(taps per filter = 75)"): the aside names its own subject.
_ASIDE_RELATION = re.compile(r"[=≈:]")
# A multiple or a share of another quantity after a value ("8.4 times dE/dw11", "4.4 % of the standard"):
# a comparison, which names no new subject.
_MULTIPLE_OF = re.compile(r"[\s$*]*[\d.,]*\d\s*(?:times\b|×\s*(?=[A-Za-z\\∂])|%\s*of\b)", re.IGNORECASE)
# What closes around a tuple ("(0.5,0.5)\right)$ but I took …"): not the next subject.
_CLOSERS = re.compile(r"^(?:\s|\\right|[)\]}$,;&.])*")
# "… as given $\left(w_{ij}": the text after the last opening bracket, which a list of
# stated values goes on in (the bracket is not closed in the subject).
_OPENED_LIST = re.compile(r"(?:\\left\s*[(\[]|[($\[])([^()$\[\]]*)$")
# "(1, 0)", "\\left[1, 0\\right]": a tuple of values opening a side.
_TUPLE = re.compile(r"\s*\$?\s*(?:\\left)?[(\[]([^()\[\]]*)[)\]]")
_LEADING_VECTOR = re.compile(r"\s*\$?\s*(?:\\left)?[(\[][\d\s.,\-−]*(?:\\right)?[)\]](?:\^T|\^\{T\})?")
# A title, a block's last line, that says the answers are listed again: "**Final answers**", "## Summary of answers",
# "Answers at a glance:".
_SUMMARY_TITLE = re.compile(r"(?:^|\n)[ \t#*_>-]*(?:\\(?:textbf|section\*?|subsection\*?|paragraph\*?)\{)?"
                            r"(?:(?:my|our|the)\s+)?(?:final\s+answers?|summary(?:\s+of\s+(?:the\s+)?answers)?|answers?\s+at\s+a\s+glance)"
                            r"\b[^\n]{0,30}?[ \t*_:}]*$", re.IGNORECASE)
# An arrow as a relation: "2 inputs → 2 hidden" leads on, it states no value.
_ARROW_RELATION = re.compile(rf"(?:{alternation(lexicon.ARROWS + lexicon.ASCII_ARROWS)})")
# "For v2 I get 0.0372" reports a result; it does not state a problem value.
_RESULT_VERB = re.compile(alternation(lexicon.RESULT_VERBS), re.IGNORECASE)
# A line that adds to the line above ("+ 49,152 … = 53,952"; a "- " is a bullet).
_TERM_FOLLOWS = re.compile(r"^\s*\$*\s*(?:&\s*[+\-−]|\+)")
# What may stand before a parameter's name: words ("Let", "biases", "i.e.") or a bullet,
# not an expression ("o - t").
# (a hyphenated word too: "one-hot targets t = (1, 0)")
# "0.00443 for dE/dw11", "2764800 multiplications for the standard convolution": a value, up to two words
# (what it counts), then "for" and what it answers.
_FOR_PART = re.compile(r"(?:[ \t]+[A-Za-z][A-Za-z-]*){0,2}?[ \t]+for[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
_OPERAND_SIGNS = set("*×·/+-−^")
# "of", perhaps "about" or "≈", before a value; and where the value's clause ends (", which …", " so …").
_OF_VALUE = re.compile(r"[ \t]of[ \t]+(?=(?:about|approximately|roughly|around|≈|~)?[ \t]*[-−]?\.?\d)", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s|;\s|\s(?:and|which|so|but|while|whereas|with)\s", re.IGNORECASE)
# The clause after a chain's last "and" ("… and the layer has 1792 parameters"), up to the sentence's end.
_AND_CLAUSE = re.compile(r"\sand\s((?:(?!\sand\s)[^\n])*)$")
# A statement's subject that is one word after an article ("a variance", "the mean"): a plain label there says what the
# value after "of" is, as a specific one does anywhere.
_ONE_WORD_SUBJECT = re.compile(r"\s*(?:(?:a|an|the)\s+)?[A-Za-z][A-Za-z-]*\s*", re.IGNORECASE)
_PREFIX_WORD = re.compile(rf"[-•*]|[A-Za-z][A-Za-z.]+(?:-[A-Za-z]+)*[:,]?|{alternation(lexicon.ONE_LETTER_WORDS)}")
_SPACED_SCRIPT = re.compile(r"_\{[^{}]*\}")
# Where a definition's right side ends ("g_{11} := ∂E/∂w_{11} and …"), and a digit. (Compiled once here: each
# ``re`` function looks its pattern up in its cache at every call, on every statement.)
_DEFINITION_END = re.compile(r"\$|\band\b|,|\.\s")
_DIGIT = re.compile(r"\d")
# Distances (why each has its size: rules.ReadingLimits).
_NEAR, _NEAR_WEAK = LIMITS.near, LIMITS.near_weak
_LOOKBACK, _CHAIN_BACK = LIMITS.lookback, LIMITS.chain_back
# Compact characters between a quotient's numerator label and its slash (")", "}", "_i").
_QUOTIENT_GAP = 3
# "= 53952 multiplications in total": the answer word after the value.
# Multiplication said in words or as a letter between numbers ("28 times 64", "28 x 64").
_TIMES_IN_WORDS = re.compile(r"(?<=\d)\s*(?:\btimes\b|\bx\b|\bmultiplied\s+by\b)\s*(?=\d)", re.IGNORECASE)


# A law's name that holds an answer word: "by the law of total expectation, E[U] = …" concludes nothing.
_LAW_NAME = re.compile(r"\blaws?\s+of\s+(?:the\s+)?total\b", re.IGNORECASE)


def _without_law_names(subject: str) -> str:
    return _LAW_NAME.sub("law", subject) if "aw" in subject else subject


def _cells(side: Side) -> tuple[Side, ...]:
    """A side's cells between "|" separators, each a side of its own (most sides have none)."""
    if "|" not in side.text:
        return (side,)
    cells, at = [], side.start
    for piece in side.text.split("|"):
        cells.append(Side(piece, at))
        at += len(piece) + 1
    return tuple(cells)


# A subject that ends with the size of a difference: "max |analytic − numeric|", "|g − g_num|".
_ABSOLUTE_DIFFERENCE = re.compile(r"\|[^|\n]{1,40}[−-][^|\n]{1,40}\|[\s$*]*$")
# What follows a heading's value: a few lower-case words of what it counts ("multiplications"); a number alone ("## 1.2")
# is a section's.
_COUNTED_REST = re.compile(r"[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}")
# An arrow that opens its line ("    -> 8*8*256 * 75"), right before a side.
_ARROW_LEAD = re.compile(r"[ \t>*-]*(?:->|=>|→|⇒|⟹|➜)[ \t]*")


def _worked_value(text: str) -> tuple[str, Fraction] | None:
    """``text`` as arithmetic of two or more numbers ("1.7 − 1.21", "64/200", "28 times 64") and its exact value,
    or None (words, symbols, one number)."""
    text = _TIMES_IN_WORDS.sub("*", text.strip(" \t$&:,"))
    if not text or not _ARITHMETIC_ONLY.fullmatch(text) or len(find_numbers(text)) < 2:
        return None
    exact = constant_value(text.replace("×", "*").replace("·", "*"))
    return None if exact is None else (text, Fraction(int(exact.p), int(exact.q)))


def _worked_out(left: str, value: Fraction) -> bool:
    """Whether ``left`` is arithmetic of numbers whose value is ``value``: "28 times 64 is 1792" states
    a result as firmly as "28 × 64 = 1792" does, whatever its relation's word."""
    worked = _worked_value(left)
    return worked is not None and worked[1] == value


# A part's or an item's marker that opens a line ("2(a)", "Q2.b", "3)", "2."), never the start of a word or
# a number ("64 filters", "2.5"): what _product_of_line leaves out of the line's factors.
_OPENING_MARKER = re.compile(r"[ \t>*#|-]*(?:(?:q|question|part|problem)\.?[ \t]*)?\d{1,2}(?:[ \t]*[.)]?[ \t]*\(?"
                             r"(?:[a-h]|i{1,3}|iv|vi{0,3})\)?[.):]?|[.)])(?![\w.])", re.IGNORECASE)


def _product_of_line(text: str, start: int, value: Fraction) -> bool:
    """Whether the numbers written before ``start`` on its line, three or more, multiply to ``value``: "8 × 8 × 256
    outputs, 75 mults each: 1,228,800" works the count out in words, as firmly as "8·8·256·75 = 1,228,800"."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if value.denominator != 1 or value <= 0 or not any(c.isdigit() for c in line):
        return False
    if (marker := _OPENING_MARKER.match(line)) is not None:
        line = line[marker.end():]  # "2(a) 8 × 8 × 256 outputs, …": the question's number is no factor
    numbers = [number.value for _, _, number in find_numbers(line)]
    if len(numbers) < 3 or any(not isinstance(n, Fraction) or n.denominator != 1 or n <= 1 for n in numbers):
        return False
    product = Fraction(1)
    for n in numbers:
        product *= n
        if product > value:
            return False
    return product == value


_CONCLUDING_CLAUSE = re.compile(rf"\s*(?:and\s+)?(?:{alternation(lexicon.CLAUSE_CONNECTIVES)})\b", re.IGNORECASE)
_TRAILING_ANSWER = re.compile(rf"[\s$}}*]*(?:[A-Za-z]+\s+){{0,2}}({alternation(lexicon.TRAILING_ANSWER_WORDS)})\b",
                              re.IGNORECASE)
_PAREN_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "b_1 (shared, hidden)"


def _without_note(text: str) -> str:
    """``text`` without a note in brackets that ends it (``_PAREN_NOTE``); a text that does not end with a
    closing bracket has none, and is not searched (the pattern is tried at every position)."""
    return _PAREN_NOTE.sub("", text) if text.rstrip().endswith(")") else text


# "x = np.array([…])": the constructor between a name and its matrix.
_ARRAY_CALL = re.compile(r"(?:np\.|numpy\.|torch\.)?(?:array|asarray|tensor|matrix)\($")
# A word of prose, not a function's name ("Cov(Y)" is a quantity, "the total" is prose).
_PROSE_WORD_NOT_CALLED = re.compile(r"(?<![\w\\])[A-Za-z]{3,}(?![\w(\[]|\}[(\[])")  # ("\mathrm{Var}(X)" is called)
# Terms added or subtracted, or factors multiplied ("M[Y²] − M[Y]²", "3² · Cov(Y)"), not a bold's stars.
_SUM_OF_TERMS = re.compile(r"[−+×·]|\s-\s|\\(?:times|cdot)(?![A-Za-z])")
# Terms joined as an expression, not a derivative's slash: "M[Y²] − M[Y]²", "3² Cov(Y)", "9 × 0.49".
_TERMS = re.compile(r"[+*×·^−]|\\(?:times|cdot)|\s-\s|\d[⁰¹²³⁴⁵⁶⁷⁸⁹]|[\])][⁰¹²³⁴⁵⁶⁷⁸⁹]|\d\s*[A-Za-z]{1,4}\s*[(\[]")
_OPERATORS = re.compile(r"[*×·+/^()−]|\\(?:times|cdot|frac|sigma)|\s-\s"
                        r"|\d[⁰¹²³⁴⁵⁶⁷⁸⁹]|\d\s*[A-Za-z]{1,4}\s*[(\[]")  # "3² Cov(Y)", "9 Cov(Y)": a product
# A character every match of ``_OPERATORS`` holds (an operator, a backslash, a hyphen, a bracket, a
# superscript digit): about half the texts tested have none, and this set is found at C speed where the
# pattern tries its five ways at every position.
_OPERATOR_SIGN = re.compile(r"[-*×·+/^()−\\\[⁰¹²³⁴⁵⁶⁷⁸⁹]")


# An operator right after a value: the value only begins an expression ("3⋅3⋅3⋅64 + 64").
_OPERATOR_AFTER = re.compile(r"\s*(?:[-+−*/×·⋅^]|\\(?:cdot|times)\b)")
# The words right after a value that may say what it counts: a space, then at most three words ("48 ripe apples",
# "**≈1.2k** ripe apples"), where a label of the part must end.
# (one space: "EX=1.1  VarX=…" is a terse sheet's next answer after a gap)
_BOLD_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:\*\*|__)$")
_COUNTED_WORDS = re.compile(r"(?:\*\*|__|\$)? [A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2}")
_CHECK = re.compile(rf"\b(?:{alternation(lexicon.CHECK_WORDS)})\b", re.IGNORECASE)
#: What every word of ``lexicon.CHECK_WORDS`` holds, in lower case (a test keeps it so): a line before a value with
#: neither has none of them, told at C speed where ``_CHECK``'s words are tried at every position of it.
_CHECK_STEMS = ("check", "verif")
_WHAT_IF = re.compile(rf"\b(?:{alternation(lexicon.WHAT_IF_WORDS)})", re.IGNORECASE)
# A subject that ends by counting one unit of what the label names: "… apples in one crate", "… per image".
_PER_UNIT_END = re.compile(r"\b(?:(?:in|of|for|from)\s+(?:one|a\s+single|each|every)|per|each)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?[\s$*:]*$",
                           re.IGNORECASE)
# Two quantities written in words or symbols multiplied or divided ("outer delta × h1", "inner delta · u1").
_WORD_PRODUCT = re.compile(r"[A-Za-z][\w)]*[ \t]*[×·⋅*][ \t]*[A-Za-z(]")
# (prefiltered: it is tried on every statement without a relation, and no match starts inside a word)
_UNDECIDED = prefiltered(re.compile(rf"\b(?:{alternation(lexicon.UNDECIDED)})\b", re.IGNORECASE), mid_word=False)
# What a count is counted by, after its noun: "12 apples per box", "… for each crate".
_PER_THING = re.compile(r"\b(?:per|each|every)\b", re.IGNORECASE)
# A side of working that opens with a value or a bracket, not with the name of a quantity.
_LEADS_WITH_VALUE = re.compile(r"[\s$*]*[-−(\[.\d]")


@lru_cache(maxsize=16384)
def _has_operator(text: str) -> bool:
    """Whether ``_OPERATORS`` finds an operator in ``text``."""
    return _OPERATOR_SIGN.search(text) is not None and _OPERATORS.search(text) is not None


_LATEX_CMD = re.compile(r"\\[A-Za-z]+")
_SUBSCRIPT = re.compile(r"[_^](?:\{[^{}]*\}|[A-Za-z0-9]+)")


# A quantity named with its argument alone on a side, as probabilities are ("P(A ∪ B)", "Pr(B | A)", "P(X ≥ 1)"): a
# name, not an expression, whatever signs its argument holds.
_NAMED_QUANTITY = re.compile(r"[\s*_$]*(?:P|Pr|Prob|E|Var|Cov)\s*[(\[][^()\[\]\n=]{1,30}[)\]][\s*_$]*")

@dataclass(frozen=True, slots=True)
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
    exact: Any = None
    """The exact parsed value (a Fraction) when it was a written number."""
    guess: str | None = None
    """Set when the value is a positional guess that a person should confirm."""
    unlabelled: bool = False
    """Taken for the question's first part only because no label had named a part yet."""
    hedged: bool = False
    """Given with both signs ("± 0.00443"): graded at the reading that earns least, and flagged."""
    offered: float | None = None
    """Another value offered right after it ("4.41 (or 2.41 if …)"): graded at the one that earns least, flagged."""
    named: bool = False
    """The part's short label is the whole subject ("z = 1.8"): a later step does not demote it."""
    summary: bool = False
    """Read from a table's column headed as the answers ("Final answer"): it concludes, though it may
    restate the working's value rounded."""
    own_row: bool = False
    """...on a row that the part's own marker opens ("| 1a | 0.579 |"): the table's answer to this part."""
    foreign: bool = False
    """Named for the part inside another part's passage (``in_other_part``): that part's working, no later
    claim of this one that would make an earlier value of it a step."""


@dataclass
class ScanResult:
    """Everything the scan of one question found."""

    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    parameters: dict[str, tuple[float, Evidence]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    """Problem values stated twice, differently."""
    matrices: list[tuple[Block, int, ParsedMatrix, str]] = field(default_factory=list)
    """Every matrix with the compact text that precedes it: for consistency checks."""
    undecided: list[tuple[int, str, Evidence]] = field(default_factory=list)
    """(order, part, where) of every statement that leaves the part's values undecided ("I could not decide which"),
    with the order of the last candidate before it."""
    retractions: list[tuple[int, str, Evidence]] = field(default_factory=list)
    """(order, part, where) of every statement that opens a second look at a part ("Recheck: …"),
    with the order of the last candidate before it."""
    unattempted: list[tuple[str, Evidence]] = field(default_factory=list)
    """(part, where) of every statement that says the part was left unanswered ("(not attempted)")."""
    operands: list[tuple[int, float]] = field(default_factory=list)
    """(order, value) of every number used inside an expression ("4,800 + 49,152"), with
    the order of the last candidate before it: a candidate whose value a later expression
    uses was a step of the working, not a conclusion."""

    def consumed(self, candidate: Candidate) -> bool:
        """Whether a later expression uses ``candidate``'s value as an operand."""
        return any(order > candidate.order and math.isclose(value, candidate.value, rel_tol=1e-9, abs_tol=0)
                   for order, value in self.operands)


# A line that opens with a question's number and a part's marker: "2(b)", "Q2 (a)", "1b)".
# (Every lead is one run of its class, no newline in it, then optional words each with their own spaces:
# two runs that may both take the same spaces, or a lead that runs on over empty lines, would cost the
# square of a long run's length.)
_NUMBERED_MARK = re.compile(rf"^[ \t*#>$|&]*(?:\\hline\s*)?(?:\\(?:text|textbf|mathrm|mathbf|textit)\{{)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*)?(\d{{1,2}})\s*(?:[.:]\s*)?(?:(?:\*\*?|__?)\s*)?(?:\([a-h]\)|[a-h]\)|\((?:viii|vii|vi|iv|v|iii|ii|i)\))",
                            re.IGNORECASE | re.MULTILINE)
# "| 5.2 | 0.49 |", "3.1: z = 1.80": a question's number, a dot and the part's ordinal (1 for
# (a)), then a cell or a colon; a decimal in prose ("1.5 is the variance") has no such mark.
_DOTTED_MARK = re.compile(rf"^[ \t*#>$|&]*(?:\\hline\s*)?(?:\\(?:text|textbf|mathrm|mathbf|textit)\{{)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*)?"
                          r"(\d{1,2})\.([1-8])(?![\d.])\s*(?=[|&:)])", re.IGNORECASE | re.MULTILINE)
# "1a  0.0044", "Q2b: 53952", "2.a  1.2288 M": the part's letter run on to the question's number (or after a
# dot), then a gap or a colon; after a space only before a cell's end or a colon ("| Q2 b | 53952 |", not "2 a lot").
# A dash between a marker and its answer ("Q1(b) — 1,792", "(a) – 53,952"): an em or en dash with space after it,
# never a minus sign (which is "−" or "-", and has none).
_MARKER_DASH = re.compile(r"[ \t]*[—–][ \t]+")
_GLUED_MARK = re.compile(rf"^[ \t*#>$|&]*(?:\\(?:text|textbf|mathrm|mathbf|textit)\{{)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*)?(?:(?<=\()|\(?)(\d{{1,2}})(?:[.]| (?=[a-h][.)])| (?=[a-h][ \t]*[|&:]))?([a-h])(?=\*\*|[\s.:|&]|\)|$)",
                         re.IGNORECASE | re.MULTILINE)
# "| 5 | 65.9 % |", "5 & 0.659 \\": a question's number alone in a table's first cell.
_CELL_MARK = re.compile(rf"^[ \t*#>$|]*(?:\\hline\s*)?(?:\\(?:text|textbf|mathrm|mathbf|textit)\{{)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*)?(\d{{1,2}})(?:\*\*)?\s*[|&]",
                        re.IGNORECASE | re.MULTILINE)
# (a bold number closes its emphasis before the part's marker: "**Q1.** (a) 0.42  (b) 0.0876")
_QUESTION_PREFIX = re.compile(rf"(?:{alternation(lexicon.NUMBERING_WORDS)})?\s*\d{{1,2}}\s*[.:]?(?:\*\*?|__?)?\s*"
                              r"(?=\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\))")  # ("2(ii)": roman too)
# A question's number (and its word) or a part's letter that opens a line before the words that name a
# parameter: "Question 1. I take every weight = 0.1", "Q2: all weights = 0.3", "(a) inputs x = (1, 2)".
_NUMBERING_LEAD = re.compile(rf"(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*\.?\s*)?\d{{1,2}}\s*[.:)]\s+"
                             r"|\(?[a-h]\)\s+", re.IGNORECASE)
# A line that opens as the first three marks above do, with a question's number: a text without one has
# none of them (one search instead of three).
_NUMBERED_LINE_LEAD = re.compile(rf"^[ \t*#>$|&]*(?:\\hline\s*)?(?:\\(?:text|textbf|mathrm|mathbf|textit)\{{)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*)?\d",
                                 re.IGNORECASE | re.MULTILINE)
# What each of the four marks above opens with (a question's number after their shared lead): a head
# without it matches none of them.
_NUMBER_LEAD = re.compile(rf"[ \t*#>$|&\s]*(?:\\hline\s*)?(?:\\(?:text|textbf|mathrm|mathbf|textit)\{{)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*)?\(?\d",
                          re.IGNORECASE)


# "Corrected (a): …", "Edit – (b) …": a correction's word, then the marker of the part it corrects.
# ("I made a mistake in Q2 (a): …": the question's number before the marker stays, for the numbered reading below)
# ("PS: correction for part 2(a) -- …": two such words, and "part" before the question's number)
_CORRECTING_LEAD = re.compile(CORRECTION_OPENING + r"(?=\(?[a-h]\)|\(?(?:i{1,3}|iv|v|vi{1,3})\)"
                              rf"|(?:{alternation(lexicon.NUMBERING_WORDS)})?\s*\.?\s*\d{{1,2}}\s*\.?\s*\(?[a-h]\))",
                              re.IGNORECASE)

# A line that opens with such a correction of a part it names by its question's number ("Correction: 2(a) = …",
# "PS: correction for part 2(a) -- …", "**Edit:** Q2 (b) is …"): that question's, wherever it stands.
# (anchored at a line's start, the engine gives up at every other place after one test: 8 ns a character, where a
# look-ahead for its first characters, which may be any, costs three times that)
_CORRECTION_MARK = re.compile(rf"^[ \t*_#>-]*(?:{_CORRECTING_LEAD.pattern})"
                              rf"(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*\.?\s*)?(\d{{1,2}})",
                              re.IGNORECASE | re.MULTILINE)


# What follows a correction's word when it names only a question: " to Q2", " (question 3):".
_QUESTION_ONLY = re.compile(rf"\W*(?:(?:to|for|in|of|on)\s+)?(?:the\s+)?(?:{alternation(lexicon.NUMBERING_WORDS)})\s*\.?\s*"
                            r"\d{1,2}\W*", re.IGNORECASE)


# A table's cells, and a cell that is one number and nothing else, marked or not ("\\textbf{50}", "**12**").
_CELL_SPLIT = re.compile(r"[|&]")
_NUMBER_CELL = re.compile(r"[\s$*]*(?:\\textbf\{|\\mathbf\{)?[\s$*]*[-−]?\d[\d.,]*[\s$*}]*(?:\\\\)?\s*")
_QUESTION_WORD = re.compile(rf"(?:{alternation(lexicon.QUESTION_WORDS)})[ \t]*\.?[ \t]*\d", re.IGNORECASE)
# A list item's number alone ("4."), and one before an explicit question's reference: "4. Q2(a) …", "5) Problem 3: …".
_ITEM_NUMBER = re.compile(r"[*#>-]*[ \t]*\d{1,2}[.)]")
_LIST_ITEM = re.compile(rf"\d{{1,2}}[.)][ \t]+(?=(?:\*\*|__)?(?:{alternation(lexicon.QUESTION_WORDS)})[ \t]*\.?[ \t]*\d)",
                        re.IGNORECASE)


# "row g3 is part (a)", "entry v12 answers (b)": a symbol of the working the student says answers a part.
_NAMES_PART = re.compile(r"\b(?:row|column|entry|cell|value)?\s*(?P<name>[A-Za-z]{1,3}_?\{?\d{1,3}\}?)\s+"
                         r"(?:is|gives|answers)\s+(?:the\s+answer\s+(?:to|of)\s+)?(?:part\s+)?(?P<marker>\([a-h]\))")
# "5   1.1   0.49   4.41": a line of a question's number and values only, spaced apart.
# (After the question's word, "Q5  1.1 0.49 4.41", "Q5: 1.1, 0.49, 4.41": one space or a comma parts them too, as a
# program prints them.)
_NUMBERED_VALUES = re.compile(r"(?m)^[ \t]*(?:q(?:uestion)?\.?[ \t]*(?P<qn>\d{1,2})[.):]?[ \t]+"
                              r"(?P<qvalues>[-−]?\d*\.?\d+(?:(?:[ \t]*[,;][ \t]*|[ \t]+)[-−]?\d*\.?\d+)+)"
                              r"|(?P<n>\d{1,2})[.):]?[ \t]{2,}"
                              r"(?P<values>[-−]?\d*\.?\d+(?:[ \t]{2,}[-−]?\d*\.?\d+)+))[ \t]*$", re.IGNORECASE)


def _nth(index: int) -> str:
    return ("first", "second", "third", "fourth", "fifth", "sixth")[index] if index < 6 else f"{index + 1}th"


# A program's printed names over their values ("##          EX        VarX" / "##        1.10        0.49"): a line
# of two or more names, then one of as many numbers, each perhaps after R's "##" or a prompt's "#".
_COLUMN_NAMES = re.compile(r"[ \t]*(?:#+[ \t]*)?(?P<names>[A-Za-z_][\w.\[\]()-]*(?:[ \t]+[A-Za-z_][\w.\[\]()-]*)+)[ \t]*")
_VALUES = r"[ \t]*(?:#+[ \t]*)?(?P<values>[-−]?\d*\.?\d+(?:[eE][-+]?\d+)?(?:[ \t]+[-−]?\d*\.?\d+(?:[eE][-+]?\d+)?)+)[ \t]*"
_COLUMN_VALUES = re.compile(_VALUES)
# A side of symbols that a value may follow ("δ_o1 · h1", "\\delta^{h}_1 x_1", "p - y"): letters, indices and
# operators, no digit but an index's (after a letter, "_", "^" or a comma: "x1", "w_{21}", "δ_hid,1"), no words of prose (two words of three letters or more apart).
_SYMBOLIC_END = re.compile(r"(?=.*[A-Za-z\u0370-\u03ff])(?!.*[A-Za-z]{3,}\s+[A-Za-z]{3,})"
                           r"(?:[A-Za-z\u0370-\u03ff\u0300-\u036f_^{}()\[\],.·⋅×*/+\-−\s\\]|(?<=[A-Za-z\u0370-\u03ff_^{,])\d+)+")
#: The longest side ``_SYMBOLIC_END`` tests (a product of symbols is short; its word test is quadratic in a word).
_SYMBOLIC_REACH = 80
# A line of numbers alone, spaced apart (one search a block before its lines are paired with the names above).
_VALUES_LINE = re.compile(rf"(?m)^{_VALUES}$")
# A line of a name and a number alone, as a program prints them ("apples      48", "ratio 0.25"):
# the name starts with a letter and holds no digit run that could be the value.
_NAME_THEN_VALUE = re.compile(r"(?m)^[ \t#>*]*(?P<name>[A-Za-z][A-Za-z_ .'/-]{0,40}?)[ \t]+"
                              r"(?P<value>[-−+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][-−+]?\d+)?)[ \t]*$")
_NAME_LINE_END = re.compile(r"(?m)[A-Za-z][ \t]+[-−+]?[\d.][\d,.eE+−-]*[ \t]*$")  # (a cheap test before the walk)
# "… are 0.00443 and 0.0372 respectively": values given to the parts named before, in order.
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# A part's marker inside a text ("Q1 (a),(b): …"): each tried as a marker of its own.
_MARKER_IN_TEXT = re.compile(r"\([a-h]\)")
_TEXT_WRAPPER = re.compile(r"\\(?:text|textbf|mathrm|mathbf|textit)\{")
# "The answer to 1(b) is …", "my value for Q2 (a): …": a sentence that names a part by its question's number and
# marker after its own words, anywhere (an errata list, a closing note), as a line that opens with "1(b)" does.
# ("Correction for part 2(a): …", "correction to Q2 (a)": a correction names the part it corrects the same way)
_ANSWER_TO_NOUN_ON = (r"(?:answer|value|result|correction)\s+(?:to|for|of|in)\s+"
                      r"(?:q(?:uestion)?\s*|part\s+)?(?=(\d{1,2})\s*\.?\s*\(?[a-h]\b)")
_ANSWER_TO = r"(?:(?:the|my)\s+)?(?:(?:correct|corrected|final|right)\s+)?" + _ANSWER_TO_NOUN_ON
_ANSWER_TO_LEAD = re.compile(r"[ \t*_>-]*" + _ANSWER_TO, re.IGNORECASE)
# "Final Answer (b):", "Answer (c) -", "Result (a):": an answer's word, then the marker of the part it answers.
_ANSWER_THEN_MARK = re.compile(r"(?:(?:the|my)\s+)?(?:final\s+)?(?:answer|ans|result)\s*(?=\(?[a-h]\)\s*(?:[:*—–-]|$))",
                               re.IGNORECASE)
_ANSWER_TO_ANYWHERE = re.compile(r"\b" + _ANSWER_TO, re.IGNORECASE)
#: What every match of ``_ANSWER_TO_ANYWHERE`` holds from its noun on, prefiltered: a text with no match of it has
#: none of the whole pattern, which (its words optional, no character to lead it) the engine tries at every word
#: of the text, about 25 µs a block with one of the nouns, where this is found in a fifth of the time.
_ANSWER_TO_FROM_NOUN = prefiltered(re.compile(_ANSWER_TO_NOUN_ON, re.IGNORECASE))
#: The nouns one of which each match of ``_ANSWER_TO`` holds, as ``str.casefold`` writes them (it folds the long s,
#: which case-blind matching takes for "s"; a test holds them to the pattern).
_ANSWER_TO_NOUNS = ("answer", "value", "result", "correction")


@lru_cache(maxsize=4096)
def _numbers_naming_parts(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The question numbers ``text`` names parts by: those of its lines that open with a number and a part's
    marker ("2(b) & 53.952 K"), and those of its sentences that name one after their own words ("The answer to
    2(b) is …"). The same for every question: each question's scan reads the same blocks, and looks only for
    its own numbers among these (cached: read once per text, not once per question)."""
    marked = frozenset(int(m.group(1)) for pattern in (_NUMBERED_MARK, _DOTTED_MARK, _GLUED_MARK, _CELL_MARK)
                       for m in pattern.finditer(text)) if _NUMBERED_LINE_LEAD.search(text) is not None else frozenset()
    marked |= frozenset(int(m.group(1)) for m in _CORRECTION_MARK.finditer(text))
    # (looked for only in a text with one of its nouns: the pattern is tried at every word of a block otherwise,
    # about 30 µs a block)
    folded = text.casefold()
    named = frozenset(int(m.group(1)) for m in _ANSWER_TO_ANYWHERE.finditer(text)) \
        if any(noun in folded for noun in _ANSWER_TO_NOUNS) and _ANSWER_TO_FROM_NOUN.search(text) is not None \
        else frozenset()
    return marked, named


# A line that opens with a question's number after a numbering word ("Q5     accuracy ≈ 66.07 %" in a closing list):
# what it says may be that question's (a list item's bare "5." may count anything).
_QUESTION_LINE = re.compile(rf"^[ \t*#>|_-]*(?:{alternation(lexicon.NUMBERING_WORDS)})[ \t]*\.?[ \t]*(\d{{1,2}})\b",
                            re.IGNORECASE | re.MULTILINE)


# What may stand before a value set apart on its line and marked: an arrow or a bullet, the bold's or box's opening.
_MARK_LEAD = re.compile(r"[ \t$>→⇒•-]*(?:\\boxed\{|\\fbox\{|\\textbf\{|\\mathbf\{)?[ \t$*_]*")


def _alone_on_its_line(text: str, stmt: Statement) -> bool:
    """Whether the statement is its line's whole text (after a list's bullet: "  - **1,228,800**")."""
    a = text.rfind("\n", 0, stmt.start) + 1
    b = text.find("\n", stmt.start + len(stmt.text))
    line = text[a:len(text) if b < 0 else b]
    if a < stmt.start and (bullet := LIST_BULLET.match(line)) is not None and a + bullet.end() <= stmt.start:
        line = line[bullet.end():]
    return line.strip(" \t.") == stmt.text.strip(" \t.")



# A statement set in bold as a whole, label and value ("**Accuracy = 0.6607 (66.07 %)**", "__Final: 53,952__"): a run of
# a line between two bold marks, a relation in it.
_BOLD_STATEMENT = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,80}?[=:≈][^*_\n]{0,80}?)(?<=\S)\1")


def _in_bold_statement(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` stands inside a statement set in bold as a whole, its label and
    relation too: the student marks the statement as the answer, as a box around the value would."""
    if "**" not in text and "__" not in text:
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:len(text) if b < 0 else b]
    # (one such statement on its line: several, "**(a) m = 1.5**  **(b) s = 0.25**", each mark their own
    # part's value, which a subject read for the whole line would give to the first)
    spans = [m.span(2) for m in _BOLD_STATEMENT.finditer(line)]
    return len(spans) == 1 and spans[0][0] <= start - a and end - a <= spans[0][1]


# What may open a line before a part's label in words, compacted: a connective ("so", "thus"), a question's number,
# a part's marker ("so accuracy", "q5accuracy", "(b)variance").
_PLAIN_LABEL_LEAD = re.compile(rf"^(?:(?:{alternation(lexicon.CLAUSE_CONNECTIVES)})(?=[a-z])|"
                               rf"(?:{alternation(lexicon.NUMBERING_WORDS)})?\.?\d{{1,2}}[.:)]?|\(?[a-h]\))*")


# A bracket after a value that gives its exact form, the word after the number: "(1,228,800 exactly)",
# "(53,952 to be exact)", "(0.0044318 precisely)".
_EXACT_BRACKET = re.compile(r"[ \t*_$]*\([ \t]*(?P<value>[-−]?\d[\d,. ]{0,20}?(?:[ \t]*%)?)[ \t]*,?[ \t]*"
                            rf"(?:{alternation(lexicon.EXACT_WORDS)})[ \t]*\)", re.IGNORECASE)


def _without_list_item(head: str) -> str:
    """``head`` without a list's item number before the question's own ("4. Q2(a) 1,228,800", "1. **Q2(a):** …")."""
    item = _LIST_ITEM.match(head) if head[:1].isdigit() else None
    return head if item is None else head[item.end():].lstrip(" \t*_")


def _marker_part(text: str, index: QuestionIndex, numbers: frozenset[int] = frozenset()) -> str | None:
    """The part whose sub-question marker ("(a)", "b)") starts the statement; with the
    numbers the student gives the question, "3(a)" is no marker of question 1's parts."""
    question = index.question
    head = text[:200].lstrip(" \t*#-$>").lower()  # a marker opens the statement: its head is enough
    head = _without_list_item(head)
    if head.startswith("\\") and (wrapped := _TEXT_WRAPPER.match(head)) is not None:
        head = head[wrapped.end():]  # "\text{Q2(a) standard} & 1.2288 M": an array's row, its label in text
    if head[:1].isalpha() and (correcting := _CORRECTING_LEAD.match(head)) is not None:
        head = head[correcting.end():]  # the marker of the part a correction names opens it as well
    if head[:1].isalpha() and (answer_to := _ANSWER_TO_LEAD.match(head)) is not None:
        head = head[answer_to.end():]  # "the answer to 1(b) is …": the part's numbered marker as its head
    elif head[:1].isalpha() and (answer_mark := _ANSWER_THEN_MARK.match(head)) is not None:
        head = head[answer_mark.end():]  # "**Final Answer (b):** …": the answer's word, then the part's marker
    lead = _NUMBER_LEAD.match(head) is not None  # False for most statements: none of the four is tried
    dotted = _DOTTED_MARK.match(head) if lead else None
    if dotted:  # "5.2 | 0.49": question 5's second part, as "5(b)"
        head = f"{dotted.group(1)}({chr(ord('a') + int(dotted.group(2)) - 1)}){head[dotted.end():]}"
    elif lead and (cell := _CELL_MARK.match(head)) is not None and int(cell.group(1)) in numbers:
        # "| 5 | 65.9 % |": a closing table's row names a question of one part by its number alone
        numeric = [p for p in question.parts if p.kind in ("integer", "number")]
        return numeric[0].id if len(question.parts) == 1 and numeric else None
    elif lead and (glued := _GLUED_MARK.match(head)) is not None and int(glued.group(1)) in numbers:
        # "1a  0.0044", "3 b. p = …": as "1(a)", where the student's numbering gives this question that number
        # ("1a" alone is no marker of another question's (a); the spec's own markers still apply)
        head = f"{glued.group(1)}({glued.group(2)}){head[glued.end():]}"
    # "2a)", "Q2 (b)", "2.b)": the question's number before the part's marker.
    numbered = _QUESTION_PREFIX.match(head) if lead else None  # (a head made "5(b)" above has the lead)
    if numbered and numbered.end() < len(head):
        if numbers and int(re.search(r"\d+", numbered.group(0)).group(0)) not in numbers:
            return None  # another question's part: "| 3(a) z | 1.807 |" in a closing table
        found = _marker_part(head[numbered.end():], index)
        if found is not None:
            return found
    roman = _ROMAN_MARKER.match(head)
    if roman:  # "(ii)", "ii)": the sub-question the letter marker "(b)" names
        head = f"{roman.group(1)}{_ROMAN_LETTER[roman.group(2)]}{head[roman.end(2):]}"
    if head.startswith(index.marker_heads):  # most statements open with no marker: one test
        for marker, length, part_id in index.markers:
            if head.startswith(marker) and (len(head) == length or not head[length].isalnum()):
                return part_id
    return None


# A question's number that opens a compacted subject ("q3.", "question3:", "3)"): a numbering word and the
# number, or the number and its stop; a bare number without one is a factor ("3z").
_QUESTION_HEAD = re.compile(rf"(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\.?\d{{1,2}}[.:)]?|\d{{1,2}}[.:)])(?![\d.])")
# After a part's marker, words and a gap (or a colon) before a number: "2(a) standard      1228800", where the words
# may be the part's label.
_NAMED_CELL = re.compile(r"[ \t]*([^\W\d_][\w /'∂-]{0,40}?)(?:[ \t]{2,}|[ \t]*:[ \t]*)(?=[-−+]?\.?\d)")
# A sub-question's marker that opens a compacted subject: "(a)", "b)", "(ii)".
_MARKER_HEAD = re.compile(r"\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)")

# After a number: a word of what it counts, then more numbers or arithmetic in the same statement
# ("256 filters of size 5×5×3", "64 positions × 75 taps"): the number describes the set-up.
# (not a ratio between answers: "53,952 multiplications (23× fewer)")
_DESCRIBES = re.compile(r"[\s$*}]*[A-Za-z]{2,}[^=≈\n]{0,40}?(?:×|·|⋅|\\times|\\cdot|(?<=[\s\d])\*(?=[\s\d])|\s[x]\s)"
                        rf"(?![ \t]*(?:{alternation(lexicon.RATIO_WORDS)})\b)")

#: What every match of ``_DESCRIBES`` holds: a product's sign, a backslash (``\\times``, ``\\cdot``) or an "x".
_PRODUCT_SIGNS = ("×", "·", "⋅", "*", "\\", "x")


def _describes(text: str, start: int, end: int) -> bool:
    """Whether ``_DESCRIBES`` matches ``text`` at ``start`` (before ``end``): its lazy walk tries every way of a
    product's sign at each of up to forty characters after the words, where a side that holds none of them
    (most) is refused by a test of each at C speed."""
    between = text[start:end]
    return any(sign in between for sign in _PRODUCT_SIGNS) and _DESCRIBES.match(text, start, end) is not None


# Between a coefficient and the quantity it multiplies: spaces or a product sign on one line.
_COEFFICIENT_GAP = re.compile(r"[ \t]*(?:[*·⋅×]|\\cdot|\\times|\\,)?[ \t]*(?=[A-Za-zα-ωΑ-Ω\\])")
_SMALL_WHOLE = re.compile(r"\d{1,2}")
# What follows a value and restates it: "…, which (rounds to)", "…, that is", "…, i.e.".
_RESTATES = re.compile(r"(?:which|that|this|i\.?\s?e\.?)", re.IGNORECASE)
# A text that ends with a number itself, not a symbol's index ("times x1, which gives …" restates no value).
_ENDS_WITH_NUMBER = re.compile(r"(?<![\w.])[-−]?\d[\d.,]*%?\s*[,;]\s*$")
# Text that ends with a value and the punctuation after it ("…145/220, "): what an approximation restates.
_ENDS_WITH_VALUE = re.compile(r"[\d%}$]\s*[,;(]\s*$")
_APPROXIMATELY = re.compile(rf"\s*(?:(?:{alternation(lexicon.APPROX_WORDS)})(?:\b|(?<=\.))|i\.\s?e\.)", re.IGNORECASE)
# A factor opening a compact side: a number, or a letter with a power ("a^2"; compact writes "a²" as "a2"),
# and a product sign ("×" is "x" compact): "9·cov(y)", "a^2cov(y)", "3^{2}cov(y)".
_LEADING_FACTOR = re.compile(r"(?:\d+(?:\.\d+)?(?:\^\{?\d+\}?)?|\(\d+\)\^\{?\d+\}?|[a-z](?:\^\{?\d+\}?|[2-9]))[*·⋅x]?")
# A value the student doubts: a question mark after it, or a word of doubt on its line.
_DOUBT = re.compile(rf"[ \t*$]*(?:\?(?!\w)[^\n]*|[^\n]{{0,12}}?\b(?:{alternation(lexicon.DOUBT_WORDS)})\b[^\n]*)",
                    re.IGNORECASE)
# Another value offered right after a value, as an alternative: "4.41 (or 2.41 if …)", "= 0.0437 or 0.0044?".
# (math delimiters around either value: "$+0.0044$ or $-0.0044$")
# (a short note in brackets between them: "**53,952** (valid positions) or **59,952** (input size)")
_OR_VALUE = re.compile(r"(?:[ \t*$]|\\\))*(?:\([^()\n]{1,30}\)[ \t]*)?(?:\(\s*)?\b(?:or|OR)\s+(?:\*\*|\$|\\\(\s*)?"
                       r"(?=[-−+]?\.?\d)")


# A label that declares its value a percentage: "Answer (in percent):", "accuracy (%) =", "in %:".
_PERCENT_DECLARED = re.compile(r"(?:[(\[]\s*(?:in\s+)?(?:%|percent|per\s*cent|percentage)\s*[)\]]"
                               r"|\bin\s+(?:%|percent|per\s*cent))[\s*:$=]*$", re.IGNORECASE)
_IDENTIFIER = re.compile(r"\s*[A-Za-z_][A-Za-z_0-9]*\s*")


def _program_names(subject: str, side: str) -> bool:
    """Whether ``subject = side`` is a parallel assignment of a program's variables: names, and as many
    numbers after the relation, both parted by commas."""
    names = subject.split(",")
    return (len(names) >= 2 and all(_IDENTIFIER.fullmatch(n) for n in names)
            and side.count(",") == len(names) - 1 and len(find_numbers(side)) == len(names))


def _offered(text: str, end: int, value: float) -> float | None:
    """The other value offered right after a value ("4.41 (or 2.41 …)", "either $4\\,800$ or $53\\,952$"),
    when it is another quantity (the same one written otherwise, "0.0372 (or 3.72 × 10⁻²)", offers nothing)."""
    m = _OR_VALUE.match(text, end, min(len(text), end + _NEAR))
    if m is None:
        return None
    read = read_quantity(text, m.end())
    if read is None:
        return None
    other = float(read[0].value)
    return None if math.isclose(other, value, rel_tol=1e-9, abs_tol=0.0) else other


# A side in symbols ("n(1 − x̄)/(1 − p)"), and one of numbers and operators only ("0.5 − 0.5").
_SYMBOLIC = re.compile(r"[A-Za-zα-ωΑ-Ω][^=]*[-+−/*·×()]|[-+−/*·×()][^=]*[A-Za-zα-ωΑ-Ω]")
_ARITHMETIC_ONLY = re.compile(r"[\d\s.,+\-−*/·×()^]+")
# A function applied to something, ending a subject after other words: "… with Q(u|not v)".
_TRAILING_APPLIED = re.compile(r"(?:^|\s)(\$?[A-Za-z]{1,3}\s*\([^()]{1,40}\)\$?"
                               # ...or a Greek symbol of the working, primed or subscripted: "… of ∂E/∂w — makes
                               # sense, the hidden σ′ ≈ 0.105"
                               r"|[α-ωΑ-Ω][′'ʹ]?(?:_\{?\w{1,4}\}?|[₀-₉]{1,3})?)\s*[:=]?\s*$")
# A rule drawn under a column of figures, as a sum is written by hand: "---------", "=====", "____".
_RULE_LINE = re.compile(r"[-=_—–]{3,}")
# A console's prompt and printing command before an expression: Stata's ". display", Python's ">>>", R's ">".
_PROMPT = re.compile(r"\s*(?:\.[ \t]*(?:display|disp|di)\b|>>>|>(?=[ \t]*[-\d(.]))[ \t]*")
# A program's line printing something: "print(round(pb, 5))".
_PRINTED = re.compile(r"[ \t]*print\((.+)\)[ \t]*")
_BRACKETED = re.compile(r"\([^()]*\)")
# A comparison inside a subject: what follows it is another quantity ("p = 0.036 < α = 0.05"); a '>'
# opening a line is a quotation, not a comparison.
_COMPARISON = prefiltered(re.compile(
    r"(?:(?<=[^\s>])|(?<=[^\s>]\s))[<>≤≥](?!=)|\\[lg]eq?\b|\\[lg]t\b|\b(?:smaller|less|greater|larger|bigger|more|lower|higher)"
    r"\s+than\b|\bexceeds?\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\b"
    # ("is above α": a weak relation's side may open with the comparison, "is" read as the relation before it)
    r"|(?:\b(?:is|are|lies|falls|stays)\s+|^\s*)(?:well\s+|just\s+)?(?:above|below)\b", re.IGNORECASE))
#: What every match of ``_COMPARISON`` holds in a text of ASCII (where case-blind matching folds no other character
#: onto a letter): a sign or a backslash, or one of these words in lower case.
_COMPARISON_SIGNS = ("<", ">", "\\")
_COMPARISON_WORDS = ("than", "exceed", "compared", "versus", "vs", "above", "below")


def _last_comparison(subject: str) -> int | None:
    """Where the last comparison in ``subject`` outside its brackets ends ("p = 0.036 < α"), None without one.
    (An event's inequality, "P(N ≥ 1) = …", is inside its brackets: no comparison of two quantities.)
    The pattern, led by look-behinds and case-blind words, is tried at every position of a subject; most subjects
    hold none of what its matches hold, which is tested first at C speed."""
    if subject.isascii() and not any(sign in subject for sign in _COMPARISON_SIGNS):
        lower = subject.lower()
        if not any(word in lower for word in _COMPARISON_WORDS):
            return None
    unbracketed = _BRACKETED.sub(lambda m: " " * len(m.group(0)), subject) if "(" in subject else subject
    compared = None
    for compared in _COMPARISON.finditer(unbracketed):
        pass
    return None if compared is None else compared.end()


# Dots grouping thousands, as German and Spanish write them: "53.952", "1.228.800".
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")

#: Roman sub-question markers and the letters they stand for: (i) is (a), (ii) is (b).
_ROMAN_LETTER = {r: chr(ord("a") + i) for i, r in enumerate("i ii iii iv v vi vii viii".split())}
_ROMAN_MARKER = re.compile(r"(\(?)(" + "|".join(sorted(_ROMAN_LETTER, key=len, reverse=True)) + r")(?=\))")


@lru_cache(maxsize=65536)
def operand_values(text: str) -> tuple[float, ...]:
    """The numbers of an expression, as floats (cached: a class writes the same working)."""
    return tuple(n.float for _, _, n in find_numbers(text))


@lru_cache(maxsize=16384)
def _strip_latex(text: str) -> str:
    return _LATEX_CMD.sub(" ", text)


#: Not yet read (``_Scanner._parameter_names``): None is an answer.
_UNREAD = object()


class _Scanner:
    """The state of one walk through a question's blocks."""

    def __init__(self, index: QuestionIndex, numeric_parts: tuple[Part, ...], others: tuple[QuestionIndex, ...] = ()):
        self.index = index
        question = self.question = index.question
        self.vocab = index.vocabulary
        self.aliases: dict[str, str] = {}
        """Names the student defines for a part: "g_{11} := ∂E/∂w_{11}"."""
        self._named: dict[str, tuple[str, ...] | None] = {}
        """The parameters each text read so far names (``_parameter_names``)."""
        self.last_open: Candidate | None = None
        """The last value of the previous statement, if it ended the statement."""
        self.pending: str | None = None
        """An expression with no value yet ("8 × 8 × 256 × 75"), whose value may follow alone."""
        self.apposed: tuple[str, Fraction] | None = None
        """An expression that ended a statement before a comma, and its value worked out: the number alone after the
        comma ("The variance is 1.7 − 1.21, 0.49.") is its result when it agrees with it."""
        self.ruled = False
        """Whether the statement before was a rule ("-------") under a value: a sum's total follows."""
        self.last_value: Candidate | None = None
        """The last candidate read, as the rule above a total needs one above it."""
        self.others = others
        self.explicit = False
        self.blocks: tuple[Block, ...] = ()
        self.at = 0
        """The document's blocks and the index of the one being read."""
        self.part_ids = {p.id for p in numeric_parts}
        self.whole = {p.id for p in numeric_parts if p.kind == "integer"}
        """Parts whose answer is a whole number (a count)."""
        self.bounded = {p.id: p for p in numeric_parts if p.bounds is not None}
        """Parts whose answer can lie only within the spec's ``bounds``."""
        self.names = index.names
        self.excludes = {p.id: tuple(c for c in map(compact, p.find.exclude) if c) for p in numeric_parts}
        self.single, self.groups, self.spelled = self.names.single, self.names.groups, self.names.spelled
        self.result = ScanResult({p.id: [] for p in numeric_parts})
        self.current: str | None = None
        self.marker_part: str | None = None
        self.marker_block: Block | None = None
        """The part whose marker ("b)") opened the passage being read, and its block (the passage ends with it)."""
        self.own_marked: set[str] = set()
        """Parts given a value inside their own marker's passage."""
        self.first_part = numeric_parts[0].id if numeric_parts and numeric_parts[0] is question.parts[0] else None
        self.subject = ""
        self.order = 0
        self.percent_ok = any(getattr(p, "percent", False) for p in numeric_parts)
        self.numbers: frozenset[int] = frozenset()
        """The numbers the student gives this question ("2" of "Q2", "2(b)")."""
        self.head_marker: str | None = None
        """The part whose marker opens the statement being read."""
        self.correcting: tuple[Block, int] | None = None
        """(block, end of line) of a line that opens with a retraction ("Correction: …, so … is **0.95**"):
        a value given later on that line is the corrected answer of the part being read."""
        self.under_corrections = False
        self.correction_run = False
        """Whether a correction outside the question's sections named one of its parts by number ("PS: correction for
        part 2(a) -- I used the input size. The output is 8x8, so it is … = 1,228,800"): the sentences after it in
        its paragraph are that part's, until one names another question."""
        self.under_summary = False
        """After a title that says the answers are listed again ("**Final answers**", "## Summary of answers"), to
        the next heading: a value named there is the student's closing word on its part."""
        """After a heading that says its section corrects ("### Corrections"), to the next heading: every value
        there corrects, and a part's marker names the part it corrects."""

    def scan(self, blocks: tuple[Block, ...], own: set[int], deadline: Deadline | None = None) -> ScanResult:
        """Walk every block; those of the question's own sections (``own``, by index) fully,
        the others only for values named by a specific label (a summary table at the end)."""
        was_own = None
        specific = self.index.specific_labels
        self.blocks = blocks
        for index, block in enumerate(blocks):
            self.at = index  # the block being read (its table's header may sit in the blocks before it)
            if deadline is not None and deadline.passed(block):
                break  # what was read so far stands; extract() flags every part
            self.explicit = index not in own
            self.correction_run = False
            text = compact(self.vocab.fix(block.text) if self.vocab is not None else block.text)
            # (a title is read wherever it stands: "\textbf{Final answers}" after the last question titles the list
            # below it, which may name this question's parts)
            if block.kind == "heading":
                # "### Corrections (added after re-checking)": what follows corrects, to the next heading
                self.under_corrections = corrects(block.text)
                self.under_summary = False
            if _SUMMARY_TITLE.search(block.text) is not None:
                self.under_summary = True
            if self.explicit and not any(label in text for label in specific) and not self._numbered(block.text):
                continue  # nothing in it can be named as this question's
            if self.explicit != was_own:
                self.current, self.subject, self.marker_part = None, "", None
                was_own = self.explicit
            if not self.explicit and _NAME_LINE_END.search(block.text):
                self._names_then_values(block)
            for stmt in statements(block.text):
                self._statement(block, stmt)
            if len(self.index.question.parts) > 1 and _NUMBERED_VALUES.search(block.text):
                # (in another question's text too: "Q1a …" then "Q5  1.1 0.49 4.41" in a program's printed summary)
                self._numbered_values(block)
            if not self.explicit:
                self._matrices(block)
                if "\n" in block.text and _VALUES_LINE.search(block.text):
                    self._named_columns(block)
                if block.kind == "code" and (printed := _PRINTED.fullmatch(block.text.rstrip().rsplit("\n", 1)[-1])):
                    # A notebook's cell that ends printing a result: the number its output shows alone
                    # is that result's value, as a value alone under an expression is (and outweighs
                    # the cell's set-up assignments, "sens = 0.95", being later)
                    self.pending = printed.group(1)
        return self.result

    # -- scalars -------------------------------------------------------------

    def _text_above(self, block: Block) -> str:
        """The text of the blocks of the same file that run on just before ``block`` (a table whose rows
        were cut into blocks of their own keeps its header there), at most a table's worth."""
        at = self.at if self.blocks[self.at] is block else 0
        pieces: list[str] = []
        line = block.line
        while at > 0 and len(pieces) < 60:
            previous = self.blocks[at - 1]
            if previous.file != block.file or previous.line + previous.text.count("\n") + 1 < line - 1:
                break
            if previous.kind == "heading" and previous.line == line:
                at -= 1  # the question's number a table's rows were cut under ("Q5"): no line of the table
                continue
            pieces.append(previous.text)
            line, at = previous.line, at - 1
        return "\n".join(reversed(pieces))

    def _answer_value(self, side: Side) -> Value | None:
        """The side's value if it can answer this question's parts: a percentage ("≈ 4.4 % of
        standard", "a 95.6 % reduction") is a share of something else, never a count or a
        gradient, unless the question has a part whose answer may be a percentage."""
        value = value_of(side)
        return None if value is None or (value.percent and not self.percent_ok) else value

    def _numbered(self, text: str) -> bool:
        """Whether a line of ``text`` opens with this question's number and a part's marker
        ("2(b) & 53.952 K" in a closing answers table)."""
        if not self.numbers:
            return False
        marked, named = _numbers_naming_parts(text)
        return not marked.isdisjoint(self.numbers) or not named.isdisjoint(self.numbers) or any(
            int(m.group(1)) in self.numbers for m in _QUESTION_LINE.finditer(text))

    def _in_others_quantities(self, text: str) -> bool:
        """Whether ``text``, in a statement a part's marker opens, names other parts' quantities only (an expression
        in them: "(b) Cov = M[Y²] − M[Y]² = …"), not the marked part's own label ("(b) P(A|B) = …")."""
        if self.head_marker is None:
            return False
        hits = self._hits(text)
        return bool(hits) and all(part != self.head_marker for _, part in hits)

    def _names_another_question(self, text: str) -> bool:
        """Whether ``text`` names a part by a question's number that is not this question's."""
        marked, named = _numbers_naming_parts(text)
        return not (marked | named) <= self.numbers

    def _statement(self, block: Block, stmt: Statement) -> None:
        first_order = self.order  # candidates this statement adds come after it
        self.head_marker = _marker_part(stmt.text, self.index, self.numbers)  # once: the head of a long statement
        if self.explicit and self.correction_run and not self._names_another_question(stmt.text):
            # the sentences of a correction after the one that named the part: "… The output is only 8x8, so it
            # should be 8 * 8 * 256 * 75 = 1,228,800"
            self.explicit = False
            try:
                self._statement(block, stmt)
            finally:
                self.explicit = True
            return
        if self.explicit:
            self.correction_run = False
        if self.explicit and self.head_marker and self._numbered(stmt.text):
            # A row of a closing summary that names this question's part by its number.
            self.explicit = False
            try:
                self._statement(block, stmt)
            finally:
                self.explicit = True
            self.correction_run = RETRACTION.match(stmt.text) is not None
            return
        marker = None if self.explicit else self.head_marker
        if not self.explicit and RETRACTION.match(stmt.text):
            end = block.text.find("\n", stmt.start)
            self.correcting = (block, len(block.text) if end < 0 else end)
        first = stmt.sides[0].text
        if self.last_open is not None and _TERM_FOLLOWS.match(first):
            # "4,800 (depthwise …)" then "+ 49,152 … = 53,952": the line above was a term.
            cands = self.result.candidates.get(self.last_open.part, [])
            if self.last_open in cands:
                cands.remove(self.last_open)
        self.last_open = None
        if " for " in stmt.text:
            self._values_for_labels(block, stmt)
        if " of " in stmt.text:
            self._label_of_value(block, stmt)
        if not self.explicit:
            self._definitions(stmt)
            self._left_value(block, stmt)
            self._value_of_pending(block, stmt)
            if not stmt.relations:
                self._value_then_label(block, stmt)
                if block.kind == "heading":
                    self._heading_result(block, stmt)
            elif " and " in (last := stmt.sides[-1]).text and (clause := _AND_CLAUSE.search(last.text)) is not None:
                # "… is **12 × 12** and the crate holds **48** ripe apples": the clause after
                # "and", with no relation of its own, counts as a statement does
                self._value_then_label(block, Statement(clause.group(1), last.start + clause.start(1), (), (), (),
                                                       stmt.table))
        # "&= …" continues the chain above; ", so 75 …" does not inherit its subject.
        # ("145/220, roughly 66 %" does: an approximation right after a value restates it)
        # ("0.08756, which rounds to 0.088" does too: the pronoun restates the value before it)
        continuation = bool(stmt.relations) and (
            (not first.strip(" \t$&")
             and (not re.match(r"\s*[A-Za-z]", stmt.relations[0])
                  or (_APPROXIMATELY.match(stmt.relations[0]) is not None
                      and _ENDS_WITH_VALUE.search(block.text, 0, stmt.start) is not None)))
            or (_RESTATES.fullmatch(first.strip(" \t$&")) is not None
                and _ENDS_WITH_NUMBER.search(block.text, 0, stmt.start) is not None))
        if marker:
            self.current = self.marker_part = marker
            self.marker_block = block
        if marker and not stmt.relations:
            self._marker_value(block, stmt, marker)
        subject = self.subject if continuation else first
        if not continuation and not _CONTINUES.match(first):
            # A row with no relation ("\frac{\partial E}{\partial w_{11}}" alone on its
            # line) names what the "&= …" rows after it are equal to.
            self.subject = first
        if not self.explicit and len(stmt.relations) == 1 and self._parallel(block, stmt):
            return
        for i, side in enumerate(stmt.sides[1:]):
            if i > 0:
                subject = self._next_subject(stmt.sides[i], subject)
            hits = self._claiming_hits(subject, stmt.sides[i].text + " " + side.text)
            if hits:
                self.current = hits[-1][1]
            # The chain before the side, as far back as a run of names can reach ("b_1 = b_2 = 1"):
            # slicing the whole chain at every side would make a long line quadratic.
            self._relation(block, stmt, i, side, subject, stmt.sides[max(0, i + 1 - _CHAIN_BACK):i + 1])
        if len(stmt.sides) > 2 and not continuation and self._hits(subject, specific=True) \
                and not self._hits(first, specific=True):
            # "…, so the tail must be doubled: p-value = 2 × 0.0359⏎= 0.0719": a chain that names its part after a
            # colon goes on, on the next line, with what it named, not with the words that opened it
            self.subject = subject
        hits = self._hits(stmt.text)
        if hits and not stmt.relations and len({part for _, part in hits if part in self.part_ids}) <= 1:
            # (words naming several parts, "Q5 (expectation / variance)", title the question: no part)
            self.current = hits[-1][1]
        if stmt.relations and not stmt.sides[-1].text.strip(" \t$&*") and not self.explicit \
                and not any(q.hits(stmt.text, specific=True) for q in self.others):
            # "…, in total" ending its line: the value alone on the next line is what it relates
            # (unless the line names another question's part: "… and ∂L/∂v =" is that one's)
            self.pending = stmt.text
        elif stmt.relations and not self.explicit and self.current in self.part_ids \
                and len(stmt.sides[-1].text) <= _SYMBOLIC_REACH \
                and _SYMBOLIC_END.fullmatch(stmt.sides[-1].text.strip(" \t$&*")) is not None \
                and block.text.startswith("\n", stmt.start + len(stmt.text)):
            # "(b) ∂y/∂v2 = δ_o1 · h1⏎**0.0372**": a chain that ends in symbols at its line's end, and the value
            # alone on the next line is what they come to (as a bullet nested under it is, in notes)
            self.pending = stmt.text
        if stmt.relations and not self.explicit and block.text.startswith(",", stmt.start + len(stmt.text)):
            self.apposed = _worked_value(stmt.sides[-1].text)
        if not self.explicit:
            self._operands(stmt)
            # (no value in it: "I wasn't sure which one is wanted here so I give both:" announces the values below it)
            if self.current is not None and _UNDECIDED.search(stmt.text) and not any(
                    any(c.isdigit() for c in side.text) for side in stmt.sides[1:]):
                self.result.undecided.append((self.order, self.current,
                                              _excerpt(block, stmt.start, stmt.start + len(stmt.text))))
            if (unattempted := _UNATTEMPTED.search(stmt.text)) is not None \
                    and not _DIGIT.search(" ".join(side.text for side in stmt.sides[1:])) \
                    and ((other := _MARK_RIGHT_BEFORE.search(stmt.text, max(0, unattempted.start() - 16),
                                                             unattempted.start())) is None
                         or ((head := _MARKED_HEAD.match(stmt.text)) is not None and other.start() < head.end())):
                # (not "1b) 3.72e-2 (1c not done)", "code: not attempted": another part's mark or name right before;
                # the statement's own "(a) — ran out of time" is its part's)
                # ("∂f/∂y: not attempted (ran out of time)", "**(a)** … (not attempted)": the part the statement names
                # by its marker or its label; "Part (c) was not attempted", "(rest not done)" say nothing of the
                # part read last)
                line_start = block.text.rfind("\n", 0, stmt.start) + 1
                line = block.text[line_start:stmt.start + len(stmt.text)]  # (its line, up to the statement's end)
                # (a line that names several parts says nothing of which: "(a) ∂f/∂x = …, ∂f/∂y = …, code: not
                # attempted")
                named = {part for _, part in self._hits(line)} | {_marker_part(line, self.index, self.numbers)} - {None}
                part = self.head_marker if _MARKED_HEAD.match(stmt.text) else (named.pop() if len(named) == 1 else None)
                if part is not None:
                    self.result.unattempted.append((part, _excerpt(block, stmt.start, stmt.start + len(stmt.text))))
            if self.current is not None and (retracting := RETRACTION.match(stmt.text)) is not None \
                    and not _QUESTION_ONLY.fullmatch(stmt.text, retracting.end()):
                # ("Correction to Q2" names a question, not the part read last: the part it corrects comes next;
                # a value the correction gives itself, "Correction: 2(a) = … = 1,228,800", comes after it)
                restated = self._answer_value(Side(stmt.text[retracting.end():], stmt.start + retracting.end()))
                if restated is not None and self.current in self.part_ids \
                        and not block.text[restated.end:restated.end + 2].lstrip().startswith((":", ")")):
                    # (not "Edit 2: double-checked …", an edit's number)
                    # "Comment: actually it's 1792 – I forgot the biases": the value the words restate the part as
                    self._add(Candidate(self.current, restated.number.float, block.text[restated.start:restated.end],
                                        block, restated.start, restated.end,
                                        weight("after_relation") + weight("correction"), self._next(),
                                        "given on a line that corrects the answer", restated.number.sig_figs,
                                        restated.number.value))
                else:
                    self.result.retractions.append((first_order, self.current,
                                                    _excerpt(block, stmt.start, stmt.start + len(stmt.text))))


    def _parallel(self, block: Block, stmt: Statement) -> bool:
        """"dE/dw11, dE/dw21 = 0.0044, 0.0372": as many names as values, each name one part's label: each
        value is its part's (a program's parallel assignment). False, reading nothing, otherwise."""
        names = stmt.sides[0].text.split(",")
        # The counts of commas first: most statements have no list of names, and their numbers need not be read.
        if len(names) < 2 or stmt.sides[1].text.count(",") != len(names) - 1:
            return False
        values = find_numbers(stmt.sides[1].text)
        if len(values) != len(names):
            return False
        parts = []
        for name in names:
            hits = self._hits(name, specific=True)
            if len({part for _, part in hits}) != 1 or hits[0][1] not in self.part_ids:
                return False
            parts.append(hits[0][1])
        if len(set(parts)) != len(parts):
            return False
        for part, (a, b, number) in zip(parts, values):
            start = stmt.sides[1].start + a
            self.current = part
            self._add(Candidate(part, number.float, block.text[start:start + b - a], block, start, start + b - a,
                                weight("after_relation") + weight("named"), self._next(),
                                f"named in a parallel assignment: {stmt.sides[0].text.strip()[:60]!r}",
                                number.sig_figs, number.value))
        return True

    def _operands(self, stmt: Statement) -> None:
        """The numbers of the statement's expressions (sides that are no single value).
        (A side of cells, "1a 0.00443 | 1b 0.0372 | 3 λ − y log λ", is as many sides: one cell's
        expression does not make the others' answers its operands.)"""
        for side in (cell for whole in stmt.sides for cell in _cells(whole)):
            if not _has_operator(side.text) and "frac" not in side.text and not _TIMES_IN_WORDS.search(side.text):
                # ("1200 x 48", "28 times 64": a product written with a letter or a word is an expression too)
                continue
            if not _ARITHMETIC.search(side.text) and "frac" not in side.text \
                    and (len(_PROSE_WORD.findall(side.text)) >= 4 or _BRACKETED_NOTE.fullmatch(side.text)):
                # ("See above (0.0372).": a value restated in brackets after words computes nothing either)
                # "… only 4.39 % of the 1,228,800 of the standard conv (about 22.8 times fewer)": prose
                # with an aside in brackets compares with another answer, it does not compute from it
                continue
            value = value_of(side)
            if value is None or "/" in value.number.text or "frac" in value.number.text:
                # "= \frac{145}{220}" is a value, and uses its numerator and denominator as an expression does
                self.result.operands.extend((self.order, v) for v in operand_values(side.text))

    def _claiming_hits(self, subject: str, left: str) -> list[tuple[int, str]]:
        """The label hits that may claim the value after ``left``: inside a count's working (the
        part being read is a number's), a label of a part no single number answers (a shape's
        "output channels") does not take a computation's result from it ("(b) … plus the 64
        biases of the output channels: 1792 + 64 = 1856" stays the count's)."""
        hits = self._hits(subject)
        if hits and _PER_UNIT_END.search(_without_note(subject)):
            return []  # "the number of apples in one crate is 12": the label counts one unit's, not the part's
        if hits and self.head_marker is not None and hits[-1][1] != self.head_marker and self.current == self.head_marker \
                and _SUM_OF_TERMS.search(subject):
            return []  # "(b) M[Y²] − M[Y]² = 0.49": an expression in another part's quantity under this part's marker
        if hits and self.head_marker is not None and hits[-1][1] != self.head_marker and self.current == self.head_marker \
                and self._word_label_of(subject, hits[-1][1]):
            return []  # "(c) The variance of three X minus two is …": a word that names another part's quantity, said
            #            of something else under this part's marker, names the marker's quantity
        if hits and hits[-1][1] not in self.part_ids and self.current in self.part_ids and _ARITHMETIC.search(left):
            hits = [h for h in hits if h[1] in self.part_ids]
        return hits

    def _word_label_of(self, subject: str, part_id: str) -> bool:
        """Whether ``subject`` says one of the part's labels that are a plain word followed by "of" ("the variance
        of three X minus two"): the quantity of something the words go on to name."""
        part = next((p for p in self.index.question.parts if p.id == part_id), None)
        words = [label for label in (part.find.labels if part is not None else ()) if label.isalpha()]
        return bool(words) and re.search(rf"\b(?:{'|'.join(map(re.escape, words))})\s+of\b", subject,
                                         re.IGNORECASE) is not None

    def _numbered_values(self, block: Block) -> None:
        """"5   1.1   0.49   4.41": a line of the question's own number, then one value for each of its parts, in
        order (a terse sheet's line, as a TA reads it)."""
        parts = [p.id for p in self.index.question.parts]
        if not all(p in self.part_ids for p in parts):
            return
        for m in _NUMBERED_VALUES.finditer(block.text):
            group = "values" if m["values"] is not None else "qvalues"
            values = find_numbers(m[group])
            if int(m["n"] or m["qn"]) in self.numbers and len(values) == len(parts):
                self._in_order(block, parts, values, m.start(group), "of the values after the question's number")

    def _named_columns(self, block: Block) -> None:
        """A program's printed named values, names on one line and the values under them (R's named vector,
        a pandas Series' row): "##   EX   VarX   Var3Xminus2" over "##   1.10   0.49   4.41". A name that is a
        part's label gives it the value under it."""
        lines = block.text.split("\n")
        at = 0
        for upper, lower in zip(lines, lines[1:]):
            names = _COLUMN_NAMES.fullmatch(upper)
            values = _COLUMN_VALUES.fullmatch(lower) if names is not None else None
            if values is not None:
                words = re.findall(r"\S+", names["names"])
                numbers = find_numbers(values["values"])
                if len(words) == len(numbers) >= 2:
                    base = at + len(upper) + 1 + values.start("values")
                    for word, (a, b, number) in zip(words, numbers):
                        hits = self._hits(word, specific=True)
                        if hits and hits[-1][1] in self.part_ids and len(compact(word)) <= hits[-1][0] + 1:
                            self._add(Candidate(hits[-1][1], number.float, block.text[base + a:base + b], block,
                                                base + a, base + b, weight("after_relation") + weight("named"),
                                                self._next(), f"printed under {word!r}", number.sig_figs,
                                                number.value))
            at += len(upper) + 1

    def _in_order(self, block: Block, parts: list[str], values: list, at: int, said: str) -> None:
        """The parts take the values (``find_numbers`` of the text at ``at``) one each, in order, each as named."""
        for i, (part, (a, b, number)) in enumerate(zip(parts, values)):
            start, stop = at + a, at + b
            self._add(Candidate(part, number.float, block.text[start:stop], block, start, stop,
                                weight("after_relation") + weight("named"), self._next(),
                                f"the {_nth(i)} {said}", number.sig_figs, number.value))

    def _respectively(self, block: Block, side: Side, subject: str) -> bool:
        """"dE/dw11 and dE/dw21 are 0.00443 and 0.0372 respectively", "(a),(b): 19200 and 53952 … respectively":
        the parts the subject names, in order, take the values in order. Whether it read them: as many parts
        named (by labels, or by markers where no label names one) as values given."""
        named = list(dict.fromkeys(part for _, part in self._hits(subject)))
        if len(named) < 2:
            named = list(dict.fromkeys(part for m in _MARKER_IN_TEXT.finditer(subject)
                                       if (part := _marker_part(m.group(0), self.index)) is not None))
        end = _RESPECTIVELY.search(side.text).start()
        values = [(a, b, n) for a, b, n in find_numbers(side.text[:end])]
        if len(named) < 2 or len(values) != len(named) or not all(p in self.part_ids for p in named):
            return False
        self._in_order(block, named, values, side.start, "of the values given to the parts named ('… respectively')")
        return True

    def _column_part(self, block: Block, start: int) -> str | None:
        """The part the header of a table cell's column names, by a label or a part's marker ("(b) depthwise
        separable"), when it names one part and only one."""
        header = column_header(block.text, start, self._text_above(block))
        if header is None:
            return None
        named = {part for _, part in self._hits(header)}
        if (marked := _marker_part(header, self.index, self.numbers)) is not None:
            named.add(marked)
        return named.pop() if len(named) == 1 and next(iter(named)) in self.part_ids else None

    def _hits(self, text: str, *, specific: bool = False) -> list[tuple[int, str]]:
        """Label hits of this question's parts, the student's own names for them included."""
        hits = self.index.hits(text, specific=specific)
        if self.aliases:
            c = compact(text)
            hits += [(end, part) for alias, part in self.aliases.items()
                     if (end := label_position(c, alias)) >= 0]
            hits.sort()
        return hits

    def _definitions(self, stmt: Statement) -> None:
        """"g_{11} := ∂E/∂w_{11}": a name the student gives a part, used as its label; also "row g3 is
        part (a)", "v12 answers (b)": a symbol the student says answers a part by its marker."""
        if "part" in stmt.text or "answers" in stmt.text:
            for m in _NAMES_PART.finditer(stmt.text):
                name, part = compact(m["name"]), _marker_part(m["marker"], self.index)
                if (part is not None and self.index.symbol.match(name) and any(c.isdigit() for c in name)
                        and not self.index.hits(m["name"])):  # (a weight's name too: the student says what it stands for)
                    self.aliases[name] = part
        for i, relation in enumerate(stmt.relations):
            left = words(stmt.sides[i].text).split()
            if not left:
                continue
            name = compact(left[-1])
            if not 1 <= len(name) <= 6 or not (relation.strip() in (":=", "≔", "\\coloneqq")
                                                or self.index.symbol.match(name)):
                continue  # no short name defined: the right side is not read
            right = _DEFINITION_END.split(stmt.sides[i + 1].text, maxsplit=1)[0]
            if not right.strip():
                continue
            hits = self.index.hits(right, specific=True)
            if (hits and len(compact(right)) <= hits[-1][0] + 2
                    and not self.index.hits(left[-1])
                    and name not in self.single):
                self.aliases[name] = hits[-1][1]

    def _left_value(self, block: Block, stmt: Statement) -> None:
        """"0.0044318 = dE/dw11", "1228800 = 8*8*256*75 = mults for standard conv": the value
        first, the part it answers named on the right."""
        if not stmt.relations or stmt.weak[0]:
            return
        value = self._answer_value(stmt.sides[0])
        if value is None or stmt.sides[0].text[value.end - stmt.sides[0].start:].strip(" $&"):
            return
        for side in stmt.sides[1:]:
            hits = self._hits(side.text, specific=True)
            if hits and hits[-1][1] in self.part_ids:
                self.current = hits[-1][1]
                self._add(Candidate(hits[-1][1], value.number.float, block.text[value.start:value.end], block,
                                    value.start, value.end,
                                    weight("named_on_right") + (weight("marked") if value.boxed else 0), self._next(),
                                    f"named on the right: {side.text.strip(' $&')[:60]!r}",
                                    value.number.sig_figs, value.number.value))
                return

    def _values_for_labels(self, block: Block, stmt: Statement) -> None:
        """"So my answers are 0.00443 for dE/dw11 and 0.0372 for dE/dw21": a sentence that lists answers, each
        value then "for" and the part it answers (a count's noun may come between: "2764800 multiplications for
        the standard convolution"). Read only where the sentence gives two values so, for different parts of
        any question: one "4,800 multiplications for the depthwise stage" in the working is a step."""
        text = stmt.text
        pairs = []
        for a, b, number in find_numbers(text):
            before = text[:a].rstrip()
            if before[-1:] in _OPERAND_SIGNS:
                continue  # "8*8*25*3 for …": an operand of a product, not a value given
            after = _FOR_PART.match(text, b)
            if after is None:
                continue
            window = text[after.end():after.end() + _NEAR]
            named = [(end, part) for end, part in self._hits(window, specific=True) if end <= _NEAR_WEAK]
            named += [(end, part) for q in self.others for end, part in q.hits(window, specific=True)
                      if end <= _NEAR_WEAK]
            if not named and (marked := _marker_part(window, self.index, self.numbers)) is not None:
                named = [(0, marked)]  # "… 1,228,800 for (a) and 53,952 for (b)": the part's marker after "for"
            if named:
                pairs.append((a, b, number, min(named)[1]))
        if len({part for *_, part in pairs}) < 2:
            return
        for a, b, number, part in pairs:
            if part in self.part_ids:
                start, end = stmt.start + a, stmt.start + b
                self._add(Candidate(part, number.float, block.text[start:end], block, start, end,
                                    weight("named_on_right"), self._next(),
                                    "given for the part in a sentence that lists answers",
                                    number.sig_figs, number.value))

    @staticmethod
    def _in_check(block: Block, offset: int) -> bool:
        """Whether the line of ``block`` holding ``offset`` says, before it, that it checks the answer."""
        start = block.text.rfind("\n", 0, offset) + 1
        before = block.text[start:offset]
        if before.isascii() and not any(stem in before.lower() for stem in _CHECK_STEMS):
            return False  # (case-blind matching folds a character beyond ASCII onto "k": such a line is searched)
        return _CHECK.search(block.text, start, offset) is not None

    @staticmethod
    def _in_what_if(block: Block, offset: int) -> bool:
        """Whether the line of ``block`` holding ``offset`` sets it up as a what-if before it ("For comparison, had
        the kernel been 5x5, … = 1,228,800"), or its line follows one that does and ends with a colon ("For
        comparison, had the kernel been 5x5:" over the working)."""
        start = block.text.rfind("\n", 0, offset) + 1
        if _WHAT_IF.search(block.text, start, offset) is not None:
            return True
        above = block.text[block.text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)] if start else ""
        return above.rstrip().endswith(":") and _WHAT_IF.search(above) is not None

    def _counted_by_label(self, text: str, end: int) -> str | None:
        """The part whose specific label follows the value that ends at ``end`` of ``text`` as what it counts
        ("48 ripe apples"): not a value given for the part ("0.0022 for dE/dw11"), an operand, nor a count of one
        of many ("12 apples per box")."""
        words = _COUNTED_WORDS.match(text, end)
        bold = 2 if text.startswith(("**", "__"), end) else 0  # ("**48** ripe apples": the bold's close)
        if words is None or _OPERATOR_AFTER.match(text, end + bold):
            return None  # ("3X − 2": a number that begins a name, not what it counts)
        if _PER_THING.search(_CLAUSE_END.split(text[end:end + _NEAR], maxsplit=1)[0]):
            return None
        named = self._hits(words.group(0).lstrip("*_$"), specific=True)
        return named[-1][1] if named and named[-1][1] in self.part_ids else None

    def _value_then_label(self, block: Block, stmt: Statement) -> None:
        """"… and adding the last box makes 48 ripe apples", "a crate with 48 ripe apples": in
        a statement with no relation, a value that the part's specific label follows as what it counts is a
        reading of the part (not a number that opens the line, a section's: "2.1 Counting the apples")."""
        text = stmt.text
        # (a statement cut from its line by a gap, "holds ~~46~~ **48** ripe …" with the struck value blank,
        # may open with its value: only a line's first value may be a section's number)
        at = stmt.start
        while at and block.text[at - 1] in " \t":
            at -= 1
        opens_line = not at or block.text[at - 1] == "\n"
        for a, b, number in find_numbers(text):
            # (a bold's stars before the value are no product: "holds **48** ripe apples")
            if (opens_line and not text[:a].strip(" \t*#(")) \
                    or _BOLD_BEFORE.sub("", text[:a]).rstrip()[-1:] in _OPERAND_SIGNS \
                    or (part := self._counted_by_label(text, b)) is None:
                continue
            before = text[max(0, a - _NEAR):a]
            if (hits := self.index.hits(before)) and hits[-1][0] >= len(compact(before)) - 1:
                continue  # "z 1.8 pvalue 0.0719": a program's output, each value after its own name
            start, stop = stmt.start + a, stmt.start + b
            self._add(Candidate(part, number.float, block.text[start:stop], block, start, stop,
                                weight("after_relation"), self._next(), "followed by the part's label, as what it counts",
                                number.sig_figs, number.value))

    def _heading_result(self, block: Block, stmt: Statement) -> None:
        """"Q2 (a) standard conv" / "- 8 × 8 × 256 outputs" / "1.2288 M multiplications": a value set as a heading of
        its own inside the part's passage, before the words of what it counts, is its result in large type, as a
        slide shows it (not a section's number, alone or before its title: "## 1.2", "2.1 Counting the apples")."""
        if self.current not in self.part_ids:
            return
        lead = len(stmt.text) - len(stmt.text.lstrip("# \t"))  # (a Markdown heading's "#"s)
        value = self._answer_value(Side(stmt.text[lead:], stmt.start + lead))
        rest = block.text[value.end:stmt.start + len(stmt.text)].strip(" \t\n*_$.") if value is not None else ""
        if value is None or len(rest) > 60 or not _COUNTED_REST.fullmatch(rest):
            return
        self._add(Candidate(self.current, value.number.float, block.text[value.start:value.end], block, value.start,
                            value.end, weight("after_relation") + weight("set_apart_marked"), self._next(),
                            "set apart as a heading in the part's passage", value.number.sig_figs, value.number.value))

    def _names_then_values(self, block: Block) -> None:
        """"standard      1228800": a line that holds a name and a number and nothing else, as a program prints
        ``print('standard', n)``, gives the number to the part whose label the whole name is (its column gap
        would cut the line into two statements, neither with a relation)."""
        for line in _NAME_THEN_VALUE.finditer(block.text):
            name = compact(line["name"]).strip("*$&")
            part = next((pid for label, pid, _ in self.index.labels if label == name and pid in self.part_ids), None)
            numbers = find_numbers(line["value"]) if part is not None else []
            if len(numbers) != 1 or numbers[0][1] - numbers[0][0] != len(line["value"]):
                continue
            number = numbers[0][2]
            self._add(Candidate(part, number.float, line["value"], block, line.start("value"), line.end("value"),
                                weight("after_relation") + weight("named"), self._next(),
                                f"printed after its name {line['name'].strip()[:40]!r}", number.sig_figs, number.value))

    def _label_of_value(self, block: Block, stmt: Statement) -> None:
        """"… a p-value of 0.0718, which is more than 0.05": a part's specific label, then "of" and a value
        (a relation in words that English makes with a noun), read as the label's claim."""
        text = stmt.text
        for m in _OF_VALUE.finditer(text):
            before = text[max(0, m.start() - _NEAR):m.start()]
            hits = self._hits(before, specific=True)
            if not hits and _ONE_WORD_SUBJECT.fullmatch(before):
                # "… leaves⏎a variance of 0.49.": a plain word's label that opens its statement names the value
                hits = self._hits(before)
            if not hits or hits[-1][0] < len(compact(before)) - 1 or hits[-1][1] not in self.part_ids:
                continue  # the label must end right before "of" ("the variance of 3X − 2" names no value)
            rest = _CLAUSE_END.split(text[m.end():], maxsplit=1)[0]
            value = self._answer_value(Side(rest, stmt.start + m.end()))
            if value is None:
                continue
            self._add(Candidate(hits[-1][1], value.number.float, block.text[value.start:value.end], block,
                                value.start, value.end, weight("after_relation") + weight("named"), self._next(),
                                f"given as {before.strip()[-40:]!r} of it", value.number.sig_figs, value.number.value))

    def _unevaluated(self, block: Block, side: Side, subject: str) -> None:
        """A part's labelled chain that ends in arithmetic of numbers never worked out ("∂L/∂u = [0.3677 ×
        0.1148 × 0.5 + …] × 0.1050"): its value, worked out here, is a reading of the part, always
        flagged (the student gave an expression, not a value)."""
        text = side.text.strip(" \t$&.;,*")  # ("= **9.5/108.5**": the bold a conclusion is set in)
        arithmetic = text.replace("[", "(").replace("]", ")")
        if not _ARITHMETIC_ONLY.fullmatch(arithmetic) or len(find_numbers(text)) < 2:
            return
        hits = self._hits(subject, specific=True)
        part = hits[-1][1] if hits else next((pid for label, pid, _ in self.index.short_labels
                                               if self._is_label(subject, pid)), None)
        if part is None and _ARROW_LEAD.fullmatch(block.text, block.text.rfind("\n", 0, side.start) + 1, side.start):
            # "(a) standard: … mults ⏎ -> 8*8*256 * 75": an arrow that opens its line under the part's marker
            # leads to what the working comes to, left as arithmetic
            part = self.current
        if part not in self.part_ids:
            return
        value = constant_value(arithmetic)
        if value is None:
            return
        exact = Fraction(int(value.p), int(value.q))
        start = side.start + side.text.index(text[0])
        self._add(Candidate(part, float(exact), text, block, start, start + len(text),
                            # as firm as any value after a relation, and no firmer: a value the student
                            # works out later, however it is introduced, concludes instead
                            weight("after_relation"), self._next(),
                            f"an expression given as {subject.strip(' $&')[:40]!r}, worked out",
                            None, exact, guess=(f"the student leaves this part as an expression, {text[:60]!r}, "
                                                f"whose value {float(exact):.6g} was worked out for them: check it")))

    def _value_of_pending(self, block: Block, stmt: Statement) -> None:
        """"8 × 8 × 256 × 75" on one line and "1228800" alone on the next: its value."""
        pending, self.pending = self.pending, None
        apposed, self.apposed = self.apposed, None
        ruled, self.ruled = self.ruled, False
        if stmt.relations:
            return
        text = stmt.text.strip(" $&")
        if _RULE_LINE.fullmatch(text):
            self.ruled = self.last_value is not None  # "----" under a column of values: their total follows
            return
        if _ITEM_NUMBER.fullmatch(text) or (
                text.isdigit() and len(text) <= 2 and block.text[stmt.start + len(stmt.text):][:1] in (".", ")")
                and not block.text[:stmt.start].rstrip(" \t").endswith(("=", ":"))):
            return  # "4." alone: a list item's number (its item goes on in the next statement), no value
        side = Side(stmt.text, stmt.start)
        value = self._answer_value(side)
        if value is not None and not stmt.text[value.end - stmt.start:].strip(" $&.*_") and ruled \
                and self.current in self.part_ids:
            # "= 4800 / + … = 49152 / -------- / 53952": the total written under the rule, as sums are by hand
            self._add_total(block, value, "the total under a rule below the working")
            return
        if (value is not None and self.current in self.part_ids and self.last_value is not None
                and self.last_value.block is block and self.last_value.part == self.current
                and _TRAILING_ANSWER.match(stmt.text[value.end - stmt.start:]) is not None):
            # "… needs 4800 for the depthwise part and 49152 for the pointwise part, 53952 in all": a value
            # that opens its clause and says it is the whole concludes what the sentence was counting
            self._add_total(block, value, "stated as the result")
            return
        if value is not None and apposed is not None and not stmt.text[value.end - stmt.start:].strip(" $&.*_") \
                and self.current in self.part_ids and comes_to(value.number.value, apposed[1]):
            # "The variance is 1.7 − 1.21, 0.49.": the working's arithmetic, then after a comma what it comes to
            # (only a number it comes to: "… 5 × 5, 3 …" lists another quantity)
            self._add(Candidate(self.current, value.number.float, block.text[value.start:value.end], block,
                                value.start, value.end, weight("value_of_expression_above")
                                + (weight("marked") if value.boxed else 0), self._next(),
                                f"the value of {apposed[0][:40]!r} after it", value.number.sig_figs,
                                value.number.value))
            return
        if value is not None and not stmt.text[value.end - stmt.start:].strip(" $&.*_") and pending:
            part = self.current or self.first_part
            unlabelled = self.current is None
            if part in self.part_ids:
                self._add(Candidate(part, value.number.float, block.text[value.start:value.end], block,
                                    value.start, value.end,
                                    weight("value_of_expression_above") + (weight("marked") if value.boxed else 0)
                                    # "…, in total" / "5.3952 × 10^4": the line above says it concludes
                                    + (weight("answer_word") if _ANSWER_WORDS.search(pending) else 0),
                                    self._next(),
                                    f"the value of {pending.strip(' $&')[:40]!r} on the line above",
                                    value.number.sig_figs, value.number.value, unlabelled=unlabelled))
            return
        if value is not None and value.boxed and self.current in self.part_ids \
                and ((self.last_value is not None and self.last_value.part == self.current)
                     # ("(a) standard⏎- output 8×8×256, 75 mults each⏎  - **1,228,800**": the part's marker in the
                     # same list, its working in words)
                     or (self.marker_part == self.current and self.marker_block is block)) \
                and _MARK_LEAD.fullmatch(block.text, stmt.start, value.start) \
                and not stmt.text[value.end - stmt.start:].strip(" $&.*_}") and _alone_on_its_line(block.text, stmt):
            # "number of output values = 8 × 8 × 256 = 16,384⏎👉 **1,228,800**": the working's result, set apart
            self._add(Candidate(self.current, value.number.float, block.text[value.start:value.end], block,
                                value.start, value.end, weight("set_apart_marked") + weight("marked"), self._next(),
                                "marked as the answer; set apart on a line of its own", value.number.sig_figs,
                                value.number.value))
            return
        if (prompt := _PROMPT.match(text)) is not None:
            text = text[prompt.end():]  # ". display 0*0.2 + 1*0.5": a console's command, its value printed below
        if _DIGIT.search(text) and _has_operator(text) and not _WORDS.search(_strip_latex(text)):
            self.pending = text

    def _add_total(self, block: Block, value: Value, why: str) -> None:
        """A value the working concludes with, for the current part: as firm as a value after a relation and an
        answer word (and a mark, when the student marks it)."""
        # (its callers read it only when the current part is one of this question's: never None)
        self._add(Candidate(self.current, value.number.float, block.text[value.start:value.end], block,  # type: ignore[arg-type]
                            value.start, value.end,
                            weight("after_relation") + weight("answer_word") + (weight("marked") if value.boxed else 0),
                            self._next(), why, value.number.sig_figs, value.number.value))

    def _next_subject(self, left: Side, previous: str) -> str:
        """The subject of a relation inside a chain ``a = b = c``.

        After a value, the words that follow it name the next subject ("0.0044 and
        dE/dw21 = …"); a side that is prose or a label names it; a side that is an
        expression continues the chain's subject.
        """
        value = value_of(left)
        vector = _LEADING_VECTOR.match(left.text)
        if value is None and vector:
            # "(1,1)$, $t = (0.5, 0.5)": after a tuple, what follows names the next value ("(1,1)^\top$ and $t":
            # after its transpose's mark too)
            rest = _CLOSERS.sub("", left.text[vector.end():]).strip(" ,;$&")
            rest = _TRANSPOSED.sub("", rest, count=1).strip(" ,;$&")
            return rest if rest and not _OPERATORS.match(rest) else previous
        if value is not None and self._coefficient(value, left.text[value.end - left.start:]):
            return previous  # "Cov(2Y) = 4 Cov Y = 1.96": a multiple of a quantity goes on with the chain
        if value is not None:
            # "0.1, w13 = 0.2", "0.0044 and dE/dw21 = …": what follows a value is the
            # next subject, unless it continues an expression.
            rest = left.text[value.end - left.start:].strip(" ,;$&")
            if rest.startswith(("**", "__")):  # "**A = 0.0044** and **B = …**": the bold's end, no power
                rest = rest[2:].strip(" ,;$&")
            approx = _APPROXIMATELY.match(rest)
            if _MULTIPLE_OF.match(rest, approx.end() if approx else 0):
                return previous  # "0.0372, roughly 8.4 times dE/dw11 (check: 0.037179)": compared, not named
            if rest.startswith("(") and 0 < (close := rest.find(")")) and not _ASIDE_RELATION.search(rest, 0, close):
                after = rest[close + 1:].strip(" ,;$&")
                if after and (self._hits(after) or any(q.hits(after, specific=True) for q in self.others)):
                    return after  # "0.0044 (numeric 0.0044) and dE/dw21 = …": past the aside, the next label
            if _ASIDE.match(rest):
                return rest[1:]  # "1,228,800 (taps per filter = 75)": an aside names its own subject
            if _RESTATES.fullmatch(rest):
                return previous  # "= 0.08756, which rounds to 0.088": the value restated goes on with the chain
            return rest if rest and not _OPERATORS.match(rest) else previous
        rest = left.text
        if _MULTIPLE_OF.match(rest):
            return previous  # "…, roughly 8.4 times dE/dw11 (check: 0.037179)": compared, not named
        plain = _strip_latex(rest)
        if "**" in plain:  # "1.1$  **5(b)** $\mathrm{Var}(X)": Markdown's bold is no product
            plain = plain.replace("**", "  ")
        if _NAMED_QUANTITY.fullmatch(plain) and not self._hits(previous, specific=True):
            # "Answer 1(b): P(A ∪ B) = 0.7, …": a quantity named by its argument, whatever signs it holds, names what
            # follows it where the chain's head names no part ("p-value = P(Z > 1.8) = 0.0359" goes on with its label)
            return rest
        if not _PROSE_WORD_NOT_CALLED.search(plain) and (
                (_TERMS.search(plain) and (self._hits(previous) or self._in_others_quantities(rest)))
                or self._scaled(rest)):
            # "Cov(Y) = M[Y²] − M[Y]² = 0.49", "Cov(3Y) = 3² Cov(Y) = 4.41": an expression in other
            # parts' quantities goes on with the chain's head ("∂L/∂v2" alone is a label), or with the part whose
            # marker opens the statement ("(b) Cov = M[Y²] − M[Y]² = 0.49"); a multiple of a quantity is not that
            # quantity, whatever the head ("Cov(aY+b) = a² Cov(Y) = 6.3")
            return previous
        if self._hits(rest) or any(
                q.hits(rest, specific=True) for q in self.others):
            return rest
        if _WORD_PRODUCT.search(plain) and self._hits(previous, specific=True):
            # "∂f/∂u = outer delta × h1 = 0.05 × 0.8 = 0.04": the working's quantities named in
            # words and multiplied, after the part's label, go on with the label
            return previous
        if len(_PROSE_WORD.findall(_strip_latex(rest))) >= 2:
            return rest  # prose: "every one of the outputs costs 5 x 5 x 3 = 75", not "delta_hid * x1"
        if _has_operator(rest):
            return previous
        # Subscripts are no words: "\delta_{hid}\, x_1" is a product that continues the chain.
        if _WORDS.search(_SUBSCRIPT.sub(" ", _strip_latex(rest))):
            return rest
        return previous

    def _relation(self, block: Block, stmt: Statement, i: int, side: Side, subject: str,
                  chain: tuple[Side, ...]) -> None:
        value = self._answer_value(side)
        if value is None:
            if side is stmt.sides[-1] and not self.explicit:
                self._unevaluated(block, side, subject)
            self._vector_parameter(block, side, subject)
            return
        # (read only where it can count: outside the question's passage, or under a closing list's title)
        numbered_label = self._numbered_label(block.text[block.text.rfind("\n", 0, side.start) + 1:side.start]) \
            if self.explicit or self.under_summary else None
        if self.explicit and not self._hits(subject, specific=True) and numbered_label is None:
            return  # outside the question's sections only a value named by a specific label counts (below)
        if _describes(block.text, value.end, side.start + len(side.text)):
            return  # "256 filters × (5·5·3 = 75) × 64 positions": the set-up the working multiplies
        if value.number.value == 0 and _SYMBOLIC.search(left := _strip_latex(chain[-1].text)) \
                and not _PROSE_WORD.search(left) and not _ARITHMETIC_ONLY.fullmatch(chain[-1].text.strip(" $&")) \
                and not self._hits(chain[-1].text):
            return  # "(n x̄/p) − n(1 − x̄)/(1 − p) = 0": an equation to solve, not a result
        if self._coefficient(value, block.text[value.end:side.start + len(side.text)]):
            return  # "Cov(2Y) = 4 Cov Y = 1.96": 4 multiplies a named quantity
        compared = _last_comparison(subject)
        if compared is not None and not self._hits(subject[compared:]):
            return  # "the p-value (3.59 %) is smaller than α = 5 %": the value is what it is compared with
        if _RESPECTIVELY.search(side.text) and self._respectively(block, side, subject):
            return
        hits = self._claiming_hits(subject, chain[-1].text + " " + side.text)
        marked = self._marker_claim(block, stmt, i, side, value, subject) if not hits else None
        if marked is not None:
            hits = [(len(compact(subject)), marked)]  # "(b) = 49152": the part's marker names it as a label would
        counted = self._counted_by_label(side.text, value.end - side.start) if not hits else None
        if counted is not None:
            hits = [(len(compact(subject)), counted)]  # "… gives 48 ripe apples": the part's label after it
        if hits and (applied := _TRAILING_APPLIED.search(subject)) is not None and not self._hits(applied.group(1)) \
                and len(self._hits(subject[:applied.start(1)])) == len(hits) \
                and not any(q.hits(applied.group(1)) for q in self.others):
            # "by the rule with Q(u|not v) = 0.10": the value is the quantity written right before
            # it, which names no part (a given of the working), not the label's earlier. (Without a
            # label, "Q(v | w) = …" may be the student's own name for the part: it stays the part's.)
            # ("V ar(X) = …", a PDF's split label, is the label itself: its hit reaches into it)
            return
        if self.explicit:
            # Outside the question's sections only a value named by a specific label counts, or by the
            # question's number and a label of its part ("Q5  accuracy ≈ 66.07 %" in a closing list).
            hits = self._hits(subject, specific=True) or (
                [(len(compact(subject)), numbered_label)] if numbered_label is not None else [])
            if not hits:
                return
        elif not hits and any(q.hits(subject, specific=True) for q in self.others):
            return  # "A (b) | ∂L/∂v2 | 0.0372" in a summary under another question's heading
        elif not hits and _ABSOLUTE_DIFFERENCE.search(subject):
            return  # "max |analytic − numeric| = 2.4 × 10⁻¹¹": how far two results are apart, a check's, no answer
        elif not hits and stmt.table and self._names_another_question(subject):
            return  # "| 2(a) standard | 1,228,800 |" under "| 1(b) … | — |": the row of another question's part
        elif (not hits and not (stmt.table and len(stmt.relations) > 1) and not _RESULT_VERB.search(stmt.relations[i])
              and self._parameters(block, value, chain, subject, stmt.relations[i])):
            return
        names = None if hits else self._name_list(chain[-1].text)
        if not names and not hits and _program_names(chain[-1].text, side.text):
            return  # "pD, sens, spec = 0.01, 0.95, 0.90": a program's variables given their values, no claim
        if names:
            numbers = find_numbers(side.text)
            if len(numbers) == len(names):
                for name, (a, b, parsed) in zip(names, numbers):
                    self._parameter(name, parsed.float, block, side.start + a, side.start + b)
            return
        part = hits[-1][1] if hits else self.current
        in_column = False
        if not hits and stmt.table and (column := self._column_part(block, value.start)) is not None:
            # "| × 64 positions | **1,228,800** | **53,952** |" under "| | (a) standard | (b) depthwise separable |":
            # a table whose columns are the parts. The column is the part's, not a label's claim: a table of
            # what-if rows ("| 3×3 / 1 | 691,200 | 79,500 |") under the same header loses to the answer stated.
            part = column
            in_column = True
        if (not hits and part not in self.part_ids and _CONTINUES.match(subject) and self.last_value is not None
                and self.last_value.block is block):
            # "28·64 = 1792, and then the layer's output channels each also get a bias, +64 → 1856": a term
            # added to the count goes on with the count, whatever the prose between named
            part = self.last_value.part
        if part is None:
            # Before any label: values that open a question answer its first part.
            part = self.first_part
            if part is None:
                return
            fallback = True
        else:
            fallback = False
        if part in self.whole and ("/" in value.number.text or "frac" in value.number.text) \
                and value.number.value.denominator != 1:
            return  # "19200/843 ≈ 22.8 times fewer": a fraction is never a count
        if part not in self.part_ids or self._not_an_answer(
                subject, part, stmt.text[max(0, value.start - stmt.start - _LOOKBACK):value.start - stmt.start],
                side.text[value.end - side.start:value.end - side.start + _LOOKBACK]):
            return
        score, why = 0.0, []
        # An answer word counts near the value ("Total =", "Ans: 53952"), not at the head of
        # a long sentence that goes on to a working value ("Ans: each … so 75 …").
        # ("Final: accuracy = 66.07 %": a short head before a colon opens the chain's claim, as "Final accuracy" would;
        # not for a value in a bracket of working the chain opened, "(taps per filter = 5·5·3 = 75)", though for one
        # that restates the value, "= 0.0443 (= 4.43 × 10⁻³)")
        head = stmt.sides[0].text if i and stmt.relations[0] == ":" and len(stmt.sides[0].text) <= _NEAR and sum(
            c.text.count("(") - c.text.count(")") - c.text.rstrip().endswith("(")
            for c in stmt.sides[1:i + 1]) <= 0 else ""
        answer_word = _ANSWER_WORDS.search(f"{head} {_without_law_names(subject)[-_NEAR:]} {' '.join(stmt.relations[max(0, i - 2):i + 1])}")
        if answer_word and fallback and stmt.table and sum(value_of(s) is not None for s in stmt.sides[1:]) >= 2:
            answer_word = None  # "| Total | 1 | 1.1 | 1.7 |" before any label: a working table's column sums
        near = [h for h in hits if h[0] >= len(compact(subject)) - _NEAR_WEAK]
        correcting = (self.correcting is not None and self.correcting[0] is block and value.start < self.correcting[1]) \
            or (self.under_corrections and not self.explicit)
        # "Q5: 0.6591": the question's own number names the answer of a question of one part
        own_number = (not hits and len(self.index.question.parts) == 1
                      and (numbered := _OWN_NUMBER.fullmatch(subject.strip(" \t*$&#_"))) is not None
                      and int(numbered.group(1)) in self.numbers)
        # "…, so the count is 1,228,800": a clause a connective opens concludes its sentence, which is
        # enough for a weak relation to state a result (and no more: "so z = 0.045" is working)
        # (tested last, and only for a weak relation: working arithmetic out is the dearest test here)
        if stmt.weak[i] and not (near or answer_word or self.head_marker or correcting or own_number or counted
                                 or (i == 0 and _CONCLUDING_CLAUSE.match(subject) is not None)
                                 or _worked_out(stmt.sides[i].text, value.number.value)
                                 or _product_of_line(block.text, value.start, value.number.value)):
            # "the input is 32 x 32 x 3", "find dL/dv … where all weight is 0.5": a weak
            # relation needs the part named right before it.
            return
        score += weight("after_relation")
        if value.boxed and not (stmt.table and sum(1 for c in _CELL_SPLIT.split(stmt.text) if _NUMBER_CELL.fullmatch(c)) >= 3):
            # (a bold cell of a row of data, "0 & \textbf{50} & 12 & 8": the table's highlight, no answer's mark)
            score += weight("marked")
            why.append("marked as the answer")
        named = [h for h in self._hits(subject, specific=True)
                 if h[0] >= len(compact(subject)) - _NEAR] if not _PER_UNIT_END.search(subject) else []
        is_named = self._is_label(subject, part) or (i == 0 and len(stmt.sides) == 2 and stmt.sides[0].text.strip()
                                                     and self._plain_label_claim(subject, part, side, value))
        if named and named[-1][1] == part or is_named or own_number or part in (marked, counted):
            score += weight("named")
            why.append(f"given as {subject.strip(' $&')[:60]!r}")
            if not value.boxed and not correcting and _in_bold_statement(block.text, value.start, value.end):
                # "**Accuracy = 0.6607 (66.07 %)**": the part's statement set in bold as a whole marks its value
                # (not a bold given of the working, "**H₀: p = 0.5**", which names no part)
                score += weight("marked")
                why.append("marked as the answer")
        after = side.text[value.end - side.start:]
        if i + 1 < len(stmt.relations) and len(after) < _NEAR:
            after += stmt.relations[i + 1]  # "53952 multiplications in total.": the words that end it are a relation
        trailing = _TRAILING_ANSWER.match(after)
        if trailing and not answer_word:
            answer_word = trailing
        summary = False
        if not answer_word and not fallback and stmt.table and (
                header := column_header(block.text, value.start, self._text_above(block))) is not None:
            answer_word = _ANSWER_HEADER.search(header)  # the column of a closing table headed "Final answer"
            summary = answer_word is not None
        if answer_word:
            score += weight("answer_word" if answer_word.group(1) and answer_word.group(1).lower()
                            not in _CONNECTIVES else "connective")
            why.append("stated as the result")
        if correcting and not stmt.weak[i] and ((named and named[-1][1] == part) or is_named
                                                 or (self.under_corrections and self.head_marker == part)):
            # the part named again on a line that corrects it: the corrected answer
            score += weight("correction") - (weight("answer_word") if answer_word else 0.0)
            why.append("given on a line that corrects the answer")
        elif correcting and not answer_word:  # a value of the correction's working: it concludes as an answer word does
            score += weight("answer_word")
            why.append("given on a line that corrects the answer")
        if in_column:
            score += weight("in_column")
            why.append("in a table's column headed by the part")
        if self.result.candidates.get(part) and not answer_word and self._in_check(block, value.start):
            score += weight("in_check")
            why.append("on a line that checks the answer")
        if superseded(block.text, value.start):
            score += weight("superseded")
            why.append("in a clause about an earlier version")
        if not correcting and self._in_what_if(block, value.start):
            score += weight("in_what_if")
            why.append("set up as a what-if beside the answer")
        if fallback and not own_number:
            score += weight("before_any_label")
            why.append("before any label, so taken for the question's first part")
        symbol = compact(subject).strip("()=:")
        if not hits and not own_number and symbol and self.index.symbol.match(symbol) and symbol not in _SHORT_WORDS:
            score += weight("intermediate_symbol")
            why.append(f"the value of an intermediate quantity {subject.strip(' $&')[:30]!r}")
        number, exact, guess = value.number.float, value.number.value, None
        if _PERCENT_DECLARED.search(subject) and not value.percent and isinstance(exact, Fraction):
            # "Answer (in percent): 8.76": the label says the unit, as a column's header would
            exact = exact / 100
            number = float(exact)
            why.append("in the percent its label declares")
        if (part in self.whole and _DOT_THOUSANDS.fullmatch(value.number.text.strip())
                and value.number.text.count(".") == 1  # "1.228.800": two dots leave no doubt, the number reads it
                and not ("|" in block.text and column_scale(block.text, value.start))):  # "53.952" in a ('000) column
            # "53.952" for a count: a count has no fraction, so the dots group thousands (as in German)
            exact = Fraction(int(value.number.text.strip().replace(".", "")))
            number = float(exact)
            guess = (f"read {value.number.text.strip()!r} as {int(exact):,} ('.' grouping thousands, since a count "
                     f"has no fraction): check")
        if guess is None and value.footnote:
            guess = (f"a raised mark right after {value.number.text.strip()!r} was read as a footnote's number; if it "
                     f"is a power, the value differs: check")
        if guess is None and (doubt := _DOUBT.match(block.text, value.end, min(len(block.text), value.end + _NEAR))):
            guess = (f"the student doubts this value ({doubt.group(0).strip()[:40]!r} right after it): check which "
                     f"answer they give")
        candidate = Candidate(part, number, block.text[value.start:value.end], block,
                              value.start, value.end, score, self._next(), "; ".join(why) or "after a relation",
                              value.number.sig_figs, exact, unlabelled=fallback, hedged=value.hedged, guess=guess,
                              named=is_named, offered=_offered(block.text, value.end, number), summary=summary,
                              own_row=(summary and self.head_marker == part)
                              or (self.under_summary and not self.explicit and (is_named or bool(named)))
                              or (self.under_summary and numbered_label == part)
                              # (a closing list after all the questions, "\textbf{Final answers}" over "Q2(c): ∂f/∂u =
                              # 0.25": outside the question's passage, a line its specific label names)
                              or (self.under_summary and self.explicit and bool(named) and named[-1][1] == part))
        self._add(candidate)
        candidate = self._add_exact_form(block, candidate)
        if side is stmt.sides[-1]:
            self.last_open = candidate

    def _marker_claim(self, block: Block, stmt: Statement, i: int, side: Side, value: Value,
                      subject: str) -> str | None:
        """The part whose sub-question marker is the whole subject of a chain that ends in ``value``
        ("(b) = 49152", "Q1(a): 91/216 ≈ 0.4213"): the student names the part by its marker as by a
        label. Only the last value of the chain and of its line, after working alone: not "5(b): m2 = … = 1.7;
        …", whose chain names another quantity first, nor "q1 b: 3*3*3 = 27 per filter, times 64 =
        1728", which goes on, nor a value an operator goes on from."""
        whole = compact(subject).strip("*$&:#. ")
        if not whole or len(whole) > 8 or not whole.endswith((")", *"abcdefgh")) or i != len(stmt.relations) - 1:
            return None
        end = stmt.start + len(stmt.text)
        line_end = block.text.find("\n", end)
        if _DIGIT.search(block.text, end, line_end if line_end >= 0 else len(block.text)) is not None:
            return None
        if _OPERATOR_AFTER.match(side.text, value.end - side.start) or not all(
                _LEADS_WITH_VALUE.match(s.text) for s in stmt.sides[1:i + 1]):
            return None
        return _marker_part(whole, self.index, self.numbers)

    def _numbered_label(self, head: str) -> str | None:
        """The part a line's head before a value names by this question's number and a label of the part, nothing
        else ("Q3     loss ≈", "Q2. total count:"), as a closing list of answers writes each line."""
        whole = compact(head).rstrip("=≈~:").strip("*$&:")
        numbered = _QUESTION_HEAD.match(whole) if whole[:1].isalnum() else None
        if numbered is None or numbered.end() == len(whole) \
                or int(re.search(r"\d+", numbered.group(0)).group(0)) not in self.numbers:
            return None
        rest = whole[numbered.end():].strip(".:")
        return next((pid for label, pid, _ in (*self.index.short_labels, *self.index.labels)
                     if pid in self.part_ids and rest in (label, label + "=")), None)

    def _plain_label_claim(self, subject: str, part: str, side: Side, value: Value) -> bool:
        """Whether a label of the part in words, alone before the statement's one relation (a connective or a marker
        may open the line), is given a value and nothing else ("so accuracy ≈ 66%", "Accuracy = 0.6607 (66.07 %)"):
        the part named, as a short label is. (Not a chain's first value, "Accuracy = 145/220 = 0.66 = 66%"; a label
        followed by working, "depthwise = 8·8·3·25 = 4,800", or by a value that goes on, "standard conv: 256
        filters of 5×5×3", names a stage or the set-up, not the answer.)"""
        rest = side.text[value.end - side.start:].strip(" \t$*.,;")
        if rest and not (rest.startswith("(") and rest.endswith(")")) and rest not in ("%", "\\%"):
            return False
        whole = compact(subject).strip("*$&:")
        whole = _PLAIN_LABEL_LEAD.sub("", whole)
        return bool(whole) and any(label == whole and pid == part for label, pid, _ in self.index.labels)

    def _is_label(self, subject: str, part: str) -> bool:
        """Whether the subject is the part's short label and nothing else ("z ="): a label of a letter or
        two, which could be a symbol of the working elsewhere, names the part when it is the whole subject.
        (A label of words that is a whole subject heads a table's row, whose last cell is the answer.)"""
        whole = compact(subject).strip("*$&:")
        if whole[:2] in ("\\[", "\\("):
            whole = whole[2:]  # "\\[ z = …": a display's opening is no part of the label
        if whole[:1].isalnum() and (numbered := _QUESTION_HEAD.match(whole)) is not None:
            whole = whole[numbered.end():]  # "Q3. z = 1.8": the question's number opens the line before the label
        if whole[:1] in "(abcdefgh" and (marker := _MARKER_HEAD.match(whole)) is not None:
            whole = whole[marker.end():]  # "(a) z = …": a sub-question's marker before the label
        return bool(whole) and any(label in (whole, whole + "=") and pid == part
                                   for label, pid, _ in self.index.short_labels)

    def _scaled(self, side: str) -> bool:
        """Whether a side is a factor times a label written in symbols ("a² Cov(Y)", "9·Cov(Y)",
        "3^2 Cov(Y)"): the multiple of a quantity, whose value is not that quantity's."""
        factor = _LEADING_FACTOR.match(c := compact(side).lstrip("$&"))
        return factor is not None and (self.index.opens_with_label(c[factor.end():])
                                       or any(q.opens_with_label(c[factor.end():]) for q in self.others))

    def _coefficient(self, value: Value, after: str) -> bool:
        """Whether a small whole number is followed on its side, on the same line, by a label of
        some part: it is then a coefficient of that quantity ("4 Cov Y", "4τ²", "2·M[Y]"). A
        value with decimals before a label ("= 0.0422 dE/dw11 = …") is a separator lost
        between two statements, as a Word table's cell gives them."""
        if not _SMALL_WHOLE.fullmatch(value.number.text.strip()):
            return False
        head = _COEFFICIENT_GAP.match(after)
        if head is None:
            return False
        rest = after[head.end():].split("\n", 1)[0]
        return self.index.opens_with_label(rest) or any(q.opens_with_label(rest) for q in self.others)

    def _not_an_answer(self, subject: str, part: str, before: str, after: str = "") -> bool:
        """A value the words around it say is something else than the part's answer.

        The spec's ``exclude`` for the part, in its subject, in what precedes the value on
        its line or in the words that follow it (what it counts) ("ratio" for a count: "Ratio: N_dws / N_std = 1/256 + 1/25 ≈ 0.0439"), and
        a quotient of two parts' quantities ("M_separable / M_standard = 0.0439"), which is
        the value of neither.
        """
        # The label hits below are positions in the spelling-fixed compact text: so is this.
        c = compact(self.vocab.fix(subject) if self.vocab is not None else subject)
        near = c[-_NEAR:]
        if excludes := self.excludes.get(part, ()):  # the line and the words after matter for them only
            line = compact(before)[-_NEAR:]
            # ...and what the value counts, right after it ("= 2,457,600 FLOPs" is no count of
            # multiplications): the first words only, before any next clause.
            counts = compact(_FIRST_WORDS.match(after).group(0)) if after else ""
            if any(word in near or word in line or word in counts for word in excludes):
                return True
        slash = near.rfind("/")
        if slash < 0:
            return False
        slash += len(c) - len(near)
        hits = self.index.hits(subject)
        # The numerator's label ends at the slash ("M_sep / M_std"), not a sentence earlier:
        # "dE/dw11 is 0.0044 and dE/dw21 = ..." has a slash inside a label, not a quotient.
        numerator = {p for end, p in hits if 0 <= slash - end <= _QUOTIENT_GAP}
        denominator = {p for end, p in hits if end > slash}
        return bool(numerator and denominator and numerator.isdisjoint(denominator))

    def _parameters(self, block: Block, value: Value, chain: tuple[Side, ...], subject: str,
                    relation: str = "=") -> bool:
        """"w_{11} = 0.5", "b_1 = b_2 = 1", "…, w13 = 0.2": the student states problem values."""
        first = self._parameter_names(chain[-1].text)
        if _ARROW_RELATION.fullmatch(relation.strip()) and (first or self._parameter_names(subject)):
            return True  # "2 inputs → 2 hidden → 2 outputs": an arrow leads to the next layer, it states no value
        chained = first is not None
        if not chained and len(chain) > 1 and _ARITHMETIC.search(chain[-1].text):
            # "net input = 0.5 + 0.5 + 1 = 2": a value that ends a computation is a result of
            # the working, never a value of the problem the student states.
            return False
        if not chained and len(chain) > 1 and chain[-1].text.strip(" \t$&*") and value_of(chain[-1]) is None \
                and _LEADING_VECTOR.match(chain[-1].text) is None:
            # "t = (0.5, 0.5): h1 = h2 = σ(2) = 0.8808": the value is what the side before it equals, another
            # quantity of the working, not the chain's first name
            return False
        first = first or self._parameter_names(subject)
        if first is None:
            return False
        names = [first]
        after = chain[-1]
        for left in reversed(chain[:-1] if chained else ()):  # "b_1 = b_2 = 1" names both
            if ":" in (between := block.text[left.start + len(left.text):after.start]) and "=" not in between:
                break  # "My targets: t1 = 1, t2 = 0": the group before a colon introduces the names after it
            after = left
            members = self._parameter_names(left.text)
            if members is None and (before := value_of(left)) is not None:
                # "w = 0.5, b_1 = b_2 = 1": the name after the previous value
                members = self._parameter_names(left.text[before.end - left.start:].strip(" ,;$&"))
                if members is not None:
                    names.append(members)
                break
            if members is None:
                break
            names.append(members)
            if _LEADING_VECTOR.match(left.text):
                break  # "t = (0.5, 0.5), b_1 = b_2 = 1": a tuple's value ends the run of names before it
        for members in names:
            for member in members:
                self._parameter(member, value.number.float, block, value.start, value.end)
        return True

    def _parameter_names(self, text: str) -> tuple[str, ...] | None:
        """The parameters a subject names ("Let w_{11}", "biases b_1", "all eight weights").

        Read once per text and scan: each side of a chain looks back over the sides before it (``_parameters``),
        so a chain's subjects are asked about again (about a fifth of the calls, in the distinct class)."""
        named = self._named.get(text, _UNREAD)
        if named is _UNREAD:
            named = self._named[text] = self._read_parameter_names(text)
        return named  # type: ignore[return-value]  # (read just above: never _UNREAD)

    def _read_parameter_names(self, text: str) -> tuple[str, ...] | None:
        if "**" in text or "__" in text:
            text = text.replace("**", "").replace("__", "")  # "so I chose **t = (0, 1)**": the name set in bold
        text = text.lstrip()
        if text[:1].isalnum() and (numbering := _NUMBERING_LEAD.match(text)) is not None:
            text = text[numbering.end():]  # "Question 1. I take every weight": the question's number opens the line
        # "delta_hid * x1" is an expression that ends in a name, not the name stated; but
        # "(as given $\left(w_{ij}" opens a bracket that a list of values goes on in.
        if _has_operator(_without_note(text).strip().lstrip("-•* \t")):
            opened = _OPENED_LIST.search(text)
            if opened is None or _has_operator(opened.group(1)):
                return None
            text = opened.group(1)
        text = _SPACED_SCRIPT.sub(lambda m: m.group(0).replace(" ", ""), text)  # Mathpix's "w_{i j}"
        w = _without_note(words(text)).strip("=: ")
        lower = w.lower()
        if not (lower.endswith(self.names.endings[0]) or w.endswith(self.names.endings[1])):
            return None  # no name ends it: most subjects, and each name would be tried in turn
        for spelled, fold, named in self.names.order:
            subject = lower if fold else w
            if not subject.endswith(spelled):
                continue
            # The name must be a word of its own, after words only: "biases b_1",
            # "Let v_{12}", "i.e. v12", not "d_out1" nor "h_1(1 - h_1) x_1".
            before = subject[:len(subject) - len(spelled)]
            if fold and len(w) == len(lower):
                before = w[:len(before)]  # the words in their own case: "I choose every weight", not "i"
            if (not before or before.endswith(" ")) and all(_PREFIX_WORD.fullmatch(t) for t in before.split()):
                if spelled.isalpha() and len(spelled) > 2 and before.split() and \
                        before.split()[-1].lower() in lexicon.QUANTITY_MODIFIERS:
                    return None  # "hidden net input | 2": another quantity of the working, not the inputs given
                return named
        return None

    def _name_list(self, text: str) -> list[str] | None:
        """"x_1, x_2" or "(w_{11}, w_{13})": several parameters named at once."""
        pieces = [p.strip(" ()[]") for p in _without_note(words(text)).strip("=: ").split(",")]
        if len(pieces) < 2:
            return None
        names = []
        for piece in pieces:
            found = self._parameter_names(piece)
            if not found or len(found) != 1:
                return None
            names.append(found[0])
        return names

    def _vector_parameter(self, block: Block, side: Side, subject: str) -> None:
        """"x = (1, 0)", "t = [1, 0]": a group of parameters given as a tuple."""
        m = _TUPLE.match(side.text)  # first: most sides are no tuple, and naming the subject costs more
        if not m:
            return
        members = self._parameter_names(subject)
        if not members:
            return
        values = find_numbers(m.group(1))
        if len(members) == 1:
            self._unfit(members[0], [n.float for _, _, n in values], block, side.start + m.start(),
                        side.start + m.end())
            return
        if len(values) == len(members):
            for member, (_, _, number) in zip(members, values):
                self._parameter(member, number.float, block, side.start + m.start(), side.start + m.end())

    def _marker_value(self, block: Block, stmt: Statement, part: str) -> None:
        """"(a) 1228800": a sub-question marker followed directly by the answer."""
        head = _without_list_item(stmt.text.lstrip(" \t*#-$>"))
        numbered = _QUESTION_PREFIX.match(head.lower())
        if numbered:  # "Q2 (a)  1.2288e6": the marker after the question's number
            n = int(re.search(r"\d+", numbered.group(0)).group(0))
            if (self.numbers and n not in self.numbers) or (
                    len(self.numbers) > 1 and _QUESTION_WORD.match(head) and self.question.number not in (None, n)
                    and any(q.question.number == n for q in self.others)):
                # another question's part: "Q2(a) 1,228,800" in a closing list is not question 1's (a) (the
                # question's word and number, where the student's own numbers are not one, are the sheet's)
                return
            head = head[numbered.end():]
        markers = next(p for p in self.question.parts if p.id == part).find.markers
        if (roman := _ROMAN_MARKER.match(head)) is not None:  # "(ii) 53952": the marker "(b)" in roman
            head = f"{roman.group(1)}{_ROMAN_LETTER[roman.group(2)]}{head[roman.end(2):]}"
        glued = _GLUED_MARK.match(head)
        cell = _CELL_MARK.match(head)
        if glued is not None and not any(head.lower().startswith(m.lower()) for m in markers):
            # "1a  0.0044": the number and letter the student runs on are the marker
            markers = (head[:glued.end()],)
        elif cell is not None and int(cell.group(1)) in self.numbers and not any(
                head.lower().startswith(m.lower()) for m in markers):
            # "5 & 65.91\,\% \\": a closing table's row of a question of one part, by its number
            markers = (head[:cell.end()],)
        for marker in markers:
            if head.lower().startswith(marker.lower()):
                after = len(marker)
                if (dash := _MARKER_DASH.match(head, after)) is not None:
                    after = dash.end()  # "### Q1(b) — 1,792 parameters": a dash sets the answer after the marker
                rest = Side(head[after:], stmt.start + (len(stmt.text) - len(head)) + after)
                value = self._answer_value(rest)
                if value is None and (named := _NAMED_CELL.match(rest.text)) is not None and any(
                        pid == part for _, pid in self._hits(named.group(1))):
                    # "2(a) standard      1228800", a printed table's row: the marker, the part's label, the value
                    value = self._answer_value(Side(rest.text[named.end():], rest.start + named.end()))
                if value is not None and _DESCRIBES.match(block.text, value.end, stmt.start + len(stmt.text)):
                    return  # "(a) 256 filters of size 5×5×3 …": what the number counts, then the working
                if value is not None and part in self.part_ids:
                    candidate = Candidate(part, value.number.float, block.text[value.start:value.end], block,
                                          value.start, value.end, weight("after_marker"), self._next(),
                                          f"after the marker {marker!r}", value.number.sig_figs, value.number.value,
                                          # "5c  4.41  (or 2.41 if the -2 counts?)": a terse sheet's hedge
                                          offered=_offered(block.text, value.end, value.number.float))
                    self._add(candidate)
                    self._add_exact_form(block, candidate)
                return

    def _add_exact_form(self, block: Block, candidate: Candidate) -> Candidate:
        """The exact form a bracket gives right after ``candidate``'s value ("roughly 1.2 million (1,228,800
        exactly)", "≈ 54k (53,952 to be exact)"), added as firmly given as it, and returned (``candidate`` where
        there is none): which of the two is the answer is the precise-form rule's."""
        found = _EXACT_BRACKET.match(block.text, candidate.end)
        precise = value_of(Side(found.group("value"), found.start("value"))) if found is not None else None
        if precise is None:
            return candidate
        exact = dataclasses.replace(
            candidate, value=precise.number.float, text=block.text[precise.start:precise.end], start=precise.start,
            end=precise.end, order=self._next(), why=f"{candidate.why}; the exact form beside it",
            sig_figs=precise.number.sig_figs, exact=precise.number.value, guess=None, offered=None)
        self._add(exact)
        return exact

    # -- matrices -------------------------------------------------------------

    def _matrices(self, block: Block) -> None:
        for start, end, matrix in find_matrices(block.text):
            before = block.text[max(0, block.text.rfind("\n", 0, max(0, start - 1)) - 80):start]
            if start < 3 or not before.strip():
                before = before + " "  # a matrix opening its block: its label is the line above
            cbefore = _ARRAY_CALL.sub("", compact(before))
            self.result.matrices.append((block, start, matrix, cbefore))
            if self._matrix_of_names(block, start, end, matrix):
                continue
            # The name the matrix is assigned to, from its own line: "x  = np.array(".
            lines = [ln for ln in before.split("\n") if ln.strip()]
            own = _ARRAY_CALL.sub("", words(lines[-1]).replace(" ", "")) if lines else ""
            named = re.search(r"([^=\s$,;]+)=$", own)  # "b_2=0.5, x=": the last name
            name = named.group(1) if named else None
            group = self._parameter_names(name) if name else None
            if group and len(group) == matrix.to_array().size:
                for member, v in zip(group, matrix.to_array().ravel()):
                    self._parameter(member, float(v), block, start, end)
                continue
            if group and len(group) == 1:
                self._unfit(group[0], [float(v) for v in matrix.to_array().ravel()], block, start, end)
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
                    self._add(Candidate(part.id, element, _fmt(element), block, start, end, weight("matrix_labelled"),
                                        self._next(), f"element {list(loc.index)} of the matrix labelled as this part's"))
                elif name is None and loc.order is not None:
                    seen = sum(1 for b, s, m, cb in self.result.matrices[:-1]
                               if tuple(m.shape) == loc.shape and not re.search(r"=$", cb))
                    if seen == loc.order:
                        self._add(Candidate(
                            part.id, element, _fmt(element), block, start, end, weight("matrix_positional"), self._next(),
                            f"element {list(loc.index)} of an unlabelled {'x'.join(map(str, loc.shape))} matrix",
                            guess=(f"read from the {_ordinal(loc.order)} unlabelled "
                                   f"{'×'.join(map(str, loc.shape))} matrix of the answer; "
                                   f"a label such as '{loc.labels[0]} =' would make it certain")))

    # -- bookkeeping --------------------------------------------------------------

    def _parameter(self, name: str, value: float, block: Block, start: int, end: int) -> None:
        """Record a stated value; the first statement stands, a different later one is a conflict."""
        if not math.isfinite(value):
            return
        if name not in self.result.parameters:
            self.result.parameters[name] = (value, _excerpt(block, start, end))
        elif not math.isclose(self.result.parameters[name][0], value, rel_tol=1e-9, abs_tol=1e-12):
            evidence = _excerpt(block, start, end)  # only where it is said: a value stated again alike needs none
            first, where = self.result.parameters[name]
            self.result.conflicts.append(
                f"{name} is stated as {first:g} (line {where.line}) and as {value:g} (line {evidence.line}); "
                f"graded with {first:g}")

    def _matrix_of_names(self, block: Block, start: int, end: int, matrix: ParsedMatrix) -> bool:
        """"V = [v11 v13; v12 v14] = [0.15 0.20; 0.25 0.30]": a matrix of parameter names
        equal to a matrix of numbers states each name's value, in the student's own layout."""
        names = _NAMES_MATRIX.search(block.text[max(0, start - 400):start])
        if names is None:
            return False
        cells = [c for c in re.split(r"&|\\\\|;|,|\s{2,}|\n", names.group("body") or names.group("body2")) if c.strip()]
        if len(cells) == 1:
            cells = cells[0].split()  # "[v11 v13 v12 v14]": names apart by single spaces
        members = [self._parameter_names(c.strip()) for c in cells]
        values = [float(v) for v in matrix.to_array().ravel()]
        if len(members) != len(values) or any(m is None or len(m) != 1 for m in members):
            return False
        for member, value in zip(members, values):
            self._parameter(member[0], value, block, start, end)
        return True

    def _unfit(self, name: str, values: list[float], block: Block, start: int, end: int) -> None:
        """"b_1 = [0.1, 0.2]" where the problem has one b1: the submission solves a problem the
        spec cannot state, so its values cannot be graded at its own values: say so."""
        if len(set(values)) < 2:
            return
        where = _excerpt(block, start, end)
        shown = ", ".join(f"{v:g}" for v in values[:6])
        self.result.conflicts.append(
            f"{name} is given {len(values)} values ({shown}, line {where.line}) where the problem has one: the "
            f"submission solves another problem, graded here at the problem's {name}")

    def _add(self, candidate: Candidate) -> None:
        if "|" in candidate.block.text and _PLAIN_NUMBER.match(candidate.text):
            candidate = _in_column_scale(candidate)
        bounded = self.bounded.get(candidate.part)
        if bounded is not None and not bounded.admits(candidate.value):
            # "108.5 positives in total" beside a probability: something else of the working (the part's
            # whole quantity, its percent sign read, is checked again once read)
            return
        if self.marker_part is not None and not self.explicit and candidate.block is self.marker_block:
            if candidate.part == self.marker_part:
                self.own_marked.add(candidate.part)
            elif candidate.part in self.own_marked:
                # "a) M[Y] = 1 / b) M[Y²] = 1.7, M[Y] = 1.1, Var = …": a value named for a part inside another
                # part's passage, after the part's own passage gave one, is that other part's working
                candidate = dataclasses.replace(
                    candidate, score=candidate.score + weight("in_other_part"), foreign=True,
                    why=f"{candidate.why}; inside another part's passage, after its own")
        self.last_value = candidate
        self.result.candidates.setdefault(candidate.part, []).append(candidate)

    def _next(self) -> int:
        self.order += 1
        return self.order


# A number written plainly ("4.432", "1,228.8"): one with its own scale or exponent keeps it.
_PLAIN_NUMBER = re.compile(r"^\s*[-+−]?[\d.,\s]+\s*$")


def _in_column_scale(candidate: Candidate) -> Candidate:
    """A value in a table cell whose column header (or next cell) states a scale, read at that scale."""
    scale = column_scale(candidate.block.text, candidate.start)
    if scale is None:
        return candidate
    factor = Fraction(10) ** scale.power
    exact = candidate.exact * factor if isinstance(candidate.exact, Fraction) else None
    value = float(exact) if exact is not None else candidate.value * 10.0 ** scale.power
    return dataclasses.replace(candidate, value=value, exact=exact,
                               why=f"{candidate.why}; in the scale its table states ('{scale.said}')")


def _fmt(value: float) -> str:
    return f"{value:.10g}"


def _ordinal(n: int) -> str:
    return ["first", "second", "third", "fourth"][n] if n < 4 else f"{n + 1}th"


def scan_question(index: QuestionIndex, blocks: tuple[Block, ...], own: set[int],
                  others: tuple[QuestionIndex, ...] = (), deadline: Deadline | None = None,
                  numbers: frozenset[int] = frozenset()) -> ScanResult:
    """Candidates for every numeric part of ``question`` and the parameters it states.

    ``blocks`` is the whole document, ``own`` the indices of the blocks of the question's
    sections; ``others`` are the other questions, whose labels mark text that is theirs.
    """
    numeric = tuple(p for p in index.question.parts if p.kind in ("integer", "number", "matrix"))
    if not numeric and not index.names.order and not index.question.consistency:
        # Nothing a scan finds is read for such a question (a formula's, a choice's): candidates are
        # for numeric parts, stated values need parameter names, matrices a consistency rule.
        return ScanResult()
    scanner = _Scanner(index, numeric, others)
    scanner.numbers = numbers
    return scanner.scan(blocks, own, deadline)


def best_candidate(candidates: list[Candidate]) -> Candidate | None:
    """The highest-scoring candidate; the last of equals (the value that concludes)."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, c.order))


def numbers_in(blocks: tuple[Block, ...]) -> int:
    """How many numbers a passage holds (to tell "no answer" from "no recognisable answer")."""
    return sum(len(find_numbers(b.text)) for b in blocks)
