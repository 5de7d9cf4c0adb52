"""Formulas that students write, parsed safely and compared with a reference by evaluation.

Two jobs:

* :func:`parse_formula` reads LaTeX (often from a math-OCR tool), Unicode math or plain text
  into a sympy expression.  It never evaluates the text: a hand-written tokenizer and
  recursive-descent parser (:mod:`grader._formula_parser`) build sympy objects directly, and
  only ``sympy.Symbol`` is ever made from a name the student chose.
* :func:`compare` decides whether the formula is the reference loss "up to what does not
  matter": terms that do not depend on the prediction, a positive constant factor, a sum or
  mean over samples, and the way the prediction is written (``z``, ``\\hat{y}``,
  ``\\theta^T x_i`` or ``\\exp(\\theta^T x_i)``).  It compares dL/d(prediction) at seeded
  random points, never the strings.

Roles.  An assignment names *roles* (``"rate"``, ``"count"``) and how students spell each one
(:class:`Roles`).  Every spelling becomes one symbol named after its role, so ``\\lambda``,
``\\hat{y}_i`` and ``z`` are all the symbol ``rate``.  A spelling of a *linear predictor*
(``\\theta^T x_i``) becomes the symbol ``eta_rate``; :func:`compare` then tries each allowed
link, ``rate = eta`` (identity) or ``rate = exp(eta)`` (log).  Any other name (``w_i``, ``N``)
is a positive constant, drawn once per comparison.

Sums and means.  Only the per-sample term is graded, so ``\\sum_i f_i`` is read as ``f_i``
(``\\sum a - \\sum b`` as ``a - b``), ``\\frac{1}{N}\\sum`` keeps ``1/N`` as a positive constant
factor, ``mean(...)`` and ``\\mathbb{E}[...]`` are their argument, and ``\\prod_i p_i`` is read
as ``p_i`` with a note in :attr:`Parsed.problems` (a likelihood is not a loss; but
``-\\log\\prod_i p_i`` then reads, correctly, as ``-\\log p_i``).  As in print, an unbracketed
``\\sum`` covers its own term only: ``\\sum_i a_i - b_i`` is ``a - b`` either way, and a note
is added when a factor in front (``-\\sum y\\log z + z``) makes that reading matter.

The reference.  :func:`compare` calls the reference with keyword arguments.  By default the
keyword names are the role names; pass ``params={"rate": "z", "count": "y"}`` to call
``nll(z=..., y=...)`` instead.
"""

from __future__ import annotations

import html
import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import numpy as np
import sympy
from sympy.printing.mathml import mathml as _sympy_mathml

from grader import _formula_parser as fp
from grader import precision
from grader.errors import FormulaParseError, SpecError

__all__ = [
    "Comparison", "Domain", "FormulaParseError", "Parsed", "Roles", "compare",
    "parse_formula", "to_latex", "to_mathml",
]

LINKS = ("identity", "log")
DOMAIN_KINDS = ("positive_real", "nonnegative_integer", "real", "unit_interval")


