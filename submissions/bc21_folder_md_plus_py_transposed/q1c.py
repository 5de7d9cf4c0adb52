# Kunal Mehta 22D1622
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    d2 = (o - t) * sigmoid(z2) * (1 - sigmoid(z2))
    d1 = (W2.T @ d2) * sigmoid(z1) * (1 - sigmoid(z1))

    dW2 = np.outer(h, d2)
    dW1 = np.outer(x, d1)
    return dW1, d1, dW2, d2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(g[0][0, 0], g[2][0, 0])
