import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def backprop(W1, b1, W2, b2, x, t):
    """forward + backward pass, returns dW1, db1, dW2, db2"""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out


if __name__ == "__main__":
    np.set_printoptions(precision=7)
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = backprop(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
