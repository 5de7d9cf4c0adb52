"""helper calculations for the MA214 A1 report (Ahmed Al-Farsi)"""
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1
print("1a:", 1 - (5/6)**3)
ppos = 0.01*0.95 + 0.99*0.10
print("1b P(+):", ppos)

# Q2
ph = 64/200
se = sqrt(ph*(1-ph)/200)
print("2:", ph - 1.96*se, ph + 1.96*se)

# Q3
p3 = 218/400
se3 = sqrt(p3*(1-p3)/400)
z = (p3 - 0.5)/se3
print("3a z:", z)
print("3b:", Phi(z))

# Q5
EX = 0*0.2 + 1*0.5 + 2*0.3
EX2 = 0*0.2 + 1*0.5 + 4*0.3
print("5:", EX, EX2, EX2 - EX**2)
