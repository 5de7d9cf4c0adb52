# Numerical checks for MA214 A1, Q3 and Q5  (L. Narayanan)
from math import sqrt, erf


def norm_cdf(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# ---- Q3 ----
n, heads, p0 = 400, 218, 0.5
phat = heads / n
se0 = sqrt(p0 * (1 - p0) / n)
z = (phat - p0) / se0
p_two = 2 * (1 - norm_cdf(abs(z)))
print(f"phat={phat:.3f}  se0={se0:.3f}  z={z:.2f}  two-sided p={p_two:.4f}")
print("reject H0" if p_two < 0.05 else "do not reject H0")
# phat=0.545  se0=0.025  z=1.80  two-sided p=0.0719
# do not reject H0

# ---- Q5 ----
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
mean = sum(x * p for x, p in zip(xs, ps))
ex2 = sum(x ** 2 * p for x, p in zip(xs, ps))
var = ex2 - mean ** 2
print(f"E[X]={mean:.2f}  E[X^2]={ex2:.2f}  Var(X)={var:.2f}")
# E[X]=1.10  E[X^2]=1.70  Var(X)=0.49
