import numpy as np

# Sanjana Hegde 22B0519 -- GNR638 A2 Q1(c)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def backprop(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    P = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for p in P:
        g = np.zeros_like(p)
        for i in np.ndindex(p.shape):
            p[i] += eps; lp = loss(*P, x, t)
            p[i] -= 2 * eps; lm = loss(*P, x, t)
            p[i] += eps
            g[i] = (lp - lm) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    args = (W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    for a, n in zip(backprop(*args), numeric(*args)):
        print(a.ravel(), np.abs(a - n).max())
