# MA 214 Assignment 1 - helper calculations
# Aditya Bhattacharya, 22B0777
from math import sqrt, erf


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------- Q1 ----------
# (a) dice
p_no_six = (5 / 6) ** 3
q1a = p_no_six
print("Q1a:", round(q1a, 4))

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
q1b = sens * prev / p_pos
print("Q1b:", round(q1b, 4))

# ---------- Q2 ----------
n, yes = 200, 64
ph = yes / n
se = sqrt(ph * (1 - ph) / n)
lo, hi = ph - 1.96 * se, ph + 1.96 * se
print("Q2: (%.4f, %.4f)" % (lo, hi))

# ---------- Q3 ----------
N, heads = 400, 218
ph3 = heads / N
z = (ph3 - 0.5) / sqrt(0.25 / N)
pval = 2 * (1 - Phi(abs(z)))
print("Q3a z =", round(z, 3))
print("Q3b p =", round(pval, 4))
print("Q3c:", "reject H0" if pval < 0.05 else "fail to reject H0")

# ---------- Q5 ----------
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
var = EX2 - EX ** 2
print("Q5a:", round(EX, 4))
print("Q5b:", round(var, 4))
print("Q5c:", round(3 * var, 4))
