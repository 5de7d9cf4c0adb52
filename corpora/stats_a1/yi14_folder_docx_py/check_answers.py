"""Quick numerical checks for MA214 A1 (Zoya Khan)."""
import numpy as np
from math import erf, sqrt

rng = np.random.default_rng(214)

# Q1a exact + simulation
exact = 1 - (5/6)**3
rolls = rng.integers(1, 7, size=(200_000, 3))
sim = (rolls == 6).any(axis=1).mean()
print(f"Q1a exact {exact:.4f}  simulated {sim:.4f}")

# Q1b
print(f"Q1b {0.0095 / (0.0095 + 0.099):.4f}")

# Q2
ph = 0.32
se = sqrt(ph * (1 - ph) / 200)
print(f"Q2  ({ph - 1.96*se:.4f}, {ph + 1.96*se:.4f})")

# Q3
z = (218/400 - 0.5) / sqrt(0.25/400)
Phi = lambda t: 0.5 * (1 + erf(t / sqrt(2)))
print(f"Q3  z = {z:.2f}, p = {2*(1 - Phi(z)):.4f}")

# Q5
x = np.array([0, 1, 2]); p = np.array([0.2, 0.5, 0.3])
m = x @ p; v = (x**2) @ p - m**2
print(f"Q5  E={m:.2f} Var={v:.2f} Var(3X-2)={9*v:.2f}")
