"""
MA214 Assignment 1
Name: Dev Agarwal   Roll: 23B1021

I did the whole assignment in python. Run with `python3 a1.py`.
The output I got is pasted at the bottom of this file.
"""
import numpy as np
from scipy import stats
from fractions import Fraction

# ---------------- Q1 ----------------
# (a) at least one six in 3 rolls = 1 - P(no six)
p_a = 1 - (5/6)**3
print("Q1(a) P(at least one six) =", Fraction(5, 6)**0 - Fraction(5, 6)**3, "=", round(p_a, 4))

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1-spec)*(1-prev)
p_b = sens*prev / p_pos
print("Q1(b) P(D|+) =", round(p_b, 4))

# ---------------- Q2 ----------------
n, x = 200, 64
phat = x/n
se = phat*(1-phat)/n          # standard error
z = 1.96
lo, hi = phat - z*se, phat + z*se
print("Q2 95%% CI = (%.4f, %.4f)" % (lo, hi))

# ---------------- Q3 ----------------
# using continuity correction since binomial -> normal
N, heads = 400, 218
zstat = (heads - 0.5 - N*0.5) / np.sqrt(N*0.5*0.5)
pval = 2*(1 - stats.norm.cdf(zstat))
print("Q3(a) z =", round(zstat, 3))
print("Q3(b) p-value =", round(pval, 4))
if pval < 0.05:
    print("Q3(c) reject H0 since p < 0.05")
else:
    print("Q3(c) fail to reject H0 since p-value > 0.05")

# ---------------- Q4 ----------------
# (a) log-likelihood: l(p) = sum_i [ x_i*log(p) + (1-x_i)*log(1-p) ]
def loglik(p, xs):
    xs = np.asarray(xs)
    return np.sum(xs*np.log(p) + (1-xs)*np.log(1-p))

# (b) MLE: derivative sum(x)/p - (n-sum(x))/(1-p) = 0  =>  p_hat = mean(x)
xs = np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1])
grid = np.linspace(0.01, 0.99, 9801)
print("Q4(a) l(p) = sum[ x_i log p + (1 - x_i) log(1 - p) ]")
print("Q4(b) p_hat = mean(x) = sum(x_i)/n;  check on toy data:",
      grid[np.argmax([loglik(g, xs) for g in grid])], "vs mean", xs.mean())

# ---------------- Q5 ----------------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.mean(vals)
VarX = np.var(vals)
print("Q5(a) E[X] =", round(EX, 4))
print("Q5(b) Var(X) =", round(VarX, 4))
print("Q5(c) Var(3X-2) = 9*Var(X) =", round(9*VarX, 4))

# ================= OUTPUT =================
# Q1(a) P(at least one six) = 91/216 = 0.4213
# Q1(b) P(D|+) = 0.0876
# Q2 95% CI = (0.3179, 0.3221)
# Q3(a) z = 1.75
# Q3(b) p-value = 0.0801
# Q3(c) fail to reject H0 since p-value > 0.05
# Q4(a) l(p) = sum[ x_i log p + (1 - x_i) log(1 - p) ]
# Q4(b) p_hat = mean(x) = sum(x_i)/n;  check on toy data: 0.6 vs mean 0.6
# Q5(a) E[X] = 1.0
# Q5(b) Var(X) = 0.6667
# Q5(c) Var(3X-2) = 9*Var(X) = 6.0
