# MA 214 Assignment 1
# Vikram Reddy  (23B1942)
# All numerical answers computed below; output pasted at the end of the file.
# (Q4(a) is the derivation one - I did it on paper and will hand it in in the tutorial)

import math
from statistics import NormalDist

Phi = NormalDist().cdf

# ---------------- Q1 ----------------
# (a) P(at least one six in 3 rolls) = 1 - P(no six)
p_no_six = (5/6)**3
q1a = 1 - p_no_six
print("Q1(a) P(at least one six) =", round(q1a, 4))

# (b) Bayes
P_D = 0.01
P_pos_D = 0.95        # sensitivity
P_pos_notD = 1 - 0.90 # 1 - specificity
P_D_pos = P_pos_D*P_D + P_pos_notD*(1 - P_D)
print("Q1(b) P(D | +) =", round(P_D_pos, 4))

# ---------------- Q2 ----------------
n = 200
x = 64
p_hat = x / n
se = math.sqrt(0.5 * 0.5 / n)   # conservative SE
lo = p_hat - 1.96 * se
hi = p_hat + 1.96 * se
print(f"Q2 p_hat = {p_hat:.2f}, SE = {se:.4f}")
print(f"Q2 95% CI = ({lo:.4f}, {hi:.4f})")

# ---------------- Q3 ----------------
N = 400
heads = 218
p0 = 0.5
ph = heads / N
z = (ph - p0) / math.sqrt(p0 * (1 - p0) / N)
pval = 2 * (1 - Phi(abs(z)))
print(f"Q3(a) z = {z:.2f}")
print(f"Q3(b) two-sided p-value = {pval:.4f}")
if abs(z) > 1.96:
    print("Q3(c) |z| > 1.96 -> reject H0")
else:
    print("Q3(c) |z| = %.2f < 1.96 -> fail to reject H0 at alpha = 0.05" % abs(z))

# ---------------- Q4 ----------------
# (b) MLE for Bernoulli: p_hat = sum(x_i)/n = sample mean
sample = [1, 0, 0, 1, 1, 0, 1, 0, 0, 0]   # just an example
print("Q4(b) p_hat = mean(x) =", sum(sample) / len(sample), "(for the example sample)")

# ---------------- Q5 ----------------
vals = [0, 1, 2]
probs = [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v**2 * p for v, p in zip(vals, probs))
VarX = EX2 - EX**2
print("Q5(a) E[X] =", round(EX, 4))
print("Q5(b) Var(X) =", round(VarX, 4))
print("Q5(c) Var(3X-2) = 9*Var(X) =", round(9 * VarX, 4))

# ================= OUTPUT =================
# $ python3 a1.py
# Q1(a) P(at least one six) = 0.4213
# Q1(b) P(D | +) = 0.1085
# Q2 p_hat = 0.32, SE = 0.0354
# Q2 95% CI = (0.2507, 0.3893)
# Q3(a) z = 1.80
# Q3(b) two-sided p-value = 0.0719
# Q3(c) |z| = 1.80 < 1.96 -> fail to reject H0 at alpha = 0.05
# Q4(b) p_hat = mean(x) = 0.4 (for the example sample)
# Q5(a) E[X] = 1.1
# Q5(b) Var(X) = 0.49
# Q5(c) Var(3X-2) = 9*Var(X) = 4.41
