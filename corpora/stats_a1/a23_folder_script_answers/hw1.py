# MA214 HW1 - Kunal Bhatt 23B0539
import numpy as np
from math import erf, sqrt

def Phi(t):
    return 0.5 * (1 + erf(t / sqrt(2)))

# Q1a
q1a = 1 - (5/6)**3
print("Q1a:", q1a)

# Q1b
q1b = 0.95*0.01 / (0.95*0.01 + 0.10*0.99)
print("Q1b:", q1b)

# Q2
n, x = 200, 64
ph = x / n
se = np.sqrt(ph*(1 - ph)/n)
z = 1.645   # critical value
print("Q2: SE =", round(se, 5), " CI =", (round(ph - z*se, 4), round(ph + z*se, 4)))

# Q3
N, H = 400, 218
ph3 = H / N
z3 = (ph3 - 0.5) / np.sqrt(0.25 / N)
pv = 2*(1 - Phi(abs(z3)))
print("Q3: z =", round(z3, 3), " p =", round(pv, 4), " reject:", pv < 0.05)

# Q5
v = np.array([0, 1, 2]); pr = np.array([0.2, 0.5, 0.3])
EX = np.sum(v*pr)
VX = np.sum(v**2*pr)          # variance = E[X^2]
print("Q5:", round(EX, 4), round(VX, 4), round(9*VX, 4))
