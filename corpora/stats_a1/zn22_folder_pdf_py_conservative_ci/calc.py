# MA214 A1 -- helper script (Riya Sharma 23B2281)
from math import sqrt, erf

def norm_cdf(z):
    return (1 + erf(z / sqrt(2))) / 2

# ---- Q1
print("1a:", round(1 - (5/6)**3, 4))
tp = 0.95 * 0.01
fp = 0.10 * 0.99
print("1b:", round(tp / (tp + fp), 4))

# ---- Q2   (worst case p = 0.5 in the SE, safest choice)
phat = 64 / 200
me = 1.96 * sqrt(0.5 * 0.5 / 200)
print("2: ", round(phat - me, 4), round(phat + me, 4))

# ---- Q3
z = (218/400 - 0.5) / sqrt(0.25 / 400)
p = 2 * (1 - norm_cdf(z))
print("3a:", round(z, 3), " 3b:", round(p, 4))

# ---- Q5
EX = 0*0.2 + 1*0.5 + 2*0.3
EX2 = 0*0.2 + 1*0.5 + 4*0.3
print("5:", round(EX, 3), round(EX2 - EX**2, 3), round(9*(EX2 - EX**2), 3))