def _frozen_mapping(mapping: Mapping[str, Sequence[str]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({str(k): tuple(v) for k, v in mapping.items()})


@dataclass(frozen=True)
class Roles:
    """The roles a formula is about and how students spell each one.

    ``variables`` maps a role name to its spellings, e.g. ``{"rate": ["z", "\\\\lambda",
    "\\\\hat{y}", "y_pred", "ŷ"], "count": ["y", "y_i", "y_true"]}``.  ``linear_predictors``
    maps a role to spellings of a linear predictor for it (``"\\\\theta^T x_i"``); ``links``
    says how such a predictor may relate to the role.  Spellings are matched as tokens, so
    ``\\theta^T x_i``, ``\\theta^{T} x_{i}``, ``θᵀxᵢ`` and ``theta^T x_i`` are one spelling,
    and an index subscript (``y_i``, ``\\hat{y}_i``) names the same role as the bare letter.
    Role names must be Python identifiers (they name symbols and keyword arguments).
    """

    variables: Mapping[str, Sequence[str]]
    linear_predictors: Mapping[str, Sequence[str]] = field(
        default_factory=lambda: MappingProxyType({}))
    links: Sequence[str] = LINKS
    functions: Sequence[str] = ()
    """Function names a spec declares (``relu``, ``logsumexp``): its spellings may call them
    (``relu(z)_k``); a formula that calls one outside a spelling is refused, never guessed."""
    totals: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    """Role -> what its values sum to over their index (``target: 1`` for a one-hot target), so
    that ``p_k Σ_j y_j`` reads as ``p_k``: a sum over another index than the formula's own."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "functions", tuple(self.functions))
        object.__setattr__(self, "totals", MappingProxyType({str(k): float(v) for k, v in self.totals.items()}))
        object.__setattr__(self, "variables", _frozen_mapping(self.variables))
        object.__setattr__(self, "linear_predictors", _frozen_mapping(self.linear_predictors))
        object.__setattr__(self, "links", tuple(self.links))
        for role in [*self.variables, *self.linear_predictors]:
            if not role.isidentifier():
                raise SpecError(f"role name {role!r} must be an identifier")
        for role in self.totals:
            if role not in self.variables:
                raise SpecError(f"a total is given for {role!r}, which is not a role")
        for link in self.links:
            if link not in LINKS:
                raise SpecError(f"unknown link {link!r} (known: {', '.join(LINKS)})")

    def _key(self) -> tuple:
        return (tuple(self.variables.items()), tuple(self.linear_predictors.items()), self.functions,
                tuple(sorted(self.totals.items())))

    def check_spellings(self) -> None:
        """Read every spelling now; ``SpecError`` names one that cannot be read."""
        _alias_table(self._key())

    def __hash__(self) -> int:  # the mappings are read-only views, so hash their contents
        # Kept once made: every formula parsed is looked up in a cache by (text, roles), and the key's tuples cost
        # more than the parse's lookup. (Roles are never pickled: their mappings are read-only views.)
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self._key(), self.links))
            object.__setattr__(self, "_hash", cached)
        return cached


#: A symbol with an index closing a spelling: "x_i", "w^T x_i", "\\lambda_i", "\\hat{y}_i", "\\hat y_i",
#: "ŷ_i", "λ_i": the letter (with its accent) or the command, and the index.
_INDEXED = re.compile(r"(?:\\(?P<accent>hat|bar|tilde)(?:\{(?P<under>[A-Za-z])\}| (?P<under2>[A-Za-z]))"
                      r"|(?P<command>\\[A-Za-z]+)|(?P<letter>[A-Za-z]|[^\x00-\x7f]\u0302?)|(?P<close>\)))"
                      r"_(?:\{(?P<index>[ijkn])\}|(?P<bare>[ijkn]))$")


_BRACED_INDEX = re.compile(r"_\{(\w{2,3})\}")


def _unscripted(spelling: str) -> str | None:
    """The spelling with its closing index run on ("x_i" -> "xi", "\\lambda_i" -> "\\lambda i"), as
    a PDF's text layer or a student typing plain text writes it; None if it has no such index."""
    m = _INDEXED.search(spelling)
    if m is None:
        return None
    if m["accent"]:
        symbol = f"\\{m['accent']}{{{m['under'] or m['under2']}}}"
    elif m["command"]:
        symbol = m["command"] + " "  # "\\lambdai" would be another command
    elif m["close"]:
        symbol = ")"  # "f(z)k" for f(z)_k, as Word's linear format leaves it
    else:
        symbol = m["letter"]
    return spelling[:m.start()] + symbol + (m["index"] or m["bare"])


@lru_cache(maxsize=64)
def _alias_table(key: tuple) -> fp.AliasTable:
    """Roles' spellings tokenized once (cached: every submission uses the same roles)."""
    variables, linear, functions, totals = key
    spellings = [((role, False), s) for role, forms in variables for s in forms]
    spellings += [((role, True), s) for role, forms in linear for s in forms]
    # "xi" for x_i: a PDF's text layer, or a student typing plain text, drops the underscore
    # (never a spelling the spec lists, nor a one-letter script that is not an index).
    listed = {s for _, s in spellings}
    spellings += [(key, joined) for key, s in list(spellings)
                  if (joined := _unscripted(s)) is not None and joined not in listed]
    # "δ_kc" for \delta_{kc}: a subscript of two or three characters typed without its braces
    spellings += [(key, bare) for key, s in list(spellings)
                  if (bare := _BRACED_INDEX.sub(r"_\1", s)) != s and bare not in listed]
    try:
        return fp.AliasTable.build(spellings, functions=frozenset(functions), totals=dict(totals))
    except (FormulaParseError, ValueError) as error:
        raise SpecError(f"a role spelling cannot be read: {error}") from None


@dataclass(frozen=True)
class Parsed:
    """A student's formula, parsed.

    ``expr`` uses the symbols ``Symbol(role, real=True)`` for roles, ``Symbol("eta_<role>",
    real=True)`` for linear predictors and positive symbols for anything else.
    ``role_symbols`` maps each role that occurs to the symbol it occurs as (the role's own
    symbol, or its ``eta_`` symbol when it only occurs as a linear predictor); ``linear``
    names the roles that occur as a linear predictor.  ``problems`` are notes for a human:
    ambiguous spellings, a product, a missing role.  ``links`` are the links :func:`compare`
    may try, copied from the :class:`Roles`.
    """

    expr: sympy.Expr
    source: str
    role_symbols: Mapping[str, sympy.Symbol]
    linear: frozenset[str]
    problems: tuple[str, ...]
    links: tuple[str, ...] = LINKS
    cautions: tuple[str, ...] = ()
    """What a person must check however clearly the formula was given (a factor the course's
    definitions read away)."""
    averaged: str = ""
    """Why the formula is an average over the sample as the course's definitions read it (``(1/n) Σ …``, or
    the data only through a mean such as ``x̄``), which reading a sum term by term cannot tell from the sum;
    empty otherwise. A spec's ``averaged`` mistake grades it; without one it is a caution for a person."""


def parse_formula(text: str, roles: Roles, *, max_chars: int = 2000) -> Parsed:
    """Parse a formula written in LaTeX, Unicode math or plain text.

    An equation is reduced to the side that is the formula: ``L(z, y) = …``, ``Loss: …``,
    ``NLL = A = B`` give the last side that mentions a role.  Math delimiters (``$$``,
    ``\\[ \\]``, ``\\begin{equation}``), ``\\boxed{}``, and a trailing explanation
    (``\\quad\\text{where } z > 0``) are dropped.

    Raises :class:`~grader.errors.FormulaParseError` when the text is too long, does not
    parse, uses an unknown function, or has no variables at all.
    """
    if not isinstance(text, str):
        raise FormulaParseError(f"a formula must be text, not {type(text).__name__}")
    if len(text) > max_chars:
        raise FormulaParseError(
            f"formula too long ({len(text)} characters; the limit is {max_chars})")
    found = _parse_cached(text, roles)
    if isinstance(found, str):  # a new exception each time: a cached one would collect tracebacks
        raise FormulaParseError(found)
    return found


#: Parses by (text, roles): students of one class write the same loss in the same words, and
#: extraction tries every candidate row, so one text is read many times. Parsed is immutable.
@lru_cache(maxsize=4096)
def _parse_cached(text: str, roles: Roles) -> Parsed | str:
    try:
        return _parse(text, roles)
    except FormulaParseError as error:
        return str(error)


#: A line of a program ("return np.sum(…)", "def f(p):"): its words are no factors of a formula.
_PROGRAM_LINE = re.compile(r"^\s*(?:return|def|import)\b(?!\s*[=(_^])")


#: "p^ = … = x bar  Ans.": an answer word after the formula marks it; it is no factor of it.
_ANSWER_MARK_AFTER = re.compile(r"[ \t]+(?:Ans|ans|ANS|Answer|answer)\b[.:]?[ \t]*$")
#: A formula followed by an aside whose bracket the text does not close (the statement was cut inside it).
_OPEN_ASIDE = re.compile(r"(?s)^(?P<body>.*\S)[ \t]+\([^()]*$")
#: A sentence that names its formula in words before a verb: "so the MLE of p is x̄", "the estimator
#: equals Σx/n". Only plain words before the verb (no symbol, bracket or digit): "p is" stays math.
_PROSE_CLAIM = re.compile(r"^\s*(?P<words>(?:[A-Za-z][A-Za-z'-]*\s+){2,12}?)(?:is|are|equals|becomes)\s+(?=\S)")
#: ...and the words that open what it is said to be: "the sample mean x̄".
_LEADING_WORD = re.compile(r"[a-z]{2,}(?=\s+\S)")


#: Numbers said in words after the verb ("p hat equals one minus x bar"): each the digits it says, so the sentence's
#: filler words are dropped and the formula's kept ("1 minus x bar", never "x bar"; the parser reads "minus",
#: "times", "over" and "sum over i of" itself).
_SPOKEN = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "a half": "1/2", "half": "1/2"}
_SPOKEN_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _SPOKEN), key=len, reverse=True)) + r")\b")


def _without_prose(text: str, roles: Roles) -> str:
    """A formula stated in a sentence, without the sentence's words: what follows its verb, and
    what follows the plain words that open it, unless a word is math (a spelling of a role, a
    function, a sum, a Greek letter)."""
    claim = _PROSE_CLAIM.match(text)
    if claim is None:
        return text
    math = {w.lower() for spellings in roles.variables.values() for w in spellings}
    math |= set(fp._FUNCTION_WORDS) | set(fp._BIGOP_WORDS) | {g.lower() for g in fp._GREEK}
    if any(w.lower() in math for w in claim["words"].split()):
        return text
    rest = _SPOKEN_WORD.sub(lambda m: _SPOKEN[m.group(0)], text[claim.end():])
    while (word := _LEADING_WORD.match(rest)) is not None and word.group(0) not in math:
        rest = rest[word.end():].lstrip()
    return rest


