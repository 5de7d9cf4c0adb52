# MA214 Assignment 1
# Student: Daniyar Seitkali  (21B3306)
# Everything is in this one script; the answers are in the comments right
# after each calculation and are also printed when you run it.

from math import comb, sqrt, log
from statistics import NormalDist

Phi = NormalDist().cdf

# ---------------- Q1(a) ----------------
# P(no six) = (5/6)^3 ; answer = 1 - that
no_six = (5/6)**3          # 0.5787...
q1a = 1 - no_six           # 0.42129...
# ANSWER 1(a): 91/216 = 0.4213

# ---------------- Q1(b) ----------------
prior = 0.01
sens = 0.95
spec = 0.90
tp = prior * sens                 # 0.0095
fp = (1 - prior) * (1 - spec)     # 0.099
q1b = tp / (tp + fp)              # 0.0095/0.1085
# ANSWER 1(b): 95/1085 (= 0.08756)

# ---------------- Q2 ----------------
n2, x2 = 200, 64
phat = x2 / n2                    # 0.32
# worst case standard error, p(1-p) is at most 1/4 so this is the safe choice
se_safe = sqrt(0.5 * 0.5 / n2)    # 0.035355
moe = 1.96 * se_safe              # 0.069296
ci = (phat - moe, phat + moe)
# ANSWER 2: (0.2507, 0.3893)

# ---------------- Q3 ----------------
n3, heads = 400, 218
p3 = heads / n3                    # 0.545
z = (p3 - 0.5) / sqrt(0.25 / n3)   # 1.8
pval = 2 * (1 - Phi(abs(z)))       # 0.0719
# ANSWER 3(a): z = 1.80
# ANSWER 3(b): p = 0.0719
# ANSWER 3(c): p-value > 0.05 so we accept H0, the coin can be taken as fair.

# ---------------- Q4 ----------------
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
def loglik(p, xs):
    return sum(x * log(p) + (1 - x) * log(1 - p) for x in xs)

# (b) dl/dp = S/p - (n - S)/(1 - p) = 0.  Solving I get that the MLE is the
#     fraction of the sample that is NOT a success: p_hat = 1 - xbar
def mle(xs):
    return 1 - sum(xs) / len(xs)
# ANSWER 4(b): p_hat = 1 - xbar

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))        # 1.1
EX2 = sum(v * v * p for v, p in zip(vals, probs))   # 1.7
VarX = EX2 - EX ** 2                                # 0.49
VarY = 3 ** 2 * VarX                                # 4.41
# ANSWERS 5: E[X] = 1.1, Var(X) = 0.49, Var(3X-2) = 4.41

if __name__ == "__main__":
    print("1a", round(q1a, 4))
    print("1b", round(q1b, 4))
    print("2 ", tuple(round(c, 4) for c in ci))
    print("3 ", round(z, 2), round(pval, 4))
    print("5 ", EX, round(VarX, 2), round(VarY, 2))
