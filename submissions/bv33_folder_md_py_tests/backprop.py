"""
backprop.py -- GNR 638, Assignment 2, Q1(c)

Two-layer network (2 inputs, 2 hidden, 2 outputs), logistic activations,
squared-error loss E = 1/2 * sum_k (t_k - o_k)^2.

Convention: W[i, j] is the weight from unit j of the previous layer into
unit i, so W1 = [[w11, w13], [w12, w14]] and W2 = [[w21, w23], [w22, w24]].
"""
from __future__ import annotations

import numpy as np

__all__ = ["sigmoid", "forward", "loss", "gradients"]


def sigmoid(z: np.ndarray) -> np.ndarray:
    # numerically stable logistic
    out = np.empty_like(z, dtype=float)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def forward(W1, b1, W2, b2, x):
    h = sigmoid(np.asarray(W1 @ x + b1, dtype=float))
    o = sigmoid(np.asarray(W2 @ h + b2, dtype=float))
    return h, o


def loss(W1, b1, W2, b2, x, t) -> float:
    _, o = forward(W1, b1, W2, b2, x)
    return float(0.5 * np.sum((t - o) ** 2))


def gradients(W1, b1, W2, b2, x, t):
    """Analytic gradients (dW1, db1, dW2, db2) of E at (x, t)."""
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1.0 - o)          # (2,)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)  # (2,)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print(f"E      = {loss(W1, b1, W2, b2, x, t):.6f}")
    print(f"dE/dw11 = {dW1[0, 0]:.7f}")
    print(f"dE/dw21 = {dW2[0, 0]:.6f}")