# A sum written out with an ellipsis, "x_1 + ... + x_n" (or "+ \cdots +", "+ … +"): the sum over i of x_i.
_ELLIPSIS_SUM = re.compile(r"(?P<name>[A-Za-z])_\{?1\}?\s*\+\s*(?:\.{3}|…|⋯|\\[lc]?dots)\s*\+\s*"
                           r"(?P=name)_\{?(?P<n>[nN])\}?(?![\w{])")


#: "lnp", "logq", "ylogλ": a logarithm run on to a one-letter argument (and a one-letter factor before it), as
#: an equation editor's text or a student typing leaves it (not "\\log", nor a word that holds the letters:
#: "catalog", "lnpx").
_GLUED_LOG = re.compile(r"(?<![A-Za-z\\])([A-Za-z]?)(ln|log)(?=[A-Za-z](?![A-Za-z0-9_])|\\[A-Za-z]+)")


#: "θTxi", "wTx", "\\beta Tx_i": a transpose's superscript T a PDF's text runs on to the vector it multiplies
#: (θᵀxᵢ set as a superscript, flattened): the product θ^T x_i, as the student typeset it.
_FLAT_TRANSPOSE = re.compile(r"(?<![A-Za-z\\])(?P<v>\\(?:theta|beta)\s?|[wθβ])T(?P<x>[xX])"
                             r"(?:_?(?:\{(?P<i>[i-n])\}|(?P<j>[i-n])))?(?![A-Za-z0-9])")


def _flat_transposes(text: str) -> str:
    return _FLAT_TRANSPOSE.sub(lambda m: f"{m['v'].strip()}^{{T}} {m['x']}"
                               + (f"_{{{m['i'] or m['j']}}}" if m['i'] or m['j'] else "") + " ", text)


#: "1 n ∑_{i=1}^{n} x_i": a PDF's text of a displayed fraction 1/n before a sum, its numerator and denominator set
#: one above the other and flattened side by side. A lone 1 times a letter is never written as a product, so
#: it is the fraction the student typeset.
_FLAT_FRACTION = re.compile(r"(?:^|(?<=[\s(=\-]))1\s+(?P<d>[A-Za-z])\s+(?=\\(?:sum|prod)(?![A-Za-z]))")


def _ellipsis_sums(text: str) -> str:
    if "+" not in text:
        return text
    return _ELLIPSIS_SUM.sub(lambda m: f"(\\sum_{{i=1}}^{{{m['n']}}} {m['name']}_{{i}})", text)


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def _first_clause(text: str) -> str | None:
    """``text`` up to its first comma or semicolon outside brackets after its first "=" (the formula, before what
    explains it), or None where it has none."""
    start = text.find("=")
    if start < 0 or text.count(")") > text.count("("):
        return None  # (a bracket the text closes was opened before it: an aside, "(derivation: ∂L/∂p = …, …)")
    depth = 0
    for at, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif at > start and ch in ",;" and depth == 0 and text[at + 1:at + 2] in (" ", "\t") and text[:at].strip():
            # (a clause inside a bracket, "(derivation: ∂L/∂p = …, …", is no formula's end; nor one past a sentence's)
            return None if _SENTENCE_END.search(text, 0, at) else text[:at]
    return None


def _parse(text: str, roles: Roles) -> Parsed:
    if _PROGRAM_LINE.match(text):
        raise FormulaParseError(f"a line of a program, not a formula: {fp.snippet(text)}")
    text = _without_prose(_ANSWER_MARK_AFTER.sub("", text), roles)
    if text.count("(") > text.count(")") and (aside := _OPEN_ASIDE.match(text)) is not None:
        text = aside["body"]  # "y log z - z  (z = predicted rate)" cut at its "=": the aside is no term
    limits = fp.Limits()
    table = _alias_table(roles._key())
    folded = _ellipsis_sums(fp.fold_unicode(text))
    if "T" in folded:
        folded = _flat_transposes(folded)
    if "1" in folded:
        folded = _FLAT_FRACTION.sub(lambda m: f"(1/{m['d']}) ", folded)
    if "ln" in folded or "log" in folded:
        folded = _GLUED_LOG.sub(r"\1 \2 ", folded)  # "x_i lnp": an equation editor's "ln p" without its space
    try:
        tokens = fp.cut_explanation(fp.strip_wrappers(fp.tokenize(folded, limits)))
    except FormulaParseError:
        if (clause := _first_clause(text)) is not None:
            # "f(q) = k ln q + (m − k) ln(1 − q), k = #ones": a sign no grammar reads in what explains the formula,
            # after its comma; the formula before it reads (the explanation is cut there once read, as always)
            return _parse(clause, roles)
        # A sign no grammar reads in the working ("−⊮[k = c] + … = p_k − y_k"): the chain's last
        # side, which concludes it, may still read; only when it names every role (a definition
        # after the formula, "…, q = 1 − p", is no conclusion of it).
        last = text.rsplit("=", 1)[-1]
        if "=" not in text or not last.strip():
            raise
        concluded = _parse(last, roles)
        if concluded.problems:
            raise
        return concluded
    sides = [side for side in fp.split_sides(tokens) if side]
    if not sides:
        raise FormulaParseError(f"empty formula: {fp.snippet(text)}")
    reserved = {*roles.variables, *roles.linear_predictors}
    reserved |= {f"eta_{role}" for role in reserved}
    chosen = _choose_side(sides, table, folded, limits, reserved)
    if not chosen.expr.free_symbols:
        raise FormulaParseError(f"the formula has no variables: {fp.snippet(text)}")
    return Parsed(
        expr=chosen.expr,
        source=text,
        role_symbols=MappingProxyType(_role_symbols(chosen)),
        linear=frozenset(chosen.linear),
        problems=tuple(dict.fromkeys(chosen.problems + _missing_roles(chosen, roles))),
        links=tuple(roles.links),
        cautions=_words_as_constants(chosen.expr, reserved),
    )


#: Words a formula uses as constants on purpose, each with why.
_CONSTANT_WORDS = {
    "eps": "a small epsilon kept from a log of zero",
    "const": "an additive constant dropped from a loss ('+ const')",
    "constant": "the same, spelled out",
    "cst": "the same, abbreviated",
}


#: Words that say what is done with the formula after them ("minimise Σ (λ − y log λ)"): read as a factor of all of
#: it, they scale it, which no comparison minds; anywhere else they are words in the formula like any other.
_OBJECTIVE_WORDS = frozenset("minimise minimize maximise maximize minimising minimizing maximising maximizing".split())


