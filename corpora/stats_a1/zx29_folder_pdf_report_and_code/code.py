"""MA 214 Assignment 1 - numerical parts. Ananya Ghosh 22B1874"""
from fractions import Fraction
from math import sqrt
from statistics import NormalDist

N = NormalDist()

# Q1
a = 1 - Fraction(5, 6) ** 3
b = Fraction(95, 100) * Fraction(1, 100) / (Fraction(95, 100) * Fraction(1, 100) + Fraction(10, 100) * Fraction(99, 100))
print(f"Q1a: {a} = {float(a):.5f}")
print(f"Q1b: {b} = {float(b):.5f}")

# Q2 (Wald with continuity correction)
n, x = 200, 64
ph = x / n
se = sqrt(ph * (1 - ph) / n)
m = 1.96 * se + 1 / (2 * n)
print(f"Q2: [{ph - m:.4f}, {ph + m:.4f}]")

# Q3
z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
p = 2 * (1 - N.cdf(abs(z)))
print(f"Q3: z = {z:.2f}, p = {p:.4f}, reject = {p < 0.05}")

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
E = sum(i * q for i, q in zip(xs, ps))
V = sum((i - E) ** 2 * q for i, q in zip(xs, ps))
print(f"Q5: E = {E:.2f}, Var = {V:.2f}, Var(3X-2) = {9 * V:.2f}")

# Output:
# Q1a: 91/216 = 0.42130
# Q1b: 19/217 = 0.08756
# Q2: [0.2528, 0.3872]
# Q3: z = 1.80, p = 0.0719, reject = False
# Q5: E = 1.10, Var = 0.49, Var(3X-2) = 4.41
