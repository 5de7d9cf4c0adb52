# MA214 Assignment 1 -- helper script (Shreya Kapoor, 22B0456)
import math

# Q1a
print("P(at least one six):", 1 - (5/6)**3)

# Q1b  prevalence 1%, sensitivity 95%, specificity 90%
prev = 0.01
sens = 0.95
spec = 0.90
post = sens*prev / (sens*prev + spec*(1 - prev))
print("P(D|+):", post)

# Q2
p = 0.32
se = math.sqrt(p*(1-p)/200)
print("CI:", p - 1.96*se, p + 1.96*se)

# Q3
z = (0.545 - 0.5) / math.sqrt(0.5*0.5/400)
pv = 2*(1 - 0.5*(1 + math.erf(z/math.sqrt(2))))
print("z:", z, "p-value:", pv)

# Q5
E = 0*0.2 + 1*0.5 + 2*0.3
E2 = 0*0.2 + 1*0.5 + 4*0.3
print("E:", E, "Var:", E2 - E**2, "Var(3X-2):", 9*(E2 - E**2))
