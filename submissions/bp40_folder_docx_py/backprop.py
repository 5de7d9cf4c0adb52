"""GNR638 A2, Q1(c).  Tarun Nair 21D180047

    h = sigmoid(W1 x + b1),  o = sigmoid(W2 h + b2),  E = 1/2 ||t - o||^2
"""
import numpy as np

rng = np.random.default_rng(638)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out


def _loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def finite_diff(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for i in np.ndindex(p.shape):
            v = p[i]
            p[i] = v + eps; lp = _loss(*params, x, t)
            p[i] = v - eps; lm = _loss(*params, x, t)
            p[i] = v
            g[i] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", out[0][0, 0], " dE/dw21 =", out[2][0, 0])
    worst = 0.0
    for _ in range(10):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2, x, t = rng.normal(size=2), rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2)
        a = gradients(W1, b1, W2, b2, x, t)
        n = finite_diff(W1, b1, W2, b2, x, t)
        for ga, gn in zip(a, n):
            worst = max(worst, np.max(np.abs(ga - gn) / (np.abs(gn) + 1e-8)))
    print("max relative error over 10 random nets: %.1e" % worst)
