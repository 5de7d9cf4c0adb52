import numpy as np


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    d2 = (o - t) * o * (1.0 - o)
    d1 = (W2.T @ d2) * h * (1.0 - h)
    return np.outer(d1, x), d1.copy(), np.outer(d2, h), d2.copy()


def _E(W1, b1, W2, b2, x, t):
    o = _sig(W2 @ _sig(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    rng = np.random.default_rng(638)
    W1 = np.full((2, 2), 0.5); W2 = W1.copy(); b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    print(gradients(W1, b1, W2, b2, x, t))
