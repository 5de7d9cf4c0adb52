# GNR638 Assignment 2 -- everything in one file (TA said .py is fine)
# Arjun Sreekumar, 210070013
#
# Q1 (a),(b): run this file, output pasted at the bottom.
# Q1 (c): gradients() below.
# Q2, Q3: answered in the comments after the code.

import numpy as np


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2.

    W1, W2: (2,2) with row i = weights into unit i; b1, b2, x, t: (2,)
    """
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    g_out = (o - t) * o * (1.0 - o)          # dE/d(net_out)
    g_hid = (W2.T @ g_out) * h * (1.0 - h)    # dE/d(net_hid)
    dW2 = g_out[:, None] * h[None, :]
    dW1 = g_hid[:, None] * x[None, :]
    return dW1, g_hid.copy(), dW2, g_out.copy()


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    ones = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, ones, W.copy(), ones, ones, 0.5 * ones)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])

# ---------------------------------------------------------------
# Output of `python a2.py` (given network):
#   dE/dw11 = 0.004431814656811997
#   dE/dw21 = 0.03717874177605889
# The hand calculation gave 0.00443 and 0.0372, so they match.
#
# ---------------------------------------------------------------
# Q2  input 12x12x3 -> output 8x8x256, 5x5 kernels, stride 1, no pad
#
#   (a) standard: 8*8 positions * 256 kernels * (5*5*3) = 1228800
#   (b) depthwise separable:
#         depthwise  8*8*3*(5*5) =  4800
#         pointwise  8*8*256*3   = 49152
#         total                  = 53952
#
# ---------------------------------------------------------------
# Q3  y | x ~ Poisson(lam), lam = model(x) > 0
#
#   -log p(y|x) = lam - y*log(lam) + log(y!)
#   loss = lam - y*log(lam)          (log(y!) does not depend on the model)
#   averaged over the batch.
