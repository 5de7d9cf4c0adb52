"""
MA 214 Assignment 1 -- Q3 and Q5
Aditya Menon (21D070012)
"""
from math import sqrt, erf


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------------- Q3 ----------------
n, heads, p0, alpha = 400, 218, 0.5, 0.05
phat = heads / n
se0 = sqrt(p0 * (1 - p0) / n)
z = (phat - p0) / se0
pval = 2 * (1 - Phi(abs(z)))

print("Q3 (a) z =", round(z, 2))
print("Q3 (b) p-value =", round(pval, 4))
if pval < alpha:
    print("Q3 (c) p-value < 0.05 -> reject H0")
else:
    print("Q3 (c) p-value =", round(pval, 4), "> 0.05 -> fail to reject H0")

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]

EX = sum(x * p for x, p in zip(vals, probs))
VarX = sum(x**2 * p for x, p in zip(vals, probs))   # E[X^2]
VarY = 3**2 * VarX - 2                               # Var(3X - 2)

print("Q5 (a) E[X] =", round(EX, 3))
print("Q5 (b) Var(X) =", round(VarX, 3))
print("Q5 (c) Var(3X-2) =", round(VarY, 3))

# Output when I ran it:
# Q3 (a) z = 1.8
# Q3 (b) p-value = 0.0719
# Q3 (c) p-value = 0.0719 > 0.05 -> fail to reject H0
# Q5 (a) E[X] = 1.1
# Q5 (b) Var(X) = 1.7
# Q5 (c) Var(3X-2) = 13.3
