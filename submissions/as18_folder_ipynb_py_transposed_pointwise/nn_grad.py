import numpy as np

# Q1(c) - gradients of E = 1/2 * sum (t - o)^2 for the 2-2-2 sigmoid net
# Deepak Reddy 22B0489


def sigma(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigma(W1 @ x + b1)
    o = sigma(W2 @ h + b2)

    d_out = (o - t) * o * (1.0 - o)          # shape (2,)
    d_hid = (W2.T @ d_out) * h * (1.0 - h)   # shape (2,)

    dW2 = np.outer(h, d_out)
    db2 = d_out
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2
