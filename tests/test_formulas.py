"""grader.formulas: safe parsing of student formulas and equivalence by evaluation.

The worked example is GNR 638 Assignment 2, Q3: the Poisson negative log-likelihood
L(z, y) = z - y log z + log y!, graded up to terms without z and a positive factor.
"""

from __future__ import annotations

import builtins
import math
import os
import subprocess

import numpy as np
import pytest
import sympy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.errors import FormulaParseError, SpecError
from grader.formulas import (Comparison, Domain, Parsed, Roles, compare, parse_formula,
                             to_latex, to_mathml)

# --------------------------------------------------------------------------------------------
# The assignment's roles, domains and references
# --------------------------------------------------------------------------------------------

ROLES = Roles(
    variables={
        "rate": ["z", "\\lambda", "\\lambda_i", "\\mu", "\\hat{y}", "\\hat{y}_i", "y_pred", "y_{pred}", "ŷ",
                 "λ", "μ", "\\hat{\\lambda}"],
        "count": ["y", "y_i", "t", "k", "y_true", "y_{true}", "t_i"],
    },
    linear_predictors={
        "rate": ["\\theta^T x_i", "\\theta^T x", "\\theta^\\top x_i", "w^T x_i", "θᵀx_i",
                 "\\mathbf{w}^T\\mathbf{x}_i"],
    },
)
DOMAINS = {"rate": Domain("positive_real"), "count": Domain("nonnegative_integer")}
BINARY_DOMAINS = {"rate": Domain("unit_interval"), "count": Domain("nonnegative_integer", 0, 1)}
PARAMS = {"rate": "z", "count": "y"}  # role -> the reference's keyword

_lgamma = np.vectorize(math.lgamma, otypes=[float])


