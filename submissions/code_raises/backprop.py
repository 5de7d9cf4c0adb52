import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = x.reshape(1, 2)            # row vector
    h = sigmoid(W1 @ x + b1)       # oops: (2,2) @ (1,2)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


if __name__ == "__main__":
    W = np.ones((2, 2)) * 0.5
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.ones(2) / 2))
