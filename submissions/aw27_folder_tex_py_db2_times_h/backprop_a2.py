"""GNR 638 A2, Q1(c): backprop for the 2-2-2 sigmoid net.  -- Sanket K."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, float); W2 = np.asarray(W2, float)
    b1 = np.asarray(b1, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)

    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # backward
    d2 = (o - t) * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2 * h                      # bias of output layer
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
