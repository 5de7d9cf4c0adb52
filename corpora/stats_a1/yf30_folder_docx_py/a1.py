import numpy as np
from math import erf, sqrt

Phi = lambda z: 0.5 * (1 + erf(z / sqrt(2)))

# Q1
print("1a", round(1 - (5/6)**3, 4))
print("1b", round(0.95*0.01 / (0.95*0.01 + 0.10*0.99), 4))

# Q2
p = 64/200
se = sqrt(p*(1-p)/200)
print("2 ", round(p - 1.96*se, 4), round(p + 1.96*se, 4))

# Q3  (continuity correction)
z = (218 - 0.5 - 400*0.5) / sqrt(400*0.25)
print("3a", round(z, 4))
print("3b", round(2*(1 - Phi(z)), 4))

# Q5
x = np.array([0, 1, 2]); px = np.array([0.2, 0.5, 0.3])
m = (x*px).sum()
sd = np.sqrt(((x - m)**2 * px).sum())
print("5a", round(m, 2))
print("5b", round(sd, 2))
print("5c", round(9*sd**2, 2))
