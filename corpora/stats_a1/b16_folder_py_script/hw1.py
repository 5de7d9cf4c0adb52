# MA214 assignment 1 - Devansh Agarwal 23B1630
# run: python3 hw1.py   (needs only the standard library)
from math import sqrt, erf, comb
from fractions import Fraction


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------- Q1 ----------
# (a) complement of "no six in three rolls"
q1a = 1 - Fraction(5, 6) ** 3
print("Q1a:", q1a, "=", round(float(q1a), 4))

# (b) Bayes
prev, sens, spec = Fraction(1, 100), Fraction(95, 100), Fraction(90, 100)
q1b = sens * prev / (sens * prev + spec * (1 - prev))
print("Q1b:", q1b, "=", round(float(q1b), 5))

# ---------- Q2 ----------
n, x = 200, 64
phat = x / n
se = sqrt(phat * (1 - phat) / x)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print("Q2: phat =", phat, " SE =", round(se, 5), " CI = (%.4f, %.4f)" % (lo, hi))

# ---------- Q3 ----------
n, heads, p0 = 400, 218, 0.5
phat = heads / n
z = (phat - p0) / sqrt(p0 * (1 - p0) / n)
pval = 1 - Phi(abs(z))
print("Q3a: z =", round(z, 3))
print("Q3b: p-value =", round(pval, 4))
print("Q3c:", "reject H0" if pval < 0.05 else "fail to reject H0", "(p-value vs alpha = 0.05)")

# ---------- Q4 ----------
# l(p) = sum x_i log p + (n - sum x_i) log(1-p), maximised at p = mean(x)
# quick numerical check on a made-up sample
from math import log
xs = [1, 1, 0, 1, 0, 0, 1, 1]
def loglik(p):
    s = sum(xs)
    return s * log(p) + (len(xs) - s) * log(1 - p)
grid = [i / 1000 for i in range(1, 1000)]
best = max(grid, key=loglik)
print("Q4: argmax of l on grid =", best, " sample mean =", sum(xs) / len(xs))

# ---------- Q5 ----------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
sd = sqrt(EX2 - EX ** 2)
print("Q5a: E[X] =", round(EX, 4))
print("Q5b: Var(X) =", round(sd, 4))
print("Q5c: Var(3X-2) =", round(9 * sd, 4))
