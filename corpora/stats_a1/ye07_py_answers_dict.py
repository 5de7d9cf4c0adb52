"""
MA 214 - Assignment 1
Arjun Nair, 21B0377

Everything is computed below; final answers are collected in ANSWERS at the bottom
and printed when the file is run (python ye07.py). No scipy on the lab machines,
so Phi is done with math.erf.
"""
import math
import numpy as np


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---------------- Q1 ----------------
p_dice = 1 - (5 / 6) ** 3          # complement of "no six in 3 rolls"  -> 0.421296...

prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)   # 0.1085
p_bayes = sens * prev / p_pos                   # 0.087558


# ---------------- Q2 ----------------
# Using the Wilson score interval (better coverage than Wald for moderate n)
n, k, z = 200, 64, 1.96
ph = k / n
centre = (ph + z**2 / (2 * n)) / (1 + z**2 / n)
half = z / (1 + z**2 / n) * math.sqrt(ph * (1 - ph) / n + z**2 / (4 * n**2))
ci = (centre - half, centre + half)             # (0.2593, 0.3875)


# ---------------- Q3 ----------------
N, heads = 400, 218
ph3 = heads / N
se_hat = math.sqrt(ph3 * (1 - ph3) / N)        # SE from p-hat (Wald test)
z_stat = (ph3 - 0.5) / se_hat                   # 1.807
p_value = 2 * (1 - Phi(abs(z_stat)))            # 0.0707
decision = "fail to reject H0" if p_value > 0.05 else "reject H0"


# ---------------- Q4 ----------------
def nll(p, x):
    """objective for Q4(a): -log L(p) for Bernoulli data"""
    S = np.sum(x)
    return -(S * np.log(p) + (len(x) - S) * np.log(1 - p))

# Q4(b): d/dp nll = -S/p + (n-S)/(1-p) = 0  =>  p = S/n
def p_mle(x):
    return np.mean(x)


# ---------------- Q5 ----------------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)                       # 1.1
EX2 = np.sum(vals**2 * probs)                   # 1.7
var_X = np.sqrt(EX2 - EX**2)                    # 0.7
var_Y = 3**2 * var_X                            # Var(aX+b) = a^2 Var(X) -> 6.3


ANSWERS = {
    "1a": 0.4213,
    "1b": 0.0876,
    "2":  (0.2593, 0.3875),       # Wilson, 95%
    "3a": 1.807,
    "3b": 0.0707,
    "3c": "fail to reject H0 since p-value 0.0707 > alpha = 0.05",
    "4a": "-l(p) = -[ sum(x_i) log p + (n - sum(x_i)) log(1-p) ]",
    "4b": "p_hat = (1/n) sum x_i = xbar",
    "5a": 1.1,
    "5b": 0.7,
    "5c": 6.3,
}

# sanity checks
assert abs(p_dice - ANSWERS["1a"]) < 1e-4
assert abs(p_bayes - ANSWERS["1b"]) < 1e-4
assert abs(ci[0] - 0.2593) < 1e-3 and abs(ci[1] - 0.3875) < 1e-3
assert abs(z_stat - ANSWERS["3a"]) < 1e-3
assert abs(p_value - ANSWERS["3b"]) < 1e-3
assert abs(EX - 1.1) < 1e-12
assert abs(var_X - 0.7) < 1e-9
assert abs(var_Y - 6.3) < 1e-9
assert abs(p_mle(np.array([1, 0, 1, 1])) - 0.75) < 1e-12


if __name__ == "__main__":
    for q, a in ANSWERS.items():
        print(f"Q{q}: {a}")
    print("decision:", decision)
