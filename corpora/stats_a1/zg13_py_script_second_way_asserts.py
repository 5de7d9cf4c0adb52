"""
MA 214 Assignment 1  --  Vikram Sethi (20B0993)

I did the whole assignment as a Python script so that every answer is computed one way and then
checked a second way with an assert.  Run with `python3 zg13.py`; the answers are printed at the
bottom and also written in the comments next to each block.
"""
from fractions import Fraction as F
from math import sqrt, erf
import itertools

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# ------------------------------------------------------------------ Q1(a)
dice = 1 - F(5, 6) ** 3                               # 91/216
brute = sum(1 for r in itertools.product(range(1, 7), repeat=3) if 6 in r)
assert F(brute, 216) == dice                          # second way: enumerate all 216 outcomes
# Q1(a) = 91/216 = 0.4213

# ------------------------------------------------------------------ Q1(b)
pD, sens, spec = F(1, 100), F(95, 100), F(90, 100)
pos = sens * pD + (1 - spec) * (1 - pD)
bayes = sens * pD / pos                               # 19/217
# second way: 100000 imaginary people
ill_pos = 100000 * 0.01 * 0.95
well_pos = 100000 * 0.99 * 0.10
assert abs(ill_pos / (ill_pos + well_pos) - float(bayes)) < 1e-12
# Q1(b) = 19/217 = 0.0876

# ------------------------------------------------------------------ Q2
n, k = 200, 64
ph = k / n
se2 = ph * (1 - ph) / n          # standard error of p-hat
lo, hi = ph - 1.96 * se2, ph + 1.96 * se2
assert abs((lo + hi) / 2 - ph) < 1e-12               # second way: symmetric about p-hat
# Q2: (0.3179, 0.3221)

# ------------------------------------------------------------------ Q3
N, H = 400, 218
phat = H / N
z = (phat - 0.5) / sqrt(0.5 * 0.5)                    # (p-hat - p0) / sd
pval = 2 * (1 - Phi(abs(z)))
# second way: same z on the count scale
z_counts = (H - N * 0.5) / (N * sqrt(0.25))
assert abs(z_counts - z) < 1e-12
decision = "fail to reject H0" if pval > 0.05 else "reject H0"
# Q3: z = 0.09, p = 0.928, fail to reject H0 since 0.928 > 0.05

# ------------------------------------------------------------------ Q4
# (a) log-likelihood:  l(p) = sum_i [ x_i*log(p) + (1-x_i)*log(1-p) ]
# (b) dl/dp = sum x_i/p - (n - sum x_i)/(1-p) = 0  =>  p_hat = sum(x_i)/n = xbar
import random
xs = [random.random() < 0.3 for _ in range(50)]
from math import log
grid = [i / 1000 for i in range(1, 1000)]
ll = lambda p: sum(x * log(p) + (1 - x) * log(1 - p) for x in xs)
best = max(grid, key=ll)
assert abs(best - sum(xs) / len(xs)) <= 0.001        # second way: grid search finds xbar

# ------------------------------------------------------------------ Q5
vals, probs = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VarX = EX2 - EX ** 2
VarY = 9 * VarX
# second way: compute Var(3X-2) directly from the values of 3X-2
ys = [3 * v - 2 for v in vals]
EY = sum(y * p for y, p in zip(ys, probs))
assert abs(sum((y - EY) ** 2 * p for y, p in zip(ys, probs)) - VarY) < 1e-12
# Q5: 1.1, 0.49, 4.41

if __name__ == "__main__":
    print("Q1a", dice, float(dice))
    print("Q1b", bayes, float(bayes))
    print("Q2 ", (round(lo, 4), round(hi, 4)))
    print("Q3a", round(z, 3), " Q3b", round(pval, 3), " Q3c", decision)
    print("Q4  l(p) = sum x log p + (1-x) log(1-p);  p_hat = xbar")
    print("Q5 ", round(EX, 3), round(VarX, 3), round(VarY, 3))

# Output when I ran it:
# Q1a 91/216 0.4212962962962963
# Q1b 19/217 0.08755760368663594
# Q2  (0.3179, 0.3221)
# Q3a 0.09  Q3b 0.928  Q3c fail to reject H0
# Q4  l(p) = sum x log p + (1-x) log(1-p);  p_hat = xbar
# Q5  1.1 0.49 4.41
