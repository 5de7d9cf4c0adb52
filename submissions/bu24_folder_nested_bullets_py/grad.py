import numpy as np


def sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """dE/dparams for E = 0.5*||t - o||^2 (Omkar Patil, 22B0856)."""
    z1 = W1 @ x + b1
    h = sig(z1)
    z2 = W2 @ h + b2
    o = sig(z2)
    g_z2 = (o - t) * o * (1 - o)
    g_h = W2.T @ g_z2
    g_z1 = g_h * h * (1 - h)
    return np.outer(g_z1, x), g_z1, np.outer(g_z2, h), g_z2


def _check(seed=0, eps=1e-6):
    rng = np.random.default_rng(seed)
    W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    b1, b2 = rng.normal(size=2), rng.normal(size=2)
    x, t = rng.normal(size=2), rng.uniform(size=2)

    def E(W1, b1, W2, b2):
        o = sig(W2 @ sig(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)

    ana = gradients(W1, b1, W2, b2, x, t)
    params = [W1, b1, W2, b2]
    worst = 0.0
    for p, g in zip(params, ana):
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = E(*params)
            p[idx] = old - eps; em = E(*params)
            p[idx] = old
            worst = max(worst, abs((ep - em) / (2 * eps) - g[idx]))
    return worst


if __name__ == "__main__":
    print("max abs error:", max(_check(s) for s in range(5)))
