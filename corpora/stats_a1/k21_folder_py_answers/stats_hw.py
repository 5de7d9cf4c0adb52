"""MA214 assignment 1 helper script -- Lakshya Goyal 22B1644"""
from math import sqrt, erf


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + erf(z / sqrt(2)))


# Q1
dice = 1 - (5 / 6) ** 3
bayes = 0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99)
print(f"Q1a {dice:.4f}")
print(f"Q1b {bayes:.4f}")

# Q2
ph = 64 / 200
se = sqrt(ph * (1 - ph) / 200)
print(f"Q2  [{ph - 1.96 * se:.4f}, {ph + 1.96 * se:.4f}]")

# Q3
z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
pval = Phi(z)
print(f"Q3a z = {z:.2f}")
print(f"Q3b p = {pval:.4f}")

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
v = sum(x * x * p for x, p in zip(xs, ps)) - m ** 2
print(f"Q5  E={m:.2f} Var={v:.2f} Var(3X-2)={9 * v:.2f}")
