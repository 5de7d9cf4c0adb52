# MA214 A1 -- Aditi Rao (23B0402)
# numbers used in report.pdf

import math

def Phi(x):
    return (1 + math.erf(x / 2**0.5)) / 2

# problem 1
pa = 1 - (5/6)**3
pb = (0.95*0.01) / (0.95*0.01 + 0.10*0.99)
print(f"P1a = {pa:.4f}")
print(f"P1b = {pb:.4f}")

# problem 2 - wald interval
phat = 64/200
se = math.sqrt(phat*(1-phat)/200)
print(f"P2  = ({phat-1.96*se:.4f}, {phat+1.96*se:.4f})")

# problem 3 - I use the estimated proportion in the SE
ph = 218/400
se3 = math.sqrt(ph*(1-ph)/400)
z = (ph - 0.5)/se3
p = 2*(1 - Phi(z))
print(f"P3  z = {z:.3f}, p = {p:.4f}")

# problem 5
x = [0, 1, 2]
px = [0.2, 0.5, 0.3]
EX = sum(v*q for v, q in zip(x, px))
EX2 = sum(v**2*q for v, q in zip(x, px))
var = EX2 - EX
print(f"P5  E = {EX:.2f}, Var = {var:.2f}, Var(3X-2) = {9*var:.2f}")
