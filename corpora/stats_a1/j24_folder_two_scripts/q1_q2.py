# MA214 HW1 -- Q1 and Q2
# Abhishek Tiwari 23B0845
import itertools
import numpy as np
from scipy.stats import norm

# Q1 a: brute force all 216 outcomes
outcomes = list(itertools.product(range(1, 7), repeat=3))
fav = sum(1 for o in outcomes if o.count(6) == 1)
print("Q1a:", fav, "/", len(outcomes), "=", fav / len(outcomes))

# Q1 b
P_D = 0.01
P_pos_D = 0.95
P_pos_notD = 0.10
P_D_and_pos = P_D * P_pos_D
print("Q1b: P(D|+) =", P_D_and_pos)

# Q2: 95% interval
phat = 64 / 200
se = np.sqrt(phat * (1 - phat) / 200)
zc = norm.ppf(0.95)
print("Q2: z_crit = %.4f, CI = (%.4f, %.4f)" % (zc, phat - zc * se, phat + zc * se))

# ---- output ----
# Q1a: 75 / 216 = 0.3472222222222222
# Q1b: P(D|+) = 0.0095
# Q2: z_crit = 1.6449, CI = (0.2657, 0.3743)
