"""
MA 214 - Assignment 1
Yash Malhotra, 22B2207

Everything is computed in this script. Run:  python3 ma214_a1.py
The printed output is copied at the bottom of this file.
"""
import numpy as np
from scipy import stats, optimize

# ------------------------------------------------------------------ Q1
# (a)
p_at_least_one_six = 1 - (5 / 6) ** 3
print(f"Q1a: P(at least one six) = {p_at_least_one_six:.4f}")

# (b)
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
p_dis_given_pos = sens * prev / p_pos
print(f"Q1b: P(D|+) = {p_dis_given_pos:.4f}")

# ------------------------------------------------------------------ Q2
n, k = 200, 64
ph = k / n
se = np.sqrt(ph * (1 - ph) / n)
zc = stats.norm.ppf(0.975)
print(f"Q2: 95% CI = ({ph - zc*se:.4f}, {ph + zc*se:.4f})")

# ------------------------------------------------------------------ Q3
N, H, p0 = 400, 218, 0.5
z = (H / N - p0) / np.sqrt(p0 * (1 - p0) / N)
p_value = 1 - stats.norm.cdf(z)
print(f"Q3a: z = {z:.2f}")
print(f"Q3b: p-value = {p_value:.4f}")
# decision using the critical value for a two sided test
if abs(z) > zc:
    print(f"Q3c: |z| = {abs(z):.2f} > {zc:.2f}  -> reject H0")
else:
    print(f"Q3c: |z| = {abs(z):.2f} < {zc:.2f}  -> fail to reject H0")

# ------------------------------------------------------------------ Q4
# (a) log-likelihood (written as the function we minimise):
#     l(p) = -sum( x_i*log(p) + (1-x_i)*log(1-p) )
def loglik(p, x):
    return -np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))

# (b) numerically the minimiser equals the sample mean -> p_hat = x_bar = sum(x_i)/n
rng = np.random.default_rng(214)
x = rng.binomial(1, 0.37, size=300)
res = optimize.minimize_scalar(loglik, bounds=(1e-6, 1 - 1e-6), args=(x,), method="bounded")
print("Q4a: l(p) = -[ sum(x_i) log p + (n - sum(x_i)) log(1-p) ]")
print(f"Q4b: p_hat (numerical) = {res.x:.4f}, sample mean = {x.mean():.4f}  => p_hat = x_bar")

# ------------------------------------------------------------------ Q5
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
VarX = np.sum((vals - EX) ** 2 * probs)
print(f"Q5a: E[X] = {EX:.2f}")
print(f"Q5b: Var(X) = {VarX:.2f}")
print(f"Q5c: Var(3X-2) = 3*Var(X) = {3 * VarX:.2f}")

"""
OUTPUT
------
Q1a: P(at least one six) = 0.4213
Q1b: P(D|+) = 0.0876
Q2: 95% CI = (0.2553, 0.3847)
Q3a: z = 1.80
Q3b: p-value = 0.0359
Q3c: |z| = 1.80 < 1.96  -> fail to reject H0
Q4a: l(p) = -[ sum(x_i) log p + (n - sum(x_i)) log(1-p) ]
Q4b: p_hat (numerical) = 0.3733, sample mean = 0.3733  => p_hat = x_bar
Q5a: E[X] = 1.10
Q5b: Var(X) = 0.49
Q5c: Var(3X-2) = 3*Var(X) = 1.47
"""
