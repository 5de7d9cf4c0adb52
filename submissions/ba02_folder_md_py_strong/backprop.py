"""GNR638 A2, Q1(c) - Sneha Raghavan (213070021)

Backprop for a 2-2-2 network with sigmoid hidden and output layers,
E = 1/2 * sum((t - o)^2).
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) = gradients of E wrt each parameter."""
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward
    delta_o = (o - t) * o * (1 - o)           # dE/dnet_o
    delta_h = (W2.T @ delta_o) * h * (1 - h)  # dE/dnet_h
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    grads = []
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            lp = loss(*params, x, t)
            p[idx] = old - eps
            lm = loss(*params, x, t)
            p[idx] = old
            g[idx] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numerical_gradients(W1, b1, W2, b2, x, t)
    for name, a in zip(["dW1", "db1", "dW2", "db2"], an):
        print(name, "=", a)
    print("max |analytic - numerical| =",
          max(np.max(np.abs(a - n)) for a, n in zip(an, nu)))
