import numpy as np
from scipy.stats import norm

print("Q1a", 1 - (5/6)**3)
print("Q1b", 0.0095 / (0.0095 + 0.099))
ph = 0.32; se = np.sqrt(ph*(1-ph)/200)
print("Q2 ", ph - 1.96*se, ph + 1.96*se)
z = (0.545 - 0.5)/np.sqrt(0.25/400)
print("Q3 ", z, 2*norm.sf(z))
x = np.array([0, 1, 2]); p = np.array([0.2, 0.5, 0.3])
mu = (x*p).sum()
var = ((x - mu)**2).mean()
print("Q5 ", mu, var, 9*var)
