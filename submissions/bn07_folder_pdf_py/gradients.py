import numpy as np

# GNR638 Assignment 2, Q1(c)  -- Vikram Singh


def sig(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)
    # backward
    d2 = (o - t) * o * (1 - o)
    dW2 = np.outer(d2, h)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    # biases are not trained in this question (fixed at 1)
    db1 = np.zeros_like(b1)
    db2 = np.zeros_like(b2)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    for name, g in zip(["dW1", "db1", "dW2", "db2"], gradients(W1, b1, W2, b2, x, t)):
        print(name, g)
