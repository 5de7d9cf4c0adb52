"""
backprop.py  -  GNR 638 A2, Q1(c)
Ishaan Gupta (22B0047)

Small two-layer sigmoid MLP with squared error.  `gradients` is the function
asked for; `TwoLayerNet` just wraps it so I could also try a few SGD steps.
"""
from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t) -> float:
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * float(np.sum((t - o) ** 2))


def gradients(W1, b1, W2, b2, x, t):
    """Analytic gradients of E = 1/2 ||t - o||^2.

    Shapes: W1, W2 (2, 2); b1, b2, x, t (2,).
    Returns (dW1, db1, dW2, db2) with the same shapes as the parameters.
    """
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=np.float64) for a in (W1, b1, W2, b2, x, t))
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


class TwoLayerNet:
    def __init__(self, W1, b1, W2, b2):
        self.params = [np.array(p, dtype=float) for p in (W1, b1, W2, b2)]

    def step(self, x, t, lr=0.5):
        grads = gradients(*self.params, x, t)
        for p, g in zip(self.params, grads):
            p -= lr * g
        return loss(*self.params, x, t)


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W, b, W, b, x, t)
    print(f"dE/dw11 = {dW1[0, 0]:.7f}")
    print(f"dE/dw21 = {dW2[0, 0]:.7f}")
    net = TwoLayerNet(W, b, W, b)
    for it in range(5):
        print("iter", it, "loss", round(net.step(x, t), 6))
