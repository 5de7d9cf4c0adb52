"""GNR638 Assignment 2, Q1(c). Nitin Rawat, 21D070072."""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*||t - o||^2 for h = s(W1 x + b1), o = s(W2 h + b2).

    Returns (dW1, db1, dW2, db2) with the same shapes as (W1, b1, W2, b2).
    """
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    g_a2 = (o - t) * o * (1.0 - o)
    g_h = W2.T @ g_a2
    g_a1 = g_h * h * (1.0 - h)

    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(p):
        o = sigmoid(p[2] @ sigmoid(p[0] @ x + p[1]) + p[3])
        return 0.5 * np.sum((t - o) ** 2)

    params = [W1.astype(float).copy(), b1.astype(float).copy(),
              W2.astype(float).copy(), b2.astype(float).copy()]
    out = []
    for k in range(4):
        g = np.zeros_like(params[k])
        for idx in np.ndindex(*params[k].shape):
            old = params[k][idx]
            params[k][idx] = old + eps
            ep = E(params)
            params[k][idx] = old - eps
            em = E(params)
            params[k][idx] = old
            g[idx] = (ep - em) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    for name, a, n in zip(("dW1", "db1", "dW2", "db2"),
                          gradients(W1, b1, W2, b2, x, t),
                          numerical_gradients(W1, b1, W2, b2, x, t)):
        print(name, a.ravel(), "max |diff| =", np.max(np.abs(a - n)))
