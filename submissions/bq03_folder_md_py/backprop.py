"""GNR 638 - Assignment 2, Q1(c)
Backpropagation for the 2-2-2 sigmoid network, checked against finite differences.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) = gradients of E = 1/2 ||t - o||^2."""
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)          # dE/d(pre-activation of output)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/d(pre-activation of hidden)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    grads = []
    for p in params:
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
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    num = numerical_gradients(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], [dW1, db1, dW2, db2], num):
        print(name, "max abs diff vs numerical:", np.max(np.abs(a - n)))
