#!/usr/bin/env python3
"""Q1(c) -- backpropagation for the 2-2-2 sigmoid network.

Shapes: W1, W2 (2, 2); b1, b2, x, t (2,).
gradients() returns (dW1, db1, dW2, db2) for E = 1/2 * sum (t - o)^2.
"""
from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


def _loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def _finite_diff(params, x, t, eps=1e-6):
    grads = []
    for k in range(4):
        g = np.zeros_like(params[k])
        for idx in np.ndindex(g.shape):
            plus = [p.copy() for p in params]
            minus = [p.copy() for p in params]
            plus[k][idx] += eps
            minus[k][idx] -= eps
            g[idx] = (_loss(*plus, x, t) - _loss(*minus, x, t)) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    params = [np.full((2, 2), 0.5), np.ones(2), np.full((2, 2), 0.5), np.ones(2)]
    x, t = np.ones(2), np.full(2, 0.5)
    g = gradients(*params, x, t)
    fd = _finite_diff(params, x, t)
    print(f"dE/dw11 = {g[0][0, 0]:.7f}  (finite diff {fd[0][0, 0]:.7f})")
    print(f"dE/dw21 = {g[2][0, 0]:.7f}  (finite diff {fd[2][0, 0]:.7f})")
