# calc.py  -- numbers for assignment 1 (Ruth A.)
from math import sqrt
from statistics import NormalDist

N = NormalDist()

print("1a", 1 - (5/6)**3)
pos = 0.95*0.01 + 0.10*0.99
print("1b", 0.95*0.01/pos)

ph = 64/200
m = 1.96*sqrt(ph*(1-ph)/200)
print("2 ", ph - m, ph + m)

z = (218/400 - 0.5)/sqrt(0.25/400)
print("3a", z)
print("3b", 2*(1 - N.cdf(z)))

vals = [0, 1, 2]
prob = [0.2, 0.5, 0.3]
EX = sum(v*p for v, p in zip(vals, prob))
EX2 = sum(v*p for v, p in zip(vals, prob))   # E[X^2]
print("5a", EX)
print("5b", EX2 - EX**2)
print("5c", 9*(EX2 - EX**2))

# output:
# 1a 0.42129629629629617
# 1b 0.08755760368663594
# 2  0.2553497168103167 0.3846502831896833
# 3a 1.8000000000000016
# 3b 0.07186063822585176
# 5a 1.1
# 5b -0.1100000000000001
# 5c -0.9900000000000009
