import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err = o - t
    delta_out = err * o * (1 - o)
    dW2 = np.outer(delta_out, h)
    db2 = err                      # bias of output layer
    delta_hid = (W2.T @ delta_out) * h * (1 - h)
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dW1 =", dW1)
    print("dW2 =", dW2)
