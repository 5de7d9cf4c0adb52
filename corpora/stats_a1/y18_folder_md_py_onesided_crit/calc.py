from math import sqrt, erf

Phi = lambda t: 0.5 * (1 + erf(t / sqrt(2)))

print("dice", round(1 - (5/6)**3, 4))
print("bayes", round(0.95*0.01 / (0.95*0.01 + 0.10*0.99), 5))

n, ph, zc = 200, 64/200, 1.96
centre = (ph + zc**2/(2*n)) / (1 + zc**2/n)
half = zc*sqrt(ph*(1-ph)/n + zc**2/(4*n*n)) / (1 + zc**2/n)
print("wilson", round(centre-half, 4), round(centre+half, 4))

z = (218/400 - 0.5) / sqrt(0.25/400)
print("z", round(z, 2), "p", round(2*(1-Phi(z)), 4))

EX = 0*0.2 + 1*0.5 + 2*0.3
VarX = 0*0.2 + 1*0.5 + 4*0.3 - EX**2
print("EX", round(EX, 2), "VarX", round(VarX, 2), "VarY", round(9*VarX, 2))
