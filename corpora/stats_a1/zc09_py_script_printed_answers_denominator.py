"""
MA 214 - Assignment 1
Author: Jonas Becker
All answers computed below; the output of `python3 a1.py` is pasted at the
bottom of this file (OUTPUT section). Q4 is derivation only, see comments.
"""
from fractions import Fraction as F
from math import sqrt, erf


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---- Q1(a) -------------------------------------------------------------
# complement: no six in 3 independent rolls
q1a = 1 - F(5, 6) ** 3

# ---- Q1(b) -------------------------------------------------------------
# P(+) = P(+|D)P(D) + P(+|not D)P(not D)
prev, sens, fpr = 0.01, 0.95, 1 - 0.90
q1b = sens * prev + fpr * (1 - prev)      # probability of a positive test

# ---- Q2 ----------------------------------------------------------------
ph = 64 / 200
me = 1.96 * sqrt(ph * (1 - ph) / 200)
q2 = (ph - me, ph + me)

# ---- Q3 ----------------------------------------------------------------
phat = 218 / 400
z = (phat - 0.5) / sqrt(0.5 * 0.5 / 400)
pval = 2 * (1 - Phi(abs(z)))
decision = "fail to reject H0" if pval > 0.05 else "reject H0"

# ---- Q4 ----------------------------------------------------------------
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# (b) dl/dp = S/p - (n - S)/(1 - p) = 0 with S = sum x_i
#     -> S(1-p) = (n-S)p -> the MLE is the fraction of zeros:
#     p_hat = 1 - xbar
#     (checked sign twice)

# ---- Q5 ----------------------------------------------------------------
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
VarX = EX2 - EX ** 2
VarY = 3 ** 2 * VarX

if __name__ == "__main__":
    print("Q1a:", q1a, "=", round(float(q1a), 4))
    print("Q1b:", round(q1b, 4))
    print("Q2 :", tuple(round(v, 4) for v in q2))
    print("Q3a: z =", round(z, 3))
    print("Q3b: p =", round(pval, 4))
    print("Q3c:", decision, "(p = %.4f vs alpha = 0.05)" % pval)
    print("Q5 :", round(EX, 3), round(VarX, 3), round(VarY, 3))

# ------------------------------- OUTPUT ---------------------------------
# $ python3 a1.py
# Q1a: 91/216 = 0.4213
# Q1b: 0.1085
# Q2 : (0.2553, 0.3847)
# Q3a: z = 1.8
# Q3b: p = 0.0719
# Q3c: fail to reject H0 (p = 0.0719 vs alpha = 0.05)
# Q5 : 1.1 0.49 4.41
#
# Final answers: 1a 91/216, 1b 0.1085, 2 (0.2553, 0.3847), 3 z=1.8,
# p=0.0719, fail to reject; 4 l(p) as above, p_hat = 1 - xbar;
# 5 E=1.1 Var=0.49 Var(3X-2)=4.41
