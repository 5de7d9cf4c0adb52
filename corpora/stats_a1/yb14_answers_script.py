"""
MA 214 - Assignment 1
Arjun Pillai, 22B1034

I did the whole assignment in python. Run `python a1_pillai.py` to print all the
answers. Answers are also written in the comments next to each print.
"""
from fractions import Fraction
import numpy as np
from scipy import stats

# ---------------------------------------------------------------- Q1 (a)
# at least one six in 3 rolls -> binomial(3, 1/6)
p_dice = stats.binom.pmf(1, 3, 1/6)
print("Q1a P(at least one six) =", p_dice)        # 0.34722222222222227
print("   as fraction:", Fraction(p_dice).limit_denominator(1000))   # 25/72  (= 75/216)

# ---------------------------------------------------------------- Q1 (b)
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
p_d_given_pos = sens * prev / p_pos
print(f"Q1b P(D|+) = {p_d_given_pos:.4e}")       # 8.7558e-02

# ---------------------------------------------------------------- Q2
n, k = 200, 64
phat = k / n
se = np.sqrt(phat * (1 - phat) / n)
ci = (round(phat - 1.96 * se, 4), round(phat + 1.96 * se, 4))
print("Q2  95% CI =", ci)                          # (np.float64(0.2553), np.float64(0.3847))

# ---------------------------------------------------------------- Q3
n3, heads, p0 = 400, 218, 0.5
phat3 = heads / n3
z = (phat3 - p0) / np.sqrt(p0 * (1 - p0) / n3)
print("Q3a z =", round(z, 3))                      # 1.8
pval = 1 - stats.norm.cdf(z)
print(f"Q3b p-value = {pval:.3e}")                 # 3.593e-02
# Q3c: two sided test at 5% -> critical value 1.96
if abs(z) > 1.96:
    print("Q3c reject H0")
else:
    print("Q3c |z| = 1.8 < 1.96  -> fail to reject H0 (no evidence coin is biased)")


# ---------------------------------------------------------------- Q4
def loglik(p, x):
    """
    Q4 (a)  log-likelihood of Bernoulli(p):
        l(p) = (1/n) * sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
    (I use the mean so it doesn't blow up for big n)
    """
    x = np.asarray(x)
    return np.mean(x * np.log(p) + (1 - x) * np.log(1 - p))


# Q4 (b)  derivative: xbar/p - (1 - xbar)/(1 - p) = 0  ->  p_hat = xbar = (1/n) * sum x_i
x_demo = np.array([1, 0, 1, 1, 0, 1, 0, 1])
grid = np.linspace(0.01, 0.99, 9801)
p_num = grid[np.argmax([loglik(g, x_demo) for g in grid])]
print("Q4b p_hat = x.mean() =", x_demo.mean(), " numeric check:", round(p_num, 3))  # 0.625 0.625

# ---------------------------------------------------------------- Q5
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
VarX = np.sum(vals**2 * probs) - EX**2
print("Q5a E[X] =", EX)                     # 1.1
print("Q5b Var(X) =", VarX)                 # 0.48999999999999977
print("Q5c Var(3X-2) =", 9 * VarX)          # 4.409999999999998
