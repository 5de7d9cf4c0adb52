# Rohan Mehta 22B0871
from math import sqrt
from scipy.stats import norm

n = 400
heads = 218
p0 = 0.5

phat = heads / n                      # 0.545
se0 = sqrt(p0 * (1 - p0) / n)         # 0.025
z = (phat - p0) / se0
print("z =", round(z, 3))             # z = 1.8

# p-value
p_value = 1 - norm.cdf(z)
print("p-value =", round(p_value, 4))  # p-value = 0.0359

alpha = 0.05
if p_value < alpha:
    print("Reject H0")                # <- this is what prints
else:
    print("Fail to reject H0")

# Decision: p-value 0.0359 < 0.05 so we reject H0, the coin is not fair.
