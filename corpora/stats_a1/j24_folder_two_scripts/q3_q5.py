# MA214 HW1 -- Q3, Q4, Q5
# Abhishek Tiwari 23B0845
import numpy as np
from scipy.stats import norm

# Q3: SE from phat (as in the lecture slides for the z-statistic)
n, heads = 400, 218
phat = heads / n
se = np.sqrt(phat * (1 - phat) / n)
z = (phat - 0.5) / se
p_value = 2 * norm.sf(abs(z))
print("Q3: z = %.3f  p-value = %.4f" % (z, p_value))
print("    decision:", "reject H0" if p_value < 0.05 else "do not reject H0 because p-value > 0.05")


# Q4: log-likelihood and MLE for Bernoulli data
def loglik(p, x):
    x = np.asarray(x)
    return np.sum(x * np.log(p) + (1 - x) * np.log(1 - p))


def mle(x):
    # derivative sum(x)/p - (n - sum(x))/(1-p) = 0  =>  p = sum(x)/n
    x = np.asarray(x)
    return x.sum() / len(x)


x_test = np.array([1, 0, 1, 1, 0, 1, 0, 1])
grid = np.linspace(0.01, 0.99, 981)
print("Q4: mle =", mle(x_test), " grid argmax =", round(grid[np.argmax([loglik(g, x_test) for g in grid])], 3))

# Q5
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
mu = np.sum(vals * probs)
var = np.average((vals - mu) ** 2, weights=probs)
print("Q5: E[X] = %.2f  Var(X) = %.2f  Var(3X-2) = %.2f" % (mu, var, 3 ** 2 * var))

# ---- output ----
# Q3: z = 1.807  p-value = 0.0707
#     decision: do not reject H0 because p-value > 0.05
# Q4: mle = 0.625  grid argmax = 0.625
# Q5: E[X] = 1.10  Var(X) = 0.49  Var(3X-2) = 4.41
