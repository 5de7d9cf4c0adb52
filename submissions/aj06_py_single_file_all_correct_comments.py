# GNR 638 -- Assignment 2 -- Neha Raghavan (21D070051)
# Whole submission in this one file. Written answers are the comments at the top,
# Q1(c) is the function gradients() below.
#
# Q1 (a)  dE/dw11 = 4.4318e-03
# Q1 (b)  dE/dw21 = 3.7179e-02
#     (from running this file: see __main__ at the bottom)
#
# Q2 (a)  standard conv: 8*8 output positions * 256 filters * (5*5*3) = 64*256*75 = 1,228,800
# Q2 (b)  depthwise 5x5 on 3 channels: 64*3*25 = 4,800
#         pointwise 1x1, 3 -> 256:      64*3*256 = 49,152
#         total                                    = 53,952
#
# Q3  y|x ~ Poisson(lam), lam = f(x) > 0.
#     -log p(y|x) = lam - y*log(lam) + log(y!)
#     loss over a dataset = sum_i [ lam_i - y_i * log(lam_i) ]   (log y! is constant, dropped)

import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*sum((t - o)^2) for h = sig(W1 x + b1), o = sig(W2 h + b2).

    Returns (dW1, db1, dW2, db2) with the same shapes as W1, b1, W2, b2.
    """
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)

    # output layer
    delta2 = (o - t) * o * (1.0 - o)
    dW2 = np.zeros_like(W2)
    for i in range(W2.shape[0]):
        for j in range(W2.shape[1]):
            dW2[i, j] = delta2[i] * h[j]
    db2 = delta2.copy()

    # hidden layer
    delta1 = np.zeros_like(h)
    for j in range(h.shape[0]):
        back = 0.0
        for i in range(o.shape[0]):
            back += W2[i, j] * delta2[i]
        delta1[j] = back * h[j] * (1.0 - h[j])
    dW1 = np.zeros_like(W1)
    for j in range(W1.shape[0]):
        for k in range(W1.shape[1]):
            dW1[j, k] = delta1[j] * x[k]
    db1 = delta1.copy()

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0, 0])   # 0.03717874177605889
