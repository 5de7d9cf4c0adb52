"""
GNR 638 - Assignment 2
Aman Srivastava (23B0970)

Q1 (a), (b): worked by hand, checked with the code below.
    sigma(2) = 0.8808 -> h1 = h2
    sigma(1.8808) = 0.8677 -> o1 = o2
    delta_o = (0.8677 - 0.5) * 0.8677 * 0.1323 = 0.04221
    (a) dE/dw11 = 2 * 0.5 * 0.04221 * 0.8808 * 0.1192 * 1 = 0.004432
    (b) dE/dw21 = 0.04221 * 0.8808 = 0.03718

Q1 (c): function gradients() below.

Q2: output = 8 x 8 x 256
    (a) standard conv:  8*8*256*5*5*3 = 1,228,800 multiplications
    (b) depthwise separable: 8*8*3*5*5 + 8*8*3*256 = 4,800 + 49,152 = 53,952

Q3: Poisson likelihood P(y|x) = lam^y exp(-lam) / y!
    Taking log:  log P = y*log(lam) - lam - log(y!)
    So the loss to train the network is
        loss = sum over samples of [ y_i * log(lam_i) - lam_i ]
    (log(y!) dropped as it does not depend on the network).
"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    hidden_in = W1 @ x + b1
    h = sigmoid(hidden_in)
    out_in = W2 @ h + b2
    o = sigmoid(out_in)

    delta_o = (o - t) * o * (1.0 - o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o * h

    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", out[0][0, 0])
    print("dE/dw21 =", out[2][0, 0])
