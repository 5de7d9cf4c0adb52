"""Q3: test H0: p = 0.5 vs H1: p != 0.5 for 218 heads in 400 tosses."""
from math import comb, erf, sqrt

n, k, p0 = 400, 218, 0.5


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


mu = n * p0
sd = sqrt(n * p0 * (1 - p0))

# continuity-corrected z
z = ((k - 0.5) - mu) / sd
p_two = 2 * (1 - Phi(abs(z)))

# exact binomial two-sided p-value (symmetric since p0 = 0.5)
upper = sum(comb(n, j) for j in range(k, n + 1)) / 2**n
p_exact = min(1.0, 2 * upper)

print(f"z (continuity corrected) = {z:.4f}")
print(f"two-sided p-value        = {p_two:.4f}")
print(f"exact binomial p-value   = {p_exact:.4f}")
