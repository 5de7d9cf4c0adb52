"""
MA214 - Assignment 1
Student: Ritika Saxena   Roll: 23B0501
Python 3.11, run as:  python a1.py   (takes ~2 s because of the simulation in Q1)

Answers are printed at the end, in the block marked FINAL ANSWERS.
"""
import math
import random
from statistics import NormalDist

random.seed(42)
Phi = NormalDist().cdf

# ------------------------------------------------------------------ Q1 (a)
# exact: 1 - (5/6)^3 = 91/216
q1a = 1 - (5 / 6) ** 3

# sanity check by simulation (200k trials)
hits = sum(any(random.randint(1, 6) == 6 for _ in range(3)) for _ in range(200_000))
q1a_sim = hits / 200_000

# ------------------------------------------------------------------ Q1 (b)
# TODO: Bayes question - come back to this, not sure how to use the specificity
q1b = None

# ------------------------------------------------------------------ Q2
n, x = 200, 64
phat = x / n
se = math.sqrt(phat * (1 - phat) / n)
alpha = 0.01                      # 95% confidence
z_crit = NormalDist().inv_cdf(1 - alpha / 2)
ci = (phat - z_crit * se, phat + z_crit * se)

# ------------------------------------------------------------------ Q3
N, heads = 400, 218
ph = heads / N
se_hat = math.sqrt(ph * (1 - ph) / N)      # plug-in standard error
z = (ph - 0.5) / se_hat
pval = 2 * (1 - Phi(abs(z)))
decision = "fail to reject H0" if pval > 0.05 else "reject H0"

# ------------------------------------------------------------------ Q4
# (a) log-likelihood for x_1..x_n iid Bernoulli(p), S = sum(x_i):
#        l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ] = S*log(p) + (n - S)*log(1 - p)
# (b) l'(p) = S/p - (n - S)/(1 - p) = 0  =>  S - S*p = n*p - S*p  =>  p_hat = S/n = x_bar
#     l''(p) = -S/p^2 - (n-S)/(1-p)^2 < 0, so it is a maximum.

# ------------------------------------------------------------------ Q5
vals = [0, 1, 2]
probs = [0.2, 0.3, 0.5]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VarX = EX2 - EX ** 2
VarY = 9 * VarX          # Var(aX + b) = a^2 Var(X)

if __name__ == "__main__":
    print("=" * 40)
    print("FINAL ANSWERS")
    print("=" * 40)
    print(f"Q1(a)  P(at least one six) = {q1a:.4f}   (simulation with seed 42: {q1a_sim:.4f})")
    print(f"Q1(b)  {q1b}")
    print(f"Q2     95% CI = ({ci[0]:.4f}, {ci[1]:.4f})   [z = {z_crit:.3f}, SE = {se:.5f}]")
    print(f"Q3(a)  z = {z:.4f}")
    print(f"Q3(b)  p-value = {pval:.4f}")
    print(f"Q3(c)  {decision}  (p-value {pval:.4f} vs alpha 0.05)")
    print("Q4     l(p) = S log p + (n-S) log(1-p),   p_hat = x_bar")
    print(f"Q5(a)  E[X] = {EX:.2f}")
    print(f"Q5(b)  Var(X) = {VarX:.2f}")
    print(f"Q5(c)  Var(3X-2) = {VarY:.2f}")

# Output on my laptop:
# ========================================
# FINAL ANSWERS
# ========================================
# Q1(a)  P(at least one six) = 0.4213   (simulation with seed 42: 0.4222)
# Q1(b)  None
# Q2     95% CI = (0.2350, 0.4050)   [z = 2.576, SE = 0.03298]
# Q3(a)  z = 1.8073
# Q3(b)  p-value = 0.0707
# Q3(c)  fail to reject H0  (p-value 0.0707 vs alpha 0.05)
# Q4     l(p) = S log p + (n-S) log(1-p),   p_hat = x_bar
# Q5(a)  E[X] = 1.30
# Q5(b)  Var(X) = 0.61
# Q5(c)  Var(3X-2) = 5.49
