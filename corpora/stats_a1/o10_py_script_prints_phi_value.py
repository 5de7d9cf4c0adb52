"""
MA214 Assignment 1 -- solutions as a python script
Author: Jonas Lindqvist
Run: python3 a1.py      (needs only the standard library)

Output I got is pasted at the bottom.
"""
from math import sqrt, erf, log
from fractions import Fraction as F


def Phi(z):
    # standard normal cdf
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------------- Q1 ----------------
# (a) complement of "no six in three rolls"
q1a = 1 - F(5, 6) ** 3
print("Q1a:", q1a, float(q1a))

# (b) Bayes rule
pD, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * pD + (1 - spec) * (1 - pD)
q1b = sens * pD / p_pos
print("Q1b: P(+) =", p_pos, " P(D|+) =", q1b)

# ---------------- Q2 ----------------
n, x = 200, 64
ph = x / n
se = sqrt(ph * (1 - ph) / n)
print("Q2: CI =", (ph - 1.96 * se, ph + 1.96 * se))

# ---------------- Q3 ----------------
N, heads, p0 = 400, 218, 0.5
z = (heads / N - p0) / sqrt(p0 * (1 - p0) / N)
print("Q3a: z =", z)
pval = Phi(z)            # p-value
print("Q3b: p-value =", pval)
# Q3c: p-value is bigger than alpha = 0.05 -> we cannot reject H0
print("Q3c:", "reject H0" if pval < 0.05 else "cannot reject H0")

# ---------------- Q4 ----------------
# (a) log-likelihood for data xs (list of 0/1), parameter p:
def loglik(p, xs):
    k = sum(xs)
    return k * log(p) + (len(xs) - k) * log(1 - p)
# (b) maximiser: derivative k/p - (n-k)/(1-p) = 0  =>  p_hat = k/n = mean(xs)
def p_hat(xs):
    return sum(xs) / len(xs)

# ---------------- Q5 ----------------
vals, probs = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(v * q for v, q in zip(vals, probs))
EX2 = sum(v * v * q for v, q in zip(vals, probs))
VarX = EX2 - EX ** 2
print("Q5: E[X] =", EX, " Var(X) =", VarX, " Var(3X-2) =", 9 * VarX)

# ------------- output -------------
# Q1a: 91/216 0.4212962962962963
# Q1b: P(+) = 0.1085  P(D|+) = 0.08755760368663594
# Q2: CI = (0.25534970379031505, 0.384650296209685)
# Q3a: z = 1.8000000000000016
# Q3b: p-value = 0.9640696808870742
# Q3c: cannot reject H0
# Q5: E[X] = 1.1  Var(X) = 0.4899999999999998  Var(3X-2) = 4.409999999999998
