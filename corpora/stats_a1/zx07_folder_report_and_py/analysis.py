# MA214 A1 - Ishaan Chatterjee 23B0554
# helper script, results copied into report.md
import math
from statistics import NormalDist

Phi = NormalDist().cdf

# Q1
q1a = 1 - (5/6)**3
q1b = 0.95*0.01 / (0.95*0.01 + 0.10*0.99)
print("Q1a", round(q1a, 4))
print("Q1b", round(q1b, 4))

# Q2
ph = 64/200
se = math.sqrt(ph*(1-ph)/200)
print("Q2 ", (round(ph - 1.96*se, 4), round(ph + 1.96*se, 4)))

# Q3
ph3 = 218/400
z = (0.5 - ph3) / math.sqrt(0.25/400)
p = 2*Phi(-abs(z))
print("Q3  z =", round(z, 2), " p =", round(p, 4))

# Q5
xs = [0, 1, 2]; ps = [0.2, 0.5, 0.3]
E = sum(x*q for x, q in zip(xs, ps))
E2 = sum(x*x*q for x, q in zip(xs, ps))
var = math.sqrt(E2 - E**2)
print("Q5  E =", round(E, 2), " Var =", round(var, 2), " Var(3X-2) =", round(9*var, 2))
