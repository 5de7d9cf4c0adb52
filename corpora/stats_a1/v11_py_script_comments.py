# MA 214 Assignment 1
# Nikhil Rao  (22B2210)
# I did everything in python, run with: python3 a1.py
# my answers are in the comments AND in the printed output (copied at the bottom)

import numpy as np
from scipy.stats import norm

# ---------------- Q1 -----------------
# (a) at least one six in 3 rolls
#     the chance that all three are not six is (1/6)^3, so take 1 minus that
q1a = 1 - (1/6)**3
print("Q1a  P(at least one six) =", round(q1a, 4))

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1 - spec)*(1 - prev)
q1b = sens*prev / p_pos
print("Q1b  P(D|+) =", round(q1b, 4))

# ---------------- Q2 -----------------
n, x = 200, 64
ph = x/n
se = np.sqrt(ph*(1 - ph)/n)
lo, hi = ph - 1.96*se, ph + 1.96*se
print("Q2   95% CI = (%.4f, %.4f)" % (lo, hi))

# ---------------- Q3 -----------------
N, H = 400, 218
z = (H/N - 0.5)/np.sqrt(0.5*0.5/N)
pval = 2*norm.sf(abs(z))
print("Q3a  z =", round(z, 3))
print("Q3b  p-value =", round(pval, 4))
print("Q3c ", "reject H0" if pval < 0.05 else "fail to reject H0", "since p-value", round(pval, 4), "vs alpha 0.05")

# ---------------- Q4 -----------------
# (a) log-likelihood, written as a function of p for data array xs of 0/1 values:
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
def loglik(p, xs):
    xs = np.asarray(xs)
    return np.sum(xs*np.log(p) + (1 - xs)*np.log(1 - p))

# (b) setting the derivative to zero: sum(x)/p = (n - sum(x))/(1 - p)  ->  p_hat = mean(xs)
def mle(xs):
    return np.mean(xs)

# quick check with fake data that the maximiser of loglik is the mean
fake = np.array([1, 0, 0, 1, 1, 0, 1, 1, 0, 1])
grid = np.linspace(0.01, 0.99, 981)
print("Q4   grid argmax =", grid[np.argmax([loglik(g, fake) for g in grid])], " mean =", mle(fake))

# ---------------- Q5 -----------------
vals = np.array([0, 1, 2]); probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals*probs)
VarX = np.sum(vals**2*probs) - EX**2
print("Q5a  E[X] =", round(EX, 4))
print("Q5b  Var(X) =", round(VarX, 4))
print("Q5c  Var(3X-2) =", round(9*VarX, 4))

"""
OUTPUT
------
Q1a  P(at least one six) = 0.9954
Q1b  P(D|+) = 0.0876
Q2   95% CI = (0.2553, 0.3847)
Q3a  z = 1.8
Q3b  p-value = 0.0719
Q3c  fail to reject H0 since p-value 0.0719 vs alpha 0.05
Q4   grid argmax = 0.6  mean = 0.6
Q5a  E[X] = 1.1
Q5b  Var(X) = 0.49
Q5c  Var(3X-2) = 4.41
"""
