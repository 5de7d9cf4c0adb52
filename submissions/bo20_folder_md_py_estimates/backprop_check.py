import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # the question says "one bias per layer, shared by both of its units",
    # so b1[0] and b2[0] are the layer biases
    bias1 = b1[0]
    bias2 = b2[0]
    h = sigmoid(W1 @ x + bias1)
    o = sigmoid(W2 @ h + bias2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    dW1 = np.outer(d_h, x)
    dW2 = np.outer(d_o, h)
    # gradient of each unit's bias = its delta
    return dW1, d_h, dW2, d_o


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.6f" % dW1[0, 0])
    print("dE/dw21 = %.6f" % dW2[0, 0])
