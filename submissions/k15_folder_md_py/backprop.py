"""GNR638 A2 Q1(c): backprop for a 2-2-2 sigmoid network, E = 1/2 ||t - o||^2."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for h = s(W1 x + b1), o = s(W2 h + b2)."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0], "dE/dw21 =", dW2[0, 0])
    eps = 1e-6; num = np.zeros_like(W1)
    for i in range(2):
        for j in range(2):
            Wp = W1.copy(); Wp[i, j] += eps
            Wm = W1.copy(); Wm[i, j] -= eps
            num[i, j] = (loss(Wp, b1, W2, b2, x, t) - loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
    print("max |analytic - numeric| (W1):", np.abs(num - dW1).max())
