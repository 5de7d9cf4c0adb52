"""The rules that decide a reading, as data: each with its weight and why.

Extraction reads a part's answer as the best-supported *claim* about it: a value or a
formula after a relation, whose support is the sum of the rules below that hold for it.
The highest support wins; among equals the later claim (the one that concludes). Every
number that decides a reading lives here, named, with the reason it has that size, so a
newcomer can see why a value was chosen and change one rule without hunting through code.

``confidence`` turns support into the one 0-1 scale that every answer kind reports and
that the spec's ``review_threshold`` is compared with.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One piece of evidence about a claim."""

    name: str
    weight: float
    why: str


_TABLE = (
    # -- numbers: what makes a value after a relation the part's answer ------------------
    Rule("after_relation", 1.0,
         "a value after '=', '≈', 'is' ... is a claim about what stands before it"),
    Rule("marked", 3.0,
         "boxed or bold: the student marks it as the answer; outweighs every word cue"),
    Rule("named", 1.0,
         "a specific label of the part stands right before it ('dE/dw11 =', 'depthwise separable total:')"),
    Rule("heading_answer", 1.5,
         "in a heading, right after its question's marker and a dash ('### Q1(a) — (14, 14, 64)'): the student "
         "titles the part with its answer, as bold marks it, above the working that derives it"),
    Rule("answer_word", 2.0,
         "'total', 'answer', 'final', 'in all' near the value: the student says it concludes"),
    Rule("correction", 3.0,
         "on a line that corrects an answer ('Edit: …', 'P.S. my signs were wrong: …'): it supersedes the "
         "answer it corrects, marked or not (the later of two equals wins)"),
    Rule("connective", 0.5,
         "'hence', 'thus', 'therefore': concludes a step, often a working one ('hence σ(2) = 0.88')"),
    Rule("before_any_label", -0.5,
         "no label yet: values opening a question are taken for its first part, weakly"),
    Rule("intermediate_symbol", -2.0,
         "the subject is a bare symbol of the working (A_1, h1, σ(2)): a step, not the part's answer"),
    Rule("named_on_right", 2.0,
         "'0.0044 = dE/dw11': the value first, the part named on the right"),
    Rule("set_apart_marked", 1.0,
         "a value alone on its line after the part's working, set in bold or a box ('👉 **1,228,800**' under the "
         "working's '… = 16,384'): the student's result, as a value after a relation is (with 'marked' besides)"),
    Rule("value_of_expression_above", 1.0,
         "an expression on one line and its value alone on the next"),
    Rule("after_marker", 2.0,
         "'(a) 1228800': a sub-question marker followed directly by the answer"),
    Rule("in_column", -0.5,
         "in a table's column whose header names the part ('| | (a) standard | (b) depthwise |'), the row naming "
         "nothing: the part's where nothing else answers it, but a table of what-if rows under the same header "
         "loses to the answer stated in the text"),
    Rule("in_other_part", -1.0,
         "named for a part inside another part's passage (after its marker), when the part's own passage gave a "
         "value already: the other part's working ('a) M[Y] = 1 / b) … M[Y] = 1.1, Var = …')"),
    Rule("used_later", -1.5,
         "a value that a later expression of the working uses as an operand ('75' in '75 * 8*8*256 = "
         "12,28,800'), when the part has a later claim: a step, not the conclusion"),
    Rule("another_parts_value", -2.0,
         "taken for the part only by where it stands, then given as another part's answer by that part's marker or "
         "label ('Result: 53952' under (a)'s working, then '(b) 53952'): the other part's, worked out early"),
    Rule("final_before", 1.5,
         "'Final shape: 14 × 14 × 64': 'final' a few words before the value, no number between, says it concludes"),
    Rule("in_check", -1.0,
         "on a line that says it checks the answer ('check: LR+ = 9.5 … = .0876 ok', 'As a quick check, … the naive "
         "sum 3/6 = 0.5, which overcounts'), after the part had a value: the check's working, not the conclusion"),
    Rule("in_what_if", -1.5,
         "on a line set up as a what-if ('For comparison, had the kernel been 5x5: …', or under a line that ends so "
         "with a colon): the value of another problem beside the answer, not the answer"),
    Rule("superseded", -3.0,
         "in a clause that says it holds the student's earlier version ('my first draft used 1.645 and got (0.266, "
         "0.374)', 'originally I had 0.0372'): replaced, not the answer, even on a line that corrects"),
    Rule("in_aside", -1.5,
         "inside brackets that open with a word, after what the line states ('W_new = [[…]]  (grad [[…]])', "
         "'14x14x64 (conv 28x28x64 then pool)'): working mentioned beside the answer, not the answer"),
    Rule("matrix_labelled", 2.0,
         "the element of a matrix labelled as the part's ('dW1 = [[...]]')"),
    Rule("matrix_positional", -1.0,
         "the element of an unlabelled matrix, by its position among the answer's matrices: a guess"),
    # -- formulas -------------------------------------------------------------------------
    Rule("formula_named", 2.0, "the formula's left side names the part ('L(z, y) =', 'loss =')"),
    Rule("formula_excluded", -3.0,
         "its left side names what the part is not (a probability, a likelihood, a derivative)"),
    Rule("formula_label_nearby", 1.0, "a label of the part in the text just before the formula"),
    Rule("formula_excluded_nearby", -1.0, "an excluded word just before an unnamed formula"),
    Rule("formula_product", -2.0, "a product over samples is a likelihood, not a loss to minimise"),
)

