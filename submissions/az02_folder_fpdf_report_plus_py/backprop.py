# GNR638 A2 - Q1(c)
# Aditya Kulkarni, 20D100012
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for the 2-2-2 sigmoid net with E = 1/2 * sum (t - o)^2.
    Returns (dW1, db1, dW2, db2)."""
    # forward
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    # backward
    dE_do = o - t
    delta2 = dE_do * o * (1 - o)          # (2,)
    dW2 = np.outer(delta2, h)             # dE/dW2[i,j] = delta2_i * h_j
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
    print("dW1 =\n", dW1)
    print("db1 =", db1)
    print("dW2 =\n", dW2)
    print("db2 =", db2)
