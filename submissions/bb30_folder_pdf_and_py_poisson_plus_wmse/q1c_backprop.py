"""q1c_backprop.py -- Meera Pillai, 23D1608"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, float); t = np.asarray(t, float)
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    e_o = (o - t) * o * (1 - o)
    e_h = (W2.T @ e_o) * h * (1 - h)
    return np.outer(e_h, x), e_h, np.outer(e_o, h), e_o


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("db1 =", db1)
    print("dW2 =\n", dW2)
    print("db2 =", db2)
