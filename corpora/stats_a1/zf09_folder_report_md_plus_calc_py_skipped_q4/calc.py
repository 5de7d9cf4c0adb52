# helper calculations for report.md
from math import sqrt, erf

def Phi(z):
    return 0.5*(1 + erf(z/sqrt(2)))

# P1
print("1a", 1 - (5/6)**3)
print("1b", 0.0095/(0.0095 + 0.99*0.10))

# P2
ph = 64/200
se = sqrt(ph*(1 - ph)/200)
print("2 ", ph - 1.96*se, ph + 1.96*se)

# P3
z = (218/400 - 0.5)/sqrt(0.25/400)
print("3 ", z, 2*(1 - Phi(z)))

# P5
EX = 0*0.2 + 1*0.5 + 2*0.3
VX = (0**2*0.2 + 1**2*0.5 + 2**2*0.3) - EX**2
print("5 ", EX, VX, 9*VX - 2)
