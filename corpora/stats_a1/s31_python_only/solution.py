"""MA214 Assignment 1 -- Meghna Pillai (22B1164)

I did the whole assignment in Python. Output of `python solution.py` is
pasted at the bottom of this file.
"""
import numpy as np
from scipy.stats import norm
from fractions import Fraction

# ---- Q1 (a): at least one six in three rolls
p_a = 1 - Fraction(5, 6) ** 3
print("Q1a:", p_a, "=", round(float(p_a), 4))

# ---- Q1 (b): Bayes
prior, sens, spec = 0.01, 0.95, 0.90
post = prior * sens / (prior * sens + (1 - prior) * (1 - spec))
print("Q1b:", round(post, 4))

# ---- Q2: CI for a proportion
n, k = 200, 64
p_hat = k / n
z95 = 1.645
se = np.sqrt(p_hat * (1 - p_hat) / n)
print("Q2: 95%% CI = [%.4f, %.4f]" % (p_hat - z95 * se, p_hat + z95 * se))

# ---- Q3: z test, H0: p = 0.5, H1: p != 0.5
z = (218 / 400 - 0.5) / np.sqrt(0.25 / 400)
pval = 2 * (1 - norm.cdf(abs(z)))
print("Q3: z = %.2f, p-value = %.4f" % (z, pval))
print("Q3: fail to reject H0" if pval > 0.05 else "Q3: reject H0",
      "(p-value vs alpha = 0.05)")

# ---- Q4: Bernoulli log-likelihood and MLE
def loglik(p, x):
    # l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
    x = np.asarray(x)
    return np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))

def mle(x):
    # p_hat = (1/n) sum_i x_i = xbar
    return np.mean(x)

# ---- Q5: moments
vals, probs = np.array([0, 1, 2]), np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
VarX = np.sum(vals ** 2 * probs) - EX ** 2
print("Q5: E[X] = %.2f, Var(X) = %.2f, Var(3X-2) = %.2f" % (EX, VarX, 9 * VarX))

"""
Output:
Q1a: 91/216 = 0.4213
Q1b: 0.0876
Q2: 95% CI = [0.2657, 0.3743]
Q3: z = 1.80, p-value = 0.0719
Q3: fail to reject H0 (p-value vs alpha = 0.05)
Q5: E[X] = 1.10, Var(X) = 0.49, Var(3X-2) = 4.41
"""
