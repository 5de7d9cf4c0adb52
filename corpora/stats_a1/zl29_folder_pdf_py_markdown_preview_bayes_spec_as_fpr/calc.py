# calc.py -- MA 214 A1, Arjun Nair (23B2516)
# quick numbers for report.md / report.pdf
import math

def Phi(z):
    return 1 - 0.5 * math.erfc(z / 2**0.5)

# Q1
a = 1 - (5/6)**3
pD = 0.01
sens = 0.95
spec = 0.90
pos = sens*pD + spec*(1 - pD)   # positives: sick + healthy
b = sens*pD / pos
print("Q1a", round(a, 4), " Q1b", round(b, 5))

# Q2
ph = 64/200
se = math.sqrt(ph*(1 - ph)/200)
print("Q2", round(ph - 1.96*se, 4), round(ph + 1.96*se, 4))

# Q3
z = (218/400 - 0.5) / math.sqrt(0.25/400)
pv = 2*(1 - Phi(z))
print("Q3 z", round(z, 2), "p", round(pv, 4), "reject" if pv < 0.05 else "fail to reject")

# Q5
xs, ps = [0, 1, 2], [0.2, 0.5, 0.3]
m = sum(map(lambda t: t[0]*t[1], zip(xs, ps)))
v = sum(map(lambda t: t[0]**2*t[1], zip(xs, ps))) - m**2
print("Q5", round(m, 3), round(v, 3), round(9*v, 3))
