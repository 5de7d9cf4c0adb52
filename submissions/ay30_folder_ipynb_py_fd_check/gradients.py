"""Q1(c) backprop + a finite-difference check (GNR638 A2)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [np.array(p, dtype=float) for p in (W1, b1, W2, b2)]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            up = loss(*params, x, t)
            p[idx] = old - eps
            down = loss(*params, x, t)
            p[idx] = old
            g[idx] = (up - down) / (2 * eps)
        grads.append(g)
    return tuple(grads)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    for a, n in zip(gradients(W1, b1, W2, b2, x, t), numerical(W1, b1, W2, b2, x, t)):
        print(a.ravel(), n.ravel())