def poisson_nll(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    return z - y * np.log(z) + _lgamma(y + 1)


def squared_error(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    return (z - y) ** 2


def absolute_error(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.abs(z - y)


def binary_cross_entropy(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    return -(y * np.log(z) + (1 - y) * np.log(1 - z))


def check(text: str, reference=poisson_nll, domains=DOMAINS, **options) -> Comparison:
    parsed = parse_formula(text, ROLES)
    return compare(parsed, reference, wrt="rate", domains=domains, params=PARAMS, **options)


# --------------------------------------------------------------------------------------------
# The table: correct answers, known mistakes, wrong answers, unparseable text
# --------------------------------------------------------------------------------------------

CORRECT = [  # (text, expected positive factor or None for "any", expected link)
    pytest.param(r"z - y \log z + \log y!", 1.0, None, id="reference"),
    pytest.param(r"L(z, y) = z - y \cdot \log(z) + \log(y!)", 1.0, None, id="seed000-lhs"),
    pytest.param(r"\lambda - y\ln\lambda", 1.0, None, id="lambda-ln"),
    pytest.param(r"\hat{y} - y \cdot \log(\hat{y})", 1.0, None, id="yhat"),
    pytest.param("lambda - y.log(lambda) + log(y!)", 1.0, None, id="dot-before-a-function-multiplies"),
    pytest.param("lambda - y*np.log(lambda)", 1.0, None, id="a-librarys-name-is-no-factor"),
    pytest.param(r"\sum_i (\hat{y}_i - y_i \log \hat{y}_i)", 1.0, None, id="sum-yhat-i"),
    pytest.param(r"\frac{1}{N}\sum_{i=1}^{N} \left( \lambda_i - y_i \log \lambda_i \right)",
                 None, None, id="mean-over-N"),
    pytest.param(r"\sum \theta^T x_i - \sum y_i \log(\theta^T x_i) + \sum \log y_i!", 1.0,
                 "identity", id="seed001-identity-link"),
    pytest.param(r"\sum_i e^{\theta^T x_i} - y_i \theta^T x_i", 1.0, "log", id="log-link-sum"),
    pytest.param(r"\exp(\theta^T x) - y\,\theta^T x", 1.0, "log", id="log-link-exp"),
    pytest.param(r"2(y \log(y/\mu) - (y - \mu))", 2.0, None, id="deviance"),
    pytest.param(r"y_pred - y_true * log(y_pred)", 1.0, None, id="plain-text"),
    pytest.param("ŷ − y·ln ŷ + ln(y!)", 1.0, None, id="unicode"),
    pytest.param(r"\mu - y\log\mu + \log\Gamma(y+1)", 1.0, None, id="log-gamma"),
    pytest.param(r"-(y \log z - z)", 1.0, None, id="negated-bracket"),
    pytest.param(r"-\left[ y\log\lambda - \lambda - \log y! \right]", 1.0, None,
                 id="negated-left-right"),
    pytest.param(r"2z - 2y\log z", 2.0, None, id="factor-two"),
    pytest.param(r"\mathcal{L} = \sum_{i}\left(\mu_i - y_i\log\mu_i\right)", 1.0, None,
                 id="mathcal-lhs"),
    pytest.param(r"-\log\left(\frac{\lambda^y e^{-\lambda}}{y!}\right)", 1.0, None,
                 id="neg-log-pmf"),
    pytest.param(r"Poissonloss = \sum \theta^T x_i - \sum y_i \log(\theta^T x_i) + \sum \log y_i!",
                 1.0, "identity", id="seed001-verbatim"),
    pytest.param("θᵀxᵢ - y log(θᵀxᵢ)", 1.0, "identity", id="unicode-linear"),
    pytest.param(r"\frac{1}{N}\sum_i \left(\exp(\mathbf{w}^T\mathbf{x}_i)"
                 r" - y_i\,\mathbf{w}^T\mathbf{x}_i\right)", None, "log", id="bold-w-log-link"),
    pytest.param(r"$$\boxed{L = z - y\log z}$$", 1.0, None, id="boxed-display"),
    pytest.param(r"\begin{equation} z - y\log z. \end{equation}", 1.0, None, id="equation-env"),
    pytest.param(r"L = z - y\log z \quad\text{where } z > 0", 1.0, None, id="where-clause"),
    pytest.param("Loss: z - y log z", 1.0, None, id="colon-label"),
    # an arrow pointing back at the formula opens a remark on it
    pytest.param("L = z - y log z  ← this is the loss (log y! constant)", 1.0, None, id="arrow-back-remark"),
    pytest.param("L = z - y log z <-- the one I use", 1.0, None, id="ascii-arrow-back-remark"),
    # Markdown's bold around the formula (a power's stars have an operand on each side)
    pytest.param("L = **z - y log z**", 1.0, None, id="bold-formula"),
    # an explanation after a comma that holds a sign no grammar reads
    pytest.param("L = z - y log z, # of counts = y", 1.0, None, id="comma-then-unreadable-explanation"),
    # a remark in brackets at the end is no factor
    pytest.param("L = z - y log z (I hope)", 1.0, None, id="trailing-remark"),
    # a constant noted in a signed bracket at the end is added, not multiplied
    pytest.param("L = z - y log z (+ log y!)", 1.0, None, id="signed-bracket-added"),
    # a full stop ends the formula's sentence: what follows is the student's next sentence
    pytest.param("The loss: L = z - y log z. (I dropped log y!). It is convex.", 1.0, None, id="sentence-after"),
    pytest.param(r"L = z - y\log z\ (not\ fully\ sure)", 1.0, None, id="trailing-remark-latex-spaces"),
    pytest.param(r"NLL = -\log P(y|x) = z - y\log z + \log y!", 1.0, None, id="chain"),
    pytest.param("mean(z - y*log(z))", 1.0, None, id="mean-call"),
    pytest.param(r"\tfrac{1}{2} z - \dfrac{y}{2} \ln z", 0.5, None, id="tfrac-dfrac"),
    pytest.param(r"-\log \prod_i \frac{\lambda_i^{y_i} e^{-\lambda_i}}{y_i!}", 1.0, None,
                 id="neg-log-prod"),
    pytest.param(r"\lambda_i - t_i \log\lambda_i", 1.0, None, id="t-count"),
    # A PDF's text layer or plain typing runs an index on: "yi" is y_i, "ŷi" is ŷ_i, "λi" is λ_i.
    pytest.param("Σ ( ŷi − yi log ŷi + log yi! )", 1.0, None, id="indices-run-on"),
    pytest.param("Σ ( λi − yi log λi )", 1.0, None, id="greek-index-run-on"),
    pytest.param("Σi [ exp(w^{T}xi) − yi w^{T}xi ]", 1.0, "log", id="linear-index-run-on"),
    # ... or set flat with a space, the sum's index too: "Σ i [ λ i − y i ln λ i ]"
    pytest.param("Σ i [ λ i − y i ln λ i + ln(y i !) ]", 1.0, None, id="indices-set-flat-with-a-space"),
]


@pytest.mark.parametrize(("text", "factor", "link"), CORRECT)
def test_correct_poisson_losses_are_equivalent(text: str, factor: float | None, link: str | None):
    result = check(text)
    assert result.equivalent, result.reason
    assert result.factor is not None and result.factor > 0
    if factor is not None:
        assert result.factor == pytest.approx(factor, rel=1e-6)
    assert result.link == link
    assert result.counterexample is None and result.reason.startswith("equivalent")


KNOWN_MISTAKES = [  # (text, the reference it does match, domains for that reference)
    pytest.param(r"(z - y)^2", squared_error, DOMAINS, id="mse"),
    pytest.param(r"\frac{1}{n}\sum (y_i - \hat{y}_i)^2", squared_error, DOMAINS, id="mse-mean"),
    pytest.param(r"w_i (\hat{y}_i - y_i)^2", squared_error, DOMAINS, id="weighted-mse"),
    pytest.param(r"\frac{1}{2}(y - \hat{y})^2", squared_error, DOMAINS, id="half-mse"),
    pytest.param(r"|z - y|", absolute_error, DOMAINS, id="absolute"),
    pytest.param(r"-(y\log z + (1-y)\log(1-z))", binary_cross_entropy, BINARY_DOMAINS,
                 id="bce"),
]


@pytest.mark.parametrize(("text", "other", "domains"), KNOWN_MISTAKES)
def test_known_mistakes_match_their_own_reference_not_poisson(text, other, domains):
    assert not check(text).equivalent
    matched = check(text, reference=other, domains=domains)
    assert matched.equivalent, matched.reason
    assert matched.factor > 0


@pytest.mark.parametrize("text", [
    pytest.param(r"y\log z - z", id="log-likelihood"),
    pytest.param(r"-\sum \theta^T x_i + \sum y_i \log(\theta^T x_i) - \sum \log y_i!",
                 id="seed001-log-likelihood"),
    pytest.param(r"y \theta^T x_i - e^{\theta^T x_i}", id="log-likelihood-log-link"),
])
def test_log_likelihood_is_negated_with_a_negative_factor(text: str):
    result = check(text)
    assert not result.equivalent
    assert result.factor == pytest.approx(-1.0, rel=1e-6)
    assert result.reason.startswith("negated")
    assert result.counterexample is not None


INCORRECT = [
    pytest.param(r"y - z\log y", id="roles-swapped"),
    pytest.param(r"z + y\log z", id="sign-slip"),
    pytest.param(r"\lambda^2 - y\log\lambda", id="squared-rate"),
    pytest.param(r"z - \log z", id="no-count"),
    pytest.param(r"z - y", id="linear"),
    pytest.param(r"\log z - y z", id="log-and-product-swapped"),
    pytest.param(r"z - y\log_{10} z", id="log-base-10"),
    pytest.param(r"\sqrt{z} - y", id="sqrt"),
    pytest.param(r"z - y \log z + \lambda", id="rate-twice"),
    pytest.param(r"\sigma(\theta^T x) - y\log\sigma(\theta^T x)", id="sigmoid-rate"),
    pytest.param(r"\frac{e^{-\theta^T x_i} (\theta^T x_i)^{y_i}}{y_i!}", id="pmf-not-loss"),
]


@pytest.mark.parametrize("text", INCORRECT)
def test_incorrect_losses_are_not_equivalent_and_show_where(text: str):
    result = check(text)
    assert not result.equivalent
    assert result.factor is None or result.factor < 0
    assert result.counterexample is not None
    assert set(result.counterexample) == {"rate", "count"}
    assert result.student_value != pytest.approx(result.reference_value, nan_ok=True)
    assert result.reason.startswith("not equivalent")


UNPARSEABLE = [
    pytest.param(r"\frac{z}{", id="unclosed-frac"),
    pytest.param(r"z - y \log", id="log-without-argument"),
    pytest.param("", id="empty"),
    pytest.param("  $$ $$ ", id="blank-display"),
    pytest.param("z - y\\log z + " * 7000, id="100kB"),
    pytest.param("(" * 10_000 + "z" + ")" * 10_000, id="deep-nesting"),
    pytest.param("__import__('os').system('touch /tmp/PWNED_x')", id="python-import"),
    pytest.param('exec("import os")', id="exec"),
    pytest.param("lambda: 0", id="python-lambda"),
    pytest.param("return np.sum(y*np.log(z) - z)", id="a-programs-return-line"),
    pytest.param("{{7*7}}", id="template-injection"),
    pytest.param("eval(z)", id="eval-call"),
    pytest.param("z - softplus(y)", id="unknown-function"),
    pytest.param(r"z^{101}", id="exponent-too-large"),
    pytest.param(r"10^{10^{10}}", id="tower"),
    pytest.param(r"\Gamma(1000)", id="huge-gamma"),
    pytest.param("1/0 + z", id="division-by-zero"),
    pytest.param("L = 3", id="no-variables"),
    pytest.param(r"\int z\,dz", id="integral"),
    pytest.param(r"\begin{bmatrix} z \end{bmatrix}", id="matrix"),
    pytest.param(r"z - y \log z)", id="unmatched-bracket"),
    pytest.param(r"z \le y", id="relation"),
]


@pytest.mark.parametrize("text", UNPARSEABLE)
def test_unparseable_text_raises_a_short_formula_parse_error(text: str):
    with pytest.raises(FormulaParseError) as caught:
        parse_formula(text, ROLES)
    message = str(caught.value)
    # One short line: what was wrong, and at most ~60 characters of the input.
    assert "\n" not in message and len(message) <= 150


# --------------------------------------------------------------------------------------------
# Limits
# --------------------------------------------------------------------------------------------


def test_length_limit_is_checked_first_and_can_be_raised():
    with pytest.raises(FormulaParseError, match="formula too long"):
        parse_formula("z" + " " * 2000, ROLES)
    assert parse_formula("z" + " " * 2000 + "- y log z", ROLES, max_chars=5000).role_symbols


def test_deep_nesting_is_rejected_even_when_length_is_allowed():
    text = "(" * 10_000 + "z" + ")" * 10_000
    with pytest.raises(FormulaParseError, match="nested too deeply"):
        parse_formula(text, ROLES, max_chars=10**6)


@pytest.mark.parametrize("text", [
    pytest.param("-" * 1999 + "z", id="minus-chain"),
    pytest.param("\\hat" * 400 + " z", id="hat-chain"),
    pytest.param("\\log " * 300 + "z", id="log-chain"),
    pytest.param("z^" * 600 + "z", id="power-tower"),
    pytest.param("|" * 1999, id="bars"),
    pytest.param("+".join(["z"] * 999), id="many-terms"),
    pytest.param("ŷ" * 1999, id="unicode-flood"),
])
def test_pathological_input_raises_instead_of_recursing(text: str):
    with pytest.raises(FormulaParseError):
        parse_formula(text, ROLES)


def test_a_huge_input_with_a_raised_limit_stops_at_the_token_cap():
    with pytest.raises(FormulaParseError, match="too large"):
        parse_formula("z - y\\log z + " * 7000, ROLES, max_chars=10**6)


# --------------------------------------------------------------------------------------------
# Safety: nothing the student wrote is ever run
# --------------------------------------------------------------------------------------------

HOSTILE = [
    "__import__('os').system('touch {marker}')",
    "__import__(os).system(touch {marker})",
    'exec("open(\'{marker}\', \'w\')")',
    "eval(open({marker}))",
    "os.system(touch {marker})",
    "z + __import__",
    "{{{{7*7}}}} {marker}",
    "${{open('{marker}','w')}}",
    "\\text{{__import__('os').system('touch {marker}')}} + z",
    "z - y \\log z \\quad \\text{{; import os; os.system('touch {marker}')}}",
    "lambda: open('{marker}', 'w')",
    "getattr(__builtins__, 'exec')('x')",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_is_never_executed(payload: str, tmp_path, monkeypatch):
    marker = tmp_path / "PWNED"
    text = payload.format(marker=marker)
    calls: list[str] = []

    def spy(name, real):
        def wrapper(*args, **kwargs):
            if any("PWNED" in str(a) or "import" in str(a) for a in args):
                calls.append(name)
            return real(*args, **kwargs)
        return wrapper

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, spy(name, getattr(builtins, name)))
    monkeypatch.setattr(os, "system", lambda *a: calls.append("os.system") or 0)
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append("Popen"))
    monkeypatch.setattr(sympy, "sympify", lambda *a, **k: calls.append("sympify"))
    try:
        parsed = parse_formula(text, ROLES)
    except FormulaParseError:
        parsed = None
    if parsed is not None:  # parsed as text: only symbols, no calls
        compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS)
    assert not marker.exists()
    assert calls == []


def test_a_student_symbol_named_like_python_is_just_a_symbol():
    parsed = parse_formula(r"z - y \log z + \text{__import__}", ROLES)
    names = {s.name for s in parsed.expr.free_symbols}
    assert "__import__" in names
    assert all(isinstance(s, sympy.Symbol) for s in parsed.expr.free_symbols)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    list("zyλμŷ+-−*/^_!()[]{}|=:,.0123456789 ²ᵀᵢ·√∑")
    + ["\\log", "\\frac", "\\sqrt", "\\sum_i", "\\left(", "\\right)", "\\hat{y}", "\\theta^T x_i",
       "e^", "\\Gamma", "\\text{where}", "\\prod", "log", "exp", "\\boxed{", "\\quad", "w_i"]),
    max_size=40).map("".join))
