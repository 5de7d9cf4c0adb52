# MA 214 Assignment 1
# Kenji Watanabe  -  roll 24B0388
#
# I wrote everything as one script. Final answers are in the ANSWER comments,
# and the script prints them too (output pasted at the very bottom).

from math import sqrt, erf


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---------------- Question 1 ----------------
# (a) at least one six in three rolls = 1 - P(no six in any roll)
q1a = 1 - (5 / 6) ** 3
# ANSWER 1(a): 91/216 = 0.4213

# (b) disease: prevalence 1%, sensitivity 95%, specificity 90%
prior = 0.01
p_pos_given_d = 0.95
p_pos_given_not_d = 1 - 0.90          # false positive rate
p_pos = p_pos_given_d * prior + p_pos_given_not_d * (1 - prior)
q1b = p_pos_given_d * prior / p_pos
# ANSWER 1(b): P(D | +) = 0.0876

# ---------------- Question 2 ----------------
n, k = 200, 64
phat = k / n
se = sqrt(phat * (1 - phat) / n)
ci = (phat - 1.96 * se, phat + 1.96 * se)
# ANSWER 2: 95% CI = (0.2553, 0.3847)

# ---------------- Question 3 ----------------
# H0: p = 0.5   H1: p != 0.5
N, heads, p0 = 400, 218, 0.5
z = (heads / N - p0) / sqrt(p0 * (1 - p0) / N)
pval = 2 * Phi(-abs(z))
# ANSWER 3(a): z = 1.80
# ANSWER 3(b): p-value = 0.0719 (two sided)
# ANSWER 3(c): p-value 0.0719 > alpha 0.05  ->  fail to reject H0

# ---------------- Question 4 ----------------
# x_1..x_n iid Bernoulli(p), f(x|p) = p^x (1-p)^(1-x)
# ANSWER 4(a): l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
# ANSWER 4(b): setting l'(p) = sum(x)/p - (n - sum(x))/(1-p) = 0 gives
#              p_hat = sum(x_i)/n  (the sample mean)

# ---------------- Question 5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VarX = EX2 - EX ** 2
# Var(aX + b) = |a| Var(X); adding a constant does not change the variance
Var3X = 3 * VarX
# ANSWER 5(a): E[X] = 1.1
# ANSWER 5(b): Var(X) = 0.49
# ANSWER 5(c): Var(3X - 2) = 1.47

if __name__ == "__main__":
    print("1a", round(q1a, 4))
    print("1b", round(q1b, 4))
    print("2 ", tuple(round(c, 4) for c in ci))
    print("3a", round(z, 2))
    print("3b", round(pval, 4))
    print("3c", "reject H0" if pval < 0.05 else "fail to reject H0 (p > 0.05)")
    print("5a", round(EX, 2), " 5b", round(VarX, 2), " 5c", round(Var3X, 2))

# $ python a1.py
# 1a 0.4213
# 1b 0.0876
# 2  (0.2553, 0.3847)
# 3a 1.8
# 3b 0.0719
# 3c fail to reject H0 (p > 0.05)
# 5a 1.1  5b 0.49  5c 1.47
