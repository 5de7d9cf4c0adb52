"""
MA 214 - Assignment 1
Student: Oliver Bennett
Run with:  python3 a1.py
Output of my run is pasted at the bottom of this file. The printed lines are my answers.
"""
import numpy as np
from scipy import stats

rng = np.random.default_rng(214)

# Q1(a) exact, plus a simulation to convince myself
exact_1a = 1 - (5/6)**3
sim = (rng.integers(1, 7, size=(200_000, 3)) == 6).any(axis=1).mean()
print("Q1(a) P(at least one six) =", exact_1a, "  (simulated:", sim, ")")

# Q1(b)
p_d, sens, fpr = 0.01, 0.95, 0.10
post = p_d*sens / (p_d*sens + (1 - p_d)*fpr)
print("Q1(b) P(D | +) =", post)

# Q2  Wald interval
phat = 64/200
se = np.sqrt(phat*(1 - phat)/200)
ci = (phat - 1.96*se, phat + 1.96*se)
print("Q2 95% CI =", ci)

# Q3
p3 = 218/400
z = (p3 - 0.5)/np.sqrt(0.5*0.5/400)
pval = 2*stats.norm.sf(abs(z))
print("Q3(a) z =", z)
print("Q3(b) p-value =", pval)
print("Q3(c)", "Reject H0" if pval < 0.05 else "Fail to reject H0", "since p-value", "<" if pval < 0.05 else ">", 0.05)

# Q4 (by hand, written here as code)
def loglik(p, x):
    x = np.asarray(x)
    return np.sum(x*np.log(p) + (1 - x)*np.log(1 - p))
# Q4(a)  l(p) = sum_i [ x_i log p + (1 - x_i) log(1 - p) ]
# Q4(b)  p_hat = x.mean()   (sample mean), found by setting dl/dp = 0
x_demo = np.array([1, 0, 0, 1, 1, 1, 0, 1])
grid = np.linspace(0.01, 0.99, 9801)
print("Q4 check: argmax of loglik =", grid[np.argmax([loglik(g, x_demo) for g in grid])], " mean =", x_demo.mean())

# Q5
vals = np.array([0, 1, 2]); probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals*probs)
VarX = np.sum(vals**2*probs) - EX**2
print("Q5(a) E[X] =", EX)
print("Q5(b) Var(X) =", VarX)
print("Q5(c) Var(3X-2) =", np.var(3*vals - 2))

# ---------------- output ----------------
# Q1(a) P(at least one six) = 0.42129629629629617   (simulated: 0.421225 )
# Q1(b) P(D | +) = 0.08755760368663594
# Q2 95% CI = (np.float64(0.2553497037903151), np.float64(0.38465029620968494))
# Q3(a) z = 1.8000000000000016
# Q3(b) p-value = 0.07186063822585133
# Q3(c) Fail to reject H0 since p-value > 0.05
# Q4 check: argmax of loglik = 0.625  mean = 0.625
# Q5(a) E[X] = 1.1
# Q5(b) Var(X) = 0.48999999999999977
# Q5(c) Var(3X-2) = 6.0
