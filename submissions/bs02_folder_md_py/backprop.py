"""GNR638 A2 Q1(c): backprop for a 2-2-2 sigmoid network.

E = 1/2 * sum((t - o)^2)
"""
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
    """Return (dW1, db1, dW2, db2), gradients of E w.r.t. each parameter."""
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/da1
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    out = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            ep = loss(W1, b1, W2, b2, x, t)
            p[i] = old - eps
            em = loss(W1, b1, W2, b2, x, t)
            p[i] = old
            g[i] = (ep - em) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, v in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, "=", v)
    n = numerical(W1, b1, W2, b2, x, t)
    print("max abs diff vs numerical: %.1e" % max(np.max(np.abs(a - b)) for a, b in zip(g, n)))
