# MA214 Assignment 1  --  Benedikt Vogel
# Run with: python3 a1.py   (output pasted as comments under each print)
# Q4 is answered in the docstring of loglik() below.

import numpy as np
from scipy.stats import norm

# ---------------- Q1 ----------------
p_six = 1 / 6
q1a = (1 - p_six) ** 3
print("Q1a  P(at least one six) =", round(q1a, 4))
# Q1a  P(at least one six) = 0.5787

prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
q1b = sens * prev / p_pos
print("Q1b  P(D|+) =", round(q1b, 5))
# Q1b  P(D|+) = 0.08756

# ---------------- Q2 ----------------
n, k = 200, 64
phat = k / n
se = np.sqrt(0.5 * 0.5 / n)          # worst case p = 1/2, safest choice
ci = (phat - 1.96 * se, phat + 1.96 * se)
print("Q2   95% CI =", np.round(ci, 4))
# Q2   95% CI = [0.2507 0.3893]

# ---------------- Q3 ----------------
N, heads = 400, 218
z = (heads / N - 0.5) / np.sqrt(0.25 / N)
pval = 2 * norm.sf(abs(z))
print("Q3a  z =", round(z, 3))
print("Q3b  p =", round(pval, 4))
print("Q3c ", "reject H0" if pval < 0.05 else "do not reject H0", "(p vs alpha = 0.05)")
# Q3a  z = 1.8
# Q3b  p = 0.0719
# Q3c  do not reject H0 (p vs alpha = 0.05)


# ---------------- Q4 ----------------
def loglik(p, x):
    """Bernoulli log-likelihood.

    l(p) = sum_i [ x_i * log(p) + (1 - x_i) * log(1 - p) ]

    Setting dl/dp = sum(x)/p - (n - sum(x))/(1 - p) = 0 gives the MLE
    p_hat = sum(x) / n = mean(x).
    """
    x = np.asarray(x)
    return np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))


x_demo = np.array([1, 1, 0, 1, 0, 0, 1, 1, 1, 0])
grid = np.linspace(0.01, 0.99, 99)
best = grid[np.argmax([loglik(g, x_demo) for g in grid])]
print("Q4   grid argmax =", round(best, 2), " mean =", x_demo.mean())
# Q4   grid argmax = 0.6  mean = 0.6

# ---------------- Q5 ----------------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
VX = np.sum(vals ** 2 * probs) - EX ** 2
print("Q5   E[X] =", round(EX, 3), " Var(X) =", round(VX, 3), " Var(3X-2) =", round(9 * VX, 3))
# Q5   E[X] = 1.1  Var(X) = 0.49  Var(3X-2) = 4.41
