# MA214 Assignment 1
# Name: Kabir Sethi   Roll: 23B0277
#
# I did everything in python. Answers are printed by the script, and I pasted
# the output at the bottom of this file.

from math import sqrt, log
from scipy.stats import norm

print("=== Q1 ===")
# (a) P(at least one six) = 1 - P(no six)^3 ... P(no six in one roll) = 5/6
p_dice = 1 - (5/6)**3
print("Q1a  P(at least one six) =", round(p_dice, 4))

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1 - spec)*(1 - prev)
p_d_given_pos = sens*prev / p_pos
print("Q1b  P(+) =", round(p_pos, 4), "  P(D|+) =", round(p_d_given_pos, 4))

print("=== Q2 ===")
n, k = 200, 64
phat = k/n
se = sqrt(phat*(1 - phat)/n)
lo, hi = phat - 1.96*se, phat + 1.96*se
print(f"Q2  phat = {phat}, SE = {se:.5f}, 95% CI = ({lo:.4f}, {hi:.4f})")

print("=== Q3 ===")
n, heads, p0 = 400, 218, 0.5
phat = heads/n
se0 = sqrt(p0*(1 - p0)/n)
z = (phat - p0)/se0
print(f"Q3a  z = {z:.3f}")

# p-value from the normal cdf
pval = norm.cdf(z)
print(f"Q3b  p-value = {pval:.4f}")

# decision: compare |z| with the critical value 1.96 for a two-sided 5% test
if abs(z) > 1.96:
    print("Q3c  |z| > 1.96 -> reject H0")
else:
    print("Q3c  |z| = %.2f < 1.96 -> fail to reject H0 (not significant at 5%%)" % abs(z))

print("=== Q4 ===")
# (a) log-likelihood for Bernoulli(p):
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#          = S*log(p) + (n - S)*log(1 - p),   S = sum x_i
# (b) dl/dp = S/p - (n - S)/(1 - p) = 0  =>  S(1-p) = (n-S)p  =>  p = S/n
#     so the MLE is  p_hat = (1/n) * sum x_i = xbar
def loglik(p, x):
    S = sum(x)
    return S*log(p) + (len(x) - S)*log(1 - p)

# quick numerical check of the MLE on a made-up sample
x = [1, 0, 1, 1, 0, 1, 0, 1, 1, 0]
grid = [i/1000 for i in range(1, 1000)]
best = max(grid, key=lambda p: loglik(p, x))
print("Q4  numerical argmax =", best, " xbar =", sum(x)/len(x))

print("=== Q5 ===")
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v*p for v, p in zip(vals, probs))
EX2 = sum(v**2*p for v, p in zip(vals, probs))
VarX = EX2
print("Q5a  E[X] =", round(EX, 4))
print("Q5b  Var(X) =", round(VarX, 4))
print("Q5c  Var(3X-2) = 9*Var(X) =", round(9*VarX, 4))

# ---------------- OUTPUT ----------------
# === Q1 ===
# Q1a  P(at least one six) = 0.4213
# Q1b  P(+) = 0.1085   P(D|+) = 0.0876
# === Q2 ===
# Q2  phat = 0.32, SE = 0.03298, 95% CI = (0.2553, 0.3847)
# === Q3 ===
# Q3a  z = 1.800
# Q3b  p-value = 0.9641
# Q3c  |z| = 1.80 < 1.96 -> fail to reject H0 (not significant at 5%)
# === Q4 ===
# Q4  numerical argmax = 0.6  xbar = 0.6
# === Q5 ===
# Q5a  E[X] = 1.1
# Q5b  Var(X) = 1.7
# Q5c  Var(3X-2) = 9*Var(X) = 15.3
