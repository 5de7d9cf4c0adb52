# MA214 A1 - numerical parts (Q1, Q2, Q3, Q5)
# Bogdan Petrenko, 23B1544
from fractions import Fraction as F
from statistics import NormalDist

N01 = NormalDist()

# Q1
a = 1 - F(5, 6) ** 3
b = F(95, 100) * F(1, 100) / (F(95, 100) * F(1, 100) + F(10, 100) * F(99, 100))
print("1(a):", a, "=", round(float(a), 4))
print("1(b):", b, "=", round(float(b), 4))

# Q2
n, k = 200, 64
ph = k / n
se = (ph * (1 - ph) / n) ** 0.5
z975 = N01.inv_cdf(0.975)
print("2: (%.4f, %.4f)" % (ph - z975 * se, ph + z975 * se))

# Q3
n3, h = 400, 218
z = (h / n3 - 0.5) / (0.25 / n3) ** 0.5
p = 2 * (1 - N01.cdf(abs(z)))
print("3(a): z = %.3f" % z)
print("3(b): p = %.4f" % p)
print("3(c):", "reject H0" if p < 0.05 else "do not reject H0")

# Q5
vals, probs = [0, 1, 2], [F(2, 10), F(5, 10), F(3, 10)]
m = sum(v * q for v, q in zip(vals, probs))
v = sum(v * v * q for v, q in zip(vals, probs)) - m ** 2
print("5:", float(m), float(v), float(9 * v))
