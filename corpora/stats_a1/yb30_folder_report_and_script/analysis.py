# MA214 A1 - helper script (Varun Malhotra, 22B1309)
import numpy as np
from scipy.stats import norm

# ---- Q1b -------------------------------------------------------------
prev, sens, spec = 0.01, 0.95, 0.90
num = sens * prev
den = sens * prev + (1 - spec) * (1 - prev)
print(f"Q1b: P(D|+) = {num/den:.5f}")

# ---- Q2 --------------------------------------------------------------
n, k = 200, 64
phat = k / n
se = np.sqrt(phat * (1 - phat) / n)
z = 1.645                       # normal quantile for the CI
lo, hi = phat - z * se, phat + z * se
print(f"Q2: phat = {phat:.2f}, SE = {se:.5f}, CI = ({lo:.4f}, {hi:.4f})")

# ---- Q3 --------------------------------------------------------------
n3, heads, p0 = 400, 218, 0.5
z3 = (heads / n3 - p0) / np.sqrt(p0 * (1 - p0) / n3)
pval = 1 - norm.cdf(z3)
print(f"Q3: z = {z3:.4f}, p-value = {pval:.4f}")

# ---- Q4 (numerical check of the MLE) ----------------------------------
rng = np.random.default_rng(0)
x = rng.binomial(1, 0.3, size=500)
grid = np.linspace(0.001, 0.999, 999)
ll = x.sum() * np.log(grid) + (len(x) - x.sum()) * np.log(1 - grid)
print(f"Q4 check: argmax = {grid[ll.argmax()]:.3f}, xbar = {x.mean():.3f}")

# ---- Q5 --------------------------------------------------------------
v = np.array([0, 1, 2]); pr = np.array([0.2, 0.5, 0.3])
EX = (v * pr).sum(); VX = (v**2 * pr).sum() - EX**2
print(f"Q5: E[X] = {EX:.4f}, Var(X) = {VX:.4f}, Var(3X-2) = {9*VX:.4f}")
