# nn_grad.py
# GNR638 A2 Q1(c)   Pooja Sharma 22D0378
import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = (o - t) * o * (1 - o)
    g_h = (W2.T @ g_o) * h * (1 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


def check(seed=0, eps=1e-6):
    rng = np.random.default_rng(seed)
    W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    b1, b2, x, t = (rng.normal(size=2) for _ in range(4))

    def E(W1_, b1_, W2_, b2_):
        _, o = forward(W1_, b1_, W2_, b2_, x)
        return 0.5 * np.sum((t - o) ** 2)

    params = [W1, b1, W2, b2]
    grads = gradients(W1, b1, W2, b2, x, t)
    worst = 0.0
    for p, g in zip(params, grads):
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; Ep = E(*params)
            p[idx] = old - eps; Em = E(*params)
            p[idx] = old
            worst = max(worst, abs((Ep - Em) / (2 * eps) - g[idx]))
    return worst


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5)))
    print("max grad-check error over 5 random nets:", max(check(s) for s in range(5)))
