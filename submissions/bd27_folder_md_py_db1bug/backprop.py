import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta_o = (o - t) * o * (1 - o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o

    back = W2.T @ delta_o
    delta_h = back * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    db1 = back

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5])))
