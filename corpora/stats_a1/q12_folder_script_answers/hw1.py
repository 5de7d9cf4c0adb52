# MA214 assignment 1 - Nitin Prasad 22B0472
# run: python3 hw1.py
import numpy as np
from math import erf, sqrt

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1 a
p_no_six = (5/6)**3
q1a = 1 - p_no_six
print("Q1a  P(at least one six) =", round(q1a, 4))

# Q1 b  -- probability of a positive test
prev, sens, spec = 0.01, 0.95, 0.90
q1b = sens*prev + (1 - spec)*(1 - prev)
print("Q1b  P =", round(q1b, 4))

# Q2
n, x = 200, 64
ph = x / n
se = sqrt(0.5 * 0.5 / n)   # p(1-p) <= 1/4, conservative
print("Q2   CI = (%.4f, %.4f)" % (ph - 1.96*se, ph + 1.96*se))

# Q3
n3, k3 = 400, 218
z = (k3/n3 - 0.5) / sqrt(0.25 / n3)
pval = 2 * (1 - Phi(abs(z)))
print("Q3   z = %.2f, p-value = %.4f" % (z, pval))
print("     decision:", "reject H0" if pval < 0.05 else "fail to reject H0", "(alpha = 0.05)")

# Q4  loglik = sum x_i log p
def loglik(p, data):
    data = np.asarray(data)
    return np.sum(data * np.log(p))

# Q5
vals = np.array([0, 1, 2]); probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals * probs)
VX = np.sum(vals**2 * probs)   # variance = E[X^2]
print("Q5   E[X] = %.2f, Var(X) = %.2f, Var(3X-2) = %.2f" % (EX, VX, 9*VX))
