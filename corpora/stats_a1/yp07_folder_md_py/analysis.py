"""MA214 A1 - numerical work (Kavya Nair)"""
import numpy as np
from scipy.stats import norm

# ---------- Q1 ----------
p_dice = 1 - (5/6)**3
print("Q1a P(at least one six) =", round(p_dice, 4))

prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1-spec)*(1-prev)
post = sens*prev / p_pos
print("Q1b P(+) =", round(p_pos, 4), " P(D|+) =", round(post, 3))

# ---------- Q2 ----------
n, k = 200, 64
ph = k/n
se = np.sqrt(ph*(1-ph)/n)
print("Q2 CI:", round(ph - 1.96*se, 4), round(ph + 1.96*se, 4))

# ---------- Q3 ----------
n3, heads = 400, 218
ph3 = heads/n3
se3 = np.sqrt(ph3*(1-ph3)/n3)
z = (ph3 - 0.5)/se3
pval = norm.sf(z)
print("Q3 z =", round(z, 3), " p-value =", round(pval, 4))
print("Q3 decision:", "reject H0" if pval < 0.05 else "fail to reject H0")

# ---------- Q5 ----------
x = np.array([0, 1, 2]); px = np.array([0.2, 0.5, 0.3])
ex = (x*px).sum(); ex2 = (x**2*px).sum()
var = ex2 - ex**2
print("Q5 E[X] =", round(ex, 2), " Var(X) =", round(var, 2), " Var(3X-2) =", round(9*var, 2))

# Output:
# Q1a P(at least one six) = 0.4213
# Q1b P(+) = 0.1085  P(D|+) = 0.088
# Q2 CI: 0.2554 0.3846
# Q3 z = 1.807  p-value = 0.0354
# Q3 decision: reject H0
# Q5 E[X] = 1.1  Var(X) = 0.49  Var(3X-2) = 4.41
