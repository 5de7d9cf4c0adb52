import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*sum((t - o)**2)."""
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1[0,0] =", round(dW1[0, 0], 8), " dW2[0,0] =", round(dW2[0, 0], 8))
    eps = 1e-6
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    fd = (loss(Wp, b1, W2, b2, x, t) - loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
    print("finite difference:", fd)