def _a_symbol(name: str) -> bool:
    """Whether a name of three letters or more is a symbol, not a word: Greek, a constant's word
    (``_CONSTANT_WORDS``), or a letter with its accent ("xbar", "phat", "sigmahat": the parser names a decorated
    atom so)."""
    bases = [name, *(name[:-len(accent)] for accent in fp.DECORATION_NAMES if name.endswith(accent))]
    return any(len(base) <= 2 or base in fp._GREEK or base in fp._GREEK_VARIANTS or base in _CONSTANT_WORDS
               for base in bases)


def _words_as_constants(expr: sympy.Expr, reserved: set[str]) -> tuple[str, ...]:
    """A word of prose the grammar read as a constant factor ("n less the sum" gives the constant "less"): the
    formula read may not be the one the student meant, whatever it compares to. (A constant the course names, "N",
    "w_k", is one or two letters, or Greek, or a word kept as a constant, "eps", "const"; a word is three lowercase
    letters or more.)"""
    whole = set(expr.args) if isinstance(expr, sympy.Mul) else set()
    words = sorted({name for s in expr.free_symbols if (name := str(s).rstrip("'")) not in reserved
                    and len(name) >= 3 and name.isalpha() and name.islower() and not _a_symbol(name)
                    and not (s in whole and name in _OBJECTIVE_WORDS)})
    return (f"the formula holds the word{'s' if len(words) > 1 else ''} {', '.join(repr(w) for w in words)}, "
            f"read as a constant factor: check what the student wrote",) if words else ()


def _choose_side(sides: list[list[fp.Token]], table: fp.AliasTable, folded: str,
                 limits: fp.Limits, reserved: set[str]) -> fp.SideResult:
    """The rightmost side that parses and mentions a role; else the rightmost that parses.

    A side that fails to parse is skipped when another side mentions a role (``L(z, y) = …``,
    ``-\\log \\Pr(y|x) = …``).  When none does, the rightmost side's own error is raised, so a
    malformed formula after ``L =`` is reported as malformed.
    """
    results: list[fp.SideResult | FormulaParseError] = []
    for side in sides:
        try:
            results.append(fp.parse_side(side, table, folded, limits, reserved))
        except FormulaParseError as error:
            results.append(error)
    if len(sides) > 1 and isinstance(results[-1], FormulaParseError) and _is_name(sides[-2]) and \
            not any(isinstance(r, fp.SideResult) for r in results[:-2]):
        # "L(p) = <what does not parse>": the name of the formula is no formula of its own
        raise results[-1]
    parsed = [r for r in results if isinstance(r, fp.SideResult)]
    for result in reversed(parsed):
        if result.roles or result.linear:
            return result
    if isinstance(results[-1], FormulaParseError):
        raise results[-1]
    return parsed[-1]


def _is_name(side: list[fp.Token]) -> bool:
    """A side that only names a function of its arguments: ``L(p)``, ``\\ell(\\theta)``, ``J(w, b)``."""
    if len(side) < 3 or side[0].kind not in ("word", "cmd") or side[1].kind != "open" or side[-1].kind != "close":
        return False
    depth = 0
    for tok in side[1:-1]:
        depth += (tok.kind == "open") - (tok.kind == "close")
        if depth == 0:
            return False  # the first bracket closes before the end: "L(p) (1 − p)" is a product
    return True


def _role_symbols(side: fp.SideResult) -> dict[str, sympy.Symbol]:
    symbols = {role: fp.eta_symbol(role) for role in sorted(side.linear)}
    symbols.update({role: fp.role_symbol(role) for role in sorted(side.roles)})
    return symbols


def _missing_roles(side: fp.SideResult, roles: Roles) -> list[str]:
    found = side.roles | side.linear
    if not found:
        others = sorted(str(s) for s in side.expr.free_symbols)
        return [f"no role variable found (symbols: {', '.join(others)}); expected a spelling "
                f"of {', '.join(sorted({*roles.variables, *roles.linear_predictors}))}"]
    notes = []
    for role, spellings in roles.variables.items():
        if role not in found:
            examples = ", ".join(list(spellings)[:4])
            notes.append(f"no variable for role {role!r} (spellings such as {examples})")
    return notes


# --------------------------------------------------------------------------------------------
# Comparison by evaluation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Domain:
    """Where a role's values are drawn from.

    ``kind`` is ``positive_real`` (log-uniform in [low, high], default [0.05, 20]),
    ``nonnegative_integer`` (uniform integers, default 0..20), ``real`` (default [-5, 5]) or
    ``unit_interval`` (default [0.02, 0.98]).
    """

    kind: str = "positive_real"
    low: float | None = None
    high: float | None = None

    _DEFAULTS = {"positive_real": (0.05, 20.0), "nonnegative_integer": (0, 20),
                 "real": (-5.0, 5.0), "unit_interval": (0.02, 0.98)}

    def __post_init__(self) -> None:
        if self.kind not in DOMAIN_KINDS:
            raise ValueError(f"unknown domain kind {self.kind!r} "
                             f"(known: {', '.join(DOMAIN_KINDS)})")
        low, high = self.bounds
        if not low < high:
            raise ValueError(f"domain {self.kind}: low ({low}) must be below high ({high})")
        if self.kind == "positive_real" and low <= 0:
            raise ValueError("domain positive_real: low must be > 0")
        if self.kind == "unit_interval" and not 0 < low < high < 1:
            raise ValueError("domain unit_interval: bounds must lie strictly between 0 and 1")
        if self.kind == "nonnegative_integer" and low < 0:
            raise ValueError("domain nonnegative_integer: low must be >= 0")

    @property
    def bounds(self) -> tuple[float, float]:
        low, high = self._DEFAULTS[self.kind]
        return (low if self.low is None else self.low, high if self.high is None else self.high)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """n values from the domain, as floats."""
        low, high = self.bounds
        if self.kind == "positive_real":
            return np.exp(rng.uniform(math.log(low), math.log(high), n))
        if self.kind == "nonnegative_integer":
            return rng.integers(int(math.ceil(low)), int(math.floor(high)) + 1, n).astype(float)
        return rng.uniform(low, high, n)

    def step(self, x: np.ndarray) -> np.ndarray:
        """A finite-difference step at x that keeps x ± 2·step inside the domain."""
        h = 1e-5 * np.maximum(np.abs(x), 1e-2)
        if self.kind in ("positive_real", "unit_interval"):
            h = np.minimum(h, x / 4)
        if self.kind == "unit_interval":
            h = np.minimum(h, (1 - x) / 4)
        return h


@dataclass(frozen=True)
class Comparison:
    """The verdict of :func:`compare`.

    ``factor`` is the constant c with dL_student/dr = c · dL_ref/dr at every point when there
    is one (also when c < 0, so a caller can recognise a negated loss such as the
    log-likelihood); ``None`` when they are not proportional.  ``link`` is the link under
    which the verdict was reached (``None`` when the formula has no linear predictor).  For a
    formula that is not equivalent, ``counterexample`` holds role values at a point where they
    disagree and ``student_value``/``reference_value`` the two derivatives there (values when
    ``up_to_constant`` is false).
    """

    equivalent: bool
    factor: float | None
    link: str | None
    counterexample: Mapping[str, float] | None
    student_value: float | None
    reference_value: float | None
    reason: str


