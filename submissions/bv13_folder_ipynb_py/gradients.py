import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """
    Backprop for the 2-2-2 sigmoid net, E = 0.5*||t - o||^2.
    W1, W2: (2,2); b1, b2, x, t: (2,)
    returns dW1, db1, dW2, db2
    """
    W1, b1, W2, b2 = map(np.asarray, (W1, b1, W2, b2))
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    g_o = o - t                     # dE/do
    g_z2 = g_o * o * (1 - o)        # dE/dz2
    dW2 = np.outer(g_z2, h)
    db2 = g_z2

    g_h = W2.T @ g_z2               # dE/dh
    g_z1 = g_h * h * (1 - h)
    dW1 = np.outer(g_z1, x)
    db1 = g_z1
    return dW1, db1, dW2, db2
