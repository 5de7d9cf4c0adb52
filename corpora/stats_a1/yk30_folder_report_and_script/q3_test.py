# MA 214 A1, Question 3 -- Tejas Kamath 22B0742
# H0: p = 0.5  vs  H1: p != 0.5, alpha = 0.05
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

n = 400
heads = 218
p0 = 0.5
alpha = 0.05

phat = heads / n
se0 = sqrt(p0 * (1 - p0) / n)
z = (phat - p0) / se0

# p-value: probability of a result at least this extreme
p_value = 1 - Phi(z)

z_crit = 1.96   # two-sided 5% critical value

print(f"(a) z statistic = {z:.2f}")
print(f"(b) p-value     = {p_value:.4f}")
if abs(z) > z_crit:
    print(f"(c) |z| = {abs(z):.2f} > {z_crit}: reject H0")
else:
    print(f"(c) |z| = {abs(z):.2f} < {z_crit}: do not reject H0, the coin could be fair")

# output:
# (a) z statistic = 1.80
# (b) p-value     = 0.0359
# (c) |z| = 1.80 < 1.96: do not reject H0, the coin could be fair
