# MA 214 - Assignment 1
# Aarav Deshpande 22B0470
# I did everything as a script, answers are in the comments marked ANS.
# numbering: 1.1 = Q1(a), 1.2 = Q1(b), 2 = Q2, 3.1-3.3 = Q3(a)-(c), 4.1/4.2, 5.1-5.3

import math
from scipy.stats import norm

# ---------- 1.1 ----------
# P(at least one six) = 1 - P(no six)^3
p_dice = 1 - (5/6)**3
print("1.1", p_dice)          # 0.42129629629629617
# ANS 1.1: 1 - (5/6)^3 = 0.4213

# ---------- 1.2 ----------
prior = 0.01
sens = 0.95
spec = 0.90
p_pos = sens*prior + (1-spec)*(1-prior)     # 0.1085
post = sens*prior/p_pos
print("1.2", p_pos, post)     # 0.1085 0.0875576...
# ANS 1.2: P(D|+) = 0.0876

# ---------- 2 ----------
n, x = 200, 64
ph = x/n
se = math.sqrt(ph*(1-ph)/n)
lo, hi = ph - 1.96*se, ph + 1.96*se
print("2", lo, hi)            # 0.2553... 0.3847...
# ANS 2: (0.255, 0.385)

# ---------- 3.1 ----------
# with continuity correction since binomial is discrete
N, H = 400, 218
mu = N*0.5                    # 200
sd = math.sqrt(N*0.5*0.5)     # 10
z = (H - 0.5 - mu)/sd
print("3.1", z)               # 1.75
# ANS 3.1: z = (218 - 0.5 - 200)/10 = 1.75

# ---------- 3.2 ----------
pv = 2*norm.sf(z)
print("3.2", pv)              # 0.08011831372763417
# ANS 3.2: p-value = 0.0801

# ---------- 3.3 ----------
# ANS 3.3: p = 0.0801 > alpha = 0.05, so H0 is not rejected (no evidence the coin is unfair)

# ---------- 4.1 ----------
# L(p) = prod p^xi (1-p)^(1-xi), take log. with k = sum of xi:
def loglik(p, k, n):
    return k*math.log(p) + (n - k)*math.log(1 - p)
# ANS 4.1: l(p) = k log p + (n-k) log(1-p),  k = x1 + ... + xn

# ---------- 4.2 ----------
# d/dp: k/p - (n-k)/(1-p) = 0  ->  p = k/n
# ANS 4.2: p_hat = k/n  (mean of the x's)

# ---------- 5.1 ----------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v*q for v, q in zip(vals, probs))
print("5.1", EX)              # 1.1
# ANS 5.1: 1.1

# ---------- 5.2 ----------
EX2 = sum(v*v*q for v, q in zip(vals, probs))
var = EX2 - EX**2
print("5.2", var)             # 0.49 (0.48999999999999977)
# ANS 5.2: 0.49

# ---------- 5.3 ----------
# Var(3X - 2) = 3^2 Var(X) + (-2)^2
var_y = 9*var + (-2)**2
print("5.3", var_y)           # 8.41
# ANS 5.3: 8.41