def test_any_text_parses_or_raises_formula_parse_error(text: str):
    try:
        parsed = parse_formula(text, ROLES)
    except FormulaParseError:
        return
    assert isinstance(parsed, Parsed) and parsed.expr.free_symbols
    if "rate" in parsed.role_symbols:
        result = compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS,
                         points=8)
        assert isinstance(result.equivalent, bool)


# --------------------------------------------------------------------------------------------
# Roles, links, sums
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    r"\theta^T x_i", r"\theta^{T} x_{i}", "θᵀxᵢ", "theta^T x_i", r"\theta^\top x_i",
    r"\mathbf{w}^T\mathbf{x}_i", r"\theta^T \cdot x_i", r"w^{\top} x_{i}",
    "θ⊤x_{i}", "θ^{⊤}x_{i}",   # a PDF text layer's transpose sign, inline or raised
])
def test_linear_predictor_spellings_meet_as_one_symbol(text: str):
    parsed = parse_formula(f"e^{{{text}}} - y {text}", ROLES)
    assert parsed.linear == frozenset({"rate"})
    assert parsed.role_symbols["rate"] == sympy.Symbol("eta_rate", real=True)
    assert parsed.expr.free_symbols == {sympy.Symbol("eta_rate", real=True),
                                        sympy.Symbol("count", real=True)}


