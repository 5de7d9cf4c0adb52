# MA214 Assignment 1  --  Aman Gupta
# I wrote it as a script, the answers are in the comments after each block.
# I round to 2 decimals as I go because that is what we do in the tutorials.

from math import sqrt, log
from scipy.stats import norm

# ---------- Q1 (a) ----------
p6 = round(1/6, 2)          # 0.17
no_six = round(1 - p6, 2)   # 0.83
ans1a = 1 - no_six**3
print("Q1a", round(ans1a, 3))
# Q1a 0.428
# ANSWER 1(a): P(at least one six) = 0.428

# ---------- Q1 (b) ----------
pD = 0.01
p_pos = pD*0.95 + (1 - pD)*0.10     # 0.1085
ans1b = pD*0.95 / p_pos
print("Q1b", round(ans1b, 4))
# Q1b 0.0876
# ANSWER 1(b): P(D|+) = 0.0876

# ---------- Q2 ----------
phat = 64/200                        # 0.32
se = round(sqrt(phat*(1-phat)/200), 2)   # 0.03
lo, hi = phat - 1.96*se, phat + 1.96*se
print("Q2", round(lo, 3), round(hi, 3))
# Q2 0.261 0.379
# ANSWER 2: 95% CI = (0.261, 0.379)

# ---------- Q3 ----------
ph = round(218/400, 2)               # 0.55
z = (ph - 0.5)/sqrt(0.25/400)
pval = 2*(1 - norm.cdf(z))
print("Q3", round(z, 2), round(pval, 4))
# Q3 2.0 0.0455
# ANSWER 3(a): z = 2.00
# ANSWER 3(b): p-value = 0.0455
# ANSWER 3(c): 0.0455 < 0.05 so we reject H0, the coin is biased towards heads.

# ---------- Q4 ----------
def loglik(p, x):
    # l(p) = sum x_i log p + sum (1 - x_i) log(1 - p)
    return sum(xi*log(p) + (1 - xi)*log(1 - p) for xi in x)
# ANSWER 4(a): l(p) = sum_i [ x_i log p + (1-x_i) log(1-p) ]
# derivative: sum x_i / p - (n - sum x_i)/(1-p) = 0
# ANSWER 4(b): p_hat = (1/n) sum x_i  (the sample mean)

# ---------- Q5 ----------
xs = [0, 1, 2]; ps = [0.2, 0.5, 0.3]
EX = sum(a*b for a, b in zip(xs, ps))
EX2 = sum(a*a*b for a, b in zip(xs, ps))
VX = EX2 - EX**2
print("Q5", round(EX, 2), round(VX, 2), round(9*VX, 2))
# Q5 1.1 0.49 4.41
# ANSWER 5: E[X] = 1.1, Var(X) = 0.49, Var(3X-2) = 9*0.49 = 4.41
