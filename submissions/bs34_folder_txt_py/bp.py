import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, float); t = np.asarray(t, float)
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    g_a2 = (o - t) * o * (1 - o)
    g_h = W2.T @ g_a2
    g_a1 = g_h * h * (1 - h)
    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2


def _loss(W1, b1, W2, b2, x, t):
    return 0.5 * np.sum((t - sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)) ** 2)


def _test(n=10, seed=0):
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        P = [rng.standard_normal((2, 2)), rng.standard_normal(2),
             rng.standard_normal((2, 2)), rng.standard_normal(2)]
        x, t = rng.standard_normal(2), rng.random(2)
        G = gradients(*P, x, t)
        for p, g in zip(P, G):
            for i in np.ndindex(p.shape):
                v = p[i]
                p[i] = v + 1e-6; up = _loss(*P, x, t)
                p[i] = v - 1e-6; dn = _loss(*P, x, t)
                p[i] = v
                num = (up - dn) / 2e-6
                worst = max(worst, abs(num - g[i]) / max(abs(num), 1e-8))
    return worst


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W.copy(), np.ones(2), [1, 1], [0.5, 0.5])
    print(dW1[0, 0], dW2[0, 0])
    print("max rel err:", _test())
