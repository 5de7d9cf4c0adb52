# helper for answers.md  (Noah Fischer)
import math
from statistics import NormalDist

N = NormalDist()

print("1a", 1 - (5/6)**3)
pos = 0.95*0.01 + 0.10*0.99
print("1b", 0.95*0.01/pos)

ph = 64/200
se = math.sqrt(ph*(1-ph)/200)
z_crit = 1.645   # from notes
print("2 ", ph - z_crit*se, ph + z_crit*se)

z = (218/400 - 0.5)/math.sqrt(0.25/400)
print("3a", z)
print("3b", 2*(1 - N.cdf(z)))

x = [0, 1, 2]; p = [0.2, 0.5, 0.3]
m = sum(a*b for a, b in zip(x, p))
v = sum(a*a*b for a, b in zip(x, p)) - m**2
print("5 ", m, v, 9*v)

# 1a 0.42129629629629617
# 1b 0.08755760368663594
# 2  0.2657449295625621 0.3742550704374379
# 3a 1.799999999999999
# 3b 0.07186063822585176
# 5  1.1 0.49 4.41
