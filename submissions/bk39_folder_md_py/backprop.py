"""
Q1 (c) - backprop for the 2-2-2 network, vectorised with column vectors
(the way it was done in the lecture slides). Inputs can be 1-D arrays,
they are reshaped to columns inside and the results flattened back.

    python backprop.py      # runs a finite difference check
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    t = np.asarray(t, dtype=float).reshape(-1, 1)
    b1 = np.asarray(b1, dtype=float).reshape(-1, 1)
    b2 = np.asarray(b2, dtype=float).reshape(-1, 1)
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)

    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    delta2 = (o - t) * o * (1 - o)          # (2,1)
    delta1 = (W2.T @ delta2) * h * (1 - h)  # (2,1)

    dW2 = delta2 @ h.T                       # (2,2)
    dW1 = delta1 @ x.T                       # (2,2)
    return dW1, delta1.ravel(), dW2, delta2.ravel()


def _loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    b1, b2, x, t = rng.normal(size=2), rng.normal(size=2), rng.normal(size=2), rng.random(2)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    eps = 1e-6
    E = np.zeros_like(W2); E[0, 0] = eps
    num = (_loss(W1, b1, W2 + E, b2, x, t) - _loss(W1, b1, W2 - E, b2, x, t)) / (2 * eps)
    print("dW2[0,0] analytic", dW2[0, 0], "numeric", num)
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("given network: dE/dw11 =", g[0][0, 0], ", dE/dw21 =", g[2][0, 0])
