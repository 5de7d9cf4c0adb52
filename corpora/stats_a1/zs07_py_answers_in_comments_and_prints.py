# MA214 Assignment 1
# Name : Shreya Pillai
# Roll : 22B0304
#
# I did the whole assignment as one python file. Answers are printed, and
# the theory part (Q4) is written in comments below.

import math
from scipy import stats

print("=" * 40)
print("Q1")
print("=" * 40)

# (a) each roll gives a six w.p. 1/6, three rolls -> 3 * 1/6
p_six = 1 / 6
p_at_least_one = 3 * p_six
print("1(a) P(at least one six) =", p_at_least_one)          # 0.5

# (b) Bayes
prev = 0.01
sens = 0.95
spec = 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)                 # 0.1085
p_dis_pos = sens * prev / p_pos
print("1(b) P(D | +) = %.4f" % p_dis_pos)                     # 0.0876

print("=" * 40)
print("Q2")
print("=" * 40)
n, x = 200, 64
ph = x / n
se = math.sqrt(ph * (1 - ph) / n)
z975 = stats.norm.ppf(0.975)
lo, hi = ph - z975 * se, ph + z975 * se
print("95%% CI = [%.4f, %.4f]" % (lo, hi))                     # [0.2554, 0.3846]

print("=" * 40)
print("Q3")
print("=" * 40)
N, H = 400, 218
p0 = 0.5
ph3 = H / N
# I write the statistic as (p0 - phat)/SE, like in my notes
z = (p0 - ph3) / math.sqrt(p0 * (1 - p0) / N)
pval = 2 * stats.norm.cdf(-abs(z))
print("3(a) z =", round(z, 2))                                 # -1.8
print("3(b) p-value =", round(pval, 4))                        # 0.0719
if abs(z) > 1.96:
    print("3(c) |z| > 1.96 -> reject H0")
else:
    print("3(c) |z| = %.2f < 1.96 -> do not reject H0 at 5%%" % abs(z))

# ---------------------------------------------------------------
# Q4 (theory)
# (a) l(p) = sum_i [ x_i*log(p) + (1 - x_i)*log(1 - p) ]
#          = (sum x_i) log p + (n - sum x_i) log(1 - p)
# (b) l'(p) = (sum x_i)/p - (n - sum x_i)/(1 - p) = 0
#     => p_hat = (sum x_i)/n = xbar
# ---------------------------------------------------------------

print("=" * 40)
print("Q5")
print("=" * 40)
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(a * b for a, b in zip(xs, ps))
EX2 = sum(a * a * b for a, b in zip(xs, ps))
VX = EX2 - EX ** 2
print("5(a) E[X] =", round(EX, 4))                             # 1.1
print("5(b) Var(X) =", round(VX, 4))                           # 0.49
print("5(c) Var(3X-2) =", round(9 * VX, 4))                    # 4.41

"""
Output:
========================================
Q1
========================================
1(a) P(at least one six) = 0.5
1(b) P(D | +) = 0.0876
========================================
Q2
========================================
95% CI = [0.2554, 0.3846]
========================================
Q3
========================================
3(a) z = -1.8
3(b) p-value = 0.0719
3(c) |z| = 1.80 < 1.96 -> do not reject H0 at 5%
========================================
Q5
========================================
5(a) E[X] = 1.1
5(b) Var(X) = 0.49
5(c) Var(3X-2) = 4.41
"""
