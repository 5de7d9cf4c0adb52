"""GNR638 A2 Q1(c) -- Pranav Deshpande 21D070052

Backprop for a 2-2-2 sigmoid network with squared error
E = 1/2 * sum((t - o)**2). Checked against finite differences below.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2), the gradients of E."""
    h, o = forward(W1, b1, W2, b2, x)
    d2 = (o - t) * o * (1.0 - o)          # dE/da2
    dW2 = np.outer(d2, h)
    db2 = d2.copy()
    d1 = (W2.T @ d2) * h * (1.0 - h)      # dE/da1
    dW1 = np.outer(d1, x)
    db1 = d1.copy()
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss(W1, b1, W2, b2, x, t)
            p[i] = old - eps
            lm = loss(W1, b1, W2, b2, x, t)
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
    num = numerical(W1, b1, W2, b2, x, t)
    for a, n in zip((dW1, db1, dW2, db2), num):
        print("max abs diff:", np.max(np.abs(a - n)))
