# MA214 A1 - number crunching (Arjun Menon)
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1
print("Q1a", 1 - (5/6)**3)
print("Q1b", 0.95*0.01 / (0.95*0.01 + 0.10*0.99))

# Q2
ph = 64/200
se = sqrt(ph*(1-ph)/200)
print("Q2 se", se, "margin", 1.96*se)

# Q3
z = (218/400 - 0.5) / sqrt(0.25/400)
print("Q3 z", z, "p", 2*(1 - Phi(z)))

# Q5
EX = 0*0.2 + 1*0.5 + 2*0.3
EX2 = 0*0.2 + 1*0.5 + 4*0.3
V = EX2 - EX**2
print("Q5", EX, V, 9*V - 2)
