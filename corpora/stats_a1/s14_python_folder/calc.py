from fractions import Fraction
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1
p_dice = 1 - Fraction(5, 6) ** 3
print("1a", p_dice, float(p_dice))          # 91/216 0.4213
num = Fraction(1, 100) * Fraction(95, 100)
den = num + Fraction(99, 100) * Fraction(10, 100)
print("1b", num / den, float(num / den))    # 19/217 0.0876

# Q2
ph, n = 64 / 200, 200
se = sqrt(ph * (1 - ph) / n)
print("2", ph - 1.96 * se, ph + 1.96 * se)   # 0.2553 0.3847

# Q3
z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
print("3", z, 2 * (1 - Phi(z)))              # 1.8 0.0719

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
ex = sum(x * p for x, p in zip(xs, ps))
ex2 = sum(x * x * p for x, p in zip(xs, ps))
var = ex2 - ex ** 2
print("5", ex, var, 9 * var)                 # 1.1 0.49 4.41
