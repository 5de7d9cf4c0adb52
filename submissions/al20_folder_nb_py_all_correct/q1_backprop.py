"""Q1(c): backprop for the 2-2-2 sigmoid network with E = 1/2 * sum (t - o)^2."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    dE_do = o - t
    delta2 = dE_do * o * (1 - o)          # dE/d(net of output)
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/d(net of hidden)

    dW2 = np.outer(delta2, h)
    db2 = delta2.copy()
    dW1 = np.outer(delta1, x)
    db1 = delta1.copy()
    return dW1, db1, dW2, db2
