"""
GNR 638 - Assignment 2 - Q1 part (c)
Author : Abhishek Rao (22B0508)

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
"""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    cache = {}
    cache["x"] = x
    cache["a1"] = W1 @ x + b1
    cache["h"] = sigmoid(cache["a1"])
    cache["a2"] = W2 @ cache["h"] + b2
    cache["o"] = sigmoid(cache["a2"])
    return cache


def gradients(W1, b1, W2, b2, x, t):
    c = forward(W1, b1, W2, b2, x)
    h, o = c["h"], c["o"]

    dE_do = o - t                      # E = 1/2 sum (t-o)^2
    dE_da2 = dE_do * o * (1.0 - o)
    dW2 = dE_da2[:, None] * h[None, :]
    db2 = dE_da2

    dE_dh = W2.T @ dE_da2
    dE_da1 = dE_dh * h * (1.0 - h)
    dW1 = dE_da1[:, None] * x[None, :]
    db1 = dE_da1

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = 0.5 * np.ones(2)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
