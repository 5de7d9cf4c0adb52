# MA214 Assignment 1 -- Karan Malhotra (23B0312)
# I did the whole thing as a script; answers are in the comments next to each print.
from math import comb, sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# ---------------- Q1 ----------------
# (a) at least one six in 3 rolls = 1 - P(no six)
q1a = 1 - (5 / 6) ** 3
print("Q1(a)", round(q1a, 4))          # 0.4213

# (b) Bayes, prevalence 1%, sens 95%, spec 90%
prev, sens, spec = 0.01, 0.95, 0.90
q1b = prev * sens / (prev * sens + (1 - prev) * (1 - spec))
print("Q1(b)", round(q1b, 4))          # 0.0876

# ---------------- Q2 ----------------
n, x = 200, 64
ph = x / n
se = sqrt(ph * (1 - ph) / (n - 1))     # used n-1 like sample variance
lo, hi = ph - 1.96 * se, ph + 1.96 * se
print("Q2 95% CI", round(lo, 4), round(hi, 4))   # 0.2552 0.3848

# ---------------- Q3 ----------------
N, heads, p0 = 400, 218, 0.5
z = (heads / N - p0) / sqrt(p0 * (1 - p0) / N)
print("Q3(a) z =", round(z, 3))        # 1.8
pval = 2 * (1 - Phi(abs(z)))
print("Q3(b) p-value =", round(pval, 4))   # 0.0719
# (c) critical value for alpha = 0.05 is 1.645 and |z| = 1.8 > 1.645
print("Q3(c) reject H0, |z| > 1.645")      # reject H0

# ---------------- Q4 ----------------
# (a) l(p) = sum(x_i) * log(p) + (n - sum(x_i)) * log(1 - p)
# (b) p_hat = sum(x_i) / n   (sample proportion of ones)

# ---------------- Q5 ----------------
vals, probs = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(v * p for v, p in zip(vals, probs))
EX2 = sum(v * v * p for v, p in zip(vals, probs))
VarX = EX2 - EX ** 2
print("Q5(a)", round(EX, 3))           # 1.1
print("Q5(b)", round(VarX, 3))         # 0.49
print("Q5(c)", round(9 * VarX, 3))     # 4.41
