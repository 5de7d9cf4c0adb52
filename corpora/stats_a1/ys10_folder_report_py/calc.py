"""MA214 A1 - calculations (Aditya Verma, 22B0772)"""
from math import sqrt, erf


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# Q1
p_a = 1 - (5 / 6) ** 3
p_b = 0.95 * 0.01          # P(D|+)
print(f"1(a) {p_a:.4f}")
print(f"1(b) {p_b:.4f}")

# Q2
n, k = 200, 64
ph = k / n
se = sqrt(ph * (1 - ph) / n)
print(f"2  CI = ({ph - 1.96 * se:.4f}, {ph + 1.96 * se:.4f})")

# Q3
z = (218 / 400 - 0.5) / sqrt(0.25 / 400)
pval = 2 * (1 - Phi(abs(z)))
print(f"3(a) z = {z:.3f}")
print(f"3(b) p = {pval:.4f}")

# Q5
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
ex2 = sum(x * x * p for x, p in zip(xs, ps))
v = ex2 - m ** 2
print(f"5(a) {m:.2f}")
print(f"5(b) {v:.2f}")
print(f"5(c) {9 * v - 2:.2f}")
