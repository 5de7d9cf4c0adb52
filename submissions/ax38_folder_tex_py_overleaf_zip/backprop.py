"""Q1(c), GNR 638 A2 -- Kunal Bose."""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = [np.asarray(v, dtype=np.float64) for v in (W1, b1, W2, b2, x, t)]
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


def _fd(f, arrays, i, eps=1e-6):
    g = np.zeros_like(arrays[i])
    for idx in np.ndindex(arrays[i].shape):
        plus = [a.copy() for a in arrays]
        minus = [a.copy() for a in arrays]
        plus[i][idx] += eps
        minus[i][idx] -= eps
        g[idx] = (f(*plus) - f(*minus)) / (2 * eps)
    return g


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    for trial in range(3):
        args = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
                rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2)]
        analytic = gradients(*args)
        numeric = [_fd(loss, args, i) for i in range(4)]
        print(trial, max(np.max(np.abs(a - n)) for a, n in zip(analytic, numeric)))
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0], " dE/dw21 =", g[2][0, 0])
