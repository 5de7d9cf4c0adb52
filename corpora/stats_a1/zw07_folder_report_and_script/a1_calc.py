# MA214 A1 calculations - Sneha Banerjee 23B0540
from math import sqrt, erf

def Phi(z):
    return 0.5 * (1 + erf(z / sqrt(2)))

# Q1
print("1a:", 1 - (5/6)**3)
print("1b:", 0.95*0.01 / (0.95*0.01 + 0.10*0.99))

# Q2 (conservative SE with p = 0.5)
se = sqrt(0.25/200)
print("2:", 0.32 - 1.96*se, 0.32 + 1.96*se)

# Q3
ph = 218/400
se = sqrt(ph*(1-ph)/400)
z = (ph - 0.5)/se
print("3a:", z)
print("3b:", 2*(1 - Phi(z)))

# Q5
EX = 0*0.2 + 1*0.5 + 2*0.3
EX2 = 0*0.2 + 1*0.5 + 4*0.3
print("5:", EX, EX2 - EX**2, 9*(EX2 - EX**2))

# output:
# 1a: 0.42129629629629617
# 1b: 0.08755760368663594
# 2: 0.2507035354437184 0.38929646455628164
# 3a: 1.8073345878198308
# 3b: 0.07071012622575124
# 5: 1.1 0.48999999999999977 4.409999999999998
