#!/usr/bin/env python3
"""Two-layer (2-2-2) sigmoid network: manual backprop vs. autograd-free numerical check.
Author: GNR 638 student, Assignment 2."""
import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


def E(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    rng = np.random.default_rng(638)
    for trial in range(3):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2 = rng.normal(size=2), rng.normal(size=2)
        x, t = rng.normal(size=2), rng.uniform(size=2)
        dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
        eps = 1e-6
        W1p = W1.copy(); W1p[0, 0] += eps
        W1m = W1.copy(); W1m[0, 0] -= eps
        num = (E(W1p, b1, W2, b2, x, t) - E(W1m, b1, W2, b2, x, t)) / (2 * eps)
        print(f"trial {trial}: analytic dw11 = {dW1[0,0]:.8f}, numerical = {num:.8f}")
