#!/usr/bin/env python3
# MA214 Assignment 1 -- Yash Patil (22B0833)
# Run:  python3 assignment1.py > output.txt
# (Q4 is a derivation, I will hand it in on paper in the tutorial)

from math import sqrt, erf
from fractions import Fraction


def Phi(t):
    return 0.5 * (1.0 + erf(t / sqrt(2.0)))


def q1():
    six = Fraction(1, 6)
    at_least_one = six ** 3
    print("Q1a  P(at least one six) =", at_least_one, "=", round(float(at_least_one), 5))
    d, sens, spec = 0.01, 0.95, 0.90
    pos = sens * d + (1 - spec) * (1 - d)
    print("Q1b  P(D|+) =", round(sens * d / pos, 5))


def q2():
    n, x = 200, 64
    ph = x / n
    se = sqrt(ph * (1 - ph) / x)
    print("Q2   95%% CI for p: (%.4f, %.4f)" % (ph - 1.96 * se, ph + 1.96 * se))


def q3():
    n, h = 400, 218
    ph = h / n
    z = (ph - 0.5) / sqrt(0.25 / n)
    pv = 2 * (1 - Phi(abs(z)))
    print("Q3a  z =", round(z, 3))
    print("Q3b  p-value =", round(pv, 4))
    print("Q3c ", "reject H0" if pv < 0.05 else "fail to reject H0", "(p-value %.4f vs alpha 0.05)" % pv)


def q5():
    xs, ps = (0, 1, 2), (0.2, 0.5, 0.3)
    m = sum(x * p for x, p in zip(xs, ps))
    v = sum((x - m) ** 2 * p for x, p in zip(xs, ps))
    print("Q5a  E[X] =", round(m, 4))
    print("Q5b  Var(X) =", round(v, 4))
    print("Q5c  Var(3X-2) =", round(9 * v, 4))


if __name__ == "__main__":
    q1(); q2(); q3(); q5()
