# backprop.py -- GNR 638 A2 Q1(c), Riya Kapoor
from __future__ import annotations

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    a1 = np.dot(W1, x) + b1
    h = _sigmoid(a1)
    a2 = np.dot(W2, h) + b2
    o = _sigmoid(a2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 * sum((t - o)**2)."""
    W1, b1, W2, b2, x, t = [np.asarray(v, dtype=float) for v in (W1, b1, W2, b2, x, t)]
    h, o = forward(W1, b1, W2, b2, x)
    dE_do = o - t
    dE_da2 = dE_do * o * (1.0 - o)
    dE_dh = W2.T @ dE_da2
    dE_da1 = dE_dh * h * (1.0 - h)
    return np.outer(dE_da1, x), dE_da1, np.outer(dE_da2, h), dE_da2
