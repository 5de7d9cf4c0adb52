# check.py -- recomputes the numbers in report.md (Lakshmi N.)
from math import sqrt
from statistics import NormalDist

Phi = NormalDist().cdf

q1a = 1 - (5 / 6) ** 3
q1b = 0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99)

ph = 64 / 200
n_sample = 64                      # supporters (assumption 4 in report)
se = sqrt(ph * (1 - ph) / n_sample)
ci = (ph - 1.96 * se, ph + 1.96 * se)

z = (218 - 200) / sqrt(400 * 0.25)
p = 2 * (1 - Phi(abs(z)))

EX = 0 * 0.2 + 1 * 0.5 + 2 * 0.3
VX = (0 * 0.2 + 1 * 0.5 + 4 * 0.3) - EX ** 2

print(f"Q1a  {q1a:.4f}  (exact 91/216)")
print(f"Q1b  {q1b:.4f}")
print(f"Q2   ({ci[0]:.4f}, {ci[1]:.4f})")
print(f"Q3   z = {z:.2f}   p = {p:.4f}   -> {'do not reject' if p > 0.05 else 'reject'}")
print(f"Q5   {EX:.1f}  {VX:.2f}  {9 * VX:.2f}")
