"""
MA214 Assignment 1 -- solutions as a python script (I was told this is ok)
Arjun Nair  21B090017
run:  python3 hw1.py
outputs are pasted at the bottom of each block as comments
"""
import math
from scipy import stats, optimize

# ---------------- Q1 ----------------
# (a) complement of "no six in 3 rolls"
p_none = (5/6) ** 3
p_atleast1 = 1 - p_none
print("Q1a", p_none, p_atleast1)
# Q1a 0.5787037037037038 0.42129629629629617
# => P(at least one six) = 91/216 = 0.4213

# (b) Bayes
prior, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prior + (1 - spec) * (1 - prior)      # total prob of a positive
post = sens * prior / p_pos
print("Q1b", p_pos, post)
# Q1b 0.1085 0.08755760368663594
# => P(D|+) = 0.0876

# ---------------- Q2 ----------------
n, x = 200, 64
ph = x / n
se = math.sqrt(ph * (1 - ph) / n)
z975 = stats.norm.ppf(0.975)          # 1.959963984540054
lo, hi = ph - z975 * se, ph + z975 * se
print("Q2", ph, se, z975, lo, hi)
# Q2 0.32 0.03298484500494128 1.959963984540054 0.2553514 0.3846486
# => 95% CI (0.2554, 0.3846)

# ---------------- Q3 ----------------
N, heads, p0 = 400, 218, 0.5
phat = heads / N
# I used the estimated SE from phat (the Wald test)
se_hat = math.sqrt(phat * (1 - phat) / N)
z = (phat - p0) / se_hat
p_one = stats.norm.sf(z)
p_two = 2 * p_one
print("Q3", phat, se_hat, z, p_one, p_two)
# Q3 0.545 0.024898293113741018 1.8073653643087498 0.03535267 0.07070533
# (a) z = 1.807
# (b) two sided p = 0.0707   (one sided would be 0.0354 but H1 is p != 0.5)
# (c) p = 0.0707 > alpha = 0.05  -> fail to reject H0, not enough evidence coin is biased

# ---------------- Q4 ----------------
# (a) the function we work with for the likelihood is the negative log likelihood,
#     nll(p) = -( k*log(p) + (n-k)*log(1-p) ),  k = sum of x_i
#     that is my answer for the log-likelihood
def nll(p, data):
    k = sum(data)
    m = len(data)
    return -(k * math.log(p) + (m - k) * math.log(1 - p))

data = [1] * 218 + [0] * 182          # reuse the coin data as an example
res = optimize.minimize_scalar(nll, bounds=(1e-6, 1 - 1e-6), args=(data,), method="bounded")
print("Q4", res.x, sum(data) / len(data))
# Q4 0.5450000181 0.545
# (b) the minimiser equals the sample mean, so p_hat = (1/n) * sum x_i = xbar

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VX = EX2 - EX ** 2
print("Q5", EX, EX2, VX, 9 * VX)
# Q5 1.1 1.7 0.4899999999999998 4.409999999999998
# (a) 1.1   (b) 0.49   (c) Var(3X-2) = 9*Var(X) = 4.41
