# calc.py -- numbers for answers.md
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

print("1a", round(1 - (5 / 6) ** 3, 4))                      # 0.4213
print("1b", round(100 * 0.0095 / 0.1085, 3), "%")            # 8.756 %

ph = 64 / 200
m = 1.96 * sqrt(ph * (1 - ph) / 200)
print("2 ", round(ph - m, 4), round(ph + m, 4))              # 0.2553 0.3847

z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
print("3a", round(z, 2))                                     # 1.8
print("3b", round(2 * (1 - Phi(z)), 4))                      # 0.0719

xs, ps = (0, 1, 2), (0.2, 0.5, 0.3)
E = sum(x * p for x, p in zip(xs, ps))
V = sum(x * x * p for x, p in zip(xs, ps)) - E ** 2
print("5 ", round(E, 3), round(V, 3), round(9 * V, 3))       # 1.1 0.49 4.41
