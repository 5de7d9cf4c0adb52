"""GNR 638 A2, Q1(c): backprop for the 2-2-2 sigmoid net (Sneha Pillai, 22B0917)."""
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

    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # backward
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)

    dW2 = np.outer(d2, h)
    db2 = d2
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    grads = gradients(W1, b1, W2, b2, x, t)
    dW1, db1, dW2, db2 = grads
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("db1 =", db1, " db2 =", db2)

    # finite difference check on W1[0,0]
    eps = 1e-6
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    fd = (loss(Wp, b1, W2, b2, x, t) - loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
    print("fd dE/dw11 =", fd)
