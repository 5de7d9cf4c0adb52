# MA 214 Assignment 1 -- Siddharth Rao (23B1433)
import numpy as np
from scipy.stats import norm

# ---- Q1
p_a = 1 - (5/6)**3
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1 - spec)*(1 - prev)
p_b = sens*prev/p_pos
print(f"Q1a {p_a:.4f}   Q1b {p_b:.4f}")
# Q1a 0.4213   Q1b 0.0876

# ---- Q2: 95% CI
n, k = 200, 64
ph = k/n
se = np.sqrt(ph*(1 - ph)/n)
zc = norm.ppf(0.95)          # critical value for 95%
print(f"Q2 z={zc:.3f} CI=({ph - zc*se:.4f}, {ph + zc*se:.4f})")
# Q2 z=1.645 CI=(0.2657, 0.3743)

# ---- Q3
n, h = 400, 218
ph = h/n
z = (ph - 0.5)/np.sqrt(0.25/n)
pval = norm.sf(z)
print(f"Q3 z={z:.2f} p={pval:.4f}")
# Q3 z=1.80 p=0.0359

# ---- Q4: numerical check of the MLE
rng = np.random.default_rng(1)
x = rng.binomial(1, 0.3, size=50)
grid = np.linspace(0.001, 0.999, 9999)
ll = x.sum()*np.log(grid) + (len(x) - x.sum())*np.log(1 - grid)
print("Q4 argmax", grid[ll.argmax()].round(3), "mean", x.mean())

# ---- Q5
vals = np.array([0, 1, 2]); probs = np.array([0.2, 0.5, 0.3])
EX = vals @ probs
VX = (vals**2) @ probs - EX**2
print(f"Q5 E={EX:.2f} Var={VX:.2f} Var(3X-2)={9*VX:.2f}")
# Q5 E=1.10 Var=0.49 Var(3X-2)=4.41
