# Omkar Jadhav 22B1876
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(h, delta2)          # dE/dW2
    db2 = delta2

    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(x, delta1)          # dE/dW1
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    out = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print(out)
