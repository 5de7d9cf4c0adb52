# MA214 HW1 - Vikram Reddy 22B0841
import numpy as np
from math import comb, sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# ---- Q1 ----
# (a) P(N >= 1), N ~ Bin(3, 1/6)
pa = sum(comb(3, k) * (1/6)**k * (5/6)**(3-k) for k in range(1, 4))
print("Q1a  P(at least one six) =", round(pa, 4))

# (b) Bayes
prior, sens, fpr = 0.01, 0.95, 1 - 0.90
pb = prior * sens / (prior * sens + (1 - prior) * fpr)
print("Q1b  P(D|+) =", round(pb, 4))

# ---- Q2 ----
n, x = 200, 64
ph = x / n
me = 1.96 * sqrt(ph * (1 - ph) / n)
print("Q2   95%% CI = [%.4f, %.4f]" % (ph - me, ph + me))

# ---- Q3 ----
N, H = 400, 218
z = (H / N - 0.5) / sqrt(0.5 * 0.5 / N)
pval = 1 - Phi(z)
print("Q3   z = %.2f   p-value = %.4f" % (z, pval))

# ---- Q5 ----
X = np.array([0, 1, 2])
P = np.array([0.2, 0.5, 0.3])
EX = np.mean(X)
VX = np.var(X)
print("Q5   E[X] = %.4f  Var(X) = %.4f  Var(3X-2) = %.4f" % (EX, VX, 9 * VX))
