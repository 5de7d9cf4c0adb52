# MA 214 - Assignment 1
# Rahul Chatterjee, 23B0833
# All answers are in the comments / printed output. Run with python3 a1.py

import math
from statistics import NormalDist

Z = NormalDist()

# ---------------------------------------------------------------
# Q1 (a)  P(at least one six in 3 rolls) = 1 - (5/6)^3
# ---------------------------------------------------------------
p_dice = 1 - (5 / 6) ** 3
print("Q1a:", p_dice)          # 0.42129629629629617
# ANSWER Q1(a): approx 0.42

# ---------------------------------------------------------------
# Q1 (b)  Bayes
# ---------------------------------------------------------------
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
p_d_given_pos = sens * prev / p_pos
print("Q1b:", round(p_d_given_pos, 4))   # 0.0876
# ANSWER Q1(b): P(D|+) = 0.0876

# ---------------------------------------------------------------
# Q2  95% CI for p, n = 200, 64 supporters
# ---------------------------------------------------------------
n, k = 200, 64
ph = k / n
se = math.sqrt(ph * (1 - ph) / n)
ci = (ph - 1.96 * se, ph + 1.96 * se)
print("Q2:", [round(c, 4) for c in ci])   # [0.2553, 0.3847]
# ANSWER Q2: (0.2553, 0.3847)

# ---------------------------------------------------------------
# Q3  H0: p = 0.5 vs H1: p != 0.5, n = 400, 218 heads
# ---------------------------------------------------------------
n3, x3, p0 = 400, 218, 0.5
z = (x3 / n3 - p0) / math.sqrt(p0 * (1 - p0) / n3)
pval = 2 * (1 - Z.cdf(abs(z)))
print("Q3a z =", round(z, 3))              # 1.8
print("Q3b p-value =", round(pval, 4))     # 0.0719
# ANSWER Q3(c): fail to reject H0
print("Q3c: fail to reject H0")

# ---------------------------------------------------------------
# Q4  Bernoulli MLE
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#          = S*log(p) + (n - S)*log(1 - p),   S = sum x_i
# (b) dl/dp = S/p - (n-S)/(1-p) = 0
#     -> (n-S)*p = S*(1-p) ... solving for p:
#     p_hat = (n - S)/n = 1 - xbar
# ---------------------------------------------------------------
def loglik(p, xs):
    S = sum(xs)
    return S * math.log(p) + (len(xs) - S) * math.log(1 - p)

def mle(xs):
    return 1 - sum(xs) / len(xs)

print("Q4b: p_hat = 1 - xbar")

# ---------------------------------------------------------------
# Q5
# ---------------------------------------------------------------
xs5 = [0, 1, 2]
ps5 = [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs5, ps5))
EX2 = sum(x * x * p for x, p in zip(xs5, ps5))
VarX = EX2 - EX ** 2
print("Q5a E[X] =", round(EX, 3))          # 1.1
print("Q5b Var(X) =", round(VarX, 3))      # 0.49
# Var(3X - 2) = 9 Var(X) - 2
VarY = 9 * VarX - 2
print("Q5c Var(3X-2) =", round(VarY, 3))   # 2.41
