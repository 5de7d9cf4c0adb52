# GNR638 A2 Q1(c) - Abhinav Tiwari
# one bias per layer (shared), as in the question -> the bias gradient is the sum over the units
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)

    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    # shared bias: dE/db = sum of the deltas of the layer
    db2 = np.full_like(b2, delta2.sum(), dtype=float)
    db1 = np.full_like(b1, delta1.sum(), dtype=float)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    for name, g in zip(["dW1", "db1", "dW2", "db2"], gradients(W1, b1, W2, b2, x, t)):
        print(name, np.round(g, 7))
