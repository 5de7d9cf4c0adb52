#!/usr/bin/env python3
# MA 214 - Assignment 1
# Student: Siddharth Rao   Roll: 22B0633
#
# All answers are printed by this script. Run: python3 assignment1.py
# (Q4 is a derivation so I did it on paper - will bring it to the tutorial)

import math
from fractions import Fraction
from statistics import NormalDist

Z = NormalDist()


def q1():
    p_no_six = Fraction(5, 6) ** 3
    p_at_least_one = 1 - p_no_six
    print("Q1(a) P(at least one six) =", p_at_least_one, "=", round(float(p_at_least_one), 4))

    prev, sens, spec = 0.01, 0.95, 0.90
    p_pos = sens * prev + (1 - spec) * (1 - prev)
    post = sens * prev / p_pos
    print("Q1(b) P(D | +) =", round(post, 4))


def q2():
    n, k = 200, 64
    ph = k / n
    se = math.sqrt(ph * (1 - ph) / n)
    zc = Z.inv_cdf(0.95)  # 95% critical value
    lo, hi = ph - zc * se, ph + zc * se
    print(f"Q2    95% CI = ({lo:.4f}, {hi:.4f})")


def q3():
    n, heads, p0, alpha = 400, 218, 0.5, 0.05
    ph = heads / n
    z = (ph - p0) / math.sqrt(p0 * (1 - p0) / n)
    pval = 1 - Z.cdf(abs(z))
    print(f"Q3(a) z = {z:.2f}")
    print(f"Q3(b) p-value = {pval:.4f}")
    if pval < alpha:
        print(f"Q3(c) Reject H0 (p = {pval:.4f} < {alpha})")
    else:
        print(f"Q3(c) Fail to reject H0 (p = {pval:.4f} > {alpha})")


def q4_demo():
    # MLE for Bernoulli is the sample mean (p_hat = x.mean()), checked on made-up data
    x = [1, 0, 0, 1, 1, 0, 1, 0, 0, 0]
    p_hat = sum(x) / len(x)
    print("Q4(b) p_hat = sum(x)/n = sample mean, e.g.", p_hat)


def q5():
    vals = [0, 1, 2]
    probs = [0.2, 0.5, 0.3]
    ex = sum(v * p for v, p in zip(vals, probs))
    ex2 = sum(v * v * p for v, p in zip(vals, probs))
    var = ex2 - ex ** 2
    print(f"Q5(a) E[X] = {ex:.2f}")
    print(f"Q5(b) Var(X) = {var:.2f}")
    print(f"Q5(c) Var(3X-2) = {9 * var:.2f}")


if __name__ == "__main__":
    q1()
    q2()
    q3()
    q4_demo()
    q5()

# ---------------- output ----------------
# Q1(a) P(at least one six) = 91/216 = 0.4213
# Q1(b) P(D | +) = 0.0876
# Q2    95% CI = (0.2657, 0.3743)
# Q3(a) z = 1.80
# Q3(b) p-value = 0.0359
# Q3(c) Reject H0 (p = 0.0359 < 0.05)
# Q4(b) p_hat = sum(x)/n = sample mean, e.g. 0.4
# Q5(a) E[X] = 1.10
# Q5(b) Var(X) = 0.49
# Q5(c) Var(3X-2) = 4.41
