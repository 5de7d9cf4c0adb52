# GNR638 A2 Q1(c)  -  Ananya Ghosh (22B1187)
# Analytic gradients for the 2-2-2 sigmoid network.
# The question says there is one bias per layer shared by both units, so the
# gradient of a shared bias is the sum of the deltas of the units it feeds.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    # shared bias -> same gradient for both entries
    db2 = np.full(2, d_out.sum())
    db1 = np.full(2, d_hid.sum())
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0, 0])   # 0.03717874177605889
    print("db1 =", db1, " db2 =", db2)
