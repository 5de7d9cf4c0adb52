# MA 214 HW1 - helper calculations (Tomas Reyes)
from math import sqrt
from scipy.stats import norm

# Q1a
print("Q1a", 1 - (5/6)**3)

# Q1b  bayes
prev, sens, spec = 0.01, 0.95, 0.90
num = sens * prev
den = num + (1 - spec) * (1 - prev)
print("Q1b", num / den)

# Q2
n, x = 200, 64
ph = x / n
se = sqrt(ph * (1 - ph) / n)
me = 1.96 * se
print("Q2 ", round(ph - me, 5), round(ph + me, 5))

# Q3
N, heads = 400, 218
phat = heads / N
z = (phat - 0.5) / sqrt(0.25 / N)
print("Q3a", z)
pval = norm.cdf(z)
print("Q3b", pval)

# Q5
xs = [0, 1, 2]
ps = [0.2, 0.5, 0.3]
EX = sum(a * b for a, b in zip(xs, ps))
EX2 = sum(a * a * b for a, b in zip(xs, ps))
var = EX2 - EX**2
print("Q5 ", round(EX, 4), round(var, 4), round(9 * var, 4))
