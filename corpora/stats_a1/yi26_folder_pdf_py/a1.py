# MA 214 A1 -- Lakshmi Venkatesh
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1
print("Q1a", round(1 - (5/6)**3, 4))
print("Q1b", round(0.95*0.01 / (0.95*0.01 + 0.10*0.99), 3))

# Q2
ph = 64/200
se = sqrt(ph*(1-ph)/200)
print("Q2", (round(ph - 1.96*se, 4), round(ph + 1.96*se, 4)))

# Q3
ph3 = 218/400
se3 = sqrt(ph3*(1-ph3)/400)
z = (ph3 - 0.5)/se3
print("Q3 z =", round(z, 4), " one-sided p =", round(1 - Phi(z), 4))

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x*p for x, p in zip(xs, ps))
v = sum(x*x*p for x, p in zip(xs, ps)) - m**2
print("Q5", round(m, 4), round(v, 4), round(3*v, 4))
