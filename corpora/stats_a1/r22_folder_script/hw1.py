import numpy as np
from math import erf, sqrt

def Phi(z):
    return 0.5*(1+erf(z/sqrt(2)))

# Q1
rng = np.random.default_rng(214)
rolls = rng.integers(1, 7, size=(200000, 3))
sim = np.mean((rolls == 6).any(axis=1))
print("Q1a exact =", 1-(5/6)**3, " (91/216), simulated =", round(sim, 4))
b = 0.01*0.95/(0.01*0.95 + 0.99*0.10)
print("Q1b =", round(b, 5))

# Q2
ph = 64/200
se = np.sqrt(ph*(1-ph)/200)
z90 = 1.645   # critical value
print("Q2 CI =", (round(ph - z90*se, 4), round(ph + z90*se, 4)))

# Q3
z = (218/400 - 0.5)/np.sqrt(0.25/400)
p = 2*(1-Phi(z))
print("Q3 z =", round(z, 3), " p =", round(p, 4), " reject" if p < 0.05 else " fail to reject")

# Q5
x = np.array([0, 1, 2]); px = np.array([0.2, 0.5, 0.3])
EX = (x*px).sum(); VX = (x**2*px).sum() - EX**2
print("Q5 E =", round(EX, 3), " Var =", round(VX, 3), " Var(3X-2) =", round(3*VX, 3))
