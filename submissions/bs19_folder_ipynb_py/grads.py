import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop through h = sig(W1 x + b1), o = sig(W2 h + b2), E = 0.5*||t - o||^2."""
    cache = {}
    cache["h"] = sigmoid(W1 @ x + b1)
    cache["o"] = sigmoid(W2 @ cache["h"] + b2)
    h, o = cache["h"], cache["o"]

    dE_do = o - t
    dE_dz2 = dE_do * o * (1 - o)
    dE_dh = W2.T @ dE_dz2
    dE_dz1 = dE_dh * h * (1 - h)

    dW2 = np.outer(dE_dz2, h)
    db2 = dE_dz2
    dW1 = np.outer(dE_dz1, x)
    db1 = dE_dz1
    return dW1, db1, dW2, db2
