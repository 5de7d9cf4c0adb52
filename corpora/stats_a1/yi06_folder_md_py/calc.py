# calc.py -- MA214 A1 helper calculations (Meera Iyer)
import numpy as np
from scipy.stats import norm

# Q1
print("1a:", 1 - (5/6)**3)
print("1b:", 0.95 * 0.01)

# Q2
phat = 64 / 200
se = np.sqrt(phat * (1 - phat) / 200)
print("2 :", phat - 1.96 * se, phat + 1.96 * se)

# Q3 with continuity correction
z = (218 - 0.5 - 200) / np.sqrt(400 * 0.25)
print("3a:", z)
print("3b:", 2 * (1 - norm.cdf(z)))

# Q5
x = np.array([0, 1, 2])
p = np.array([0.2, 0.5, 0.3])
m = (x * p).sum()
v = np.sqrt((x**2 * p).sum() - m**2)   # variance
print("5a:", m)
print("5b:", v)
print("5c:", 9 * v)

# output I got:
# 1a: 0.42129629629629617
# 1b: 0.0095
# 2 : 0.2553497037903151 0.38465029620968494
# 3a: 1.75
# 3b: 0.08011831372763428
# 5a: 1.1
# 5b: 0.7
# 5c: 6.3
