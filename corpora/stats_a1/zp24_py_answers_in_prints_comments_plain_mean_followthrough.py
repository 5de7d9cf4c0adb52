"""
MA 214 - Assignment 1
Rahul Menon (22B0911)

I did the whole assignment as one script. Run it and it prints every answer.
Answers are also written in the comments next to each print.
"""
import math


def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---------------- Q1 ----------------
# (a) P(at least one six in three rolls) = 1 - P(no six) = 1 - (5/6)^3
q1a = 1 - (5 / 6) ** 3
print("Q1 (a):", round(q1a, 4))          # 0.4213

# (b) Bayes: P(D|+) = P(+|D)P(D) / P(+)
prev, sens, spec = .01, .95, .9
p_pos = sens * prev + (1 - spec) * (1 - prev)
q1b = sens * prev / p_pos
print("Q1 (b):", round(q1b, 4))          # 0.0876

# ---------------- Q2 ----------------
n, yes = 200, 64
ph = yes / n
se = math.sqrt(ph * (1 - ph) / n)
lo, hi = ph - 1.96 * se, ph + 1.96 * se
print("Q2: 95%% CI = (%.4f, %.4f)" % (lo, hi))   # (0.2553, 0.3847)

# ---------------- Q3 ----------------
N, heads, p0 = 400, 218, 0.5
z = (heads / N - p0) / math.sqrt(p0 * (1 - p0) / N)
pval = 2 * (1 - phi(abs(z)))
print("Q3 (a): z =", round(z, 2))               # 1.8
print("Q3 (b): p-value =", round(pval, 4))      # 0.0719
print("Q3 (c):", "reject H0" if pval < 0.05 else "do not reject H0 (p-value > 0.05)")
# -> do not reject H0 (p-value > 0.05)

# ---------------- Q4 ----------------
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# (b) dl/dp = sum(x)/p - (n - sum(x))/(1 - p) = 0  =>  p_hat = sum(x)/n = xbar
def loglik(p, xs):
    return sum(x * math.log(p) + (1 - x) * math.log(1 - p) for x in xs)

# quick check that the maximum is at the sample mean
xs = [1, 0, 0, 1, 1, 0, 1, 0, 0, 0]
best = max((k / 100 for k in range(1, 100)), key=lambda p: loglik(p, xs))
print("Q4 check: argmax =", best, " xbar =", sum(xs) / len(xs))   # 0.4 and 0.4

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(vals) / len(vals)                                   # mean of X
VarX = sum((v - EX) ** 2 * p for v, p in zip(vals, probs))   # sum (x - mu)^2 p(x)
print("Q5 (a): E[X] =", EX)                                  # 1.0
print("Q5 (b): Var(X) =", round(VarX, 4))                    # 0.5
print("Q5 (c): Var(3X-2) =", round(9 * VarX, 4))             # 4.5  (a^2 Var X, b drops out)