def compare(parsed: Parsed, reference: Callable[..., np.ndarray], *, wrt: str,
            domains: Mapping[str, Domain], params: Mapping[str, str] | None = None,
            up_to_constant: bool = True, up_to_positive_factor: bool = True, points: int = 24,
            seed: int = 0, rtol: float = 1e-6, subject: str = "loss") -> Comparison:
    """Whether ``parsed`` is the loss ``reference``, as a function of the role ``wrt``.

    ``reference`` is a numpy function called with one keyword per role in ``domains``:
    ``reference(**{params.get(role, role): values})``.  The student's dL/d(wrt) is taken
    symbolically; the reference's by a five-point central difference.  Role values are drawn
    from ``domains`` with ``seed``; any other symbol in the formula (a weight, N) is drawn
    once as a positive constant.  With ``up_to_constant`` false the values are compared
    instead of the derivatives; with ``up_to_positive_factor`` false the factor must be 1.
    A formula with a linear predictor is tried with each of ``parsed.links`` and is
    equivalent if any link makes it so.  A point where one side is NaN or infinite and the
    other is not counts as a disagreement. ``subject`` (what the part asks: a loss, a
    log-likelihood) words the reasons only.
    """
    params = dict(params or {})
    _check_compare_arguments(parsed, wrt, domains, params, points)
    # Everything the comparison depends on (not the text the formula was written in).
    key = (parsed.expr, tuple(sorted(parsed.role_symbols.items())), parsed.linear, parsed.links, reference, wrt,
           tuple(sorted(domains.items())), tuple(sorted(params.items())), up_to_constant, up_to_positive_factor,
           points, seed, rtol, subject)
    return _compare_cached(_Comparing(key, (parsed, reference, wrt, domains, params, up_to_constant,
                                            up_to_positive_factor, points, seed, rtol, subject)))


@dataclass(frozen=True)
class _Comparing:
    """One comparison's arguments, equal and hashed by ``key`` alone."""

    key: tuple
    arguments: tuple = field(compare=False)


#: Comparisons by what they depend on: a class writes the same loss the same way many times
#: over, and each comparison samples and differentiates. ``Comparison`` is immutable.
@lru_cache(maxsize=1024)
def _compare_cached(call: _Comparing) -> Comparison:
    return _compare(*call.arguments)


def _compare(parsed: Parsed, reference: Callable[..., np.ndarray], wrt: str, domains: Mapping[str, Domain],
             params: dict[str, str], up_to_constant: bool, up_to_positive_factor: bool, points: int, seed: int,
             rtol: float, subject: str = "loss") -> Comparison:
    rng = np.random.default_rng(seed)
    roles = sorted(domains)
    values = {role: domains[role].sample(rng, points) for role in roles}
    # Any other symbol is a positive constant, drawn once; one named epsilon is the small
    # constant students add for numerical stability (log(z + ε)), so it is taken as tiny.
    constants = {sym: (1e-12 if _is_epsilon(sym) else float(rng.uniform(0.5, 2.0)))
                 for sym in sorted(_plain_symbols(parsed), key=str)}
    ref, ref_err = _reference_side(reference, values, wrt, domains[wrt], params, up_to_constant)

    linear_roles = sorted(parsed.linear)
    link_choices = list(itertools.product(parsed.links, repeat=len(linear_roles))) or [()]
    verdicts = []
    for links in link_choices:
        expr = parsed.expr.xreplace({
            fp.eta_symbol(role): _link(link, fp.role_symbol(role))
            for role, link in zip(linear_roles, links)})
        verdict = _compare_one(expr, ref, ref_err, values, constants, wrt, domains[wrt],
                               up_to_constant, up_to_positive_factor, rtol)
        link_name = links[linear_roles.index(wrt)] if wrt in linear_roles else (
            links[0] if links else None)
        verdicts.append((verdict, link_name))
        if verdict.equivalent:
            break
    verdict, link_name = _best(verdicts)
    return verdict.to_comparison(link_name, values, wrt, up_to_constant, subject)


def _is_epsilon(sym: sympy.Symbol) -> bool:
    return sym.name.lower().lstrip("\\").replace("var", "") in ("epsilon", "eps", "ε", "ϵ")


def _check_compare_arguments(parsed: Parsed, wrt: str, domains: Mapping[str, Domain],
                             params: Mapping[str, str], points: int) -> None:
    if wrt not in domains:
        raise ValueError(f"wrt={wrt!r} has no domain (domains: {', '.join(sorted(domains))})")
    missing = set(parsed.role_symbols) - set(domains)
    if missing:
        raise ValueError(f"no domain for role(s) {', '.join(sorted(missing))}")
    if set(params) - set(domains):
        extra = sorted(set(params) - set(domains))
        raise ValueError(f"params names roles without a domain: {extra}")
    if points < 4:
        raise ValueError("points must be at least 4")


def _plain_symbols(parsed: Parsed) -> set[sympy.Symbol]:
    role_like = {fp.role_symbol(r) for r in parsed.role_symbols}
    role_like |= {fp.eta_symbol(r) for r in parsed.role_symbols}
    return {s for s in parsed.expr.free_symbols if s not in role_like}


def _link(link: str, rate: sympy.Symbol) -> sympy.Expr:
    """eta in terms of the role: identity eta = rate, log eta = log(rate)."""
    return rate if link == "identity" else sympy.log(rate)


def _reference_side(reference: Callable[..., np.ndarray], values: Mapping[str, np.ndarray],
                    wrt: str, domain: Domain, params: Mapping[str, str],
                    up_to_constant: bool) -> tuple[np.ndarray, np.ndarray]:
    """The reference's derivative (or value) at the points, and an error bound for it."""
    n = len(values[wrt])

    def call(x: np.ndarray) -> np.ndarray:
        kwargs = {params.get(role, role): v for role, v in values.items()}
        kwargs[params.get(wrt, wrt)] = x
        with np.errstate(all="ignore"):
            return np.broadcast_to(np.asarray(precision.computed(reference(**kwargs)), dtype=float), (n,))

    x = values[wrt]
    if not up_to_constant:
        return call(x).copy(), np.zeros(n)
    return _derivative(call, x, domain.step(x))


