"""
MA214 Assignment 1
Arjun Sethi  (24B0051)

I did the whole assignment as one script. Answers are in the comments
next to each print (and also what the script prints when run).
"""
import math

# ---------------- Q1 ----------------
# (a) at least one six in 3 rolls = 1 - P(no six)
p_no_six = (5 / 6) ** 3
q1a = 1 - p_no_six
print("1(a)", round(q1a, 4))          # 0.4213

# (b) P(disease | positive)
prev = 0.01
sens = 0.95
spec = 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)   # 0.1085
q1b = sens * prev / p_pos
print("1(b)", round(q1b, 4))          # 0.0876

# ---------------- Q2 ----------------
n, k = 200, 64
phat = k / n
se = math.sqrt(phat * (1 - phat) / n)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print("2  ", round(lo, 4), round(hi, 4))   # 0.2553 0.3847

# ---------------- Q3 ----------------
def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

tosses, heads = 400, 218
p0 = 0.5
z = (heads / tosses - p0) / math.sqrt(p0 * (1 - p0) / tosses)
print("3(a) z =", round(z, 3))        # 1.8
pval = 2 * (1 - Phi(abs(z)))
print("3(b) p =", round(pval, 4))     # 0.0719
# 3(c): p = 0.0719 > 0.05 -> fail to reject H0 (not enough evidence the coin is unfair)
print("3(c)", "reject H0" if pval < 0.05 else "fail to reject H0")

# ---------------- Q4 ----------------
# (a) log-likelihood for Bernoulli data x_1..x_n:
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# (b) l'(p) = sum(x_i)/p - (n - sum(x_i))/(1-p) = 0  =>  p_hat = sum(x_i)/n
def loglik(p, xs):
    return sum(x * math.log(p) + (1 - x) * math.log(1 - p) for x in xs)

# quick check with some fake data: the max should be at the sample mean
data = [1, 0, 0, 1, 1, 0, 1, 1, 0, 1]
grid = [i / 100 for i in range(1, 100)]
best = max(grid, key=lambda p: loglik(p, data))
print("4 check:", best, sum(data) / len(data))   # 0.6 0.6

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
VarX = sum(v ** 2 * p for v, p in zip(vals, probs))
print("5(a) E[X] =", round(EX, 3))            # 1.1
print("5(b) Var(X) =", round(VarX, 3))        # 1.7
# (c) Var(3X - 2) = 9 Var(X), the -2 does not matter
print("5(c) Var(3X-2) =", round(9 * VarX, 3)) # 15.3
