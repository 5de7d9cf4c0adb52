# MA214 Assignment 1
# Vikram Nair, 23B0349
#
# I did everything in python. Answers are in the comments next to each print
# (output copied from my terminal).

import math
import numpy as np


def norm_cdf(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ------------------------------------------------------------------
# Q1 (a)  P(at least one six in 3 rolls) = 1 - P(no six)
# ------------------------------------------------------------------
p_no_six = (5 / 6) ** 3
p_atleast1 = 1 - p_no_six
print("Q1a:", p_atleast1)          # Q1a: 0.42129629629629617   -> answer 0.4213

# ------------------------------------------------------------------
# Q1 (b)  Bayes
# ------------------------------------------------------------------
prev = 0.01
sens = 0.95
spec = 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)      # 0.1085
p_d_given_pos = sens * prev / p_pos
print("Q1b:", p_d_given_pos)       # Q1b: 0.08755760368663597   -> answer 0.0876

# ------------------------------------------------------------------
# Q2  95% CI for proportion, n = 200, 64 yes
# ------------------------------------------------------------------
n = 200
phat = 64 / n
se = math.sqrt(phat * (1 - phat) / n)
lo, hi = phat - 1.96 * se, phat + 1.96 * se
print("Q2:", round(lo, 4), round(hi, 4))   # Q2: 0.2553 0.3847

# ------------------------------------------------------------------
# Q3  coin: 218 heads in 400, H0 p = 0.5 two sided
# ------------------------------------------------------------------
N = 400
ph = 218 / N
se0 = math.sqrt(0.5 * 0.5 / N)
z = (ph - 0.5) / se0
pval = 2 * (1 - norm_cdf(abs(z)))
print("Q3a z =", round(z, 3))      # Q3a z = 1.8
print("Q3b p =", round(pval, 4))   # Q3b p = 0.0719
if pval < 0.05:
    print("Q3c: reject H0")
else:
    print("Q3c: fail to reject H0 since p-value > 0.05")
# -> Q3c: fail to reject H0 since p-value > 0.05

# ------------------------------------------------------------------
# Q4  MLE Bernoulli
# ------------------------------------------------------------------
# skipped -- this one is a derivation, not a calculation. will ask in tutorial

# ------------------------------------------------------------------
# Q5
# ------------------------------------------------------------------
x = np.array([0, 1, 2])
p = np.array([0.2, 0.5, 0.3])

mean = np.sum(x * p)
print("Q5a E[X] =", mean)          # Q5a E[X] = 1.1

var_x = np.sqrt(np.sum(p * (x - mean) ** 2))
print("Q5b Var(X) =", round(var_x, 4))   # Q5b Var(X) = 0.7

# Var(3X-2): just compute it directly from the distribution of Y = 3X - 2
y = 3 * x - 2
EY = np.sum(y * p)
EY2 = np.sum(y ** 2 * p)
print("Q5c Var(3X-2) =", round(EY2 - EY ** 2, 4))   # Q5c Var(3X-2) = 4.41
