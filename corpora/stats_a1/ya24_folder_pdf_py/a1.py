# MA214 A1 -- Harsh Vardhan Singh 23B0517
# numbers for the report

import math

def Phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

# Q1
p_six = 1 - (5/6)**3
print("Q1a:", round(p_six, 4))

prior = 0.01
sens = 0.95
spec = 0.90
p_pos = sens*prior + (1 - spec)*(1 - prior)
post = sens*prior / p_pos
print("Q1b: P(D|+) =", round(p_pos, 4))

# Q2 - Wilson score interval
n, x, z = 200, 64, 1.96
ph = x/n
centre = (ph + z**2/(2*n)) / (1 + z**2/n)
half = z/(1 + z**2/n) * math.sqrt(ph*(1-ph)/n + z**2/(4*n**2))
print("Q2: Wilson CI =", (round(centre - half, 4), round(centre + half, 4)))

# Q3
N, heads, p0 = 400, 218, 0.5
ph3 = heads/N
se0 = math.sqrt(p0*(1-p0)/N)
zstat = (p0 - ph3)/se0
pval = 2*Phi(-abs(zstat))
print("Q3a: z =", round(zstat, 3))
print("Q3b: p =", round(pval, 4))
print("Q3c:", "reject H0" if pval < 0.05 else "fail to reject H0")

# Q5
xs = [0, 1, 2]; ps = [0.2, 0.5, 0.3]
EX = sum(a*b for a, b in zip(xs, ps))
EX2 = sum(a*a*b for a, b in zip(xs, ps))
VX = EX2 - EX**2
print("Q5:", round(EX, 2), round(VX, 2), round(9*VX - 2, 2))

# output:
# Q1a: 0.4213
# Q1b: P(D|+) = 0.1085
# Q2: Wilson CI = (0.2593, 0.3875)
# Q3a: z = -1.8
# Q3b: p = 0.0719
# Q3c: fail to reject H0
# Q5: 1.1 0.49 2.41
