# MA214 Assignment 1
# Devansh Mittal  23B2417
# All answers are in the comments next to each print (output copied from my terminal).

import numpy as np
import math
from math import sqrt


def Phi(z):
    return 0.5 * (1 + math.erf(z / sqrt(2)))


# ---------------- Question 1 ----------------
# (a) P(at least one six) = 1 - P(no six)^3
ans_a = 1 - (5 / 6) ** 3
print("1(a)", ans_a)            # 0.42129629629629617 -> answer 0.4213

# (b) P(D|+) by Bayes
pd, sens, fpr = 0.01, 0.95, 1 - 0.90
q1b = sens * pd / (sens * pd + fpr * (1 - pd))
print("1(b)", q1b)            # 0.08755760368663597 -> answer 0.0876

# ---------------- Question 2 ----------------
p_hat = 64 / 200
se = sqrt(p_hat * (1 - p_hat) / 200)
ci = (p_hat - 1.96 * se, p_hat + 1.96 * se)
print("2", ci)                # (0.2553497..., 0.3846502...) -> 95% CI = (0.2553, 0.3847)

# ---------------- Question 3 ----------------
# H0: coin fair (p = 1/2) against H1: p differs from 1/2
z = (218 / 400 - 0.5) / sqrt(0.5 * 0.5 / 400)
print("3(a) z =", z)          # 1.8000000000000016 -> z = 1.80
p_two = 2 * (1 - Phi(abs(z)))
print("3(b) p =", p_two)       # 0.07186063822585131 -> p-value = 0.0719
# (c) critical value at 5% is 1.645; z = 1.80 > 1.645 so we reject H0, the coin is biased
print("3(c)", "reject H0" if abs(z) > 1.645 else "do not reject H0")   # reject H0

# ---------------- Question 4 ----------------
# (a) log-likelihood of Bernoulli sample x (array of 0/1):
#     l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
def loglik(p, x):
    x = np.asarray(x)
    return np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))

# (b) MLE: derivative = 0 gives p_hat = mean of x
def mle(x):
    return np.mean(x)

print("4 check:", mle([1, 0, 0, 1, 1]))   # 0.6

# ---------------- Question 5 ----------------
xv = np.array([0, 1, 2])
pv = np.array([0.2, 0.5, 0.3])
EX = xv @ pv
VarX = (xv ** 2) @ pv - EX ** 2
print("5(a)", EX)             # 1.1
print("5(b)", VarX)           # 0.48999999999999977 -> 0.49
print("5(c)", 9 * VarX)       # 4.409999999999998 -> 4.41