@pytest.mark.parametrize(("text", "role"), [
    ("z", "rate"), ("\\lambda_i", "rate"), ("\\hat{y}_i", "rate"), ("\\hat{y_i}", "rate"),
    ("\\widehat{y}", "rate"), ("y_{pred}", "rate"), ("y_pred", "rate"), ("ŷᵢ", "rate"),
    ("\\hat{\\lambda}", "rate"), ("μ", "rate"), ("y", "count"), ("y_{i}", "count"),
    ("y_true", "count"), ("y_{\\text{true}}", "count"), ("t_i", "count"), ("k", "count"),
])
def test_role_spellings_and_index_subscripts(text: str, role: str):
    parsed = parse_formula(f"2 {text}", ROLES)
    assert parsed.expr == 2 * sympy.Symbol(role, real=True)


def test_other_names_are_positive_constants():
    parsed = parse_formula(r"w_i (\hat{y}_i - y_i)^2 / N", ROLES)
    others = parsed.expr.free_symbols - {sympy.Symbol("rate", real=True),
                                          sympy.Symbol("count", real=True)}
    assert {s.name for s in others} == {"w_i", "N"}
    assert all(s.is_positive for s in others)


def test_a_spelling_listed_for_two_roles_is_reported_not_guessed():
    roles = Roles(variables={"rate": ["z", "y"], "count": ["y"]})
    parsed = parse_formula(r"z - y \log z", roles)
    assert "count" not in parsed.role_symbols
    assert any("ambiguous" in p and "'y'" in p for p in parsed.problems)


def test_a_formula_with_no_role_is_reported():
    parsed = parse_formula(r"a - b \log a", ROLES)
    assert parsed.role_symbols == {}
    assert any("no role variable" in p for p in parsed.problems)
    result = compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS)
    assert not result.equivalent and "does not depend on rate" in result.reason


def test_a_missing_role_is_noted():
    parsed = parse_formula(r"z - \log z", ROLES)
    assert any("'count'" in p for p in parsed.problems)


def test_a_product_is_parsed_and_flagged():
    parsed = parse_formula(r"\prod_i \frac{\lambda_i^{y_i} e^{-\lambda_i}}{y_i!}", ROLES)
    assert any("likelihood" in p for p in parsed.problems)
    assert not compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS).equivalent


def test_sums_become_their_summand_and_keep_one_over_n():
    rate, count = sympy.Symbol("rate", real=True), sympy.Symbol("count", real=True)
    n = sympy.Symbol("N", positive=True)
    assert parse_formula(r"\sum_{i=1}^{n} z_i - \sum_i y_i \log z_i", ROLES).expr == \
        rate - count * sympy.log(rate)
    assert parse_formula(r"\frac{1}{N}\sum_i (z_i - y_i \log z_i)", ROLES).expr == \
        (rate - count * sympy.log(rate)) / n


VECTOR_ROLES = Roles(variables={"prob": ["p_k", "p_i", "p_j", "p", "ŷ_k"], "target": ["y_k", "y_i", "y_j", "y"]},
                     totals={"target": 1, "prob": 1})
# A role summed alone over another index than the formula's own terms carry is a total over that
# index, the spec's `totals`; summed over the formula's own index (every term summed), the per-sample term.
SUMS_OVER_ANOTHER_INDEX = [  # (text, the expression read)
    (r"-y_k + p_k \sum_j y_j", "prob - target"),
    (r"\frac{\partial L}{\partial z_k} = -\sum_j y_j(\delta_{jk} - p_k) = -y_k + p_k \sum_{j} y_j", "prob - target"),
    ("∂L/∂z_k = −yₖ + pₖ·Σᵢ yᵢ", "prob - target"),
    (r"p_k \sum_{i=1}^{K} y_i - y_k", "prob - target"),
    (r"-y_k \sum_j p_j + p_k", "prob - target"),
    (r"\sum_i p_i - \sum_i y_i", "prob - target"),  # every index summed: the per-sample term, as before
    (r"\sum_k (p_k - y_k)", "prob - target"),
]


@pytest.mark.parametrize(("text", "expr"), SUMS_OVER_ANOTHER_INDEX)
def test_a_role_summed_over_another_index_is_its_total(text: str, expr: str):
    parsed = parse_formula(text, VECTOR_ROLES)
    assert str(parsed.expr) == expr
    assert not parsed.problems


# A sentence that leads to an equation, its connectives before the first "=", is no explanation
# after the formula; an explanation after it still ends it ("because", "where").
IN_A_SENTENCE = [  # (text, the expression read)
    ("the two factors of p cancel and the gradient is ∂L/∂z_k = p_k − y_k.", "prob - target"),
    ("since both sums run over the classes and p sums to one we get ∂L/∂z_k = p_k − y_k", "prob - target"),
    ("∂L/∂z_k = p_k − y_k because the Σ y_i = 1.", "prob - target"),
    ("if we differentiate and simplify we get dL/dz_k = p_k - y_k where y is one-hot", "prob - target"),
]


