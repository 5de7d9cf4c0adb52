"""
MA 214 Assignment 1
Arjun Menon, 23B1120

Did everything in python, the answers are collected in the summary at the bottom.
"""
import math

# ---------------- Q1 ----------------
# (a) P(at least one six) = 1 - P(no six)
p_no_six = (5/6)**3
q1a = 1 - p_no_six
print("Q1a:", round(q1a, 4))        # 0.4213

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1-spec)*(1-prev)   # 0.1085
q1b = sens*prev / p_pos
print("Q1b:", round(q1b, 4))        # 0.0876

# ---------------- Q2 ----------------
n, x = 200, 64
phat = x/n
se = math.sqrt(phat*(1-phat)/n)
lo, hi = phat - 1.96*se, phat + 1.96*se
print("Q2: (%.4f, %.4f)" % (lo, hi))   # (0.2553, 0.3847)

# ---------------- Q3 ----------------
def Phi(z):
    return 0.5*(1 + math.erf(z/math.sqrt(2)))

n3, heads = 400, 218
ph = heads/n3
z = (ph - 0.5)/math.sqrt(0.5*0.5/n3)
pval = 2*(1 - Phi(abs(z)))
print("Q3a z =", round(z, 3))          # 1.8
print("Q3b p =", round(pval, 4))       # 0.0719
print("Q3c:", "reject H0" if pval < 0.05 else "fail to reject H0")   # fail to reject H0

# ---------------- Q4 ----------------
# log-likelihood (divided by n so it doesn't blow up for big n):
#   l(p) = xbar*log(p) + (1 - xbar)*log(1 - p)
# derivative: xbar/p - (1-xbar)/(1-p) = 0  ->  p = xbar
def loglik(p, xs):
    xbar = sum(xs)/len(xs)
    return xbar*math.log(p) + (1 - xbar)*math.log(1 - p)

# quick numerical check with made up data
xs = [1, 0, 0, 1, 1, 0, 1, 1, 0, 1]
grid = [i/1000 for i in range(1, 1000)]
best = max(grid, key=lambda p: loglik(p, xs))
print("Q4 check: argmax =", best, " xbar =", sum(xs)/len(xs))   # 0.6 and 0.6

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v*p for v, p in zip(vals, probs))
EX2 = sum(v*v*p for v, p in zip(vals, probs))
VarX = EX2 - EX**2
VarY = 9*VarX + 2        # Var(aX+b) with a=3, b=-2
print("Q5:", round(EX, 2), round(VarX, 2), round(VarY, 2))   # 1.1 0.49 6.41

"""
SUMMARY OF ANSWERS
==================
Q1 (a)  0.4213   (= 91/216)
   (b)  0.0876
Q2      95% CI = (0.2553, 0.3847)
Q3 (a)  z = 1.80
   (b)  p-value = 0.0719
   (c)  fail to reject H0 since p-value 0.0719 > 0.05
Q4 (a)  l(p) = xbar*log(p) + (1 - xbar)*log(1 - p)
   (b)  p_hat = xbar
Q5 (a)  E[X] = 1.1
   (b)  Var(X) = 0.49
   (c)  Var(3X-2) = 6.41
"""
