"""
Q1(c): manual backprop for a 2-2-2 sigmoid MLP with squared error.
Ayesha Khan, GNR638 A2.
"""
import numpy as np


def _sigmoid(a):
    out = np.empty_like(a, dtype=float)
    pos = a >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-a[pos]))
    ea = np.exp(a[~pos])
    out[~pos] = ea / (1.0 + ea)
    return out


def _forward(W1, b1, W2, b2, x):
    cache = {}
    cache["a1"] = W1 @ x + b1
    cache["h"] = _sigmoid(cache["a1"])
    cache["a2"] = W2 @ cache["h"] + b2
    cache["o"] = _sigmoid(cache["a2"])
    return cache


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)
    c = _forward(W1, b1, W2, b2, x)
    h, o = c["h"], c["o"]
    g_a2 = (o - t) * o * (1.0 - o)
    g_a1 = (W2.T @ g_a2) * h * (1.0 - h)
    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2


def _fd(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(P):
        c = _forward(P[0], P[1], P[2], P[3], x)
        return 0.5 * np.sum((t - c["o"]) ** 2)
    P = [np.array(W1, float), np.array(b1, float), np.array(W2, float), np.array(b2, float)]
    G = []
    for k in range(4):
        g = np.zeros_like(P[k])
        for idx in np.ndindex(P[k].shape):
            P[k][idx] += eps; ep = E(P)
            P[k][idx] -= 2 * eps; em = E(P)
            P[k][idx] += eps
            g[idx] = (ep - em) / (2 * eps)
        G.append(g)
    return G


if __name__ == "__main__":
    rng = np.random.default_rng(42)
    worst = 0.0
    for _ in range(20):
        args = (rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
                rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2))
        for a, f in zip(gradients(*args), _fd(*args)):
            worst = max(worst, np.max(np.abs(a - f)))
    print("max abs error vs finite differences:", worst)
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", dW1[0, 0], "dE/dw21 =", dW2[0, 0])
