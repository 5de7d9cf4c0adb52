# MA214 A1 -- Zoya Qureshi -- numbers used in A1_writeup.pdf
import math

def Phi(x):
    return (1 + math.erf(x / 2 ** 0.5)) / 2

# Q1
print("1a", 1 - (5 / 6) ** 3)
print("1b", 0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99))

# Q2
ph = 64 / 200
se = math.sqrt(ph * (1 - ph) / 200)
print("2 ", ph - 1.96 * se, ph + 1.96 * se)

# Q3
z = (218 / 400 - 0.5) / math.sqrt(0.25 / 400)
p = 2 * (1 - Phi(abs(z)))
print("3a", z)
print("3b", p)
crit = 1.645
print("3c", "reject H0" if abs(z) > crit else "do not reject H0")

# Q5
x_vals, p_vals = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(x * q for x, q in zip(x_vals, p_vals))
v = sum(x * x * q for x, q in zip(x_vals, p_vals)) - m * m
print("5 ", m, v, 9 * v)
