"""GNR 638 - Assignment 2, Q1(c)
Backpropagation for a 2-2-2 network with sigmoid units and squared error.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 * sum((t - o)**2)."""
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward
    delta2 = (o - t) * o * (1 - o)          # dE/da2
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/da1
    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    # finite-difference check
    eps = 1e-6
    def E(W1_):
        h = sigmoid(W1_ @ x + b1)
        o = sigmoid(W2 @ h + b2)
        return 0.5 * np.sum((t - o) ** 2)
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    print("numerical dE/dw11 =", (E(Wp) - E(Wm)) / (2 * eps))
