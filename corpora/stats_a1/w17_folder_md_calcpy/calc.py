from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

print("q1a", 1 - (5/6)**3)
print("q1b", 0.95*0.01 / (0.95*0.01 + 0.10*0.99))
ph = 64/200
m = 1.96*sqrt(ph*(1-ph)/200)
print("q2", ph - m, ph + m)
z = (218/400 - 0.5)/sqrt(0.25/400)
print("q3", round(z, 4), 2*(1 - Phi(z)))
ex = 0*0.2 + 1*0.5 + 2*0.3
v = 0*0.2 + 1*0.5 + 4*0.3 - ex**2
print("q5", round(ex, 4), round(v, 4), round(9*v, 4))
