# MA214 assignment 1 - Siddharth Rane
# run: python3 a1.py
import numpy as np
from math import erf, sqrt

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1 (a)
p_a = 1 - (5/6)**3
print("Q1a  P(at least one six) =", round(p_a, 4))

# Q1 (b)
prev, sens, spec = 0.01, 0.95, 0.90
p_b = prev*sens / (prev*sens + (1 - prev)*spec)
print("Q1b  P(D | +) =", round(p_b, 5))

# Q2
n, x = 200, 64
ph = x / n
se = sqrt(ph*(1 - ph)/n)
print("Q2   95%% CI = [%.4f, %.4f]" % (ph - 1.96*se, ph + 1.96*se))

# Q3
n, h = 400, 218
ph = h / n
z = (ph - 0.5) / sqrt(0.25 / n)
pv = 2 * (1 - Phi(abs(z)))
print("Q3   z = %.2f   p-value = %.4f" % (z, pv))
print("     decision:", "reject H0" if pv < 0.05 else "fail to reject H0", "(p-value vs alpha = 0.05)")

# Q5
vals = np.array([0, 1, 2]); pr = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals*pr)
VX = np.sum((vals - EX)**2 * pr)
VY = np.sum((3*vals - 2 - (3*EX - 2))**2 * pr)
print("Q5   E[X] = %.2f  Var(X) = %.2f  Var(3X-2) = %.2f" % (EX, VX, VY))
