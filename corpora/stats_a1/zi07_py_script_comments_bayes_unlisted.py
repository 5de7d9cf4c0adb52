"""
MA214 Assignment 1 -- Farhan Qureshi (22D0178)
Ran with python 3.11, output pasted at the bottom of each block as comments.
"""
from math import sqrt, erf


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------- Q1 a ----------
p_none = (5 / 6) ** 3
q1a = 1 - p_none
print("Q1a", q1a)          # Q1a 0.42129629629629617   -> 91/216 = 0.421

# ---------- Q1 b ----------
# P(D|+) = P(+|D)P(D) / P(+)
# P(+) = P(+|D)P(D) + P(+|noD)   (false positive rate is 1 - 0.90 = 0.10)
num = 0.95 * 0.01
den = num + 0.10
q1b = num / den
print("Q1b", q1b)          # Q1b 0.0867579908675799  -> about 0.0868

# ---------- Q2 ----------
ph = 64 / 200
se = sqrt(ph * (1 - ph) / 200)
lo, hi = ph - 1.96 * se, ph + 1.96 * se
print("Q2", lo, hi)        # Q2 0.25535... 0.38465...   -> [0.2553, 0.3847]

# ---------- Q3 ----------
z = (218 / 400 - 0.5) / sqrt(0.5 * 0.5 / 400)
pval = 2 * (1 - Phi(z))
print("Q3", z, pval)       # Q3 1.8000000000000016 0.07186063822585131
# (a) z = 1.80   (b) p = 0.0719
# (c) p > 0.05 -> do not reject H0 (no significant evidence the coin is unfair)

# ---------- Q4 ----------
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# (b) dl/dp = S/p - (n - S)/(1 - p) = 0   ->   p_hat = S/n = mean of the x_i


def loglik(p, xs):
    from math import log
    return sum(x * log(p) + (1 - x) * log(1 - p) for x in xs)


xs = [1, 0, 0, 1, 1, 0, 1, 0, 0, 0]
best = max((k / 1000 for k in range(1, 1000)), key=lambda p: loglik(p, xs))
print("Q4 check", best, sum(xs) / len(xs))   # Q4 check 0.4 0.4

# ---------- Q5 ----------
vals, probs = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VarX = EX2 - EX ** 2
print("Q5", EX, VarX, 9 * VarX)   # Q5 1.1 0.48999999999999977 4.409999999999998
# E[X] = 1.1 ; Var(X) = 0.49 ; Var(3X-2) = 9 Var(X) = 4.41
