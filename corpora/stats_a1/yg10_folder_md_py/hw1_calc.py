# helper calculations for MA214 HW1 -- Tanvi D.
import math

def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

# Q1
q1a = 1 - (5/6)**3
pplus = 0.95*0.01 + 0.10*0.99
q1b = 0.95*0.01 / pplus
print("Q1a", round(q1a, 2))
print("Q1b P(+) =", round(pplus, 4), " P(D|+) =", round(q1b, 4))

# Q2
ph = 64/200
se = math.sqrt(ph*(1-ph)/200)
print("Q2 SE =", round(se, 5), " CI =", (round(ph-1.96*se, 4), round(ph+1.96*se, 4)))

# Q3 with continuity correction
n, x, p0 = 400, 218, 0.5
z = (abs(x - n*p0) - 0.5) / math.sqrt(n*p0*(1-p0))
pval = 2*(1 - Phi(z))
print("Q3 z =", round(z, 3), " p =", round(pval, 4))
# without correction it would be 1.8 / 0.0719, same conclusion

# Q5
vals, probs = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(v*p for v, p in zip(vals, probs))
m2 = sum(v*v*p for v, p in zip(vals, probs))
var = m2 - m**2
print("Q5 E[X] =", round(m, 3), " Var =", round(var, 3), " Var(3X-2) =", round(9*var, 3))
