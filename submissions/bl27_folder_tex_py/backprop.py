#!/usr/bin/env python3
"""Backpropagation for the 2--2--2 sigmoid network of GNR 638 A2, Q1(c).

Conventions (same as the report): W[i, j] is the weight from unit j of the
previous layer into unit i, biases are per unit, E = 1/2 ||t - o||^2.
"""
from __future__ import annotations

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))   # numerically stable form


def gradients(W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray,
              x: np.ndarray, t: np.ndarray):
    """Return (dW1, db1, dW2, db2) = gradients of E w.r.t. each parameter."""
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


def _numeric(f, p, eps=1e-6):
    g = np.zeros_like(p)
    for i in np.ndindex(p.shape):
        old = p[i]
        p[i] = old + eps; fp = f()
        p[i] = old - eps; fm = f()
        p[i] = old
        g[i] = (fp - fm) / (2 * eps)
    return g


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    for trial in range(3):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2, x, t = (rng.normal(size=2) for _ in range(4))
        def E():
            h = _sigmoid(W1 @ x + b1); o = _sigmoid(W2 @ h + b2)
            return 0.5 * np.sum((t - o) ** 2)
        an = gradients(W1, b1, W2, b2, x, t)
        nu = [_numeric(E, p) for p in (W1, b1, W2, b2)]
        print(trial, max(np.max(np.abs(a - n)) for a, n in zip(an, nu)))
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 = %.7f, dE/dw21 = %.7f" % (g[0][0, 0], g[2][0, 0]))
