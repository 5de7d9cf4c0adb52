"""
MA 214 Assignment 1  --  Nikhil Rao (22B0718)

I solved everything as a script; run `python3 a1.py` to get the printed numbers.
Final answers are collected in the ANSWERS block at the bottom of this file.
"""
import math
import numpy as np


def norm_cdf(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---------------- Q1(a) ----------------
# P(at least one six) = 1 - P(no six)^3 ... = 1 - (5/6)^3
q1a = 1 - (5 / 6) ** 3                 # 0.4212962962962963

# ---------------- Q1(b) ----------------
prior, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prior + (1 - spec) * (1 - prior)   # 0.1085
q1b = sens * prior / p_pos                          # 0.08755760368663594

# ---------------- Q2 ----------------
n, k = 200, 64
ph = k / n
se = math.sqrt(ph * (1 - ph) / n)
q2 = (ph - 1.96 * se, ph + 1.96 * se)               # (0.2553, 0.3847)

# ---------------- Q3 ----------------
N, heads = 400, 218
z = (heads / N - 0.5) / math.sqrt(0.25 / N)         # 1.8
pval = 2 * (1 - norm_cdf(abs(z)))                   # 0.0719
decision = "fail to reject H0" if pval > 0.05 else "reject H0"

# ---------------- Q4 ----------------
def loglik(p, x):
    """Bernoulli log-likelihood  l(p) = sum x_i log p + (1 - x_i) log(1 - p)"""
    x = np.asarray(x)
    return np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))

def mle(x):
    # derivative sum(x)/p - (n - sum(x))/(1 - p) = 0  ->  p_hat = mean(x)
    return np.mean(x)

# ---------------- Q5 ----------------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)            # 1.1
EX2 = np.sum(vals ** 2 * probs)      # 1.7
VarX = EX2 - EX                      # Var = E[X^2] - E[X]
VarY = 3 ** 2 * VarX                 # Var(aX+b) = a^2 Var(X)

if __name__ == "__main__":
    print("Q1a", round(q1a, 4))
    print("Q1b", round(q1b, 4))
    print("Q2 ", tuple(round(v, 4) for v in q2))
    print("Q3a", round(z, 3), " Q3b", round(pval, 4), " Q3c", decision)
    print("Q4 check", mle([1, 0, 1, 1]))
    print("Q5", EX, round(VarX, 4), round(VarY, 4))

# ANSWERS (output of the run above)
# Q1a 0.4213
# Q1b 0.0876
# Q2  (0.2553, 0.3847)
# Q3a 1.8   Q3b 0.0719   Q3c fail to reject H0  (p-value 0.0719 > alpha 0.05)
# Q4a l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
# Q4b p_hat = mean of the x_i  = (1/n) sum x_i
# Q5  E[X] = 1.1   Var(X) = 0.6   Var(3X-2) = 5.4
