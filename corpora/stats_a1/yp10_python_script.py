# MA214 Assignment 1
# Aditya Kulkarni  - 22B1563
# I did everything in python, answers are the printed values + comments

import math


def Phi(z):
    # standard normal cdf using erf
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---------------- Q1 ----------------
# (a) P(at least one six) = 1 - P(no six in 3 rolls)
q1a = 1 - (5 / 6) ** 3
print("Q1a:", q1a)          # 0.4212962962962963

# (b) disease 1%, sens 0.95, spec 0.90
prev = 0.01
sens = 0.95
spec = 0.90
# P(D and +) = P(+|D) P(D)
q1b = sens * prev
print("Q1b: P(D|+) =", q1b)   # 0.0095

# ---------------- Q2 ----------------
n = 200
x = 64
p_hat = x / n
se = math.sqrt(p_hat * (1 - p_hat) / n)
lo, hi = p_hat - 1.96 * se, p_hat + 1.96 * se
print("Q2: 95% CI = (%.4f, %.4f)" % (lo, hi))   # (0.2554, 0.3846)

# ---------------- Q3 ----------------
n3 = 400
heads = 218
p0 = 0.5
ph = heads / n3
z = (ph - p0) / math.sqrt(p0 * (1 - p0))
print("Q3a: z =", round(z, 3))               # 0.09
pval = 2 * (1 - Phi(abs(z)))
print("Q3b: p-value =", round(pval, 4))      # 0.9283
if pval < 0.05:
    print("Q3c: reject H0")
else:
    print("Q3c: fail to reject H0 because p-value =", round(pval, 4), "> 0.05")
# -> fail to reject H0, the coin looks fair


# ---------------- Q4 ----------------
def loglik(p, xs):
    """
    Q4(a)  log-likelihood of Bernoulli(p) sample:
        l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
             = S*log(p) + (n - S)*log(1 - p),   S = sum x_i
    """
    S = sum(xs)
    return S * math.log(p) + (len(xs) - S) * math.log(1 - p)


# Q4(b): dl/dp = S/p - (n-S)/(1-p) = 0  ->  MLE is  p_hat = sum(x_i)
def mle(xs):
    return sum(xs)


# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(vals) / 3
print("Q5a: E[X] =", EX)                 # 1.0
VarX = sum(p * (v - EX) ** 2 for v, p in zip(vals, probs))
print("Q5b: Var(X) =", round(VarX, 3))   # 0.5
# Q5c  didn't get to it
