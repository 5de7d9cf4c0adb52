# GNR638 A2 Q1(c) -- Ishita Banerjee 21B030012
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = delta2[:, None] * h[None, :]
    dW1 = delta1[:, None] * x[None, :]
    return dW1, delta1, dW2, delta2


def numeric(W1, b1, W2, b2, x, t, eps=1e-5):
    params = [W1, b1, W2, b2]
    out = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss(W1, b1, W2, b2, x, t)
            p[i] = old - eps
            lm = loss(W1, b1, W2, b2, x, t)
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    grads = gradients(W1, b1, W2, b2, x, t)
    for name, g in zip(["dW1", "db1", "dW2", "db2"], grads):
        print(name, "=", g)
    num = numeric(W1, b1, W2, b2, x, t)
    print("max |analytic - numeric| = %.1e" % max(np.abs(a - n).max() for a, n in zip(grads, num)))
