# MA214 Assignment 1 -- Rahul Deshmukh
# answers are in the comments next to each print (that's what it printed for me)
import numpy as np
from scipy import stats

# Q1(a)
p_none = (5/6)**3
print("1a", 1 - p_none)            # 1a 0.42129629629629617  -> 0.4213

# Q1(b)
p_pos = 0.95*0.01 + 0.10*0.99
print("1b", 0.95*0.01/p_pos)       # 1b 0.08755760368663594  -> 0.0876

# Q2 95% interval for p
phat = 64/200
se = np.sqrt(phat*(1-phat)/200)
print("2", phat - 1.96*se, phat + 1.96*se)   # 2 0.25535... 0.38464...  -> [0.2554, 0.3846]

# Q3
z = (218/400 - 0.5)/np.sqrt(0.25/400)
p = 2*stats.norm.sf(abs(z))
print("3a", z)                     # 3a 1.8000000000000016
print("3b", p)                     # 3b 0.07186063822585165
print("3c", "reject H0" if p < 0.05 else "fail to reject H0")   # 3c fail to reject H0   (p = 0.0719 is not < 0.05)

# Q4 (by hand)
# (a) l(p) = sum(x_i)*log(p) + (n - sum(x_i))*log(1 - p)
# (b) set dl/dp = 0  ->  p_hat = sum(x_i)/n = mean of the x's

# Q5
vals = np.array([0, 1, 2])
probs = np.array([0.2, 0.5, 0.3])
EX = np.sum(vals*probs)
print("5a", EX)                    # 5a 1.1
VX = np.var(vals)
print("5b", VX)                    # 5b 0.6666666666666666  -> 0.667
print("5c", 9*VX)                  # 5c 6.0
