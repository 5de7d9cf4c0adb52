#!/usr/bin/env python3
"""
MA 214 -- Assignment 1
Student: Rahul Verma (23B0660)

I did the assignment as a script; every answer is printed at the end of each
section, and the expected output is pasted in the comments.

Q4 (theory) is answered in the docstring of `bernoulli_loglik` below.
"""
import math
import numpy as np


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


# ---------------------------------------------------------------- Q1(a)
p_at_least_one_six = 1 - (5 / 6) ** 3
print(f"Q1(a) P(at least one six) = {p_at_least_one_six:.4f}")
# Q1(a) P(at least one six) = 0.4213

# ---------------------------------------------------------------- Q1(b)
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)          # 0.1085
p_d_given_pos = sens * prev / p_pos
print(f"Q1(b) P(D|+) = {p_d_given_pos:.4f}")
# Q1(b) P(D|+) = 0.0876

# ---------------------------------------------------------------- Q2
n, k = 200, 64
phat = k / n
se = math.sqrt(phat * (1 - phat) / n)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print(f"Q2   phat = {phat:.2f}, SE = {se:.5f}, 95% CI = ({lo:.4f}, {hi:.4f})")
# Q2   phat = 0.32, SE = 0.03298, 95% CI = (0.2553, 0.3847)

# ---------------------------------------------------------------- Q3
n, heads, p0 = 400, 218, 0.5
phat = heads / n
z = (phat - p0) / math.sqrt(p0 * (1 - p0) / n)
pval = 1 - Phi(z)          # P(Z > z)
print(f"Q3(a) z = {z:.2f}")
print(f"Q3(b) p-value = {pval:.4f}")
if abs(z) > 1.96:
    print("Q3(c) |z| > 1.96 -> reject H0")
else:
    print("Q3(c) |z| = %.2f < 1.96 -> fail to reject H0 (no evidence coin is biased)" % abs(z))
# Q3(a) z = 1.80
# Q3(b) p-value = 0.0359
# Q3(c) |z| = 1.80 < 1.96 -> fail to reject H0 (no evidence coin is biased)


# ---------------------------------------------------------------- Q4
def bernoulli_loglik(p, x):
    """
    Q4(a): log-likelihood of iid Bernoulli(p) data x_1..x_n:

        l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
             = S*log(p) + (n - S)*log(1 - p),   S = sum_i x_i

    Q4(b): l'(p) = S/p - (n - S)/(1 - p) = 0  =>  S(1 - p) = (n - S)p  =>  p = S/n
           so the MLE is p_hat = (1/n) * sum_i x_i = x_bar.
           (checked numerically below on simulated data)
    """
    x = np.asarray(x)
    S, n = x.sum(), x.size
    return S * np.log(p) + (n - S) * np.log(1 - p)


rng = np.random.default_rng(214)
x = rng.binomial(1, 0.3, size=500)
grid = np.linspace(0.001, 0.999, 9999)
p_best = grid[np.argmax(bernoulli_loglik(grid, x))]
print(f"Q4   numeric argmax = {p_best:.3f}, x_bar = {x.mean():.3f}  -> p_hat = x_bar")

# ---------------------------------------------------------------- Q5
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
mean = np.sum(vals * probs)
sd = np.sqrt(np.sum(probs * (vals - mean) ** 2))
print(f"Q5(a) E[X] = {mean:.2f}")
print(f"Q5(b) Var(X) = {sd:.2f}")
print(f"Q5(c) Var(3X-2) = {9 * sd**2:.2f}")
# Q5(a) E[X] = 1.10
# Q5(b) Var(X) = 0.70
# Q5(c) Var(3X-2) = 4.41
