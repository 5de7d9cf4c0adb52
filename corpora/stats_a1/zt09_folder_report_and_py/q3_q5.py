# MA214 A1 - Arjun Pillai 22B0057
# Q3 and Q5 numerics
from math import sqrt, erf

def Phi(t):
    return 0.5 * (1 + erf(t / sqrt(2)))

# Q3
n, k, p0 = 400, 218, 0.5
p_hat = k / n
se0 = sqrt(p0 * (1 - p0) / n)
z = (p0 - p_hat) / se0
p_value = 2 * Phi(-abs(z))
print("z =", round(z, 3))
print("p-value =", round(p_value, 5))

# Q5
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
m = sum(x * p for x, p in zip(xs, ps))
m2 = sum(x * x * p for x, p in zip(xs, ps))
print("E[X] =", round(m, 3))
print("E[X^2] =", round(m2, 3))
print("Var(X) =", round(m2 - m**2, 3))

# output:
# z = -1.8
# p-value = 0.07186
# E[X] = 1.1
# E[X^2] = 1.7
# Var(X) = 0.49