# A logarithm run on to a one-letter argument ("lnp", "logq"), as an equation editor's text leaves it, is
# the logarithm of that letter; a word that holds the letters is no logarithm.
GLUED_LOGS = [
    ("x_{i}lnp + (1-x_{i})ln(1-p)", "log(rate)*count + (1 - count)*log(1 - rate)"),
    ("y logz - z", "count*log(rate) - rate"),
    ("z−ylogz+logy!", "z - count*log(rate) + log(y!)"),
]


@pytest.mark.parametrize(("text", "expr"), GLUED_LOGS)
def test_a_logarithm_run_on_to_its_letter_is_a_logarithm(text: str, expr: str):
    roles = Roles(variables={"rate": ["p", "z"], "count": ["x_i", "y"]})
    assert str(parse_formula(text, roles).expr) == str(parse_formula(expr.replace("rate", "p").replace("count", "y"), roles).expr)


# A transpose's superscript T that a PDF's text runs on to the vector ("e^{θTxi}", "wTx") is θ^T x_i.
FLAT_TRANSPOSES = [
    ("e^{θTxi} − y_{i} θ^{T} x_{i}", "e^{θ^{T} x_{i}} − y_{i} θ^{T} x_{i}"),
    ("exp(wTx) - y wTx", "exp(w^T x) - y w^T x"),
    ("\\beta Tx_i", "\\beta^{T} x_i"),
]


@pytest.mark.parametrize(("text", "same_as"), FLAT_TRANSPOSES)
def test_a_transpose_run_on_to_its_vector_is_a_product(text: str, same_as: str):
    roles = Roles(variables={"rate": ["λ"], "count": ["y", "y_i"]})
    assert parse_formula(text, roles).expr == parse_formula(same_as, roles).expr


# A displayed 1/n before a sum that a PDF's text flattens to "1 n ∑" is the fraction; another number before
# a letter is left a product, and a 1 inside a word's or a number's run is no numerator.
FLAT_FRACTIONS = [
    ("1 n ∑_{n i=1} x_{i}", "(1/n) \\sum_{i=1}^{n} x_{i}", True),
    ("-1 N Σ_i x_i", "-(1/N) \\sum_i x_i", True),
    ("(1 n \\sum x_i)", "((1/n) \\sum x_i)", True),
    ("2 n ∑ x_i", "2 n \\sum x_i", True),
    ("2 n ∑ x_i", "(2/n) \\sum x_i", False),
    ("11 n ∑ x_i", "1 (1/n) \\sum x_i", False),
    ("x_1 n ∑ x_i", "x_1 n \\sum x_i", True),
]


@pytest.mark.parametrize(("text", "other", "same"), FLAT_FRACTIONS)
def test_a_flattened_one_over_a_letter_before_a_sum_is_the_fraction(text: str, other: str, same: bool):
    roles = Roles(variables={"total": ["x_i", "x_{i}"], "count": ["n", "N"]})
    assert (parse_formula(text, roles).expr == parse_formula(other, roles).expr) is same


# A letter exponent typed with Unicode's modifier letters ("pˣⁱ", "θᵏ") is the exponent, as "¹⁻" is.
MODIFIER_EXPONENTS = [
    ("log(pˣⁱ (1 − p)¹⁻ˣⁱ)", "log(p^{xi} (1 - p)^{1-xi})"),
    ("θᵏ + yʲ", "θ^{k} + y^{j}"),
    # (and Word's linear format's mark between a sum's limits and its body)
    ("∑_(i=1)^n▒[y ln p]", "\\sum_{i=1}^{n} [y ln p]"),
]


@pytest.mark.parametrize(("text", "same_as"), MODIFIER_EXPONENTS)
def test_a_modifier_letter_is_a_letter_exponent(text: str, same_as: str):
    roles = Roles(variables={"rate": ["p", "θ"], "count": ["y", "xi"]})
    assert parse_formula(text, roles).expr == parse_formula(same_as, roles).expr


def test_an_overline_after_a_letter_is_its_bar():
    # Word's equations leave "x‾" (U+203E after the letter) in a PDF's or docx's text: x̄
    roles = Roles(variables={"rate": ["p"]})
    assert parse_formula("x‾", roles).expr == parse_formula("\\bar{x}", roles).expr


def test_a_word_that_holds_log_is_no_logarithm():
    roles = Roles(variables={"rate": ["p"]})
    assert "catalog" in str(parse_formula("catalog p", roles).expr)


@pytest.mark.parametrize(("text", "expr"), IN_A_SENTENCE)
def test_a_formula_in_a_sentence_is_read_from_its_equation(text: str, expr: str):
    assert str(parse_formula(text, VECTOR_ROLES).expr) == expr


def test_a_sum_over_another_index_without_a_total_is_read_as_its_term_with_a_note():
    roles = Roles(variables={"prob": ["p_k", "p_j"], "target": ["y_k", "y_j"]})
    parsed = parse_formula(r"-y_k + p_k \sum_j y_j", roles)
    assert str(parsed.expr) == "prob*target - target"
    assert any("sum over j" in p and "check it by hand" in p for p in parsed.problems)
    assert not parse_formula(r"\sum_j p_j - \sum_j y_j", roles).problems


def test_an_unbracketed_scaled_sum_is_read_as_written_with_a_note():
    parsed = parse_formula(r"-\sum_i y_i\log z_i + z_i", ROLES)
    assert any("\\sum" in p for p in parsed.problems)
    assert check(r"-\sum_i y_i\log z_i + z_i").equivalent
    assert not parse_formula(r"-\sum_i y_i\log z_i + \sum_i z_i", ROLES).problems


def test_the_seed_wmse_parses_and_has_no_roles():
    text = (r"$$WMSE = \frac{1}{n} \frac{\sum_{i=1}^n \text{weights}_i"
            r" (\widehat{\text{predicted}_i} - \text{actual}_i)^2}"
            r"{\sum_{i=1}^n \text{weights}_i}$$")
    parsed = parse_formula(text, ROLES)
    assert parsed.role_symbols == {}
    assert {s.name for s in parsed.expr.free_symbols} >= {"predictedhat_i", "actual_i"}


def test_roles_reject_unknown_links_and_bad_names():
    with pytest.raises(SpecError):
        Roles(variables={"rate": ["z"]}, links=("logit",))
    with pytest.raises(SpecError):
        Roles(variables={"the rate": ["z"]})


