"""
MA214 Assignment 1  --  Daniel Mensah
Run with:  python3 a1.py
Answers are printed at the bottom and also written in the comments.
"""
from math import sqrt, erf


def Phi(z):
    # standard normal cdf, no scipy on the lab machine
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------- Q1 ----------
# (a) at least one six = 1 - P(no six in 3 rolls)
q1a = 1 - (5 / 6) ** 3          # 0.4213  (=91/216)

# (b) sensitivity is P(+|D) = 0.95, and the question asks the chance a
# positive person is sick -> that is what the test sensitivity tells us.
# specificity only matters for negatives.
q1b = 0.95                      # 95 %

# ---------- Q2 ----------
n, k = 200, 64
ph = k / n
se = sqrt(ph * (1 - ph) / n)
q2 = (ph - 1.96 * se, ph + 1.96 * se)     # (0.2553, 0.3847)

# ---------- Q3 ----------
N, H = 400, 218
z = (H / N - 0.5) / sqrt(0.25 / N)        # 1.8
pval = 2 * (1 - Phi(z))                   # 0.0719
decision = "fail to reject H0 (p-value > 0.05)"

# ---------- Q4 ----------
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# (b) dl/dp = S/p - (n-S)/(1-p) = 0  ->  p_hat = S/n = mean(x)

# ---------- Q5 ----------
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(xs) / len(xs)                    # average of the values = 1.0
VarX = sum((x - EX) ** 2 for x in xs) / len(xs)   # 0.6667
Var3 = 9 * VarX                           # Var(aX+b) = a^2 Var(X) -> 6.0

if __name__ == "__main__":
    print("Q1a", round(q1a, 4))
    print("Q1b", q1b)
    print("Q2 ", tuple(round(v, 4) for v in q2))
    print("Q3a z =", round(z, 3))
    print("Q3b p =", round(pval, 4))
    print("Q3c", decision)
    print("Q5 ", EX, round(VarX, 4), round(Var3, 2))

# output:
# Q1a 0.4213
# Q1b 0.95
# Q2  (0.2553, 0.3847)
# Q3a z = 1.8
# Q3b p = 0.0719
# Q3c fail to reject H0 (p-value > 0.05)
# Q5  1.0 0.6667 6.0
