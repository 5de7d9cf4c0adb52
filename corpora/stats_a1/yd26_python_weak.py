# MA214 assignment 1
# Yash Tiwari 23B0561

import numpy as np
from math import sqrt
from statistics import NormalDist

# Q1 a
# prob of six on each roll is 1/6, 3 rolls
q1a = 1/6 + 1/6 + 1/6
print("Q1 a)", q1a)      # 0.5

# Q1 b
pD = 0.01
pos_given_D = 0.95
pos_given_notD = 0.10
q1b = pos_given_D*pD / (pos_given_D*pD + pos_given_notD*(1-pD))
print("Q1 b)", round(q1b, 4))     # 0.0876

# Q2
phat = 64/200
se = phat*(1-phat)/200
print("Q2 CI:", round(phat - 1.96*se, 4), round(phat + 1.96*se, 4))   # 0.3179 0.3221

# Q3
phat3 = 218/400
z = (phat3 - 0.5)/sqrt(0.5*0.5)
p = 2*(1 - NormalDist().cdf(z))
print("Q3 a) z =", round(z, 3))     # 0.09
print("Q3 b) p =", round(p, 3))     # 0.928
print("Q3 c) p > 0.05 so accept H0")

# Q4
# a) l(p) = sum( x_i*log(p) + (1-x_i)*log(1-p) )
# b) dl/dp = 0  ->  p_hat = sum(x_i)/n = mean of x
def mle(x):
    return np.mean(x)

# Q5
x = np.array([0, 1, 2])
print("Q5 a) E[X] =", np.mean(x))        # 1.0
print("Q5 b) Var(X) =", round(np.var(x), 3))    # 0.667
print("Q5 c) Var(3X-2) =", round(9*np.var(x), 3))   # 6.0
