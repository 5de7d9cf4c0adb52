"""MA214 A1 helper calculations (Isabella Rossi-Khan)."""
import numpy as np
from scipy.stats import norm
from scipy.optimize import minimize_scalar

# Q1
print("1a", 1 - (5 / 6) ** 3)
num = 0.95 * 0.01
print("1b", num / (num + 0.10 * 0.99))

# Q2
ph = 64 / 200
se = np.sqrt(ph * (1 - ph) / 200)
print("2 ", ph - 1.96 * se, ph + 1.96 * se, "se", se)

# Q3
z = (218 / 400 - 0.5) / np.sqrt(0.25 / 400)
print("3a", z)
print("3b", norm.sf(z))          # upper tail


# Q4: log-likelihood and a numerical check of the MLE
def loglik(p, x):
    x = np.asarray(x)
    return np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))


rng = np.random.default_rng(7)
sample = rng.binomial(1, 0.3, size=50)
res = minimize_scalar(lambda p: -loglik(p, sample), bounds=(1e-6, 1 - 1e-6), method="bounded")
print("4b numeric", res.x, "mean", sample.mean())

# Q5
x = np.array([0, 1, 2])
px = np.array([0.2, 0.5, 0.3])
m = x @ px
v = (x ** 2) @ px - m ** 2
print("5", m, v, 9 * v)
