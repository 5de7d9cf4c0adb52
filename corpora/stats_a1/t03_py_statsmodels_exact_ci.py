"""
MA 214 Assignment 1  --  Meera Pillai (23B0512)
Everything is computed below; the printed output of `python a1.py` is pasted
as comments under each print so you don't need to run it.
"""
import numpy as np
from fractions import Fraction
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

# ---------------- Q1(a) ----------------
# P(at least one 6) = 1 - P(no 6 in all three rolls)
p_dice = 1 - Fraction(5, 6) ** 3
print("Q1a:", p_dice, float(p_dice))
# Q1a: 91/216 0.4212962962962963

# ---------------- Q1(b) ----------------
prior, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prior + (1 - spec) * (1 - prior)      # total probability
p_d_given_pos = sens * prior / p_pos
print("Q1b:", p_pos, p_d_given_pos)
# Q1b: 0.1085 0.08755760368663594

# ---------------- Q2 ----------------
# I used the exact (Clopper-Pearson) interval because n is not huge and the
# docs say it is the "safest" choice.
lo, hi = proportion_confint(count=64, nobs=200, alpha=0.05, method="beta")
print("Q2: 95% CI = (%.4f, %.4f)" % (lo, hi))
# Q2: 95% CI = (0.2560, 0.3895)

# ---------------- Q3 ----------------
z, pval = proportions_ztest(count=218, nobs=400, value=0.5)
print("Q3a: z =", round(z, 4))
print("Q3b: two-sided p =", round(pval, 4))
# Q3a: z = 1.8073
# Q3b: two-sided p = 0.0707
alpha = 0.05
if pval < alpha:
    print("Q3c: reject H0 at 5%")
else:
    print("Q3c: fail to reject H0, p = %.4f > %.2f" % (pval, alpha))
# Q3c: fail to reject H0, p = 0.0707 > 0.05
# (statsmodels uses sqrt(phat(1-phat)/n) in the denominator, that's why it is
#  1.807 and not 1.80)

# ---------------- Q4 ----------------
def loglik(p, x):
    """(a) l(p) = sum(x)*log(p) + (n - sum(x))*log(1 - p)"""
    x = np.asarray(x)
    n = x.size
    return np.sum(x) * np.log(p) + (n - np.sum(x)) * np.log(1 - p)

def p_hat(x):
    """(b) setting dl/dp = sum(x)/p - (n - sum(x))/(1 - p) = 0  ->  p_hat = sum(x)/n"""
    return np.mean(x)

x_demo = np.array([1, 0, 0, 1, 1, 0, 1, 0, 0, 0])
grid = np.linspace(0.01, 0.99, 9801)
print("Q4 check:", grid[np.argmax(loglik(grid, x_demo))], p_hat(x_demo))
# Q4 check: 0.4 0.4

# ---------------- Q5 ----------------
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
VarX = np.sum(vals**2 * probs) - EX**2
VarY = 3**2 * VarX            # Var(aX+b) = a^2 Var(X), the -2 drops out
print("Q5:", EX, VarX, VarY)
# Q5: 1.1 0.48999999999999977 4.409999999999998

# ---------------- final answers ----------------
# 1a 91/216 = 0.4213     1b 0.0876
# 2  (0.2560, 0.3895)
# 3a 1.807   3b 0.0707   3c fail to reject H0
# 4a l(p) = S log p + (n-S) log(1-p), S = sum x_i     4b p_hat = S/n
# 5a 1.1     5b 0.49     5c 4.41
