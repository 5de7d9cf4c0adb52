import numpy as np
from scipy import stats

# ---- Q3: one-sample z test for a proportion ----
n = 400
heads = 218
p0 = 0.5
phat = heads / n
se0 = np.sqrt(p0 * (1 - p0) / n)
z = (phat - p0) / se0
p_value = 2 * stats.norm.sf(abs(z))
print("z statistic      :", round(z, 4))
print("two-sided p-value:", round(p_value, 4))

# ---- Q5: moments ----
x = np.array([0, 1, 2])
px = np.array([0.2, 0.5, 0.3])
EX = np.sum(x * px)
VarX = np.sum((x - EX) ** 2 * px)
print("E[X]             :", round(EX, 4))
print("Var(X)           :", round(VarX, 4))

# Var(aX + b) = a Var(X)
a, b = 3, -2
print("Var(3X-2)        :", round(a * VarX, 4))
