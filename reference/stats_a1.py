"""MA 214 Assignment 1: the reference computations behind every expected value of stats_a1.yaml.

Plain functions of the problem's givens; exact fractions where the answer is a fraction.
Known wrong answers are computed here too, each from the slip that produces it.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np


# --------------------------------------------------------------------------- Q1: probabilities


def at_least_one_six(rolls: int) -> Fraction:
    """1 - (5/6)^n: 91/216 for three rolls."""
    return 1 - Fraction(5, 6) ** rolls


def added_probabilities(rolls: int) -> Fraction:
    """Slip: the probabilities of non-disjoint events added, n/6."""
    return Fraction(rolls, 6)


def no_six(rolls: int) -> Fraction:
    """Slip: P(no six), the complement forgotten."""
    return Fraction(5, 6) ** rolls


def exactly_one_six(rolls: int) -> Fraction:
    """Slip: P(exactly one six)."""
    return rolls * Fraction(1, 6) * Fraction(5, 6) ** (rolls - 1)


def all_sixes(rolls: int) -> Fraction:
    """Slip: P(every roll a six)."""
    return Fraction(1, 6) ** rolls


def _f(x: float) -> Fraction:
    return Fraction(str(x))


def posterior(prevalence: float, sensitivity: float, specificity: float) -> Fraction:
    """Bayes: P(D | +) = 19/217."""
    joint = _f(prevalence) * _f(sensitivity)
    return joint / (joint + (1 - _f(prevalence)) * (1 - _f(specificity)))


def sensitivity_only(prevalence: float, sensitivity: float, specificity: float) -> Fraction:
    """Slip: P(+ | D) taken for P(D | +), the base-rate fallacy."""
    return _f(sensitivity)


def joint_only(prevalence: float, sensitivity: float, specificity: float) -> Fraction:
    """Slip: P(D and +), not divided by P(+)."""
    return _f(prevalence) * _f(sensitivity)


def positive_rate(prevalence: float, sensitivity: float, specificity: float) -> Fraction:
    """Slip: P(+), the denominator only."""
    return _f(prevalence) * _f(sensitivity) + (1 - _f(prevalence)) * (1 - _f(specificity))


# --------------------------------------------------------------------------- Q2: a confidence interval


def wald_interval(n: int, successes: int, z: float) -> tuple:
    """p̂ ± z sqrt(p̂ q̂ / n): [0.2553, 0.3847]."""
    p = successes / n
    margin = z * math.sqrt(p * (1 - p) / n)
    return (p - margin, p + margin)


def wilson_interval(n: int, successes: int, z: float) -> tuple:
    """The score (Wilson) interval: a valid 95 % interval, not the course's formula."""
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def ninety_percent_interval(n: int, successes: int, z: float) -> tuple:
    """Slip: z = 1.645, a 90 % interval."""
    return wald_interval(n, successes, 1.645)


def conservative_interval(n: int, successes: int, z: float) -> tuple:
    """Slip: the standard error with p = 0.5."""
    p = successes / n
    margin = z * math.sqrt(0.25 / n)
    return (p - margin, p + margin)


def no_root_interval(n: int, successes: int, z: float) -> tuple:
    """Slip: the square root forgotten (margin z p̂ q̂ / n)."""
    p = successes / n
    margin = z * p * (1 - p) / n
    return (p - margin, p + margin)


# --------------------------------------------------------------------------- Q3: a test for a proportion


def _phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def z_statistic(n: int, heads: int, p0: float) -> float:
    """(p̂ - p0) / sqrt(p0 q0 / n) = 1.80."""
    return (heads / n - p0) / math.sqrt(p0 * (1 - p0) / n)


def z_statistic_sample_se(n: int, heads: int, p0: float) -> float:
    """A listed variant: the standard error from p̂ (1.807)."""
    p = heads / n
    return (p - p0) / math.sqrt(p * (1 - p) / n)


def z_statistic_continuity(n: int, heads: int, p0: float) -> float:
    """A listed variant: with the continuity correction (1.75)."""
    return (heads - 0.5 - n * p0) / math.sqrt(n * p0 * (1 - p0))


def z_statistic_no_root_n(n: int, heads: int, p0: float) -> float:
    """Slip: sqrt(n) forgotten, (p̂ - p0) / sqrt(p0 q0)."""
    return (heads / n - p0) / math.sqrt(p0 * (1 - p0))


def p_value(n: int, heads: int, p0: float) -> float:
    """Two-sided: 2 (1 - Φ(|z|)) = 0.0719."""
    return 2 * (1 - _phi(abs(z_statistic(n, heads, p0))))


def p_value_sample_se(n: int, heads: int, p0: float) -> float:
    """At the listed variant z = 1.807: 0.0707."""
    return 2 * (1 - _phi(abs(z_statistic_sample_se(n, heads, p0))))


