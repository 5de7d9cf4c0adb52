# MA 214 Assignment 1 -- calculations (Farhan Ali, 23B1006)
import numpy as np
from math import erf, sqrt


def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))


# Q1
q1a = 1 - (5 / 6) ** 3
q1b = 0.95 * 0.01 / (0.95 * 0.01 + 0.10 * 0.99)
print(f"Q1a  P(at least one six) = {q1a:.6f}")
print(f"Q1b  P(D|+)              = {q1b:.6f}")

# Q2 Wald interval
phat, n = 64 / 200, 200
se = sqrt(phat * (1 - phat) / n)
print(f"Q2   95% CI               = ({phat - 1.96 * se:.4f}, {phat + 1.96 * se:.4f})")

# Q3
ph, n3 = 218 / 400, 400
z = (ph - 0.5) / sqrt(0.25 / n3)
p = 2 * (1 - Phi(abs(z)))
print(f"Q3a  z                    = {z:.4f}")
print(f"Q3b  p-value (two-sided)  = {p:.4f}")
print(f"Q3c  decision             = {'reject H0' if p < 0.05 else 'fail to reject H0'}")

# Q4 numerical check that the MLE is the sample mean
rng = np.random.default_rng(214)
x = rng.binomial(1, 0.3, size=250)
grid = np.linspace(0.001, 0.999, 999)
ll = x.sum() * np.log(grid) + (len(x) - x.sum()) * np.log(1 - grid)
print(f"Q4   grid argmax = {grid[np.argmax(ll)]:.4f}, xbar = {x.mean():.4f}")

# Q5
vals = np.array([0, 1, 2])
pr = np.array([0.2, 0.5, 0.3])
EX = (vals * pr).sum()
VX = (vals ** 2 * pr).sum() - EX ** 2
print(f"Q5   E[X]={EX:.4f}  Var(X)={VX:.4f}  Var(3X-2)={9 * VX:.4f}")
