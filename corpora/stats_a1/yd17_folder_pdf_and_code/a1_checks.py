"""Numerical checks for MA 214 Assignment 1 (Lakshmi Narayanan, 23B1042).
The derivations are in A1_report.pdf; this just checks the arithmetic."""
from math import sqrt, erf
import random


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# Q1(a) - simulate to check 1 - (5/6)^3
random.seed(1)
N = 200_000
hits = sum(any(random.randint(1, 6) == 6 for _ in range(3)) for _ in range(N))
print("Q1a exact:", round(1 - (5 / 6) ** 3, 4), " simulated:", round(hits / N, 4))

# Q1(b)
print("Q1b:", round(0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99), 4))

# Q2
ph = 64 / 200
se = sqrt(ph * (1 - ph) / 200)
print("Q2: (%.4f, %.4f)" % (ph - 1.96 * se, ph + 1.96 * se))

# Q3 (SE from p_hat)
ph3 = 218 / 400
se3 = sqrt(ph3 * (1 - ph3) / 400)
z = (ph3 - 0.5) / se3
print("Q3: z = %.3f  p = %.4f" % (z, 2 * (1 - Phi(abs(z)))))

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
v = sum(x * x * p for x, p in zip(xs, ps)) - m ** 2
print("Q5: E=%.2f Var=%.2f Var(3X-2)=%.2f" % (m, v, 9 * v))
