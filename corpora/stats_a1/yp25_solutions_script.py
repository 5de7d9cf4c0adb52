#!/usr/bin/env python3
"""
MA 214 - Assignment 1 solutions
Author : Rahul Bhattacharya (23B1302)

Run:  python3 a1_solutions.py
All answers are printed at the end in a summary block.
"""
import math
import numpy as np
from scipy import stats


# ---------------------------------------------------------------- Q1
def q1a():
    # complement: no six in three independent rolls
    return 1 - (5 / 6) ** 3


def q1b(prev=0.01, sens=0.95, spec=0.90):
    p_pos = sens * prev + (1 - spec) * (1 - prev)
    return sens * prev / p_pos


# ---------------------------------------------------------------- Q2
def q2(n=200, k=64, conf=0.95):
    ph = k / n
    se = math.sqrt(ph * (1 - ph) / n)
    z = stats.norm.ppf(conf)          # critical value
    return ph - z * se, ph + z * se


# ---------------------------------------------------------------- Q3
def q3(n=400, heads=218, p0=0.5, alpha=0.05):
    ph = heads / n
    se0 = math.sqrt(p0 * (1 - p0) / n)
    z = (p0 - ph) / se0
    pval = 2 * stats.norm.sf(abs(z))
    if pval > alpha:
        decision = "Reject H0"
    else:
        decision = "Fail to reject H0"
    return z, pval, decision


# ---------------------------------------------------------------- Q4
def neg_loglik(p, x):
    """
    Q4(a): for Bernoulli data the (negative) log-likelihood is

        -l(p) = -[ sum(x) * log(p) + (n - sum(x)) * log(1 - p) ]

    which is what we minimise numerically.
    """
    x = np.asarray(x)
    s, n = x.sum(), x.size
    return -(s * np.log(p) + (n - s) * np.log(1 - p))


def q4b_check(seed=0):
    """
    Q4(b): setting the derivative to zero,
        s/p - (n - s)/(1 - p) = 0  =>  p_hat = s/n = mean(x)
    Quick numerical check on simulated data.
    """
    rng = np.random.default_rng(seed)
    x = rng.binomial(1, 0.3, size=500)
    grid = np.linspace(0.001, 0.999, 9999)
    p_num = grid[np.argmin([neg_loglik(p, x) for p in grid])]
    return p_num, x.mean()


# ---------------------------------------------------------------- Q5
def q5():
    v = np.array([0, 1, 2])
    pr = np.array([0.2, 0.5, 0.3])
    ex = np.sum(v * pr)
    var = np.sum(v ** 2 * pr) - ex ** 2
    return ex, var, 9 * var


if __name__ == "__main__":
    lo, hi = q2()
    z, pval, dec = q3()
    ex, var, var_y = q5()
    print("=========== SUMMARY ===========")
    print(f"Q1(a) P(at least one six) = {q1a():.4f}")
    print(f"Q1(b) P(D | +)            = {q1b():.4f}")
    print(f"Q2    95% CI              = ({lo:.4f}, {hi:.4f})")
    print(f"Q3(a) z                   = {z:.3f}")
    print(f"Q3(b) p-value             = {pval:.4f}")
    print(f"Q3(c) decision            = {dec}  (alpha = 0.05)")
    print(f"Q4(b) numeric MLE vs mean = {q4b_check()}")
    print(f"Q5(a) E[X]                = {ex:.2f}")
    print(f"Q5(b) Var(X)              = {var:.2f}")
    print(f"Q5(c) Var(3X-2)           = {var_y:.2f}")

# Output when I ran it:
# =========== SUMMARY ===========
# Q1(a) P(at least one six) = 0.4213
# Q1(b) P(D | +)            = 0.0876
# Q2    95% CI              = (0.2657, 0.3743)
# Q3(a) z                   = -1.800
# Q3(b) p-value             = 0.0719
# Q3(c) decision            = Reject H0  (alpha = 0.05)
# Q4(b) numeric MLE vs mean = (0.29, 0.29)
# Q5(a) E[X]                = 1.10
# Q5(b) Var(X)              = 0.49
# Q5(c) Var(3X-2)           = 4.41
