# GNR 638 A2 -- Karan Malhotra 21D070033
# answers at the bottom in comments, code for Q1(c) here

import numpy as np

def sig(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    n_in = x.shape[1]          # number of input features
    x = x.reshape(n_in, 1)
    t = t.reshape(-1, 1)
    h = sig(W1 @ x + b1.reshape(-1, 1))
    o = sig(W2 @ h + b2.reshape(-1, 1))
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    return d_h @ x.T, d_h.ravel(), d_o @ h.T, d_o.ravel()

# ---------------------------------------------------------------
# Q1 (a)  dE/dw11 = 0.0044318   (worked by hand, see below)
#    h = sig(2) = 0.880797, o = sig(1.880797) = 0.867703
#    d_o = (0.867703-0.5)*0.867703*0.132297 = 0.042210
#    d_h1 = 0.880797*0.119203*(0.5*0.042210*2) = 0.0044318
# Q1 (b)  dE/dw21 = 0.042210*0.880797 = 0.037179
#
# Q2 (a)  per output: 5*5*3 weights + 1 bias = 76 multiplies
#         total = 76 * 8*8*256 = 1,245,184
# Q2 (b)  depthwise 8*8*3*25 = 4,800, pointwise 8*8*3*256 = 49,152
#         total = 53,952
#
# Q3  L = sum_i (lam_i - y_i*log(lam_i))   (Poisson NLL, lam_i = net output)
# ---------------------------------------------------------------
