# Yusuf Adeyemi - MA214 A1 calculations
import math

def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

print("1a", round(1 - (5/6)**3, 2))
print("1b", round(0.95*0.01 / (0.95*0.01 + 0.10*0.99), 4))

p = 64/200
m = 1.96 * math.sqrt(p*(1-p)/200)
print("2 ", round(p - m, 4), round(p + m, 4))

z = (218/400 - 0.5) / math.sqrt(0.25/400)
print("3a", round(z, 2), " 3b", round(2*(1 - Phi(z)), 4))

ex = 0*0.2 + 1*0.5 + 2*0.3
ex2 = 0*0.2 + 1*0.5 + 4*0.3
print("5 ", ex, round(ex2 - ex**2, 2), round(9*(ex2 - ex**2), 2))
