"""MA214 Assignment 1 - numerical parts
Kabir Menon (24B0588)
run: python calc.py
"""
import numpy as np
from scipy.stats import norm

# ---------- Q1 ----------
p_no_six = (5/6)**3
p_dice = 1 - p_no_six
print(f"Q1a  P(at least one six) = {p_dice:.4f}")

prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1-spec)*(1-prev)
p_d_given_pos = sens*prev / p_pos
print(f"Q1b  P(+) = {p_pos:.4f},  P(D|+) = {p_d_given_pos:.4f}")

# ---------- Q2 ----------
n, k = 200, 64
phat = k/n
se = np.sqrt(phat*(1-phat)/n)
z = norm.ppf(0.95)          # critical value for 95%
lo, hi = phat - z*se, phat + z*se
print(f"Q2   phat = {phat}, se = {se:.5f}, z = {z:.3f}, CI = ({lo:.4f}, {hi:.4f})")

# ---------- Q3 ----------
n3, heads = 400, 218
p0 = 0.5
phat3 = heads/n3
z3 = (phat3 - p0)/np.sqrt(p0*(1-p0)/n3)
pval = 2*(1 - norm.cdf(abs(z3)))
print(f"Q3   z = {z3:.3f}, p-value = {pval:.4f}")
print("     reject H0" if pval < 0.05 else "     fail to reject H0")

# ---------- Q5 ----------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.mean(vals)
VarX = np.var(vals)
print(f"Q5   E[X] = {EX:.3f}, Var(X) = {VarX:.3f}, Var(3X-2) = {9*VarX:.3f}")
