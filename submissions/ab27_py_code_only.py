# q1c.py  -- Nikhil (22B1209)
# only the code part of Q1 is here. The rest of the assignment is in my PDF.

import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    # forward
    net_h = np.dot(W1, x) + b1
    h = 1.0 / (1.0 + np.exp(-net_h))
    net_o = np.dot(W2, h) + b2
    o = 1.0 / (1.0 + np.exp(-net_o))
    # backward
    dE_dneto = (o - t) * o * (1.0 - o)
    dE_dh = np.dot(W2.T, dE_dneto)
    dE_dneth = dE_dh * h * (1.0 - h)
    dW2 = np.zeros((2, 2)); dW1 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW2[i, j] = dE_dneto[i] * h[j]
            dW1[i, j] = dE_dneth[i] * x[j]
    return dW1, dE_dneth, dW2, dE_dneto
