"""GNR638 A2 Q1(c) -- Aman Srivastava
Backprop for the 2-2-2 sigmoid net. One bias per layer shared by both units (as in the question),
so the bias gradient is the sum of the unit deltas.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)

    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    # shared bias -> add up the contributions of both units
    db2 = np.full(2, delta2.sum())
    db1 = np.full(2, delta1.sum())
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    np.set_printoptions(precision=5)
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, b, W, b, np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dW1 =", dW1.tolist(), "db1 =", db1)
    print("dW2 =", dW2.tolist(), "db2 =", db2)
