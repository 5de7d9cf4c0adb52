"""MA 214 Assignment 1 -- numbers for our report.
Neha Joshi (22B0610) & Siddharth Rao (22B0655)
Run: python calc.py
"""
from fractions import Fraction as Fr
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1(a): three rolls, one of them is the six, the other two are not
q1a = 3 * Fr(1, 6) * Fr(5, 6) ** 2
print("Q1a", q1a, float(q1a))

# Q1(b)
prev, sens, spec = Fr(1, 100), Fr(95, 100), Fr(90, 100)
q1b = sens * prev / (sens * prev + (1 - spec) * (1 - prev))
print("Q1b", q1b, float(q1b))

# Q2
n, k = 200, 64
ph = k / n
se = sqrt(ph * (1 - ph) / n)
print("Q2", round(ph - 1.96 * se, 4), round(ph + 1.96 * se, 4))

# Q3
N, H = 400, 218
z = (H / N - 0.5) / sqrt(0.25 / N)
pv = 2 * (1 - Phi(abs(z)))
print("Q3 z", round(z, 3), "p", round(pv, 4), "reject" if pv < 0.05 else "fail to reject")

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
v = sum(x * x * p for x, p in zip(xs, ps)) - m ** 2
print("Q5", round(m, 4), round(v, 4), round(9 * v, 4))
