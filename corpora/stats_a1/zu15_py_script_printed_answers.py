# MA214 Assignment 1
# Name: Vikram Singh   Roll: 24B2033
# I wrote everything as one script, the answers are what it prints (output pasted at the end)

import math
from fractions import Fraction
from statistics import NormalDist

Z = NormalDist()

print("===== Q1 =====")
# (a) complement rule
pa = 1 - Fraction(5, 6) ** 3
print("Q1(a) P(at least one six) =", pa, "=", round(float(pa), 4))

# (b) bayes
P_D = 0.01
P_pos_D = 0.95
P_pos_notD = 1 - 0.90
P_pos = P_pos_D * P_D + P_pos_notD * (1 - P_D)
pb = P_pos_D * P_D / P_pos
print("Q1(b) P(D|+) =", round(pb, 4))

print("===== Q2 =====")
n, x = 200, 64
ph = x / n
se = math.sqrt(ph * (1 - ph) / n)
zc = Z.inv_cdf(0.975)
print("Q2 95%% CI = [%.4f, %.4f]" % (ph - zc * se, ph + zc * se))

print("===== Q3 =====")
n, x, p0 = 400, 218, 0.5
ph = x / n
z = (ph - p0) / math.sqrt(p0 * (1 - p0) / n)
pval = 2 * (1 - Z.cdf(abs(z)))
print("Q3(a) z =", round(z, 3))
print("Q3(b) two-sided p-value =", round(pval, 4))
if pval < 0.05:
    print("Q3(c) p-value < 0.05 -> reject H0")
else:
    print("Q3(c) p-value = %.4f > alpha = 0.05 -> fail to reject H0" % pval)

print("===== Q4 =====")
# (a) log-likelihood:
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#          = k*log(p) + (n - k)*log(1 - p),   k = sum x_i
# (b) dl/dp = k/p - (n-k)/(1-p) = 0  ->  p_hat = k/n = xbar
def loglik(p, xs):
    return sum(xi * math.log(p) + (1 - xi) * math.log(1 - p) for xi in xs)

xs = [1, 1, 0, 1, 0, 0, 1, 1, 0, 1]
grid = [i / 100 for i in range(1, 100)]
best = max(grid, key=lambda p: loglik(p, xs))
print("Q4 check: argmax on grid =", best, " xbar =", sum(xs) / len(xs))
print("Q4(b) p_hat = xbar = (1/n) * sum(x_i)")

print("===== Q5 =====")
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v ** 2 * p for v, p in zip(vals, probs))
VarX = EX2 - EX
print("Q5(a) E[X] =", round(EX, 3))
print("Q5(b) Var(X) =", round(VarX, 3))
print("Q5(c) Var(3X-2) = 9*Var(X) =", round(9 * VarX, 3))

# ---------------- OUTPUT ----------------
# ===== Q1 =====
# Q1(a) P(at least one six) = 91/216 = 0.4213
# Q1(b) P(D|+) = 0.0876
# ===== Q2 =====
# Q2 95% CI = [0.2554, 0.3846]
# ===== Q3 =====
# Q3(a) z = 1.8
# Q3(b) two-sided p-value = 0.0719
# Q3(c) p-value = 0.0719 > alpha = 0.05 -> fail to reject H0
# ===== Q4 =====
# Q4 check: argmax on grid = 0.6  xbar = 0.6
# Q4(b) p_hat = xbar = (1/n) * sum(x_i)
# ===== Q5 =====
# Q5(a) E[X] = 1.1
# Q5(b) Var(X) = 0.6
# Q5(c) Var(3X-2) = 9*Var(X) = 5.4
