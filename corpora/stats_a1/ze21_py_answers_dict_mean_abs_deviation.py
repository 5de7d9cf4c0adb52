"""
MA 214 -- Assignment 1
Author : Rafael Quintero Salas  (roll 21B2207)

Run:  python a1_solutions.py
All final answers are collected in the ANSWERS dict at the bottom.
"""
import math
import random
from fractions import Fraction
from statistics import NormalDist

# --------------------------------------------------------------- Q1
def p_at_least_one_six(rolls=3):
    return 1 - Fraction(5, 6) ** rolls

def simulate_dice(trials=200_000, seed=1):
    rng = random.Random(seed)
    hits = sum(any(rng.randint(1, 6) == 6 for _ in range(3)) for _ in range(trials))
    return hits / trials          # sanity check only, got 0.4209 on my laptop

def bayes(prior=0.01, sens=0.95, spec=0.90):
    num = prior * sens                                  # 0.0095
    den = num + (1 - prior) * (1 - spec)                # 0.1085
    return Fraction(19, 217), num / den

# --------------------------------------------------------------- Q2
def wald_ci(x=64, n=200, z=1.96):
    ph = x / n
    se = math.sqrt(ph * (1 - ph) / n)                   # 0.032985
    return ph - z * se, ph + z * se                     # (0.25535, 0.38465)

# --------------------------------------------------------------- Q3
def coin_test(heads=218, n=400, p0=0.5):
    ph = heads / n
    z = (ph - p0) / math.sqrt(p0 * (1 - p0) / n)        # 1.8
    p = 2 * (1 - NormalDist().cdf(abs(z)))              # 0.071861
    decision = "fail to reject H0" if p > 0.05 else "reject H0"
    return z, p, decision

# --------------------------------------------------------------- Q4
# (a) loglik(p) = sum_i  x_i*ln(p) + (1-x_i)*ln(1-p)
# (b) setting the derivative to zero gives p_hat = sum(x)/n  = sample mean
def loglik(p, xs):
    return sum(x * math.log(p) + (1 - x) * math.log(1 - p) for x in xs)

def p_hat(xs):
    return sum(xs) / len(xs)

# --------------------------------------------------------------- Q5
X = [0, 1, 2]
P = [0.2, 0.5, 0.3]

def mean():
    return sum(x * p for x, p in zip(X, P))             # 1.1

def var():
    mu = mean()
    # spread = average distance from the mean
    return sum(p * abs(x - mu) for x, p in zip(X, P))   # 0.54

def var_linear(a=3, b=-2):
    return a ** 2 * var()                               # 4.86


ANSWERS = {
    "1a": "91/216 = 0.4213",
    "1b": "19/217 = 0.0876",
    "2":  "(0.2554, 0.3846)",
    "3a": "z = 1.80",
    "3b": "p = 0.0719",
    "3c": "p = 0.0719 > 0.05  ->  fail to reject H0",
    "4a": "l(p) = sum x_i ln p + sum (1 - x_i) ln(1 - p)",
    "4b": "p_hat = xbar",
    "5a": "E[X] = 1.1",
    "5b": "Var(X) = 0.54",
    "5c": "Var(3X-2) = 9 * 0.54 = 4.86",
}

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k:>3}: {v}")
