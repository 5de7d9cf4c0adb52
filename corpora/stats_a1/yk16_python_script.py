"""
MA 214 - Assignment 1
Siddharth Rao, 22B0219

Everything is computed below; the printed output is pasted at the bottom of
each block as a comment.  Run with:  python3 a1_siddharth.py
"""
import math


def Phi(z):
    """standard normal cdf via erf"""
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---------------------------------------------------------------- Q1
print("Q1")
# (a) P(at least one six) = 1 - P(no six)^3
p_a = 1 - (5 / 6) ** 3
print("(a)", round(p_a, 4))
# (a) 0.4213

# (b) Bayes
prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
post = sens * prev / p_pos
print("(b) P(+) =", round(p_pos, 4), " P(D|+) =", round(post, 2))
# (b) P(+) = 0.1085  P(D|+) = 0.09

# ---------------------------------------------------------------- Q2
print("Q2")
n, x = 200, 64
phat = x / n
se = math.sqrt(phat * (1 - phat) / n)
z = 1.645  # 95% two sided
lo, hi = phat - z * se, phat + z * se
print("95%% CI = (%.4f, %.4f)" % (lo, hi))
# 95% CI = (0.2657, 0.3743)

# ---------------------------------------------------------------- Q3
print("Q3")
N, heads = 400, 218
ph = heads / N
se_hat = math.sqrt(ph * (1 - ph) / N)   # plug-in standard error
z_stat = (ph - 0.5) / se_hat
pval = 2 * (1 - Phi(abs(z_stat)))
print("(a) z = %.3f" % z_stat)
print("(b) p-value = %.4f" % pval)
print("(c)", "reject H0" if pval < 0.05 else "do not reject H0",
      "because p-value %.4f %s 0.05" % (pval, "<" if pval < 0.05 else ">"))
# (a) z = 1.807
# (b) p-value = 0.0707
# (c) do not reject H0 because p-value 0.0707 > 0.05

# ---------------------------------------------------------------- Q4
# (a) For Bernoulli data the log-likelihood (per observation, so it does not
#     blow up with n) is
#
#         l(p) = (1/n) * sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#              = xbar*log(p) + (1 - xbar)*log(1 - p)
#
# (b) dl/dp = xbar/p - (1 - xbar)/(1 - p) = 0  =>  xbar*(1 - p) = (1 - xbar)*p
#     =>  p_hat = xbar = (1/n) * sum_i x_i
def loglik(p, xs):
    return sum(xi * math.log(p) + (1 - xi) * math.log(1 - p) for xi in xs) / len(xs)


sample = [1, 0, 1, 1, 0, 1, 0, 1, 1, 1]
best = max((k / 1000 for k in range(1, 1000)), key=lambda p: loglik(p, sample))
print("Q4 check: argmax =", best, " xbar =", sum(sample) / len(sample))
# Q4 check: argmax = 0.7  xbar = 0.7

# ---------------------------------------------------------------- Q5
print("Q5")
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VarX = EX2 - EX ** 2
print("(a) E[X] =", round(EX, 4))
print("(b) Var(X) =", round(VarX, 4))
print("(c) Var(3X-2) =", round(9 * VarX, 4))
# (a) E[X] = 1.1
# (b) Var(X) = 0.49
# (c) Var(3X-2) = 4.41
