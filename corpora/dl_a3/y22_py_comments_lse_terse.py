# A3  --  k.wu
# Q1a: 14 x 14 x 64
# Q1b: 3*3*3*64 + 64 = 1792
# Q2:  W_new = W - 0.1 * outer(d, x)
#        = [[0.15, -0.2, 0.45],
#           [0.1,   0.5, -0.3]]
# Q3:  dL/dz_k = p_k - y_k
# Q4:  test time -> running mean/var accumulated in training are used (population stats)
# Q5:  145/220 = 0.6591
# Q6:  below

import numpy as np
from numpy import exp, log


def stable_softmax(z):
    z = np.array(z, dtype=float)
    mx = z.max(-1, keepdims=True)
    return exp(z - mx - log(exp(z - mx).sum(-1, keepdims=True)))
