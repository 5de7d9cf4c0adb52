#!/usr/bin/env python3
"""Q1(c): backpropagation for the 2-2-2 sigmoid network.  Gaurav Mishra 23M2145"""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    # dE/dz2 with E = 0.5 * sum (t - o)^2
    dz2 = (o - t) * o * (1.0 - o)
    dW2 = np.outer(dz2, h)
    db2 = dz2
    # back to hidden layer
    dz1 = (W2.T @ dz2) * h * (1.0 - h)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return dW1, db1, dW2, db2


def numeric_check(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(p):
        _, o = forward(p[0], p[1], p[2], p[3], x)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1.astype(float).copy(), b1.astype(float).copy(),
              W2.astype(float).copy(), b2.astype(float).copy()]
    analytic = gradients(*params, x, t)
    worst = 0.0
    for k, p in enumerate(params):
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = E(params)
            p[idx] = old - eps; em = E(params)
            p[idx] = old
            worst = max(worst, abs((ep - em) / (2 * eps) - analytic[k][idx]))
    return worst


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("db1 =", db1)
    print("dW2 =", dW2)
    print("db2 =", db2)
    print("gradient check: max |analytic - numeric| = %.1e" % numeric_check(W1, b1, W2, b2, x, t))
