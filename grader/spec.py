"""The assignment spec as frozen data: questions, parts, tolerances, mistakes.

This module sits at the bottom of the package: it does no I/O and imports nothing of
grader. ``spec_loader`` builds these objects from YAML and validates them; every other
stage reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

#: The answer kinds a part may have.
#: ``matrix`` with ``find.matrix`` grades one element of a printed matrix (a scalar reference);
#: without it, like ``vector``, the whole array (every element compared, the shape checked).
KINDS = ("integer", "number", "matrix", "vector", "tuple", "interval", "choice", "formula", "code")

#: Kinds whose expected value is one number.
SCALAR_KINDS = ("integer", "number")
#: Kinds whose expected value is an array of numbers.
ARRAY_KINDS = ("vector", "matrix")
#: Kinds whose expected value a reference function computes (``expected``).
VALUE_KINDS = ("integer", "number", "matrix", "vector", "tuple", "interval", "choice")

#: Every verdict a part can get.
VERDICTS = ("correct", "partial", "incorrect", "missing")

#: Resource limits a code part may set (the sandbox's ``Limits`` fields), and which are whole numbers.
CODE_LIMITS = ("cpu_seconds", "wall_seconds", "memory_mb", "file_size_mb", "processes", "open_files",
               "output_bytes")
INTEGER_LIMITS = ("memory_mb", "file_size_mb", "processes", "open_files", "output_bytes")

#: Transformations a known mistake may apply to the expected value.
TRANSFORMS = ("negated", "rounded", "reciprocal", "transposed", "swapped")
"""``transposed`` is for matrix parts (the answer is the expected matrix transposed); ``swapped``
for interval and tuple parts (the ends or the elements in reverse order)."""

#: What a formula part asks for: it words the feedback ("the same loss", "the same gradient").
FORMULA_SUBJECTS = ("loss", "gradient", "derivative", "probability", "log-likelihood", "likelihood", "estimator",
                    "expression")


@dataclass(frozen=True)
class Call:
    """A call of a reference-module function: ``function(**args, **parameters)``."""

    function: str
    """Name of a function in the reference module."""
    args: Mapping[str, Any] = field(default_factory=dict)
    """Keyword arguments from the spec (the problem's givens, never its answers)."""
    line: int | None = None
    """Line of the spec where the call is written, for error messages."""


@dataclass(frozen=True)
class AcceptedAnswer(Call):
    """Another correct answer of a part (``accept:``), computed by a reference function: full credit,
    no mistake. Its ``why`` is said in the feedback; ``review`` asks a person to see it all the same."""

    why: str = ""
    """Why it is correct too ("the Wilson interval is a valid 95 % interval"), said in the feedback."""
    review: bool = False
    """Correct, but an answer a TA wants to see (another method, a borderline reading): flagged for review."""


@dataclass(frozen=True)
class Tolerance:
    """How close a found value must be to the expected one.

    A value passes when ``|found - expected| <= max(absolute, relative * |expected|)``
    (either bound may be absent), or, with ``sig_figs = n``, when
    ``|found - expected| <= 0.51 * 10**(floor(log10|expected|) - n + 1)``, i.e. the two
    agree to n significant figures. ``exact`` demands equality (counts). NaN and infinity
    never pass.
    """

    relative: float | None = None
    absolute: float | None = None
    sig_figs: int | None = None
    exact: bool = False

    def describe(self) -> str:
        """A short human description, for feedback and reports."""
        if self.exact:
            return "exact"
        bits = []
        if self.relative is not None:
            bits.append(f"{self.relative * 100:g} % relative")
        if self.absolute is not None:
            bits.append(f"{self.absolute:g} absolute")
        if self.sig_figs is not None:
            bits.append(f"{self.sig_figs} significant figures")
        return " or ".join(bits) or "exact"


@dataclass(frozen=True)
class Mistake:
    """A known wrong answer, recognised so that its feedback names the slip."""

    id: str
    """Short name, shown in reports and statistics."""
    credit: float
    """Fraction of the part's points it earns, 0 to 1."""
    feedback: str
    """What the student is told."""
    value: Call | None = None
    """The wrong value, computed by a reference function (number parts)."""
    transform: str | None = None
    """Or a transformation of the expected value: one of TRANSFORMS."""
    formula: str | None = None
    """Or, for formula parts, a reference function the wrong formula is equivalent to."""
    negated: bool = False
    """For formula parts: the mistake is the negation of ``formula`` (or of the reference)."""
    option: str | None = None
    """For choice parts: the wrong option this mistake names (``reject`` where the answer is not)."""
    uses: Mapping[str, str] = field(default_factory=dict)
    """Follow-through: argument of ``value`` -> the part whose answer, as the submission gives it,
    the argument takes (``{variance: q5.var}``: 9 times the student's own variance)."""
    review: bool = False
    """The rubric wants a person to see this mistake (a formula that may be one case of a piecewise
    answer the student meant): graded as the mistake, and flagged for review."""
    averaged: bool = False
    """For formula parts whose sums are read term by term (a count defined as 1): the right formula
    averaged over the sample (``(1/n) Σ …``, or written through a mean such as ``x̄`` alone)."""

    @property
    def verdict(self) -> str:
        """``partial`` when it earns something, else ``incorrect``."""
        return "partial" if self.credit > 0 else "incorrect"


@dataclass(frozen=True)
class MatrixLocator:
    """Where a scalar answer may stand inside a matrix the student printed."""

    labels: tuple[str, ...]
    """Text that names the matrix (``dW1``, ``dE/dW1``)."""
    index: tuple[int, ...]
    """Which element of it is the part's answer."""
    shape: tuple[int, ...]
    """The matrix's shape."""
    order: int | None = None
    """Fallback: the n-th (0-based) unlabelled matrix of this shape; always flagged for review."""


@dataclass(frozen=True)
class Locator:
    """How to find a part's answer by content, never by question number."""

    labels: tuple[str, ...] = ()
    """Text that names the part where it is answered (``dE/dv``, ``total count``)."""
    markers: tuple[str, ...] = ()
    """Sub-question markers that count only at the start of a line (``(a)``, ``a)``)."""
    exclude: tuple[str, ...] = ()
    """Left-hand sides that mark a statement as not the answer (``P(``, ``log L``)."""
    matrix: MatrixLocator | None = None


@dataclass(frozen=True)
class Domain:
    """The values a formula variable takes when formulas are compared by evaluation."""

    kind: str
    """``positive_real``, ``nonnegative_integer``, ``real`` or ``unit_interval``."""
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class FormulaOptions:
    """How a formula answer is read and compared (kind ``formula``)."""

    reference: str | None
    """Reference function of the roles, e.g. ``nll(z, y)``; None in a student's self-check copy."""
    wrt: str
    """The role the loss is a function of (the prediction)."""
    roles: Mapping[str, tuple[str, ...]]
    """Role -> the spellings students use for it."""
    arguments: Mapping[str, str]
    """Role -> keyword name of the reference function's parameter."""
    domains: Mapping[str, Domain]
    linear_predictors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    links: tuple[str, ...] = ("identity", "log")
    up_to_constant: bool = True
    up_to_positive_factor: bool = True
    points: int = 24
    seed: int = 0
    display: str | None = None
    """The reference formula as shown to people (never used for grading)."""
    subject: str = "loss"
    """What the part asks for (one of FORMULA_SUBJECTS): it words the feedback."""
    exact: bool = False
    """Compare the values themselves at the points (no constant, no factor may differ), instead
    of the derivative with respect to ``wrt`` up to what ``up_to_*`` allow."""
    functions: tuple[str, ...] = ()
    """Function names the course uses inside role spellings (``relu`` in ``relu(z)_k``, ``sigma``
    where σ is not the sigmoid): read as words that the spellings match, never guessed at otherwise."""
    definitions: Mapping[str, str] = field(default_factory=dict)
    """A course's symbols -> what they stand for, in the formula grammar (``q: "1 - p"``)."""
    cases: Mapping[str, Mapping[float, tuple[str, ...]]] = field(default_factory=dict)
    """For piecewise answers (``\\begin{cases}``, "A if k = c, B otherwise"): a role
    of two values -> each value and the conditions that mean it (``target: {1: ["k = c"], 0:
    ["otherwise"]}``); the pieces are joined into one formula of that role."""
    totals: Mapping[str, float] = field(default_factory=dict)
    """Role -> what its values sum to over their index (``target: 1``: a one-hot target), so a
    formula over one index that sums the role over another (``p_k Σ_j y_j``) reads that sum."""


#: What a code test may check of each call's returned value, besides reference functions of its own.
CODE_PROPERTIES = ("values", "shape", "finite")
#: How a student's function is called with a case's arguments (CodeOptions.call).
CODE_CALLS = ("positional", "keyword")


@dataclass(frozen=True)
class CodeTest:
    """One named test of a code part's rubric, worth its points when every one of its calls passes."""

    id: str
    points: float
    cases: str
    """Reference function returning the calls' keyword-argument mappings: ``()`` or ``(seed)``."""
    checks: tuple[str, ...] = ("values",)
    """What each call must satisfy: ``values`` (equal to the reference within rtol/atol), ``shape``
    (the reference's shape), ``finite`` (no NaN or infinity), or the name of a reference function
    ``(returned, **arguments) -> bool`` (a property such as "each row sums to 1")."""
    title: str = ""
    """What the test checks, in words, for the report."""


@dataclass(frozen=True)
class CodeOptions:
    """How a code answer is run and compared (kind ``code``)."""

    function: str
    """The function the student must define."""
    reference: str | None
    """The reference function with the same signature; None in a student's self-check copy."""
    given: str | None
    """Reference function returning the keyword arguments of the assignment's own case."""
    random: str | None
    """Reference function ``(seed, count) -> [kwargs, ...]`` of random cases."""
    seed: int = 0
    count: int = 5
    rtol: float = 1e-6
    atol: float = 1e-12
    groups: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """Named groups of returned elements, e.g. weights (0, 2), biases (1, 3): one group right is partial."""
    partial_credit: float = 0.5
    wrong_shape_partial: bool = False
    """Whether a group may still earn ``partial_credit`` when another group's array comes back in the wrong
    shape; by default a wrong shape is a wrong result (the code that calls the function would fail on it)."""
    limits: Mapping[str, float] = field(default_factory=dict)
    tests: tuple[CodeTest, ...] = ()
    """A rubric of named tests with points: credit is the points of the tests passed over their total.
    With tests, ``given`` and ``random`` are not used."""
    notebooks: bool = True
    """Whether a notebook's definitions answer the part; False where the assignment asks for a ``.py``
    file (a function defined only in a notebook is then missing, and flagged for a person)."""
    call: str = "positional"
    """How the student's function is called: ``positional`` passes each case's values in its mapping's
    order, which must be the reference's (the handout's) signature, as a course's own tests call
    ``gradients(W1, b1, W2, b2, x, t)``: parameters in another order get the wrong values. ``keyword``
    passes them by name, for an assignment that fixes the names but not the order."""


@dataclass(frozen=True)
class TupleOptions:
    """How a tuple answer (``(14, 14, 64)``, ``14 × 14 × 64``) is compared (kind ``tuple``)."""

    orders: tuple[tuple[int, ...], ...] = ()
    """Other accepted orders, as positions of the reference's elements: ``[2, 0, 1]`` accepts
    channels first for ``(H, W, C)``. The reference's own order is always accepted."""
    tolerances: tuple[Tolerance, ...] = ()
    """One tolerance per element; empty: the part's tolerance for every element."""
    batch: bool = False
    """A shape: a leading batch dimension (``N``, ``B``, ``None``, ``batch`` or 1) may come first."""


@dataclass(frozen=True)
class ChoiceOption:
    """One option of a choice part and how students write it."""

    id: str
    """What the reference function returns for it (``reject``, ``yes``, ``B``)."""
    spellings: tuple[str, ...]
    """Words and phrases that choose it (``reject the null``, ``reject``); matched whole-word,
    case-insensitively, the longest first, so ``fail to reject`` is never read as ``reject``."""


@dataclass(frozen=True)
class Follows:
    """An option that a value of a part the choice rests on implies: ``fail_to_reject`` for a p-value
    from 0.05 to 1. A choice read with a value of that part that implies it follows from the student's
    own value, whether that value is right or not: no person need check that it does."""

    part: str
    low: float
    high: float
    option: str


@dataclass(frozen=True)
class ChoiceOptions:
    """The options of a choice part (yes/no, true/false, reject/fail to reject, (A)-(E))."""

    options: tuple[ChoiceOption, ...]
    reason: bool = False
    """Whether the question asks for a reason: an answer without one is flagged for review
    (the reason itself is kept as evidence, never graded automatically)."""
    without_reason: float = 1.0
    """The credit of the right option given with no reason at all (1: only flagged)."""
    follows: tuple[Follows, ...] = ()
    """The options the values of the parts it ``rests_on`` imply (checked against the student's own)."""


@dataclass(frozen=True)
class Part:
    """One graded part of a question."""

    id: str
    points: float
    kind: str
    title: str = ""
    expected: Call | None = None
    tolerance: Tolerance = Tolerance()
    find: Locator = Locator()
    mistakes: tuple[Mistake, ...] = ()
    formula: FormulaOptions | None = None
    code: CodeOptions | None = None
    line: int | None = None
    accept: tuple[Call, ...] = ()
    """Other correct answers, each computed by a reference function (full credit, no mistake); an
    ``AcceptedAnswer`` says why, and may ask that a person see it."""
    tuple_options: TupleOptions | None = None
    choice: ChoiceOptions | None = None
    percent: bool = False
    """The reference returns a fraction that students may write as a percentage (both are read);
    a number written with ``%`` is always read as a fraction of 100."""
    units: tuple[str, ...] = ()
    """Unit words that may follow the answer (``multiplications``); optional when read, never converted."""
    unit: str | None = None
    """The physical unit of a number part's expected value (``m/s``), in pint's spelling. A student's
    answer in another unit of the same dimension (``18 km/h``) is converted to it; one with no unit is
    read in it; one of another dimension (``5 m``) is incorrect, and the feedback names both dimensions."""
    rests_on: tuple[str, ...] = ()
    """Other parts whose values this part's answer is reasoned from (a test's decision from its
    p-value). Where this part earns credit while one of them is not correct, the answer may
    follow from the student's own wrong value: a person is asked to check that it does."""
    bounds: tuple[float, float] | None = None
    """Where a number part's answer can lie at all (a probability: ``[0, 1]``, a percentage read as a
    fraction of 100 first): a value read outside them is something else of the working (a count of
    people, a total of cases), never the part's answer, however it is named."""

    def admits(self, value: float) -> bool:
        """Whether ``value`` can be this part's answer by its ``bounds``; for a ``percent`` part also
        within them a hundredfold (a percentage read before its sign, or written without one, "8.76",
        is the check's to read and to flag)."""
        if self.bounds is None:
            return True
        low, high = self.bounds
        return low <= value <= high or (self.percent and 100 * low <= value <= 100 * high)

    @property
    def whole_array(self) -> bool:
        """A vector or matrix part graded as a whole array (not one element of a printed matrix)."""
        return self.kind == "vector" or (self.kind == "matrix" and self.find.matrix is None)


@dataclass(frozen=True)
class Parameter:
    """A value of the problem a student may restate (and change): a weight, an input."""

    name: str
    """The reference function's keyword for it."""
    default: float
    names: tuple[str, ...]
    """How students write it (``w_{12}``, ``w12``)."""


@dataclass(frozen=True)
class ParameterGroup:
    """Several parameters set at once: ``x = (1, 1)`` or ``all weights are 0.3``."""

    name: str
    members: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Consistency:
    """Two computations of the same values in one answer that must agree (by hand and by program)."""

    first: tuple[str, ...]
    """Labels that introduce the first computation's values."""
    second: tuple[str, ...]
    tolerance: Tolerance
    message: str = "the two computations disagree"


@dataclass(frozen=True)
class Keyword:
    """A word that says a passage answers a question, with a weight."""

    text: str
    weight: float = 1.0


@dataclass(frozen=True)
class Question:
    """A question: its parts and how to recognise its answer by content."""

    id: str
    title: str
    keywords: tuple[Keyword, ...]
    parts: tuple[Part, ...]
    parameters: tuple[Parameter, ...] = ()
    groups: tuple[ParameterGroup, ...] = ()
    consistency: tuple[Consistency, ...] = ()
    number: int | None = None
    """The number the sheet gives it (its place in the spec, from 1): how a closing answers table
    names it ("| 4 | No |") where the student's own numbering says nothing else."""

    def defaults(self) -> dict[str, float]:
        """The problem's own parameter values."""
        return {p.name: p.default for p in self.parameters}


#: What ``grader check`` may show a student, from least to most.
REVEALS = ("found", "verdict", "full")


@dataclass(frozen=True)
class SelfCheck:
    """The spec's ``self_check``: what a student's ``grader check`` may show.

    ``found`` shows only that each part was read, its value and where; ``verdict`` adds
    whether it is correct; ``full`` adds the expected value and the feedback.
    """

    reveal: str = "found"
    """One of REVEALS."""
    salt: str | None = None
    """Salt of the answer hashes in a student's copy; a random one is drawn when absent."""
    answers: Mapping[str, str] = field(default_factory=dict)
    """Part id -> salted hash of its exact expected answer (only in a student's copy)."""


@dataclass(frozen=True)
class Spec:
    """A whole assignment."""

    assignment: str
    title: str
    questions: tuple[Question, ...]
    reference: Path | None = None
    source: Path | None = None
    review_threshold: float = 0.5
    """Answers found with a confidence below this are flagged for review."""
    self_check: SelfCheck = SelfCheck()
    """What ``grader check`` may show a student."""
    working_functions: tuple[str, ...] = ()
    """Names the course gives quantities of the working, written as functions (``net(h1)``,
    ``σ(2)``): a value stated for one (``σ(2) = 0.88``) is a step, not a part's answer. The
    reader knows ``f``, ``g`` and ``h`` of every course; a spec adds its own notation."""

    @property
    def student_copy(self) -> bool:
        """A self-check copy for students (``grader bundle --student``): no reference module, no answers."""
        return self.reference is None

    @property
    def parts(self) -> tuple[Part, ...]:
        """Every part in spec order."""
        return tuple(p for q in self.questions for p in q.parts)

    @property
    def max_score(self) -> float:
        """The total of every part's points."""
        return sum(p.points for p in self.parts)

    def question_of(self, part_id: str) -> Question:
        """The question a part belongs to."""
        for q in self.questions:
            if any(p.id == part_id for p in q.parts):
                return q
        raise KeyError(part_id)


def referenced_functions(spec: Spec) -> list[tuple[str, int | None]]:
    """(function name, spec line) for every reference function the spec calls."""
    found: list[tuple[str, int | None]] = []

    def add(name: str | None, line: int | None) -> None:
        if name:
            found.append((name, line))

    for part in spec.parts:
        if part.expected:
            add(part.expected.function, part.expected.line)
        for alt in part.accept:
            add(alt.function, alt.line)
        for m in part.mistakes:
            if m.value:
                add(m.value.function, m.value.line)
            add(m.formula, part.line)
        if part.formula:
            add(part.formula.reference, part.line)
        if part.code:
            add(part.code.reference, part.line)
            for test in part.code.tests:
                add(test.cases, part.line)
                for name in test.checks:
                    if name not in CODE_PROPERTIES:
                        add(name, part.line)
            add(part.code.given, part.line)
            add(part.code.random, part.line)
    return found
