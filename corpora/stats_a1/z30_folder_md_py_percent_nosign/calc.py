# helper for MA214 A1, all probabilities printed as percentages
from statistics import NormalDist
N = NormalDist()

print("1a %", round(100*(1 - (5/6)**3), 2))
print("1b %", round(100*0.0095/(0.0095 + 0.099), 2))

ph = 0.32
se = (ph*(1-ph)/200) ** 0.5
print("2  ", round(ph - 1.96*se, 4), round(ph + 1.96*se, 4))

z = (0.545 - 0.5) / (0.25/400) ** 0.5
print("3a ", round(z, 2))
print("3b %", round(100*2*(1 - N.cdf(z)), 2))

xs, ps = (0, 1, 2), (0.2, 0.5, 0.3)
m = sum(a*b for a, b in zip(xs, ps))
v = sum(a*a*b for a, b in zip(xs, ps)) - m*m
print("5  ", round(m, 3), round(v, 3), round(9*v, 3))