#: Rule name -> rule.
RULES: dict[str, Rule] = {r.name: r for r in _TABLE}


def weight(name: str) -> float:
    """The weight of a rule (a KeyError names a rule that does not exist: a typo in code)."""
    return RULES[name].weight


#: Support -> confidence, highest first: the one scale of every answer kind.
CONFIDENCE = (
    (3.0, 0.95),   # marked, or named and concluded: as sure as reading gets
    (2.0, 0.9),    # named, or concluded
    (1.0, 0.8),    # a plain claim about the part
    (0.0, 0.6),    # a claim weakened by one cue against it
)
#: Below every step: a reading a person should confirm.
CONFIDENCE_FLOOR = 0.3


def confidence(support: float) -> float:
    """The confidence of a claim with this much support."""
    for at_least, value in CONFIDENCE:
        if support >= at_least:
            return value
    return CONFIDENCE_FLOOR


@dataclass(frozen=True)
class ReadingLimits:
    """Distances and bounds of the reading, with why each has its size."""

    near: int = 40
    """Compact characters before a value within which a label names it (a label further
    back names the sentence, not the value)."""
    near_weak: int = 20
    """The same for a weak relation ('where all weight is 0.5' needs the name right there)."""
    paragraph_line: int = 120
    """Characters before a label on its line past which the line is a paragraph: the label's part starts
    at its clause, not at the line's start (the clauses before it may answer another part)."""
    lookback: int = 400
    """Raw characters before a value read for what it is (several times ``near`` compact
    ones, for LaTeX markup); bounded so that a long line reads in linear time."""
    chain_back: int = 8
    """Sides of a relation chain before a value read for the names it states
    ('b_1 = b_2 = 1'); bounded for the same reason."""
    rival_support: float = 3.0
    """Two values of different size this firmly given (marked, or named and concluded)
    are two answers: a person decides."""
    alternative_margin: float = 1.0
    """A runner-up reading whose support is within this of the chosen one's is plausible:
    it is graded too, and a different grade is a review flag that names it."""
    alternative_floor: float = 1.0
    """...but only a runner-up with at least this support (a plain claim about the part);
    working values with a cue against them are not answers a TA would weigh."""
    inadmissible_retries: int = 3
    """Best readings outside where a part's answer can lie that are set aside, one after another, before the
    part is given up (a ratio or a per-unit value beside a count: a few such, not a page of them)."""
    rounded_aside_gap: int = 12
    """Characters between a value and a bracketed rounding of it that is an aside, not a
    rival reading ("53,952 (≈ 54K)", "1,228,800 (approx. 1.2 M)")."""
    elsewhere_max: int = 6
    """Other values of a part (working, earlier lines) kept to be graded when the reading
    earns less than full credit: a handful is what a person checks at a glance."""
    elsewhere_formulas_max: int = 3
    """The same for formulas: each is a symbolic comparison, so fewer."""
    formula_rivals: int = 2
    """Other formulas read within ``alternative_margin`` of the graded one's support that are graded
    as counterfactuals (each a symbolic comparison: a couple is what changes a verdict)."""
    unplaced_numbers_per_part: int = 2
    """A document where no part is found at all, holding at least this many numbers per part,
    has answers the reader could not place: every part is flagged. (A header alone, a roll
    number and a date, holds fewer.)"""
    max_line_chars: int = 20_000
    """A line longer than this is a dump (minified output, an array printed whole), not a
    sentence a person writes: it is not read for answers, and that is said."""
    log_min_repeats: int = 25
    """Lines of one block that repeat one shape with other numbers this many times are a
    log or printed output (``epoch 3 loss = 0.41``): not read, and said."""
    matrix_row_shift: int = 4
    """Characters by which a matrix's row may start off the one above it, where matrices stand side by
    side a row of each per line (hand-aligned ASCII drifts by a space or two; another matrix's rows
    do not start under these)."""


#: The limits in force (a spec may one day override fields with ``dataclasses.replace``).
LIMITS = ReadingLimits()
