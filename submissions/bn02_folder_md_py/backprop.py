"""GNR638 A2 Q1(c): backprop for a 2-2-2 sigmoid network. Rohan Mehta"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 sum (t - o)^2."""
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)          # dE/d(pre-activation of output)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/d(pre-activation of hidden)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numeric_grad(f, P, eps=1e-6):
    g = np.zeros_like(P)
    it = np.nditer(P, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = P[i]
        P[i] = old + eps; fp = f()
        P[i] = old - eps; fm = f()
        P[i] = old
        g[i] = (fp - fm) / (2 * eps)
    return g


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1); print("db1 =", db1)
    print("dW2 =", dW2); print("db2 =", db2)
    f = lambda: loss(W1, b1, W2, b2, x, t)
    err = max(np.abs(dW1 - numeric_grad(f, W1)).max(), np.abs(dW2 - numeric_grad(f, W2)).max(),
              np.abs(db1 - numeric_grad(f, b1)).max(), np.abs(db2 - numeric_grad(f, b2)).max())
    print("max |analytic - numeric| = %.1e" % err)
