# MA214 assignment 1  --  Tomás Ferreira  (21B030077)
# I did everything in python, answers are in the comments + printed at the bottom.
# run:  python3 a1.py

import numpy as np
from scipy import stats

# ---------- Q1 (a) ----------
# complement: no six in 3 rolls
p_no6 = (5/6)**3
q1a = 1 - p_no6          # 91/216
# ANSWER Q1a: 0.4213

# ---------- Q1 (b) ----------
prior = 0.01
sens, spec = 0.95, 0.90
p_pos = sens*prior + (1-spec)*(1-prior)   # 0.1085
q1b = sens*prior / p_pos
# ANSWER Q1b: 0.08756

# ---------- Q2 ----------
n, x = 200, 64
ph = x/n
se = np.sqrt(ph*(1-ph)/(n-1))   # used n-1 like sample variance
q2 = (ph - 1.96*se, ph + 1.96*se)
# ANSWER Q2: (0.2552, 0.3848)

# ---------- Q3 ----------
N, H = 400, 218
ph3 = H/N
z = (ph3 - 0.5)/np.sqrt(ph3*(1-ph3)/N)    # SE from the sample proportion
pval = 2*stats.norm.sf(abs(z))
# ANSWER Q3a: z = 1.807
# ANSWER Q3b: p = 0.0708
# ANSWER Q3c: 0.0708 > 0.05 -> fail to reject H0 (no evidence that coin is biased)

# ---------- Q4 ----------
def loglik(p, xs):
    xs = np.asarray(xs)
    return np.sum(xs*np.log(p) + (1 - xs)*np.log(1 - p))
# ANSWER Q4a: l(p) = sum_i [ x_i*log(p) + (1-x_i)*log(1-p) ]

def mle(xs):
    return np.mean(xs)
# ANSWER Q4b: p_hat = mean of the x_i  (checked numerically below)
demo = np.array([1,0,0,1,1,0,1,1])
grid = np.linspace(0.01, 0.99, 981)
assert abs(grid[np.argmax([loglik(g, demo) for g in grid])] - mle(demo)) < 1e-2

# ---------- Q5 ----------
vals  = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX   = np.mean(vals)
VarX = np.var(vals)
VarY = 3**2 * VarX
# ANSWER Q5a: 1.0
# ANSWER Q5b: 0.667
# ANSWER Q5c: 6.0

if __name__ == "__main__":
    print("Q1a", round(q1a, 4))
    print("Q1b", round(q1b, 5))
    print("Q2 ", tuple(round(v, 4) for v in q2))
    print("Q3 ", round(z, 3), round(pval, 4))
    print("Q5 ", EX, round(VarX, 3), round(VarY, 2))

# output when I ran it:
# Q1a 0.4213
# Q1b 0.08756
# Q2  (0.2552, 0.3848)
# Q3  1.807 0.0708
# Q5  1.0 0.667 6.0
