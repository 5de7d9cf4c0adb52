"""
MA 214 Assignment 1 -- helper script
Ishaan Verma, 24B1470

Run:  python ma214_a1_solutions.py
(the answers in the report are copied from the output of this script)
"""
import math
from statistics import NormalDist

Phi = NormalDist().cdf


def q1():
    # (a) complement of "no six in three rolls"
    p_a = 1 - (5 / 6) ** 3
    # (b) Bayes
    prev, sens, spec = 0.01, 0.95, 0.90
    p_pos = sens * prev + (1 - spec) * (1 - prev)
    p_b = sens * prev / p_pos
    return p_a, p_b


def q2(x=64, n=200, z=1.96):
    ph = x / n
    se = math.sqrt(ph * (1 - ph) / n)
    return ph - z * se, ph + z * se


def q3(x=218, n=400, p0=0.5):
    ph = x / n
    se = math.sqrt(p0 * (1 - p0) / n)
    z = (p0 - ph) / se
    pval = 2 * Phi(z)          # z is negative so this is the two tails
    return z, pval


def neg_loglik(p, xs):
    # what we minimise in (b) -- this is the log-likelihood l(p) from Q4(a)
    return -sum(x * math.log(p) + (1 - x) * math.log(1 - p) for x in xs)


def q4_check(xs):
    # brute force minimum of the negative log-likelihood on a grid
    grid = [i / 1000 for i in range(1, 1000)]
    best = min(grid, key=lambda p: neg_loglik(p, xs))
    return best, sum(xs) / len(xs)


def q5():
    vals = [0, 1, 2]
    probs = [0.2, 0.5, 0.3]
    ex = sum(v * p for v, p in zip(vals, probs))
    ex2 = sum(v * v * p for v, p in zip(vals, probs))
    var = ex2 - ex ** 2
    # Var(aX + b) = a^2 Var(X) + b^2
    var_y = 3 ** 2 * var + (-2) ** 2
    return ex, var, var_y


if __name__ == "__main__":
    a, b = q1()
    print(f"Q1a  P(at least one six) = {a:.4f}")
    print(f"Q1b  P(D | +)            = {b:.5f}")
    lo, hi = q2()
    print(f"Q2   95% CI              = ({lo:.4f}, {hi:.4f})")
    z, pv = q3()
    print(f"Q3a  z                   = {z:.2f}")
    print(f"Q3b  p-value             = {pv:.4f}")
    print("Q3c  " + ("reject H0" if pv < 0.05 else "fail to reject H0 (p-value > 0.05)"))
    xs = [1, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0]
    print("Q4   grid argmin of NLL vs sample mean:", q4_check(xs))
    ex, var, var_y = q5()
    print(f"Q5   E[X] = {ex:.2f}, Var(X) = {var:.2f}, Var(3X-2) = {var_y:.2f}")

# Output (my laptop):
# Q1a  P(at least one six) = 0.4213
# Q1b  P(D | +)            = 0.08756
# Q2   95% CI              = (0.2553, 0.3847)
# Q3a  z                   = -1.80
# Q3b  p-value             = 0.0719
# Q3c  fail to reject H0 (p-value > 0.05)
# Q4   grid argmin of NLL vs sample mean: (0.417, 0.4166666666666667)
# Q5   E[X] = 1.10, Var(X) = 0.49, Var(3X-2) = 8.41
