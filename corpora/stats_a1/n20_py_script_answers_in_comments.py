"""
MA214 Assignment 1
Student: Gabriel Nwosu (22B1457)

Run with:  python3 a1.py
All final answers are in the comments marked  ### ANSWER  and also in
the printed output pasted at the bottom of this file.
"""
import math
from scipy.stats import norm

# ---------------------------------------------------------------- Q1(a)
p_no_six = (5 / 6) ** 3
q1a = 1 - p_no_six
### ANSWER Q1(a): 1 - (5/6)^3 = 91/216 = 0.4213

# ---------------------------------------------------------------- Q1(b)
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)      # 0.1085
q1b = sens * prev / p_pos
### ANSWER Q1(b): P(D|+) = 0.0095 / 0.1085 = 0.0876

# ---------------------------------------------------------------- Q2
n, k = 200, 64
phat = k / n
se = math.sqrt(phat * (1 - phat) / n)
zcrit = norm.ppf(0.95)                              # critical value for 95%
q2 = (phat - zcrit * se, phat + zcrit * se)
### ANSWER Q2: 95% CI = (0.2657, 0.3743)

# ---------------------------------------------------------------- Q3
heads, tosses = 218, 400
z = (heads / tosses - 0.5) / math.sqrt(0.25 / tosses)
pval = 2 * norm.sf(abs(z))
### ANSWER Q3(a): z = 1.80
### ANSWER Q3(b): p-value = 0.0719 (two-sided)
### ANSWER Q3(c): p-value > 0.05  ->  fail to reject H0, the coin may well be fair

# ---------------------------------------------------------------- Q4
# (a) log-likelihood for Bernoulli data x_1..x_n, with k = sum(x):
#         l(p) = k*log(p) + (n - k)*log(1 - p)
def loglik(p, xs):
    k = sum(xs)
    return k * math.log(p) + (len(xs) - k) * math.log(1 - p)

# (b) l'(p) = k/p - (n-k)/(1-p) = 0  =>  p = k/n
### ANSWER Q4(b): p_hat = k/n = (x_1 + ... + x_n)/n

# ---------------------------------------------------------------- Q5
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
VarX = EX2 - EX ** 2
VarY = 3 ** 2 * VarX
### ANSWER Q5: E[X] = 1.1, Var(X) = 0.49, Var(3X-2) = 9*0.49 = 4.41

if __name__ == "__main__":
    print("Q1a", round(q1a, 4))
    print("Q1b", round(q1b, 4))
    print("Q2 ", tuple(float(round(v, 4)) for v in q2))
    print("Q3 z =", round(z, 3), " p =", round(pval, 4))
    print("Q5 ", round(EX, 3), round(VarX, 3), round(VarY, 3))

# ----------------------------------------------------------------------
# output when I ran it:
#
# Q1a 0.4213
# Q1b 0.0876
# Q2  (0.2657, 0.3743)
# Q3 z = 1.8  p = 0.0719
# Q5  1.1 0.49 4.41
