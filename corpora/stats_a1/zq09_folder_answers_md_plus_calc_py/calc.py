"""Numbers for MA214 A1 (Mohit Agarwal). Run: python calc.py"""
import math

def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

# Q1
print("1a", 1 - (5 / 6) ** 3)
pos = 0.95 * 0.01 + 0.10 * 0.99
print("1b", 0.95 * 0.01 / pos)

# Q2
phat = 64 / 200
se = math.sqrt(phat * (1 - phat) / 200)
print("2", se, 1.96 * se, phat - 1.96 * se, phat + 1.96 * se)

# Q3
z = (218 / 400 - 0.5) / math.sqrt(0.25 / 400)
print("3a", z)
print("3b", 2 * (1 - phi(z)))

# Q5
xs, ps = (0, 1, 2), (0.2, 0.5, 0.3)
m1 = sum(x * p for x, p in zip(xs, ps))
m2 = sum(x * x * p for x, p in zip(xs, ps))
print("5", m1, m2, m2 - m1 ** 2, 9 * (m2 - m1 ** 2))
