import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_out = (o - t) * o * (1 - o)
    back = W2.T @ delta_out
    delta_hid = back * h * (1 - h)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out.copy()
    dW1 = np.outer(delta_hid, x)
    db1 = back.copy()
    return dW1, db1, dW2, db2
