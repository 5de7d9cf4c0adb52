"""
GNR 638 Assignment 2, Question 1(c)
Shreya Banerjee, 214310006

Backpropagation for a 2-2-2 sigmoid network with E = 0.5 * ||t - o||^2.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    a1 = W1 @ x + b1
    h = _sigmoid(a1)
    a2 = W2 @ h + b2
    o = _sigmoid(a2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def finite_difference(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [np.array(W1, float), np.array(b1, float), np.array(W2, float), np.array(b2, float)]
    grads = []
    for k, P in enumerate(params):
        G = np.zeros_like(P)
        it = np.nditer(P, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            orig = P[i]
            P[i] = orig + eps
            lp = loss(*params, x, t)
            P[i] = orig - eps
            lm = loss(*params, x, t)
            P[i] = orig
            G[i] = (lp - lm) / (2 * eps)
        grads.append(G)
    return grads


if __name__ == "__main__":
    np.set_printoptions(precision=8)
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    names = ["dW1", "db1", "dW2", "db2"]
    for n, g in zip(names, gradients(W1, b1, W2, b2, x, t)):
        print(n, "=", g)
    rng = np.random.default_rng(0)
    worst = 0.0
    for _ in range(20):
        args = (rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
                rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2))
        for a, b in zip(gradients(*args), finite_difference(*args)):
            worst = max(worst, np.max(np.abs(a - b) / (np.abs(b) + 1e-12)))
    print("max relative error vs finite differences:", worst)
