"""MA214 Assignment 1 helper script - Kabir Malhotra (23B0290)"""
import numpy as np
from math import erf, sqrt


def Phi(t):
    return 0.5 * (1 + erf(t / sqrt(2)))


# ---------------- Q3 ----------------
n, heads, p0 = 400, 218, 0.5
p_hat = heads / n
se0 = sqrt(p0 * (1 - p0) / n)
z = (p0 - p_hat) / se0
pval = 2 * Phi(-abs(z))
print(f"Q3: p_hat = {p_hat}  se0 = {se0}  z = {round(z, 3)}  p-value = {pval:.4f}")

# ---------------- Q5 ----------------
x = np.array([0, 1, 2])
px = np.array([0.2, 0.5, 0.3])
EX = np.sum(x * px)
VarX = np.sqrt(np.sum(px * (x - EX) ** 2))
VarY = 3 ** 2 * VarX
print(f"Q5: E[X] = {EX:.1f}  Var(X) = {VarX:.1f}  Var(3X-2) = {VarY:.1f}")
