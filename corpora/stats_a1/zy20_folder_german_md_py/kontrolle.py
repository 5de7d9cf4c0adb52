# Kontrollrechnung zu loesung.md  (Jonas Becker)
from math import comb, sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Aufgabe 1a: genau eine Sechs bei drei Würfen
a1 = comb(3, 1) * (1/6) * (5/6)**2
print("1a:", round(a1, 4))            # 1a: 0.3472

# Aufgabe 1b
b1 = 0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99)
print("1b:", round(b1, 4))            # 1b: 0.0876

# Aufgabe 2
ph = 64 / 200
se = sqrt(ph * (1 - ph) / 200)
print("2:", round(ph - 1.96 * se, 4), round(ph + 1.96 * se, 4))   # 2: 0.2553 0.3847

# Aufgabe 3
z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
p = 2 * (1 - Phi(z))
print("3:", round(z, 2), round(p, 4), "H0 nicht verwerfen" if p > 0.05 else "H0 verwerfen")
# 3: 1.8 0.0719 H0 nicht verwerfen

# Aufgabe 5
EX = 0 * 0.2 + 1 * 0.5 + 2 * 0.3
VX = 0 * 0.2 + 1 * 0.5 + 4 * 0.3 - EX**2
print("5:", round(EX, 2), round(VX, 2), round(3 * VX, 2))         # 5: 1.1 0.49 1.47
