# GNR 638 Assignment 2 -- Q1(c)
# Sneha Iyer, 22D1605
#
# gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
# W[i, j] = weight from input j into unit i (same as the question), so net = W @ x + b.

import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    a1 = W1 @ x + b1
    h = _sigmoid(a1)
    a2 = W2 @ h + b2
    o = _sigmoid(a2)

    # dE/do = o - t  (E = 1/2 ||t - o||^2)
    dE_do = o - t
    dE_da2 = dE_do * o * (1.0 - o)
    dW2 = dE_da2[:, None] * h[None, :]
    db2 = dE_da2

    dE_dh = W2.T @ dE_da2
    dE_da1 = dE_dh * h * (1.0 - h)
    dW1 = dE_da1[:, None] * x[None, :]
    db1 = dE_da1
    return dW1, db1, dW2, db2


def _check(seed=0, eps=1e-6):
    rng = np.random.default_rng(seed)
    W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    b1, b2 = rng.normal(size=2), rng.normal(size=2)
    x, t = rng.normal(size=2), rng.uniform(size=2)

    def E(W1, b1, W2, b2):
        o = _sigmoid(W2 @ _sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)

    g = gradients(W1, b1, W2, b2, x, t)
    P = [W1, b1, W2, b2]
    worst = 0.0
    for k in range(4):
        for idx in np.ndindex(P[k].shape):
            Pp = [p.copy() for p in P]; Pm = [p.copy() for p in P]
            Pp[k][idx] += eps; Pm[k][idx] -= eps
            num = (E(*Pp) - E(*Pm)) / (2 * eps)
            worst = max(worst, abs(num - g[k][idx]))
    return worst


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, b, W.copy(), b.copy(), np.ones(2), np.array([0.5, 0.5]))
    print("dE/dw11 = %.6g" % dW1[0, 0])
    print("dE/dw21 = %.6g" % dW2[0, 0])
    for s in range(3):
        print("random net", s, "max |analytic - numeric| =", _check(s))