def test_only_allowed_links_are_tried():
    roles = Roles(variables=ROLES.variables, linear_predictors=ROLES.linear_predictors,
                  links=("identity",))
    parsed = parse_formula(r"\exp(\theta^T x) - y\,\theta^T x", roles)
    result = compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS)
    assert not result.equivalent and result.link == "identity"


# --------------------------------------------------------------------------------------------
# compare: options, NaN, determinism, the reference's keywords
# --------------------------------------------------------------------------------------------


def test_values_matter_when_constants_must_match():
    assert check(r"z - y\log z + \log y!", up_to_constant=False).equivalent
    dropped = check(r"z - y\log z", up_to_constant=False)
    assert not dropped.equivalent and dropped.reason.startswith("not equivalent: at")


def test_a_factor_other_than_one_fails_when_factors_are_not_free():
    result = check(r"2z - 2y\log z", up_to_positive_factor=False)
    assert not result.equivalent
    assert result.factor == pytest.approx(2.0)
    assert "factor must be 1" in result.reason


def test_nan_where_the_reference_is_finite_is_a_disagreement():
    result = check(r"z - y \log z + \sqrt{-z}")
    assert not result.equivalent
    assert math.isnan(result.student_value) and math.isfinite(result.reference_value)


def test_comparison_is_deterministic_per_seed():
    first, again = check("z - y"), check("z - y")
    assert first == again
    assert check("z - y", seed=1).counterexample != first.counterexample


def test_reference_keywords_default_to_role_names():
    def nll(rate, count):
        return poisson_nll(rate, count)
    parsed = parse_formula(r"z - y\log z", ROLES)
    assert compare(parsed, nll, wrt="rate", domains=DOMAINS).equivalent


def test_compare_rejects_a_role_without_domain():
    parsed = parse_formula(r"z - y\log z", ROLES)
    with pytest.raises(ValueError, match="count"):
        compare(parsed, poisson_nll, wrt="rate", domains={"rate": Domain()}, params=PARAMS)


@pytest.mark.parametrize("kind", ["positive_real", "nonnegative_integer", "real", "unit_interval"])
def test_domains_sample_inside_their_bounds(kind: str):
    domain = Domain(kind)
    values = domain.sample(np.random.default_rng(0), 200)
    low, high = domain.bounds
    assert values.min() >= low and values.max() <= high
    if kind == "nonnegative_integer":
        assert np.all(values == np.round(values))


def test_domain_validation():
    with pytest.raises(ValueError):
        Domain("complex")
    with pytest.raises(ValueError):
        Domain("positive_real", low=0.0)
    with pytest.raises(ValueError):
        Domain("unit_interval", 0.0, 1.0)


# --------------------------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------------------------


def test_to_mathml_is_wrapped_presentation_mathml():
    out = to_mathml(parse_formula(r"z - y\log z", ROLES).expr)
    assert out.startswith('<math xmlns="http://www.w3.org/1998/Math/MathML">')
    assert out.endswith("</math>") and "<mi>" in out


def test_to_latex_can_rename_roles_for_display():
    expr = parse_formula(r"\lambda - y\log\lambda", ROLES).expr
    assert to_latex(expr, {"rate": "z", "count": "y"}) == r"- y \log{\left(z \right)} + z"


def test_mathml_escapes_names_that_come_from_student_text():
    from grader.formulas import to_mathml

    parsed = parse_formula(r"\text{<script>alert(1)</script>} + z - y \log z", ROLES)
    html = to_mathml(parsed.expr, {"rate": "z", "count": "y"})
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mi>z</mi>" in html and "<mi>y</mi>" in html


# --------------------------------------------------------------------------- issue 12: beyond losses

from fractions import Fraction as _Fraction  # noqa: E402

from grader.formulas import apply_definitions, constant_value  # noqa: E402

CONSTANTS = [
    ("1 - (5/6)^3", _Fraction(91, 216)),
    ("1 − 125/216", _Fraction(91, 216)),
    (r"\frac{216-125}{216}", _Fraction(91, 216)),
    ("0.0095/0.1085", _Fraction(19, 217)),
    (r"3 \cdot 0.49", _Fraction(147, 100)),
    ("9(0.49)", _Fraction(441, 100)),
    ("1 - P(no six)", None),
    ("x + 1", None),
    ("1 = 2", None),
    # a number grouped in thousands is no expression whose first group is its value
    ("1,228,800", _Fraction(1228800)),
    ("4,800 + 49,152", _Fraction(53952)),
    ("49,152 for the 1×1 mixing", _Fraction(49152)),
    ("0,25 + 1", None),  # (a decimal comma is no grouping)
    ("2/3, which is small", _Fraction(2, 3)),
    # a variable times 0 is still a variable: no sentence's "H0" is a value 0
    ("fail to reject H0", None),
    ("0 x", None),
    ("x \\cdot 0 + 1", None),
]


@pytest.mark.parametrize("text,value", CONSTANTS, ids=[c[0] for c in CONSTANTS])
def test_constant_expressions_are_exact_values(text, value):
    got = constant_value(text)
    assert (None if got is None else _Fraction(int(got.p), int(got.q))) == value


def test_declared_functions_may_appear_in_spellings_and_nowhere_else():
    roles = Roles(variables={"prob": ["p_k", "softmax(z)_k", r"\sigma(z)_k"], "target": ["y_k"]},
                  functions=["softmax", "sigma"])
    assert str(parse_formula("softmax(z)_k - y_k", roles).expr) == "prob - target"
    assert str(parse_formula("σ(z)_k − y_k", roles).expr) == "prob - target"
    with pytest.raises(FormulaParseError):
        parse_formula("softmax(x) - y_k", roles)


def test_definitions_replace_a_course_symbols():
    roles = Roles(variables={"total": ["x_i", "k"], "count": ["n"]})
    for text in (r"\hat p = \bar{x}", r"\frac{1}{n}\sum_{i=1}^n x_i", "k/n"):
        parsed = apply_definitions(parse_formula(text, roles), {r"\bar{x}": "k/n"}, roles)
        assert str(parsed.expr) == "total/count", text


