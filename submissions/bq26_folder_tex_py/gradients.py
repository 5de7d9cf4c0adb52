"""
Q1(c) -- backpropagation for the 2-2-2 network.

Conventions (same as in the report):
    W1[i, j] = weight from input j to hidden unit i
    W2[k, i] = weight from hidden unit i to output unit k
"""
from __future__ import annotations

import numpy as np


def _sigmoid(a: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*sum((t - o)**2) w.r.t. (W1, b1, W2, b2)."""
    W1, b1, W2, b2, x, t = (np.asarray(v, dtype=np.float64) for v in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1.0 - o)
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)

    dW2 = delta_out[:, None] * h[None, :]
    dW1 = delta_hid[:, None] * x[None, :]
    return dW1, delta_hid, dW2, delta_out


def _check(seed: int = 0, n: int = 5, eps: float = 1e-6) -> None:
    rng = np.random.default_rng(seed)

    def E(p):
        W1, b1, W2, b2, x, t = p
        o = _sigmoid(W2 @ _sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)

    for _ in range(n):
        p = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
             rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2)]
        analytic = gradients(*p)
        worst = 0.0
        for k in range(4):
            for idx in np.ndindex(p[k].shape):
                q = [a.copy() for a in p]
                q[k][idx] += eps
                r = [a.copy() for a in p]
                r[k][idx] -= eps
                num = (E(q) - E(r)) / (2 * eps)
                worst = max(worst, abs(num - analytic[k][idx]))
        print(f"max |analytic - numerical| = {worst:.2e}")


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    g = gradients(W, b, W, b, np.ones(2), np.full(2, 0.5))
    print("dE/dw11 = %.7f" % g[0][0, 0])
    print("dE/dw21 = %.7f" % g[2][0, 0])
    _check()
