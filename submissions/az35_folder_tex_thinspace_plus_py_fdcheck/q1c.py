# q1c.py -- GNR638 A2 -- Karan Mehta (19D070033)
# usage: python q1c.py      (prints the gradients and a finite-difference check)

import numpy as np

sigmoid = lambda z: 1 / (1 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def E(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * ((t - o) ** 2).sum()


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = (o - t) * o * (1 - o)
    g_h = (W2.T @ g_o) * h * (1 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


def fd_grad(W1, b1, W2, b2, x, t, eps=1e-5):
    ps = [W1, b1, W2, b2]
    out = []
    for k, p in enumerate(ps):
        g = np.zeros_like(p, dtype=float)
        for idx in np.ndindex(p.shape):
            pp = [q.astype(float).copy() for q in ps]
            pm = [q.astype(float).copy() for q in ps]
            pp[k][idx] += eps
            pm[k][idx] -= eps
            g[idx] = (E(*pp, x, t) - E(*pm, x, t)) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), .5); W2 = np.full((2, 2), .5)
    b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.full(2, .5)
    an = gradients(W1, b1, W2, b2, x, t)
    fd = fd_grad(W1, b1, W2, b2, x, t)
    for n, a, f in zip(["W1", "b1", "W2", "b2"], an, fd):
        print(f"d{n}: analytic {a.ravel()}  fd {f.ravel()}  maxdiff {np.abs(a-f).max():.2e}")
    rng = np.random.default_rng(0)
    for trial in range(3):
        args = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)), rng.normal(size=2)]
        xx, tt = rng.normal(size=2), rng.uniform(size=2)
        an = gradients(*args, xx, tt); fd = fd_grad(*args, xx, tt)
        print("random net", trial, "maxdiff", max(np.abs(a - f).max() for a, f in zip(an, fd)))