def _derivative(f: Callable[[np.ndarray], np.ndarray], x: np.ndarray,
                h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Five-point central difference and a bound on its rounding error."""
    samples = [f(x + k * h) for k in (-2, -1, 1, 2)]
    with np.errstate(all="ignore"):
        d = (samples[0] - 8 * samples[1] + 8 * samples[2] - samples[3]) / (12 * h)
        magnitude = np.max(np.abs(np.stack(samples)), axis=0)
        err = 4 * np.finfo(float).eps * magnitude / h
    return d, err


@dataclass(frozen=True)
class _Verdict:
    """What one link's comparison found, before it is worded."""

    equivalent: bool
    factor: float | None
    index: int | None  # the counterexample point
    kind: str  # "ok" "negated" "factor" "differs" "undefined" "few" "constant" "unevaluable"
    student: np.ndarray | None = None
    reference: np.ndarray | None = None

    def to_comparison(self, link: str | None, values: Mapping[str, np.ndarray], wrt: str,
                      up_to_constant: bool, subject: str = "loss") -> Comparison:
        what = f"derivative with respect to the {wrt}" if up_to_constant else "value"
        point = None
        s_val = r_val = None
        if self.index is not None:
            point = {role: float(v[self.index]) for role, v in values.items()}
            s_val = float(self.student[self.index])
            r_val = float(self.reference[self.index])
        at = ", ".join(f"{role} = {_fmt(v)}" for role, v in (point or {}).items())
        via = f" with the {link} link" if link else ""
        c = _fmt(self.factor) if self.factor is not None else ""
        scaled = self.factor is not None and abs(self.factor - 1) > 1e-9
        reasons = {
            "ok": f"equivalent{via}: its {what} matches the reference's"
                  + (f" times {c}" if scaled else "")
                  + " at every sample point",
            "negated": (f"negated{via}: its {what} is {c} times the reference's, so this is a "
                        "quantity to maximise (such as the log-likelihood), not the loss") if subject == "loss" else
                       f"negated{via}: its {what} is {c} times the reference's: the opposite sign of the {subject}",
            "factor": f"not equivalent{via}: its {what} is {c} times the reference's, and the factor "
                      "must be 1",
            "differs": f"not equivalent{via}: at {at} the formula's {what} is {_fmt(s_val)} but "
                       f"the reference's is {_fmt(r_val)}",
            "undefined": f"not equivalent{via}: at {at} the formula's {what} is {_fmt(s_val)} "
                         f"but the reference's is {_fmt(r_val)}",
            "few": f"not equivalent{via}: the formula is defined at too few sample points",
            "constant": f"not equivalent: the formula does not depend on {wrt}",
            "unevaluable": "not equivalent: the formula uses a function that cannot be evaluated",
        }
        return Comparison(
            equivalent=self.equivalent, factor=self.factor, link=link,
            counterexample=None if self.equivalent else (
                MappingProxyType(point) if point is not None else None),
            student_value=None if self.equivalent else s_val,
            reference_value=None if self.equivalent else r_val,
            reason=reasons[self.kind])


def _fmt(x: float | None) -> str:
    return "nan" if x is None or math.isnan(x) else f"{x:.6g}"


def _best(verdicts: list[tuple[_Verdict, str | None]]) -> tuple[_Verdict, str | None]:
    """The equivalent verdict if any; else one that found a factor (negated); else the first."""
    for verdict, link in verdicts:
        if verdict.equivalent:
            return verdict, link
    for verdict, link in verdicts:
        if verdict.factor is not None:
            return verdict, link
    return verdicts[0]


def _compare_one(expr: sympy.Expr, ref: np.ndarray, ref_err: np.ndarray,
                 values: Mapping[str, np.ndarray], constants: Mapping[sympy.Symbol, float],
                 wrt: str, domain: Domain, up_to_constant: bool, up_to_positive_factor: bool,
                 rtol: float) -> _Verdict:
    rate = fp.role_symbol(wrt)
    if rate not in expr.free_symbols:
        return _Verdict(False, None, None, "constant")
    env: dict[sympy.Symbol, np.ndarray | float] = dict(constants)
    env.update({fp.role_symbol(role): v for role, v in values.items()})
    try:
        student = _student_side(expr, env, rate, domain, up_to_constant)
    except _Unsupported:
        return _Verdict(False, None, None, "unevaluable")
    return _agreement(student, ref, ref_err, up_to_positive_factor, rtol)


def _student_side(expr: sympy.Expr, env: dict, rate: sympy.Symbol, domain: Domain,
                  up_to_constant: bool) -> np.ndarray:
    """The formula's derivative (symbolic, then evaluated) or value at the points."""
    n = len(env[rate])
    if not up_to_constant:
        return _evaluate(expr, env, n)
    if _diff_cost(expr) <= _MAX_DIFF_COST and not _abs_over_function(expr):
        try:
            return _evaluate(sympy.diff(expr, rate), env, n)
        except _Unsupported:
            pass  # e.g. polygamma of order > 0: differentiate numerically instead
    x = env[rate]

    def at(shifted: np.ndarray) -> np.ndarray:
        return _evaluate(expr, {**env, rate: shifted}, n)

    return _derivative(at, x, domain.step(x))[0]


# The symbolic derivative is exact (it keeps d/dz of y log(y/z) finite at y = 0, where the
# value is 0·∞), but sympy's cost grows with size × depth: exp(exp(…)) nested 40 deep takes
# seconds.  Real answers cost under 150; beyond this bound the numeric stencil is used.
_MAX_DIFF_COST = 600


def _abs_over_function(expr: sympy.Basic) -> bool:
    """Whether an |…| holds a log, exp, Γ, root or another |…|.

    sympy differentiates such an Abs through re() and im() of its argument, asking costly
    questions about its sign (seconds for |√(log …)| nested a few deep); |z - y| is cheap.
    """
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.Abs) and any(
                isinstance(inner, _TRANSCENDENTAL) or (inner.is_Pow and not inner.exp.is_Integer)
                for inner in sympy.preorder_traversal(node.args[0])):
            return True
    return False


_TRANSCENDENTAL = (sympy.log, sympy.exp, sympy.gamma, sympy.loggamma, sympy.factorial,
                   sympy.Abs)


def _diff_cost(expr: sympy.Basic) -> int:
    """Tree size times tree depth, a cheap bound on the work sympy.diff will do."""
    size, depth = 0, 0
    stack = [(expr, 1)]
    while stack:
        node, level = stack.pop()
        size += 1
        depth = max(depth, level)
        stack.extend((arg, level + 1) for arg in node.args)
    return size * depth


def _median(values: np.ndarray) -> float:
    """``float(np.median(values))`` of a non-empty array without NaN: the mean of its middle value
    or of its two middle values, summed from zero as numpy sums them (so -0.0 becomes 0.0): the
    same operations, so the same float. ``np.median`` imports numpy's masked arrays the first time
    it runs, to look for NaN: about 6 ms in every grading worker."""
    ordered = np.sort(values)
    k = len(ordered) // 2
    return float(0.0 + ordered[k]) if len(ordered) % 2 else float((0.0 + ordered[k - 1] + ordered[k]) / 2)


