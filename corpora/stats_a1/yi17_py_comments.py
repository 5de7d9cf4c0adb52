"""
MA 214 - Assignment 1
Kabir Malhotra (23B0721)

I did the whole assignment in Python; answers are in the comments and
in what the script prints. Run with:  python3 ma214_a1.py
"""
from math import comb, sqrt, erf


def Phi(z):
    """standard normal cdf"""
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------------------------------------------------------------
# Q1 (a)  P(at least one six in 3 rolls) = 1 - (5/6)^3
# ---------------------------------------------------------------
p_dice = 1 - (5 / 6) ** 3
print("Q1a  P(at least one six) =", round(p_dice, 4))   # 0.4213  (= 91/216)

# ---------------------------------------------------------------
# Q1 (b)  Bayes
# ---------------------------------------------------------------
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)          # 0.1085
p_d_given_pos = sens * prev / p_pos
print("Q1b  P(D|+) =", round(p_d_given_pos, 4))          # 0.0876

# ---------------------------------------------------------------
# Q2  95% CI for p, n = 200, x = 64
# I use the conservative standard error sqrt(0.5*0.5/n) since we
# don't know p (that's what the textbook does for polls)
# ---------------------------------------------------------------
n, x = 200, 64
phat = x / n
se = sqrt(0.5 * 0.5 / n)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print("Q2   CI = (%.4f, %.4f)" % (lo, hi))                # (0.2507, 0.3893)

# ---------------------------------------------------------------
# Q3  coin, n = 400, 218 heads
# ---------------------------------------------------------------
n3, h = 400, 218
phat3 = h / n3
z = (phat3 - 0.5) / sqrt(0.25 / n3)
pval = 2 * (1 - Phi(abs(z)))
print("Q3a  z =", round(z, 3))                           # 1.8
print("Q3b  p-value =", round(pval, 4))                  # 0.0719
# Q3c  p-value > 0.05  ->  we ACCEPT H0, the coin is fair.
print("Q3c  accept H0 (p > 0.05)")

# ---------------------------------------------------------------
# Q4  Bernoulli MLE  (no code needed)
#
# (a)  l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
#           = S log p + (n - S) log(1 - p),     S = sum x_i
#
# (b)  l'(p) = S/p - (n - S)/(1 - p) = 0
#      => S - S p = n p - S p  => p_hat = S / n = xbar
# ---------------------------------------------------------------

# ---------------------------------------------------------------
# Q5  X in {0,1,2} with probs 0.2, 0.5, 0.3
# ---------------------------------------------------------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * q for v, q in zip(vals, probs))
EX2 = sum(v ** 2 * q for v, q in zip(vals, probs))
var = EX2 - EX          # Var = E[X^2] - E[X]
print("Q5a  E[X] =", round(EX, 4))                      # 1.1
print("Q5b  Var(X) =", round(var, 4))                   # 0.6
print("Q5c  Var(3X-2) =", round(9 * var, 4))            # 5.4
