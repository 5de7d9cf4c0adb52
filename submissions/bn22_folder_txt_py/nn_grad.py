import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """returns dW1, db1, dW2, db2"""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1 - o)
    delta_hid = (W2 @ delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.7f" % dW1[0, 0])
    print("dE/dw21 = %.6f" % dW2[0, 0])
