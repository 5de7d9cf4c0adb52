# MA214 A1 - Ritika Agarwal - helper calculations for answers.docx
import numpy as np
from scipy.stats import norm

# Q1
print("1a", 1 - (5/6)**3)
prior, sens, fpr = 0.01, 0.95, 0.10
print("1b", prior*sens / (prior*sens + (1 - prior)*fpr))

# Q2
ph, n = 64/200, 200
se = np.sqrt(ph*(1 - ph)/n)
print("2 ", ph - 1.96*se, ph + 1.96*se)

# Q3
z = (218/400 - 0.5) / np.sqrt(0.25/400)
print("3a", z, "3b", 2*norm.sf(abs(z)))

# Q4: negative log-likelihood (loss) on a made-up sample, minimised on a grid
x = np.array([1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1])
def nll(p):
    return -np.sum(x*np.log(p) + (1 - x)*np.log(1 - p))
grid = np.linspace(0.01, 0.99, 981)
print("4b grid argmin", grid[np.argmin([nll(g) for g in grid])], "mean", x.mean())

# Q5
v = np.array([0, 1, 2]); pr = np.array([.2, .5, .3])
m = v @ pr; var = v**2 @ pr - m**2
print("5", m, var, 9*var)
