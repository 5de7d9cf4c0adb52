# check.py -- recomputes the numbers in report.md
import numpy as np
from scipy import stats, optimize

print("1a", round(1 - (5/6)**3, 4))
print("1b", round(0.0095 / (0.0095 + 0.10*0.99), 4))

ph, n = 64/200, 200
se = np.sqrt(ph*(1-ph)/n)
print("2 ", round(ph - 2.576*se, 3), round(ph + 2.576*se, 3))

z = (218/400 - 0.5) / np.sqrt(0.25/400)
print("3 ", round(z, 2), round(2*stats.norm.sf(z), 4))

x = np.array([1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1])
nll = lambda p: -(x.sum()*np.log(p) + (len(x)-x.sum())*np.log(1-p))
res = optimize.minimize_scalar(nll, bounds=(1e-6, 1-1e-6), method="bounded")
print("4 ", round(res.x, 4), "vs mean", round(x.mean(), 4))

v, pr = np.array([0, 1, 2]), np.array([.2, .5, .3])
m = v @ pr
var = (v**2) @ pr - m**2
print("5 ", m, round(var, 2), round(9*var, 2))

# output:
# 1a 0.4213
# 1b 0.0876
# 2  0.235 0.405
# 3  1.8 0.0719
# 4  0.4167 vs mean 0.4167
# 5  1.1 0.49 4.41
