"""MA214 A1 helper script -- Arjun Nambiar"""
import numpy as np
from scipy import stats

# Q1a
p_at_least_one = 1 - (5/6)**3
print("Q1a:", round(p_at_least_one, 2))

# Q1b
prev, sens, spec = 0.01, 0.95, 0.90
num = sens*prev
den = sens*prev + (1-spec)*(1-prev)
print("Q1b:", round(num/den, 4))

# Q2
n, k = 200, 64
ph = k/n
se = np.sqrt(ph*(1-ph)/n)
print("Q2: SE=%.5f CI=(%.4f, %.4f)" % (se, ph-1.96*se, ph+1.96*se))

# Q3
n, h = 400, 218
ph = h/n
z = (ph-0.5)/np.sqrt(0.25/n)
p = 1 - stats.norm.cdf(z)
print("Q3: z=%.2f p=%.4f" % (z, p))

# Q4 numerical check
rng = np.random.default_rng(1)
x = rng.binomial(1, 0.3, size=50)
grid = np.linspace(0.001, 0.999, 999)
ll = x.sum()*np.log(grid) + (len(x)-x.sum())*np.log(1-grid)
print("Q4: argmax=%.3f xbar=%.3f" % (grid[ll.argmax()], x.mean()))

# Q5
vals = np.array([0, 1, 2])
pr = np.array([0.2, 0.5, 0.3])
mean = np.sum(vals*pr)
var = np.sqrt(np.sum(pr*(vals-mean)**2))
print("Q5: E[X]=%.2f Var(X)=%.2f Var(3X-2)=%.2f" % (mean, var, 9*var))
