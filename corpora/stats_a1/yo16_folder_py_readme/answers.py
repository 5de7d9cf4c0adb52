# MA214 Assignment 1
# Vikram Rathod 24B0899

import math


def Phi(x):
    """standard normal cdf via erf"""
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


# ------------------------------------------------------------
# Q1 (a)  at least one six in 3 rolls = 1 - P(no six)^3
# ------------------------------------------------------------
q1a = 1 - (5 / 6) ** 3
print("Q1a:", round(q1a, 4))          # 0.4213

# ------------------------------------------------------------
# Q1 (b)  Bayes
# prevalence 0.01, sensitivity 0.95, specificity 0.90
# ------------------------------------------------------------
prev = 0.01
sens = 0.95
spec = 0.90
num = sens * prev
den = sens * prev + (1 - spec) * (1 - prev)
q1b = den
print("Q1b: P(D|+) =", round(q1b, 4))   # 0.1085

# ------------------------------------------------------------
# Q2  CI for proportion
# ------------------------------------------------------------
n = 200
x = 64
p_hat = x / n
se = math.sqrt(p_hat * (1 - p_hat) / n)
z = 1.645   # 95%
lo = p_hat - z * se
hi = p_hat + z * se
print("Q2: CI = (%.4f, %.4f)" % (lo, hi))   # (0.2657, 0.3743)

# ------------------------------------------------------------
# Q3  coin, 218 heads out of 400
# ------------------------------------------------------------
n3 = 400
heads = 218
p0 = 0.5
ph = heads / n3
z3 = (ph - p0) / math.sqrt(p0 * (1 - p0) / n3)
pval = 2 * (1 - Phi(abs(z3)))
print("Q3a: z =", round(z3, 3))           # 1.8
print("Q3b: p-value =", round(pval, 4))   # 0.0719
# Q3c: Fail to reject H0.

# ------------------------------------------------------------
# Q4
# ------------------------------------------------------------
"""
Q4 (a)
 likelihood  L(p) = prod p^x_i (1-p)^(1-x_i)
 log-lik     l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
                  = (sum x_i) log p + (n - sum x_i) log(1 - p)

Q4 (b)
 dl/dp = (sum x_i)/p - ...
 (not finished)
"""

# ------------------------------------------------------------
# Q5
# ------------------------------------------------------------
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
var = EX2 - EX ** 2
print("Q5a: E[X] =", round(EX, 4))              # 1.1
print("Q5b: Var(X) =", round(var, 4))           # 0.49
print("Q5c: Var(3X-2) =", round(9 * var, 4))    # 4.41
