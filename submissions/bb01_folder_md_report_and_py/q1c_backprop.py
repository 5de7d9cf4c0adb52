"""
GNR 638 - Assignment 2, Q1(c)
Backprop for the 2-2-2 sigmoid network, checked against the hand calculation.
Author: Aditya Kulkarni (22B0417)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 * sum (t - o)^2."""
    h, o = forward(W1, b1, W2, b2, x)
    # output layer: dE/do = (o - t), times sigmoid'
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    # hidden layer
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical_grad(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    def loss():
        _, o = forward(W1, b1, W2, b2, x)
        return 0.5 * np.sum((t - o) ** 2)
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss()
            p[i] = old - eps
            lm = loss()
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
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
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    num = numerical_grad(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], [dW1, db1, dW2, db2], num):
        print(name, "max abs diff vs numerical:", np.max(np.abs(a - n)))
