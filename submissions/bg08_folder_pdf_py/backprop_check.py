"""Q1(c) GNR638 A2 - Farhan Qureshi (22B1391)

The question says one bias per layer shared by both units, so the gradient of that
shared bias is the sum of the deltas of the two units. I return it as a length-2 array
(same value in both entries) so that it has the same shape as b1, b2.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1.0 - o)
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)

    dW2 = np.outer(delta_out, h)
    dW1 = np.outer(delta_hid, x)

    # shared bias -> sum over the units of the layer
    db2 = np.full_like(b2, delta_out.sum(), dtype=float)
    db1 = np.full_like(b1, delta_hid.sum(), dtype=float)
    return dW1, db1, dW2, db2


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1_, W2_):
        o = sigmoid(W2_ @ sigmoid(W1_ @ x + b1) + b2)
        return 0.5 * ((t - o) ** 2).sum()
    g1 = np.zeros((2, 2)); g2 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            A = W1.copy(); A[i, j] += eps; B = W1.copy(); B[i, j] -= eps
            g1[i, j] = (E(A, W2) - E(B, W2)) / (2 * eps)
            A = W2.copy(); A[i, j] += eps; B = W2.copy(); B[i, j] -= eps
            g2[i, j] = (E(W1, A) - E(W1, B)) / (2 * eps)
    return g1, g2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    n1, n2 = numeric(W1, b1, W2, b2, x, t)
    print("dW1 backprop\n", dW1, "\nnumeric\n", n1)
    print("dW2 backprop\n", dW2, "\nnumeric\n", n2)
    print("db1", db1, "db2", db2)
