"""
MA214 A1 numerical parts
Sana Khan 22B1520
run:  python calc.py
"""
import numpy as np
from math import erf, sqrt

norm_cdf = lambda z: 0.5 * (1 + erf(z / sqrt(2)))

# Q1 a : no six on all three
print("Q1a  P =", round((5/6)**3, 4))

# Q1 b
p_d = 0.01
sens = 0.95
spec = 0.90
print("Q1b  P =", round(sens * p_d, 4))

# Q2
n = 200
phat = 64 / n
se = np.sqrt(phat * (1 - phat) / n)
print("Q2   CI = [%.4f, %.4f]" % (phat - 1.96 * se, phat + 1.96 * se))

# Q3
N = 400
ph = 218 / N
se3 = np.sqrt(ph * (1 - ph) / N)      # SE using p-hat
z = (ph - 0.5) / se3
pv = 2 * (1 - norm_cdf(abs(z)))
print("Q3   z = %.3f  p = %.4f" % (z, pv))

# Q5
x = np.array([0, 1, 2])
px = np.array([0.2, 0.5, 0.3])
m = (x * px).sum()
v = ((x - m) ** 2 * px).sum()
print("Q5   E =", round(m, 3), " Var =", round(v, 3), " Var(3X-2) =", round(9 * v, 3))
