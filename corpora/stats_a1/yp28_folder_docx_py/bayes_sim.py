"""
MA214 A1 - simulation checks (Aarav Mehta, 23B0402)

Q1(a): P(at least one six in three rolls), exact 91/216
Q1(b): P(D | +) with prevalence 1%, sens 0.95, spec 0.90, exact 0.0095/0.1085
Q3   : exact two-sided binomial p-value for 218 heads in 400 tosses
"""
from math import comb
import numpy as np

rng = np.random.default_rng(214)
N = 10**6

# Q1(a)
rolls = rng.integers(1, 7, size=(N, 3))
sim_dice = (rolls == 6).any(axis=1).mean()
print(f"Q1a exact = {91/216:.4f}   simulated = {sim_dice:.4f}")

# Q1(b)
sick = rng.random(N) < 0.01
u = rng.random(N)
positive = np.where(sick, u < 0.95, u < 0.10)
sim_post = sick[positive].mean()
print(f"Q1b exact = {0.0095/0.1085:.4f}   simulated = {sim_post:.4f}")

# Q3 exact binomial test (two-sided, symmetric since p0 = 0.5)
n, k = 400, 218
upper = sum(comb(n, j) for j in range(k, n + 1)) / 2**n
print(f"Q3 exact binomial two-sided p-value = {2*upper:.4f}")
