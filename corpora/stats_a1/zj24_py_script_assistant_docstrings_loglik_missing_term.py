#!/usr/bin/env python3
"""
MA 214 - Assignment 1
Author : Rahul Verma (22B0149)
Date   : 2026-12-05

This script computes the answers to all five questions of Assignment 1.
Each function is documented and the final answers are printed at the end.
Answers that are formulas (Q4) are given in the comments.
"""

import math
from fractions import Fraction


def prob_at_least_one_six(rolls: int = 3) -> Fraction:
    """
    Compute the probability of rolling at least one six in `rolls` rolls.

    Uses the complement rule: P(at least one) = 1 - P(none).
    """
    return 1 - Fraction(5, 6) ** rolls


def bayes_posterior(prev: float, sens: float, spec: float) -> float:
    """
    Compute P(Disease | Positive) using Bayes' theorem.

    Args:
        prev: prevalence P(D)
        sens: sensitivity P(+ | D)
        spec: specificity P(- | not D)
    """
    p_positive = sens * prev + (1 - spec) * (1 - prev)
    return sens * prev / p_positive


def wald_ci(successes: int, n: int, z: float = 1.96) -> tuple:
    """Return the Wald confidence interval for a proportion."""
    p_hat = successes / n
    se = math.sqrt(p_hat * (1 - p_hat) / n)
    return p_hat - z * se, p_hat + z * se


def normal_cdf(x: float) -> float:
    """Standard normal CDF via the error function."""
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def z_test(heads: int, n: int, p0: float = 0.5) -> tuple:
    """
    One-sample z-test for a proportion (two-sided).

    Returns:
        (z statistic, two-sided p-value)
    """
    p_hat = heads / n
    z = (p_hat - p0) / math.sqrt(p0 * (1 - p0) / n)
    p_value = 2 * (1 - normal_cdf(abs(z)))
    return z, p_value


# ---------------------------------------------------------------------------
# Q4 (formulas, no code needed)
#
# (a) Final answer:  log-likelihood of a Bernoulli(p) sample x_1..x_n
#         l(p) = sum_{i=1}^{n} x_i * log(p)
#     (only the observations with x_i = 1 carry information about p)
#
# (b) Final answer:  MLE  p_hat = (1/n) * sum x_i = x_bar
#     i.e. the fraction of ones in the sample (standard result from lectures)
# ---------------------------------------------------------------------------


def log_likelihood(p: float, xs: list) -> float:
    """Evaluate l(p) for a 0/1 sample (see Q4a above)."""
    return sum(x * math.log(p) for x in xs)


def moments(values: list, probs: list) -> tuple:
    """Return E[X], Var(X) and Var(3X - 2) for a discrete distribution."""
    ex = sum(v * p for v, p in zip(values, probs))
    ex2 = sum(v * v * p for v, p in zip(values, probs))
    var = ex2 - ex ** 2
    return ex, var, 3 ** 2 * var


if __name__ == "__main__":
    q1a = prob_at_least_one_six()
    print(f"Q1(a) Final answer: {q1a} = {float(q1a):.4f}")

    q1b = bayes_posterior(0.01, 0.95, 0.90)
    print(f"Q1(b) Final answer: P(D|+) = {q1b:.4f}")

    lo, hi = wald_ci(64, 200)
    print(f"Q2    Final answer: 95% CI = ({lo:.4f}, {hi:.4f})")

    z, pv = z_test(218, 400)
    print(f"Q3(a) Final answer: z = {z:.2f}")
    print(f"Q3(b) Final answer: p-value = {pv:.4f}")
    decision = "reject H0" if pv < 0.05 else "fail to reject H0"
    print(f"Q3(c) Final answer: {decision} (p-value {pv:.4f} vs alpha 0.05)")

    ex, var, var_lin = moments([0, 1, 2], [0.2, 0.5, 0.3])
    print(f"Q5(a) Final answer: E[X] = {ex:.2f}")
    print(f"Q5(b) Final answer: Var(X) = {var:.2f}")
    print(f"Q5(c) Final answer: Var(3X - 2) = {var_lin:.2f}")

# Output:
# Q1(a) Final answer: 91/216 = 0.4213
# Q1(b) Final answer: P(D|+) = 0.0876
# Q2    Final answer: 95% CI = (0.2553, 0.3847)
# Q3(a) Final answer: z = 1.80
# Q3(b) Final answer: p-value = 0.0719
# Q3(c) Final answer: fail to reject H0 (p-value 0.0719 vs alpha 0.05)
# Q5(a) Final answer: E[X] = 1.10
# Q5(b) Final answer: Var(X) = 0.49
# Q5(c) Final answer: Var(3X - 2) = 4.41