def test_a_binomial_coefficient_is_a_constant_of_the_log_likelihood():
    roles = Roles(variables={"p": ["p"], "x": ["k", "x_i"]})
    parsed = apply_definitions(parse_formula(r"\log\binom{n}{k} + k\log p + (n-k)\log(1-p)", roles), {"n": "1"},
                               roles)
    result = compare(parsed, lambda p, x: x * np.log(p) + (1 - x) * np.log(1 - p), wrt="p",
                     domains={"p": Domain("unit_interval", 0.05, 0.95), "x": Domain("nonnegative_integer", 0, 1)},
                     up_to_constant=True, up_to_positive_factor=False)
    assert result.equivalent, result.reason


@pytest.mark.parametrize("subject, says, never", [
    ("loss", "not the loss", None),
    ("log-likelihood", "the opposite sign of the log-likelihood", "loss"),
    ("estimator", "the opposite sign of the estimator", "loss"),
])
def test_a_negated_answer_is_worded_by_what_the_part_asks(subject, says, never):
    result = check(r"y\log z - z", subject=subject)
    assert says in result.reason
    assert never is None or never not in result.reason


#: (formula, whether it is scaled by n, which the definitions read as 1, whether it is an average over the
#: sample): the scaling is lost in the comparison, so a person checks it; divided by n, or in the mean alone,
#: it is the average (a spec's ``averaged`` mistake grades it); an n inside the sum's terms is read as it should be.
SCALED_BY_A_DEFINED_NUMBER = [
    (r"\frac{1}{n}\sum_{i=1}^n \left[x_i \log p + (1 - x_i)\log(1-p)\right]", False, True),
    (r"n\left[\bar{x}\log p + (1-\bar{x})\log(1-p)\right]", True, False),
    (r"\sum_i x_i \log p + (n - \sum_i x_i)\log(1-p)", False, False),
    (r"\log\binom{n}{k} + k\log p + (n-k)\log(1-p)", False, False),
    # a formula in the mean alone is the per-observation average, which x̄ read as x cannot tell
    (r"\bar{x}\log p + (1-\bar{x})\log(1-p)", False, True),
    (r"\bar x \ln p + (1 - \bar x)\ln(1 - p)", False, True),
    (r"x\log p + (1-x)\log(1-p)", False, False),          # one observation, written as such
    (r"n\bar{x}\log p + n(1-\bar{x})\log(1-p)", False, False),  # the mean times the count is the sum
    (r"-\frac{1}{n}\sum_i \left[x_i \log p + (1 - x_i)\log(1-p)\right]", False, True),  # negated, an average too
]


@pytest.mark.parametrize("text, scaled, averaged", SCALED_BY_A_DEFINED_NUMBER)
def test_a_scaling_the_definitions_read_away_is_a_caution_or_an_average(text, scaled, averaged):
    roles = Roles(variables={"p": ["p"], "x": ["x_i", "k", "x"]})
    parsed = apply_definitions(parse_formula(text, roles), {"n": "1", r"\bar{x}": "x"}, roles)
    assert bool(parsed.cautions) == scaled and bool(parsed.averaged) == averaged, (parsed.cautions, parsed.averaged)


#: A likelihood as students type it: "p^x_i" is p to the power x_i, in plain text and Unicode alike.
@pytest.mark.parametrize("text", [
    "L(p) = ∏ p^x_i (1 − p)^(1 − x_i)",
    "4(a) L(p) = prod_i p^x_i (1 - p)^(1 - x_i)",
    "L(p) = ∏ᵢ p^xᵢ (1 − p)^(1 − xᵢ)",
])
def test_a_power_with_a_subscripted_exponent_is_read_whole(text):
    roles = Roles(variables={"p": ["p"], "x": ["x_i", "x"]})
    parsed = parse_formula(text, roles)
    p, x = sympy.Symbol("p", real=True), sympy.Symbol("x", real=True)
    assert sympy.simplify(parsed.expr - p ** x * (1 - p) ** (1 - x)) == 0


def test_the_name_of_a_formula_is_no_formula_when_what_follows_it_does_not_parse():
    roles = Roles(variables={"p": ["p"], "x": ["x_i", "x"]})
    with pytest.raises(FormulaParseError):
        parse_formula("L(p) = ∏ p^ (1 − p", roles)   # never read as L·p


#: A role spelled with a braced index of two or three characters is read typed without its braces
#: ("δ_kc" is \delta_{kc}), as plain text and Unicode write it.
@pytest.mark.parametrize("text", [r"p_k - \delta_{kc}", "p_k - δ_{kc}", "p_k − δ_kc", "p_k - \\delta_kc"])
def test_a_braced_index_is_read_without_its_braces(text):
    roles = Roles(variables={"prob": ["p_k"], "target": ["y_k", "\\delta_{kc}"]})
    parsed = parse_formula(text, roles)
    prob, target = parsed.role_symbols["prob"], parsed.role_symbols["target"]
    assert sympy.simplify(parsed.expr - (prob - target)) == 0, parsed.expr


#: (text): a word that spells a role ("mean" for a Poisson rate) and opens a bracket is the mean over
#: what the bracket holds, not the role times the bracket.
MEAN_SPELLS_A_ROLE = Roles(variables={**ROLES.variables, "rate": [*ROLES.variables["rate"], "mean", "rate"]},
                           linear_predictors=ROLES.linear_predictors)


@pytest.mark.parametrize("text", ["mean(z - y*log(z))", "mean(yhat - y*log(yhat))".replace("yhat", "ŷ"),
                                  r"\operatorname{mean}\left(z - y\log z\right)"])
def test_a_mean_over_a_bracket_is_no_role_though_the_word_spells_one(text):
    parsed = parse_formula(text, MEAN_SPELLS_A_ROLE)
    assert compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS).equivalent, parsed.expr


def test_the_word_alone_still_spells_its_role():
    parsed = parse_formula("mean - y log(mean)", MEAN_SPELLS_A_ROLE)
    assert compare(parsed, poisson_nll, wrt="rate", domains=DOMAINS, params=PARAMS).equivalent, parsed.expr