def p_value_continuity(n: int, heads: int, p0: float) -> float:
    """At the listed variant z = 1.75: 0.0801."""
    return 2 * (1 - _phi(abs(z_statistic_continuity(n, heads, p0))))


def p_value_one_sided(n: int, heads: int, p0: float) -> float:
    """Slip: one tail only (0.0359), though H1 is two-sided."""
    return 1 - _phi(abs(z_statistic(n, heads, p0)))


def phi_of_z(n: int, heads: int, p0: float) -> float:
    """Slip: Φ(z) itself (0.9641)."""
    return _phi(abs(z_statistic(n, heads, p0)))


def table_area(n: int, heads: int, p0: float) -> float:
    """Slip: the table's area from 0 to z (0.4641)."""
    return _phi(abs(z_statistic(n, heads, p0))) - 0.5


def decision(n: int, heads: int, p0: float, alpha: float) -> str:
    """Reject H0 when the two-sided p-value is below alpha; here it is not."""
    return "reject" if p_value(n, heads, p0) < alpha else "fail_to_reject"


# --------------------------------------------------------------------------- Q4: maximum likelihood


def bernoulli_loglik(p, x):
    """One observation's term of ℓ(p): x log p + (1 - x) log(1 - p) (the sum is read term by term)."""
    return x * _log(p) + (1 - x) * _log(1 - p)


def _log(v):
    return np.log(v)


def bernoulli_likelihood(p, x):
    """Slip: the likelihood's factor p^x (1 - p)^(1 - x), no log taken."""
    return p ** x * (1 - p) ** (1 - x)


def successes_term_only(p, x):
    """Slip: the (1 - x) log(1 - p) term missing."""
    return x * _log(p)


def sample_mean(total, count):
    """p̂ = (Σ x_i) / n."""
    return total / count


def one_minus_mean(total, count):
    """Slip: 1 - x̄."""
    return 1 - total / count


# --------------------------------------------------------------------------- Q5: expectation and variance


def _moments(values: list, probabilities: list) -> tuple:
    mean = sum(_f(v) * _f(p) for v, p in zip(values, probabilities))
    second = sum(_f(v) ** 2 * _f(p) for v, p in zip(values, probabilities))
    return mean, second


def expectation(values: list, probabilities: list) -> Fraction:
    """E[X] = 1.1."""
    return _moments(values, probabilities)[0]


def mean_of_values(values: list, probabilities: list) -> Fraction:
    """Slip: the values' plain mean, the probabilities ignored (1.0)."""
    return sum(_f(v) for v in values) / len(values)


def variance(values: list, probabilities: list) -> Fraction:
    """σ² = E[X²] - E[X]² = 0.49."""
    mean, second = _moments(values, probabilities)
    return second - mean ** 2


def second_moment(values: list, probabilities: list) -> Fraction:
    """Slip: E[X²] given as the variance (1.7)."""
    return _moments(values, probabilities)[1]


def standard_deviation(values: list, probabilities: list) -> float:
    """Slip: σ given for σ² (0.7)."""
    return math.sqrt(variance(values, probabilities))


def mean_not_squared(values: list, probabilities: list) -> Fraction:
    """Slip: E[X²] - E[X] (0.6)."""
    mean, second = _moments(values, probabilities)
    return second - mean


def linear_variance(values: list, probabilities: list, a: float, b: float) -> Fraction:
    """Var(aX + b) = a² Var(X) = 4.41."""
    return _f(a) ** 2 * variance(values, probabilities)


def linear_variance_not_squared(values: list, probabilities: list, a: float, b: float) -> Fraction:
    """Slip: a Var(X), the factor not squared (1.47)."""
    return abs(_f(a)) * variance(values, probabilities)


def linear_variance_shifted(values: list, probabilities: list, a: float, b: float) -> Fraction:
    """Slip: a² Var(X) + b, the shift kept (2.41 for b = -2)."""
    return linear_variance(values, probabilities, a, b) + _f(b)


def linear_variance_shift_added(values: list, probabilities: list, a: float, b: float) -> Fraction:
    """Slip the rubric lists: the shift added instead of dropped (7.41)."""
    return linear_variance(values, probabilities, a, b) + 3


def linear_variance_shift_squared(values: list, probabilities: list, a: float, b: float) -> Fraction:
    """Slip the rubric lists: the shift added after squaring it with the factor (13.41)."""
    return linear_variance(values, probabilities, a, b) + 9


def nine_times_own_variance(values: list, probabilities: list, a: float, b: float, variance: float) -> float:
    """Follow-through: a² times the student's own (wrong) Var(X)."""
    return float(a) ** 2 * variance
