"""Helper computations for MA214 A1 (Farhan Qureshi)."""
import math
import numpy as np


def Phi(z):
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


# Q2 -- Wald and Wilson
n, k, zc = 200, 64, 1.96
ph = k / n
se = math.sqrt(ph * (1 - ph) / n)
print("Wald  :", round(ph - zc * se, 4), round(ph + zc * se, 4))
centre = (ph + zc**2 / (2 * n)) / (1 + zc**2 / n)
half = zc * math.sqrt(ph * (1 - ph) / n + zc**2 / (4 * n**2)) / (1 + zc**2 / n)
print("Wilson:", round(centre - half, 4), round(centre + half, 4))
# Wald  : 0.2553 0.3847
# Wilson: 0.2593 0.3875

# Q3
z = (218 / 400 - 0.5) / math.sqrt(0.25 / 400)
print("z =", round(z, 3), " p =", round(2 * (1 - Phi(z)), 4))
# z = 1.8  p = 0.0719


# Q4 -- average log-likelihood on a grid
def avg_loglik(p, x):
    x = np.asarray(x)
    return np.mean(x * np.log(p) + (1 - x) * np.log(1 - p))


rng = np.random.default_rng(214)
x = rng.binomial(1, 0.37, size=1000)
grid = np.linspace(0.01, 0.99, 981)
vals = [avg_loglik(p, x) for p in grid]
print("argmax on grid:", grid[int(np.argmax(vals))], " xbar:", x.mean())
# argmax on grid: 0.369  xbar: 0.369
