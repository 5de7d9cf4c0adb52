"""MA214 A1 - helper calculations (Fatima Sheikh, 23B0087).

Run:  python solution.py
All numbers quoted in answers.md come from this script.
"""
from fractions import Fraction
from math import sqrt, log
from statistics import NormalDist

N = NormalDist()

# ---- Q1a ----
p_no_six = Fraction(5, 6) ** 3
q1a = 1 - p_no_six
print("Q1a:", q1a, "=", round(float(q1a), 4))

# ---- Q1b ----
prev, sens, spec = Fraction(1, 100), Fraction(95, 100), Fraction(90, 100)
p_pos = sens * prev + (1 - spec) * (1 - prev)
q1b = sens * prev / p_pos
print("Q1b:", q1b, "=", round(float(q1b), 4))

# ---- Q2 ----
n, x = 200, 64
ph = x / n
se = sqrt(ph * (1 - ph) / n)
lo, hi = ph - 1.96 * se, ph + 1.96 * se
print("Q2: (%.4f, %.4f)" % (lo, hi))

# ---- Q3 ----
n3, heads, p0 = 400, 218, 0.5
z = (heads / n3 - p0) / sqrt(p0 * (1 - p0) / n3)
pval = N.cdf(z)          # p-value from the normal distribution
print("Q3a: z =", round(z, 3))
print("Q3b: p =", round(pval, 4))
print("Q3c:", "reject H0" if pval < 0.05 else "fail to reject H0")

# ---- Q5 ----
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(a * b for a, b in zip(xs, ps))
EX2 = sum(a * a * b for a, b in zip(xs, ps))
VX = EX2 - EX ** 2
print("Q5: E =", round(EX, 4), "Var =", round(VX, 4), "Var(3X-2) =", round(9 * VX, 4))

# Output I got:
# Q1a: 91/216 = 0.4213
# Q1b: 19/217 = 0.0876
# Q2: (0.2553, 0.3847)
# Q3a: z = 1.8
# Q3b: p = 0.9641
# Q3c: fail to reject H0
# Q5: E = 1.1 Var = 0.49 Var(3X-2) = 4.41
