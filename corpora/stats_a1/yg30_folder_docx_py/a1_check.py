# a1_check.py  -- quick numeric checks for MA214 A1 (Neha S.)
from math import sqrt, erf

Phi = lambda z: 0.5 * (1 + erf(z / sqrt(2)))

print("1a:", 1 - (5 / 6) ** 3)
print("1b:", 0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99))

ph = 64 / 200
se = sqrt(ph * (1 - ph) / 200)
print("2: ", ph - 1.96 * se, ph + 1.96 * se)

z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
print("3: z =", z, " p =", 2 * (1 - Phi(z)))

EX = 0 * 0.2 + 1 * 0.5 + 2 * 0.3
VX = 0 * 0.2 + 1 * 0.5 + 4 * 0.3 - EX ** 2
print("5: ", EX, VX, 9 * VX)
