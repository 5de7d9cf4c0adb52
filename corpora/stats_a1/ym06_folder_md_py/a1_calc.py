"""MA214 assignment 1 - helper calculations (Vikram Shetty)"""
import math
from statistics import NormalDist

Z = NormalDist()

# Q1
print("Q1a", 1 - (5/6)**3)
p_pos = 0.95*0.01 + 0.10*0.99
print("Q1b P(+) =", p_pos, " P(D|+) =", round(0.95*0.01/p_pos, 3))

# Q2
ph = 64/200
se = math.sqrt(ph*(1-ph)/200)
print("Q2", ph - 1.96*se, ph + 1.96*se)

# Q3
z = (218/400 - 0.5)/math.sqrt(0.25/400)
print("Q3 z =", z, " p =", 2*(1 - Z.cdf(z)))

# Q5
xs = [0, 1, 2]; ps = [0.2, 0.5, 0.3]
EX = sum(x*p for x, p in zip(xs, ps))
EX2 = sum(x*x*p for x, p in zip(xs, ps))
var = math.sqrt(EX2 - EX**2)
print("E[X]   =", round(EX, 4))
print("E[X^2] =", round(EX2, 4))
print("Var    =", round(var, 4))
print("Var(3X-2) =", round(9*var, 4))
