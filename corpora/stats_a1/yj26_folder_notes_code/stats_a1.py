# Vikram Bhat - MA214 A1
import math
from statistics import NormalDist

N = NormalDist()

# Q1
p_no_six = (5/6)**3
print("Q1a", round(p_no_six, 4))          # 0.5787

bayes = 0.95*0.01/(0.95*0.01 + 0.1*0.99)
print("Q1b", round(bayes, 4))             # 0.0876

# Q2
ph = 64/200
se = math.sqrt(ph*(1-ph)/200)
print("Q2", round(ph-1.96*se, 4), round(ph+1.96*se, 4))   # 0.2553 0.3847

# Q3
ph = 218/400
z = (ph-0.5)/math.sqrt(0.5*0.5)
pv = 2*(1-N.cdf(z))
print("Q3", round(z, 3), round(pv, 3))    # 0.09 0.928

# Q4 - likelihood on a grid for a sample
xs = [1,0,0,1,1,1,0,1]
best = max((i/100 for i in range(1,100)),
           key=lambda p: math.prod(p if x else 1-p for x in xs))
print("Q4", best, sum(xs)/len(xs))        # 0.62 0.625 (grid step)

# Q5
v = [0,1,2]; pr = [0.2,0.5,0.3]
m = sum(a*b for a,b in zip(v,pr))
m2 = sum(a*a*b for a,b in zip(v,pr))
print("Q5", m, m2-m*m, 9*(m2-m*m))        # 1.1 0.49 4.41
