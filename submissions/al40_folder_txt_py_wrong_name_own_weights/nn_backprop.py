import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def backprop_grads(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_out = (o - t) * o * (1 - o)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)
    return np.outer(delta_hid, x), delta_hid, np.outer(delta_out, h), delta_out


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1_):
        o = sigmoid(W2 @ sigmoid(W1_ @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    g = np.zeros_like(W1)
    for i in range(2):
        for j in range(2):
            P = W1.copy(); P[i, j] += eps
            M = W1.copy(); M[i, j] -= eps
            g[i, j] = (E(P) - E(M)) / (2 * eps)
    return g


if __name__ == "__main__":
    W1 = np.array([[0.1, 0.2], [0.3, 0.4]])
    W2 = np.array([[0.5, 0.6], [0.7, 0.8]])
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = backprop_grads(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
    print("max |analytic - numeric| on W1:", np.abs(dW1 - numeric(W1, b1, W2, b2, x, t)).max())
