"""MA214 A1 - calculations (Karan Verma, 23B0456)"""
import math


def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


# ---- Q1 ----
p_dice = 1 - (5 / 6) ** 3
print(f"Q1a P(at least one 6) = {p_dice:.6f}")

prev, sens, spec = 0.01, 0.95, 0.90
p_pos = sens * prev + (1 - spec) * (1 - prev)
print(f"Q1b P(D|+) = {sens * prev / p_pos:.6f}")

# ---- Q2 ----
n, k = 200, 64
phat = k / n
se = math.sqrt(0.5 * 0.5 / n)  # conservative
print(f"Q2  SE (conservative) = {se:.6f}")
print(f"Q2  CI = ({phat - 1.96 * se:.4f}, {phat + 1.96 * se:.4f})")

# ---- Q3 ----
N, heads = 400, 218
mu, sd = N * 0.5, math.sqrt(N * 0.25)
z = (heads - 0.5 - mu) / sd  # continuity correction
pval = 2 * (1 - Phi(abs(z)))
print(f"Q3a z (cont. corr.) = {z:.4f}")
print(f"Q3b p-value = {pval:.6f}")
print("Q3c", "reject H0" if pval < 0.05 else "do not reject H0")

# ---- Q5 ----
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(x * p for x, p in zip(xs, ps))
EX2 = sum(x * x * p for x, p in zip(xs, ps))
var = EX2 - EX ** 2
print(f"Q5a E[X] = {EX:.4f}")
print(f"Q5b Var(X) = {var:.4f}")
print(f"Q5c Var(3X-2) = {3 * var:.4f}")
