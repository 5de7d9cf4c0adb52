"""
MA214 Assignment 1
Siddharth Rao - 23B0188

I did the whole assignment in python. Answers are printed at the end of each
section (output pasted in the comments).
"""
import numpy as np
from scipy.stats import norm
from scipy.optimize import minimize_scalar

# ---------------- Q1 ----------------
# (a) three rolls of a fair die
p_no_six = 5 / 6
p_a = p_no_six ** 3
print("Q1a  P(at least one six) =", round(p_a, 4))
# output: Q1a  P(at least one six) = 0.5787

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
p_d_given_pos = sens * prev / p_pos
print("Q1b  P(+) =", round(p_pos, 4), " P(D|+) =", round(p_d_given_pos, 5))
# output: Q1b  P(+) = 0.1085  P(D|+) = 0.08756

# ---------------- Q2 ----------------
n, k = 200, 64
phat = k / n
se = np.sqrt(phat * (1 - phat) / n)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print(f"Q2   phat = {phat:.2f}, SE = {se:.5f}, 95% CI = ({lo:.4f}, {hi:.4f})")
# output: Q2   phat = 0.32, SE = 0.03298, 95% CI = (0.2553, 0.3847)

# ---------------- Q3 ----------------
n3, heads = 400, 218
p0 = 0.5
phat3 = heads / n3
z = (phat3 - p0) / np.sqrt(p0 * (1 - p0) / n3)
pval = 1 - norm.cdf(z)
print(f"Q3a  z = {z:.3f}")
print(f"Q3b  p-value = {pval:.4f}")
# output: Q3a  z = 1.800
# output: Q3b  p-value = 0.0359
if pval < 0.05:
    print("Q3c  p-value < 0.05 -> reject H0, the coin is biased")
else:
    print("Q3c  fail to reject H0")
# output: Q3c  p-value < 0.05 -> reject H0, the coin is biased

# ---------------- Q4 ----------------
# (a) for Bernoulli data the function we work with is the negative log-likelihood
#     nll(p) = -[ S*log(p) + (n - S)*log(1 - p) ],   S = sum(x_i)
# (b) minimising nll numerically gives the sample mean -> p_hat = mean(x) = S/n
rng = np.random.default_rng(1)
x = rng.binomial(1, 0.3, size=500)
S, m = x.sum(), len(x)

def nll(p):
    return -(S * np.log(p) + (m - S) * np.log(1 - p))

res = minimize_scalar(nll, bounds=(1e-6, 1 - 1e-6), method="bounded")
print(f"Q4   numeric argmin = {res.x:.4f}, sample mean = {x.mean():.4f}")
# output: Q4   numeric argmin = 0.2960, sample mean = 0.2960
# so p_hat = (1/n) * sum(x_i) = x-bar

# ---------------- Q5 ----------------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
EX2 = np.sum(vals ** 2 * probs)
VarX = EX2 - EX ** 2
VarY = 3 ** 2 * VarX
print(f"Q5   E[X] = {EX:.2f}, Var(X) = {VarX:.2f}, Var(3X-2) = {VarY:.2f}")
# output: Q5   E[X] = 1.10, Var(X) = 0.49, Var(3X-2) = 4.41
