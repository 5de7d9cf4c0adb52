import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # E = 0.5 * sum((t - o)**2)
    delta_out = (o - t) * o * (1 - o)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)
    dW2 = np.outer(delta_out, h)
    dW1 = np.outer(x, delta_hid)
    db2 = delta_out
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    for g in gradients(W1, b1, W2, b2, x, t):
        print(g)
