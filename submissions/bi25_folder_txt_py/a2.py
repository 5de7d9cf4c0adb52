"""GNR638 A2 - Pooja Hegde (22M1540)"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def error(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh.copy(), np.outer(do, h), do.copy()


def numeric_grad(f, P, eps=1e-6):
    G = np.zeros_like(P)
    for i in np.ndindex(P.shape):
        old = P[i]
        P[i] = old + eps; fp = f()
        P[i] = old - eps; fm = f()
        P[i] = old
        G[i] = (fp - fm) / (2 * eps)
    return G


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])

    print("---- Q1 ----")
    h, o = forward(W1, b1, W2, b2, x)
    print("h =", h)
    print("o =", o)
    print("E = %.6f" % error(W1, b1, W2, b2, x, t))
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.6f" % dW1[0, 0])
    print("dE/dw21 = %.6f" % dW2[0, 0])
    f = lambda: error(W1, b1, W2, b2, x, t)
    diffs = [np.max(np.abs(a - numeric_grad(f, P))) for a, P in zip((dW1, db1, dW2, db2), (W1, b1, W2, b2))]
    print("finite-difference check: max |analytic - numeric| = %.1e" % max(diffs))

    print("---- Q2 ----")
    std = 8 * 8 * 256 * 5 * 5 * 3
    dw, pw = 8 * 8 * 3 * 5 * 5, 8 * 8 * 3 * 256
    print("standard conv multiplications  :", std)
    print("depthwise separable (dw + pw)  : %d + %d = %d" % (dw, pw, dw + pw))
