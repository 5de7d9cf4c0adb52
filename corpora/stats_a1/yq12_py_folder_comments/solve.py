"""MA214 Assignment 1 -- Tanvir Hossain, 23B0981"""
import math
from scipy.stats import norm

# ---------- Q1 ----------
# (a) complement: P(>=1 six) = 1 - (5/6)^3
q1a = 1 - (5/6)**3
# (b) Bayes. P(D and +) = P(+|D) P(D)
#     this is the probability that a person has the disease AND tests positive
q1b = 0.95 * 0.01
print("Q1a:", round(q1a, 6))
print("Q1b:", round(q1b, 6))

# ---------- Q2 ----------
# Wald interval  phat +- 1.96 sqrt(phat(1-phat)/n)
n, x = 200, 64
ph = x / n
se = math.sqrt(ph * (1 - ph) / n)
print("Q2: (%.4f, %.4f)" % (ph - 1.96*se, ph + 1.96*se))

# ---------- Q3 ----------
# z = (X - n p0) / sqrt(n p0 (1-p0))
z = (218 - 400*0.5) / math.sqrt(400*0.5*0.5)
pval = 1 - norm.cdf(z)          # p-value = P(Z > z)
print("Q3a: z =", z)
print("Q3b: p =", round(pval, 4))
# (c) decision
print("Q3c:", "reject H0" if pval < 0.05 else "fail to reject H0", "(p vs alpha=0.05)")

# ---------- Q4 ----------
# (a) l(p) = sum_i [ x_i*log(p) + (1-x_i)*log(1-p) ]
# (b) l'(p) = S/p - (n-S)/(1-p) = 0  =>  p_hat = S/n = xbar
# numerical check on a random sample:
import random
random.seed(214)
xs = [1 if random.random() < 0.3 else 0 for _ in range(1000)]
grid = [i/1000 for i in range(1, 1000)]
ll = lambda p: sum(xi*math.log(p) + (1-xi)*math.log(1-p) for xi in xs)
print("Q4b: argmax =", max(grid, key=ll), " xbar =", sum(xs)/len(xs))

# ---------- Q5 ----------
vals, probs = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(v*p for v, p in zip(vals, probs))
VarX = sum(v*v*p for v, p in zip(vals, probs)) - EX**2
print("Q5a:", round(EX, 4))
print("Q5b:", round(VarX, 4))
print("Q5c:", round(9*VarX, 4))   # Var(aX+b) = a^2 Var(X)

# ================= OUTPUT (python3 solve.py, 13 Oct 2024 22:10) =================
# Q1a: 0.421296
# Q1b: 0.0095
# Q2: (0.2553, 0.3847)
# Q3a: z = 1.8
# Q3b: p = 0.0359
# Q3c: reject H0 (p vs alpha=0.05)
# Q4b: argmax = 0.303  xbar = 0.303
# Q5a: 1.1
# Q5b: 0.49
# Q5c: 4.41
