"""GNR 638 A2, Q1(c). Deepak Raghavan, 20D070015.

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2) for
    h = sigma(W1 x + b1),  o = sigma(W2 h + b2),  E = 1/2 sum_k (t_k - o_k)^2.
Run as a script to compare with central differences on the assignment network
and on a few random networks.
"""
import numpy as np


def _sigma(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))   # numerically stable logistic


def _loss(params, x, t):
    W1, b1, W2, b2 = params
    o = _sigma(W2 @ _sigma(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h = _sigma(W1 @ x + b1)
    o = _sigma(W2 @ h + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


def _numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [np.array(p, dtype=float) for p in (W1, b1, W2, b2)]
    out = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            v = p[idx]
            p[idx] = v + eps; fp = _loss(params, x, t)
            p[idx] = v - eps; fm = _loss(params, x, t)
            p[idx] = v
            g[idx] = (fp - fm) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    rng = np.random.default_rng(638)
    cases = [(np.full((2, 2), .5), np.ones(2), np.full((2, 2), .5), np.ones(2),
              np.ones(2), np.full(2, .5))]
    for _ in range(5):
        cases.append((rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
                      rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2)))
    for n, c in enumerate(cases):
        a = gradients(*c)
        b = _numeric(*c)
        err = max(np.max(np.abs(u - v)) for u, v in zip(a, b))
        print(f"case {n}: max abs diff = {err:.2e}")
    a = gradients(*cases[0])
    print("dE/dw11 = %.7f, dE/dw21 = %.6f" % (a[0][0, 0], a[2][0, 0]))
