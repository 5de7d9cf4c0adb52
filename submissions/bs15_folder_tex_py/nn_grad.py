"""Q1(c) -- Tanmay Deshpande, 210010067"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)

    g_o = (o - t) * o * (1.0 - o)           # dE/d(net_o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)      # dE/d(net_h)

    dW2 = g_o[:, None] * h[None, :]
    dW1 = g_h[:, None] * x[None, :]
    return dW1, g_h, dW2, g_o


def _numeric(f, P, eps=1e-6):
    G = np.zeros_like(P)
    for idx in np.ndindex(P.shape):
        keep = P[idx]
        P[idx] = keep + eps; fp = f()
        P[idx] = keep - eps; fm = f()
        P[idx] = keep
        G[idx] = (fp - fm) / (2 * eps)
    return G


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1[0,0] = %.8f   dW2[0,0] = %.8f" % (dW1[0, 0], dW2[0, 0]))

    rng = np.random.default_rng(1)
    for trial in range(5):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2 = rng.normal(size=2), rng.normal(size=2)
        x, t = rng.normal(size=2), rng.random(2)
        E = lambda: 0.5 * np.sum((t - _sigmoid(W2 @ _sigmoid(W1 @ x + b1) + b2)) ** 2)
        ana = gradients(W1, b1, W2, b2, x, t)
        num = [_numeric(E, P) for P in (W1, b1, W2, b2)]
        rel = max(np.max(np.abs(a - n) / (np.abs(n) + 1e-12)) for a, n in zip(ana, num))
        print("trial", trial, "max rel err", rel)