#: (a formula stated in a sentence, the text graded): the words before its verb, and the plain words
#: that open what it is said to be, are no factors; a sentence whose words name a role stays as it is.
PROSE_CLAIMS = [
    ("so the Poisson loss is z - y log z", True),
    ("the loss we minimise equals the mean z - y log z", True),
    ("thus our final answer becomes \\lambda - y \\ln \\lambda", True),
    ("the loss for each z is z - y log z", False),  # a role among the words: read as written, unsure
]


@pytest.mark.parametrize("text,equivalent", PROSE_CLAIMS)
def test_a_formula_stated_in_a_sentence_is_read_without_its_words(text, equivalent):
    assert check(text).equivalent is equivalent, parse_formula(text, ROLES).expr


#: (text, read as the reference): a sign no grammar reads in a chain's working leaves its last side,
#: which concludes it, to be read, when that side names every role; a definition after it does not.
UNREADABLE_WORKING = [
    ("L = −⊮[k = c] z + … = z - y log z", True),
    ("L = z - y log z ⊮, so ⊮ = y", False),
]


@pytest.mark.parametrize("text,reads", UNREADABLE_WORKING)
def test_a_chain_with_unreadable_working_is_read_at_its_conclusion(text, reads):
    if reads:
        assert check(text).equivalent
    else:
        with pytest.raises(FormulaParseError):
            parse_formula(text, ROLES)


#: (text): what a PDF or a keyboard writes for the Greek letter, and an aside cut open by the statement
#: it stood in, read as the formula they hold.
WRITTEN_AROUND = [
    "µ − y log µ",               # the micro sign U+00B5, not the Greek mu U+03BC
    "z - y log z  (z",           # "(z = predicted rate)" cut at its "=": the aside is no term
    "\\lambda - y \\log\\lambda (where \\lambda",
]


@pytest.mark.parametrize("text", WRITTEN_AROUND)
def test_a_formula_written_around_is_read(text):
    assert check(text).equivalent, parse_formula(text, ROLES).expr


def test_a_symbol_with_its_index_run_on_before_a_bracket_multiplies_it():
    """"pk(1 − pk)": a Word file's p_k times a bracket, not an unknown function "pk"."""
    roles = Roles(variables={"prob": ["p_k", "p"], "target": ["y_k", "y"]})
    parsed = parse_formula("pk(1 − pk) − yk", roles)
    prob, target = sympy.Symbol("prob", real=True), sympy.Symbol("target", real=True)
    assert sympy.simplify(parsed.expr - (prob * (1 - prob) - target)) == 0, parsed.expr


#: (text, as what it is read): plain text's spoken sums, a bar written apart, and an answer word after
#: the formula, read as the notation they stand for
MEAN_ROLES = Roles(variables={"total": ["x_i", "x"], "count": ["n"]})
PLAIN_WRITTEN = [
    ("sum from i=1 to n of [ x_i ] / n", "(\\sum_{i=1}^{n} x_i)/n"),
    ("(sum over i of x_i) / n", "(\\sum_i x_i)/n"),
    ("x bar", "\\bar{x}"),
    ("x bar  Ans.", "\\bar{x}"),
    ("(sum xi)/n  Ans.", "(\\sum x_i)/n"),
    ("(sum of x_i)/n", "(\\sum_i x_i)/n"),     # a sum said plainly, no index named
    ("(n minus sum of x_i)/n", "(n - \\sum_i x_i)/n"),   # an operator said in words between two operands
    ("(sum of x_i plus n)/n", "(\\sum_i x_i + n)/n"),
    ("2 times x_i divided by n", "2 x_i / n"),
]


@pytest.mark.parametrize("text,notation", PLAIN_WRITTEN)
def test_plain_text_s_sums_bars_and_answer_marks(text, notation):
    assert parse_formula(text, MEAN_ROLES).expr == parse_formula(notation, MEAN_ROLES).expr


#: (text, cautioned): a word of prose the grammar reads as a constant factor is a caution for a person; a constant
#: the course may name (one or two letters, Greek, "eps") is not
WORDS_AS_FACTORS = [
    ("(n less sum of x_i)/n", True),
    ("overall x_i / n", True),
    ("(sum of x_i)/n", False),
    ("(sum of x_i + eps)/n", False),
    ("(sum of x_i)/n + const", False),
    ("minimise sum of x_i / n", False),   # what is done with all of the formula scales it: no comparison minds
    ("mean of the x_i", True),            # ... where any other word before it may stand for an operator lost
    ("(sum of x_i + lambda)/n", False),
    ("(sum of x_i + N)/n", False),
    ("x bar + sigma hat", False),     # a letter with its accent is named so ("xbar"), no word
    ("x_i + mu bar", False),
]


@pytest.mark.parametrize("text,cautioned", WORDS_AS_FACTORS)
def test_a_word_read_as_a_constant_is_a_caution(text, cautioned):
    parsed = parse_formula(text, MEAN_ROLES)
    assert any("read as a constant factor" in c for c in parsed.cautions) == cautioned, parsed.cautions


@given(st.lists(st.one_of(st.floats(allow_nan=False, width=64), st.sampled_from([0.0, -0.0, 1.0, -1.0, 1e-300])),
                min_size=1, max_size=40))
@settings(max_examples=400, deadline=None)
def test_the_agreements_median_is_numpys_float_for_float(values):
    from grader.formulas import _median

    # Odd and even lengths, ties, signed zeros, infinities, subnormals: the same bit pattern.
    got, want = _median(np.array(values)), float(np.median(np.array(values)))
    assert (math.isnan(got) and math.isnan(want)) or got.hex() == want.hex()


@pytest.mark.parametrize("text", [r"z_1 + ... + z_n - \sum_i y_i \log z_i", r"z_{1}+\cdots+z_{n} - \sum_i y_i \log z_i",
                                  "z₁ + … + zₙ − Σ_i y_i log z_i", r"z_1+\ldots+z_N - \sum_i y_i \log z_i"])
def test_a_sum_written_out_with_an_ellipsis_is_the_sum(text):
    """"x_1 + ... + x_n" (and "+ \\cdots +", "+ … +") is Σ_i x_i, however it is typeset."""
    rate, count = sympy.Symbol("rate", real=True), sympy.Symbol("count", real=True)
    assert parse_formula(text, ROLES).expr == rate - count * sympy.log(rate)