def _agreement(s: np.ndarray, r: np.ndarray, r_err: np.ndarray, free_factor: bool,
               rtol: float) -> _Verdict:
    """Whether s = c·r at every point for one constant c (c > 0, or c = 1 if not free)."""
    both_undefined = np.isnan(s) & np.isnan(r)
    finite = np.isfinite(s) & np.isfinite(r)
    broken = ~finite & ~both_undefined
    if broken.any():
        return _Verdict(False, None, int(np.argmax(broken)), "undefined", s, r)
    if finite.sum() < max(4, len(s) // 2):
        return _Verdict(False, None, None, "few", s, r)
    idx = np.flatnonzero(finite)
    sf, rf = s[idx], r[idx]
    r_scale = float(np.max(np.abs(rf)))
    if r_scale == 0.0:  # the reference does not depend on the prediction at all
        ok = float(np.max(np.abs(sf))) == 0.0
        return _Verdict(ok, None, None if ok else int(idx[0]), "ok" if ok else "differs", s, r)
    usable = np.abs(rf) > 1e-3 * r_scale
    c = _median(sf[usable] / rf[usable])
    typical = _median(np.abs(rf))
    tol = rtol * (np.abs(sf) + np.abs(c * rf) + abs(c) * typical) + 10 * abs(c) * r_err[idx]
    miss = np.abs(sf - c * rf) - tol
    if c == 0.0 or not math.isfinite(c) or (miss > 0).any():
        worst = int(idx[int(np.argmax(miss))])
        return _Verdict(False, None, worst, "differs", s, r)
    if c < 0:
        return _Verdict(False, c, int(idx[0]), "negated", s, r)
    if not free_factor and abs(c - 1) > max(10 * rtol, 1e-12):
        return _Verdict(False, c, int(idx[0]), "factor", s, r)
    return _Verdict(True, c, None, "ok", s, r)


# --------------------------------------------------------------------------------------------
# A small numpy evaluator for the sympy trees the parser builds (and their derivatives)
# --------------------------------------------------------------------------------------------


class _Unsupported(Exception):
    """An expression node the evaluator does not know."""


def _evaluate(expr: sympy.Expr, env: Mapping[sympy.Symbol, np.ndarray | float],
              n: int) -> np.ndarray:
    """expr at the points in env, as a float array of length n (NaN where undefined).

    Written out instead of ``lambdify`` because numpy has no gamma/loggamma/digamma and the
    trees are small: a walk over the nodes is as fast and needs no generated code.
    """
    memo: dict[sympy.Basic, np.ndarray | float] = {}

    def ev(node: sympy.Basic) -> np.ndarray | float:
        if node in memo:
            return memo[node]
        value = _eval_node(node, ev, env)
        memo[node] = value
        return value

    with np.errstate(all="ignore"):
        result = np.asarray(precision.computed(ev(expr)), dtype=float)
    return np.broadcast_to(result, (n,)).copy()


def _eval_node(node: sympy.Basic, ev: Callable, env: Mapping) -> np.ndarray | float:
    if node.is_Symbol:
        if node not in env:
            raise _Unsupported(f"no value for {node}")
        return env[node]
    if node.is_Number or node.is_NumberSymbol:
        try:
            return float(node)
        except (OverflowError, TypeError):
            raise _Unsupported(str(node)) from None
    if node.is_Add:
        return sum((ev(a) for a in node.args), 0.0)
    if node.is_Mul:
        result: np.ndarray | float = 1.0
        for a in node.args:
            result = result * ev(a)
        return result
    if node.is_Pow:
        base, exponent = ev(node.base), ev(node.exp)
        return np.power(np.asarray(base, dtype=float), exponent)
    unary = _UNARY.get(type(node))
    if unary is not None:
        return unary(np.asarray(ev(node.args[0]), dtype=float))
    if isinstance(node, sympy.polygamma) and node.args[0] == 0:
        return _digamma(np.asarray(ev(node.args[1]), dtype=float))
    raise _Unsupported(type(node).__name__)


def _elementwise(f: Callable[[float], float]) -> Callable[[np.ndarray], np.ndarray]:
    def apply(x: np.ndarray) -> np.ndarray:
        def safe(v: float) -> float:
            if not math.isfinite(v):
                return math.inf if v > 0 else math.nan  # gamma(+inf) = inf; no limit at -inf
            try:
                return f(v)
            except ValueError:
                return math.nan  # a pole: 0, -1, -2, ...
            except OverflowError:
                return math.inf
        return np.vectorize(safe, otypes=[float])(x) if x.size else x
    return apply


def _digamma(x: np.ndarray) -> np.ndarray:
    """ψ(x): reflection below 1/2, recurrence up to 6, then the asymptotic series."""
    x = np.array(x, dtype=float, copy=True)
    result = np.zeros_like(x)
    reflect = x < 0.5
    with np.errstate(all="ignore"):
        result[reflect] = -np.pi / np.tan(np.pi * x[reflect])
        x[reflect] = 1 - x[reflect]
        for _ in range(6):
            small = x < 6
            result[small] -= 1 / x[small]
            x[small] += 1
        inv2 = 1 / (x * x)
        series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (
            1 / 240 - inv2 / 132))))
        result += np.log(x) - 0.5 / x - series
    return result


_UNARY: dict[type, Callable[[np.ndarray], np.ndarray]] = {
    sympy.exp: np.exp,
    sympy.log: np.log,
    sympy.Abs: np.abs,
    sympy.sign: np.sign,
    sympy.gamma: _elementwise(math.gamma),
    sympy.loggamma: _elementwise(math.lgamma),
    sympy.factorial: _elementwise(lambda v: math.gamma(v + 1)),
}


# --------------------------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------------------------


def _renamed(expr: sympy.Expr, names: Mapping[str, str] | None) -> sympy.Expr:
    if not names:
        return expr
    return expr.xreplace({s: sympy.Symbol(names[s.name]) for s in expr.free_symbols
                          if s.name in names})


def _readable(expr: sympy.Expr) -> sympy.Expr:
    """The expression as people write it: ``loggamma(n + 1)`` (how log n! is computed) printed ``log(n!)``."""
    if not expr.has(sympy.loggamma):
        return expr
    return expr.replace(sympy.loggamma, lambda a: sympy.log(sympy.factorial(a - 1)))


def to_latex(expr: sympy.Expr, names: Mapping[str, str] | None = None) -> str:
    """LaTeX for expr; ``names`` renames symbols for display (``{"rate": "z"}``)."""
    return sympy.latex(_renamed(_readable(expr), names))


def to_mathml(expr: sympy.Expr, names: Mapping[str, str] | None = None) -> str:
    """Presentation MathML for expr, wrapped in a ``<math>`` element; safe to embed in HTML.

    Symbol names can come from a student's text (``\\text{<script>}``), and sympy's printer
    does not escape them, so every symbol is printed as a placeholder that is then replaced
    by its HTML-escaped name.
    """
    return _mathml_cached(expr, tuple(sorted((names or {}).items())))


