# Aditya Menon 210010004  -- GNR638 A2 Q1(c)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    # backward  (E = 1/2 (t-o)^2)
    err = t - o
    delta2 = err * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
