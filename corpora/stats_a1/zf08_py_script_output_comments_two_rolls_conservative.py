# MA214 Assignment 1
# Farhan Qureshi 23B1277
# I did everything as a script. Outputs are pasted as comments under each print.

import math
from scipy.stats import norm

# ---------------- Q1 a ----------------
# at least one six = 1 - P(no six)
p_no_six = (5/6)**2
print("Q1a:", 1 - p_no_six)
# Q1a: 0.30555555555555547
# ANSWER 1a = 0.3056 (11/36)

# ---------------- Q1 b ----------------
P_D = 0.01
sens = 0.95
fpr = 1 - 0.90
P_pos = sens*P_D + fpr*(1 - P_D)
print("Q1b:", sens*P_D/P_pos)
# Q1b: 0.08755760368663594
# ANSWER 1b = 0.0876

# ---------------- Q2 ----------------
n = 200
phat = 64/n
# for the standard error I take p = 0.5 because that gives the widest (safest) interval
se = math.sqrt(0.5*0.5/n)
lo, hi = phat - 1.96*se, phat + 1.96*se
print("Q2:", round(lo, 4), round(hi, 4))
# Q2: 0.2507 0.3893
# ANSWER 2 = [0.2507, 0.3893]

# ---------------- Q3 ----------------
heads, tosses = 218, 400
p0 = 0.5
z = (heads/tosses - p0) / math.sqrt(p0*(1-p0)/tosses)
pval = 2*norm.sf(abs(z))
print("Q3a z =", z)
print("Q3b p =", pval)
# Q3a z = 1.8000000000000016
# Q3b p = 0.07186063822585143
# ANSWER 3a: z = 1.80
# ANSWER 3b: p-value = 0.0719
# ANSWER 3c: p-value > 0.05 -> we fail to reject H0 (no evidence the coin is biased)

# ---------------- Q4 ----------------
"""
(a) log-likelihood for Bernoulli:
    l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
(b) derivative = sum(x)/p - (n - sum(x))/(1 - p) = 0  ->  p_hat = sum(x)/n  (sample mean)
"""

def bern_loglik(p, xs):
    return sum(x*math.log(p) + (1 - x)*math.log(1 - p) for x in xs)

# ---------------- Q5 ----------------
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(x*p for x, p in zip(xs, ps))
EX2 = sum(x*x*p for x, p in zip(xs, ps))
VarX = EX2 - EX**2
print("Q5:", EX, VarX, 9*VarX)
# Q5: 1.1 0.4899999999999998 4.409999999999998
# ANSWER 5a = 1.1, 5b = 0.49, 5c = 4.41
