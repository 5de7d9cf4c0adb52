import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    dW2 = np.outer(delta_o, h)
    # the bias is like a weight on a constant input of 1, so its gradient
    # is just the error coming into the layer
    db2 = o - t
    db1 = W2.T @ delta_o
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    for g in gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)):
        print(g)
