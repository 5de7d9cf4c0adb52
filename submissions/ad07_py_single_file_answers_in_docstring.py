"""
GNR 638  Assignment 2  --  Mateo Rossi (22B0411)

ANSWERS
  Q1 (a)  dE/dw11 = 4.4318e-03
     (b)  dE/dw21 = 3.7179e-02
     (c)  gradients() below; run this file to print (a) and (b)
  Q2 (a)  standard conv       : 8*8*256*5*5*3           = 1.2288e6 multiplications
     (b)  depthwise separable : 8*8*3*25 + 8*8*3*256    = 5.3952e4
  Q3      loss = rate - y*log(rate)   (Poisson negative log-likelihood, log(y!) dropped)
"""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for a 2-2-2 sigmoid net with E = 0.5 * sum((t - o)**2).

    Returns (dW1, db1, dW2, db2).
    """
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_out = (o - t) * o * (1 - o)          # dE/d(net_out)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W, b, W, b, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
