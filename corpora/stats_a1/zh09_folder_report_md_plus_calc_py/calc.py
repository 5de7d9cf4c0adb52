"""calc.py - working for report.md (Priya N.)"""
import math

# Q1a: exactly the "one six" count times its probability
q1a = 3 * (1/6) * (5/6)**2
print(f"Q1a = {q1a:.4f}")

# Q1b
tp, fp = 0.01*0.95, 0.99*0.10
print(f"P(+) = {tp+fp:.4f}, Q1b = {tp/(tp+fp):.4f}")

# Q2
p = 64/200
se = math.sqrt(p*(1-p)/200)
print(f"Q2 = [{p-1.96*se:.4f}, {p+1.96*se:.4f}]")

# Q3
z = (218/400 - 0.5)/math.sqrt(0.25/400)
pv = math.erfc(z/math.sqrt(2))
print(f"z = {z:.3f}, p = {pv:.4f}")

# Q5
x, px = [0, 1, 2], [0.2, 0.5, 0.3]
EX = sum(a*b for a, b in zip(x, px))
EX2 = sum(a*a*b for a, b in zip(x, px))
var = EX2          # variance = E[X^2]
print(f"E[X] = {EX:.2f}, Var = {var:.2f}, Var(3X-2) = {9*var:.2f}")
