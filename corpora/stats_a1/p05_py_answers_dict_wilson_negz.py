"""
MA 214 Assignment 1  --  Lena Fischer
I did everything in Python, the answers are collected in ANSWERS at the bottom
(run the file to print them).
"""
from math import sqrt, log, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# ---- Q1 ----
dice = 1 - (5 / 6) ** 3                 # 0.421296...
bayes_joint = 0.01 * 0.95               # P(D and +)
bayes = bayes_joint                     # P(D|+)   (0.0095)

# ---- Q2 : Wilson interval (better coverage than the textbook one) ----
n, k, z0 = 200, 64, 1.96
ph = k / n
centre = (ph + z0**2 / (2 * n)) / (1 + z0**2 / n)
half = z0 * sqrt(ph * (1 - ph) / n + z0**2 / (4 * n**2)) / (1 + z0**2 / n)
ci = (centre - half, centre + half)     # (0.2593, 0.3875)

# ---- Q3 ----
N, heads = 400, 218
z = (0.5 - heads / N) / sqrt(0.25 / N)  # -1.8
pval = 2 * (1 - Phi(abs(z)))            # 0.0719

# ---- Q5 ----
EX = 0 * 0.2 + 1 * 0.5 + 2 * 0.3
EX2 = 0 * 0.2 + 1 * 0.5 + 4 * 0.3
VX = EX2 - EX**2

ANSWERS = {
    "1a": "1 - (5/6)^3 = 0.4213",
    "1b": "P(D|+) = 0.0095",
    "2": "Wilson 95% CI: (0.2593, 0.3875)",
    "3a": "z = -1.80",
    "3b": "p-value = 0.0719",
    "3c": "p-value 0.0719 > 0.05, so fail to reject H0",
    "4a": "l(p) = k*log(p) + (n-k)*log(1-p),  k = number of x_i equal to 1",
    "4b": "p_hat = k/n",
    "5a": "E[X] = 1.1",
    "5b": "Var(X) = 0.49",
    "5c": "Var(3X-2) = 9*Var(X) = 4.41",
}

if __name__ == "__main__":
    for q, a in ANSWERS.items():
        print(f"{q:>3}: {a}")