#: By expression: the same loss, written the same way, is typeset once per class.
@lru_cache(maxsize=1024)
def _mathml_cached(expr: sympy.Expr, names: tuple[tuple[str, str], ...]) -> str:
    renamed = _renamed(_readable(expr), dict(names))
    symbols = sorted(renamed.free_symbols, key=lambda s: s.name)
    placeholders = {sym: sympy.Symbol(f"zzsym{i}zz", **sym.assumptions0) for i, sym in enumerate(symbols)}
    body = _sympy_mathml(renamed.xreplace(placeholders), printer="presentation")
    for sym, holder in placeholders.items():
        body = body.replace(holder.name, html.escape(sym.name, quote=True))
    return f'<math xmlns="http://www.w3.org/1998/Math/MathML">{body}</math>'


# --------------------------------------------------------------------------------------------
# A course's definitions: symbols that stand for expressions of the roles
# --------------------------------------------------------------------------------------------


def apply_definitions(parsed: Parsed, definitions: Mapping[str, str], roles: Roles) -> Parsed:
    """``parsed`` with a course's symbols replaced by what they stand for (``x̄`` by ``S/n``,
    ``q`` by ``1 - p``), each definition written in the same notation as the answers.

    A definition may use another (applied up to three deep); one that cannot be read raises
    ``SpecError`` (specs are checked when they load, so that is the spec's fault).
    """
    if not definitions:
        return parsed
    table = _definition_table(tuple(sorted(definitions.items())), roles)
    expr = parsed.expr
    for _ in range(3):
        new = expr.xreplace(table)
        if new == expr:
            break
        expr = new
    present = {s for s in expr.free_symbols}
    symbols = {role: fp.role_symbol(role) for role in roles.variables if fp.role_symbol(role) in present}
    symbols.update({role: sym for role, sym in parsed.role_symbols.items()
                    if sym in present and role not in symbols})
    scalings, averaged = _scalings_read_away(parsed.expr, table)
    averaged += _means_read_away(parsed.expr, table)
    return Parsed(expr, parsed.source, MappingProxyType(symbols), parsed.linear, parsed.problems, parsed.links,
                  parsed.cautions + scalings, parsed.averaged or "; ".join(averaged))


def _scalings_read_away(expr: sympy.Expr, table: dict[sympy.Symbol, sympy.Expr]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A symbol the definitions make a number (``n: 1``, to read a sum term by term) that scales the
    whole formula (``J(θ) = (1/m) Σ …`` with m: 1): the factor is lost in the comparison. Returns the
    cautions for a person, and apart the scalings by the count's reciprocal (an average over the sample)."""
    found, averaged = [], []
    for symbol, meaning in table.items():
        if not meaning.is_number or symbol not in expr.free_symbols:
            continue
        _, scaling = expr.as_independent(symbol, as_Add=False)
        if scaling != 1 and scaling.free_symbols == {symbol}:
            if not (scaling * symbol).free_symbols and (scaling * symbol).is_positive:
                averaged.append(f"the formula is divided by {symbol}, which this course's definitions read as "
                                f"{meaning} (a sum read term by term): it is an average over the sample")
                continue
            found.append(f"the formula is scaled by {scaling}, and this course's definitions read {symbol} as "
                         f"{meaning}: whether the factor belongs is not checked; check it by hand")
    return tuple(found), tuple(averaged)


def _means_read_away(expr: sympy.Expr, table: dict[sympy.Symbol, sympy.Expr]) -> tuple[str, ...]:
    """A symbol the definitions read as a role's own variable (``\\bar{x}: x``, beside ``n: 1``: a
    sum read term by term) stands for the sample's mean. A formula that holds the data only
    through it, and no count, is the per-observation one, an average over the sample (``ȳ log θ + …`` is the sum over n),
    which that reading cannot tell from the sum: a person checks it."""
    found = []
    counts = {symbol for symbol, meaning in table.items() if meaning.is_number}
    if counts & expr.free_symbols:
        return ()  # "n ȳ log θ + …": the mean times the count is the sum
    for symbol, meaning in table.items():
        if (isinstance(meaning, sympy.Symbol) and symbol in expr.free_symbols
                and meaning not in expr.free_symbols):
            found.append(f"the formula holds the data only through {symbol}, which this course's definitions "
                         f"read as {meaning} (one observation): {symbol} is a mean over the sample, so the "
                         f"formula is an average, not a sum")
    return tuple(found)


@lru_cache(maxsize=64)
def _definition_table(definitions: tuple[tuple[str, str], ...], roles: Roles) -> dict[sympy.Symbol, sympy.Expr]:
    table: dict[sympy.Symbol, sympy.Expr] = {}
    for name, meaning in definitions:
        try:
            key = _parse(name, roles).expr
        except FormulaParseError as error:
            raise SpecError(f"definition {name!r}: its symbol cannot be read: {error}") from None
        if not isinstance(key, sympy.Symbol):
            raise SpecError(f"definition {name!r}: the name must be one symbol (such as q or \\bar{{x}})")
        table[key] = _definition_value(name, meaning, roles)
    return table


def _definition_value(name: str, meaning: str, roles: Roles) -> sympy.Expr:
    try:
        return sympy.Rational(meaning.strip())
    except (TypeError, ValueError):
        pass
    try:
        return _parse(meaning, roles).expr
    except FormulaParseError as error:
        raise SpecError(f"definition {name!r}: {meaning!r} cannot be read: {error}") from None


# --------------------------------------------------------------------------------------------
# Constant expressions: "1 - (2/3)^2", "0.004/0.25" as exact values
# --------------------------------------------------------------------------------------------


# A number grouped in thousands by commas ("49,152", "1,228,800.5"), not a list's items ("1, 2") nor a decimal comma.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")


@lru_cache(maxsize=4096)
def constant_value(text: str) -> sympy.Rational | None:
    """The exact value of an arithmetic expression of numbers (``1 - (2/3)^2`` is 5/9), or None
    when ``text`` has a variable, a function without an exact value, or does not parse. Parsed by
    the same grammar as formulas (never evaluated as Python)."""
    if len(text) > 200:
        return None
    limits = fp.Limits()
    if "," in text:  # "4,800 + 49,152": numbers grouped in thousands are the numbers
        text = _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text)
    try:
        written = fp.strip_wrappers(fp.tokenize(fp.fold_unicode(text), limits))
        tokens = fp.cut_explanation(written)
        if len(tokens) + 1 < len(written) and written[len(tokens)].text == "," and written[len(tokens) + 1].kind == "num":
            return None  # "49,152 for the 1×1 mixing", "1,228,800": a number's grouping or a list, not its first part
        sides = [side for side in fp.split_sides(tokens) if side]
        if len(sides) != 1:
            return None
        if any(tok.kind == "atom" for tok in fp.group_atoms(sides[0], limits)):
            return None  # a variable, though a factor 0 would cancel it: "keep K0" is no 0
        expr = fp.parse_side(sides[0], fp.AliasTable({}), text, limits, set()).expr
    except (FormulaParseError, ValueError, TypeError, RecursionError):
        return None
    if expr.free_symbols or not expr.is_Rational:
        return None
    return expr
