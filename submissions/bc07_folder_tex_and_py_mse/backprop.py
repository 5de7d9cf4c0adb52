"""GNR638 A2 Q1(c) -- Meghna Rao 22D0371"""
import numpy as np


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*sum((t-o)**2)."""
    a1 = W1.dot(x) + b1
    h = _sigmoid(a1)
    a2 = W2.dot(h) + b2
    o = _sigmoid(a2)

    dE_do = o - t
    dE_da2 = dE_do * o * (1 - o)
    dW2 = dE_da2[:, None] * h[None, :]
    db2 = dE_da2.copy()

    dE_dh = W2.T.dot(dE_da2)
    dE_da1 = dE_dh * h * (1 - h)
    dW1 = dE_da1[:, None] * x[None, :]
    db1 = dE_da1.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dW1[0,0] =", g[0][0, 0])
    print("dW2[0,0] =", g[2][0, 0])
