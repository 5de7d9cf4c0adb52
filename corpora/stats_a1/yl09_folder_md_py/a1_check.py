"""Quick numerical checks for MA214 A1 (Karthik Iyer)."""
import math
from scipy.stats import norm

# Q1
p_at_least_one = 1 - (5/6)**3
print(f"Q1a: {p_at_least_one:.6f}")

prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens*prev + (1-spec)*(1-prev)
print(f"Q1b: {sens*prev/p_pos:.6f}")

# Q2
n, k = 200, 64
ph = k/n
se = math.sqrt(ph*(1-ph)/n)
z = 1.645
print(f"Q2 : ({ph - z*se:.4f}, {ph + z*se:.4f})")

# Q3
n3, heads = 400, 218
ph3 = heads/n3
z3 = (ph3 - 0.5)/math.sqrt(0.25/n3)
pval = 2*(1 - norm.cdf(abs(z3)))
print(f"Q3 : z = {z3:.4f}, p = {pval:.4f}")

# Q5
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
E = sum(x*p for x, p in zip(xs, ps))
E2 = sum(x*x*p for x, p in zip(xs, ps))
V = E2 - E**2
print(f"Q5 : E = {E:.4f}, Var = {V:.4f}, Var(3X-2) = {9*V:.4f}")
