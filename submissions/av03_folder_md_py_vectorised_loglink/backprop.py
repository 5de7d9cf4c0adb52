"""GNR 638 A2, Q1(c): backprop for the 2-2-2 sigmoid net.  -- Aditya K."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2."""
    W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2))
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)

    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2


def _loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def _numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    grads = []
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            lp = _loss(*params, x, t)
            p[idx] = old - eps
            lm = _loss(*params, x, t)
            p[idx] = old
            g[idx] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, "=", val)
    num = _numeric(W1, b1, W2, b2, x, t)
    print("max |numerical - analytic| =", max(np.abs(a - b).max() for a, b in zip(g, num)))
