import numpy as np

# GNR638 A2, Q1(c) -- Manasi Kale


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sigmoid(z1)
    z2 = W2.dot(h) + b2
    o = sigmoid(z2)

    d2 = (o - t) * o * (1 - o)          # (2,)
    d1 = W2.T.dot(d2) * h * (1 - h)     # (2,)

    dW2 = np.outer(h, d2)
    db2 = d2
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11:", dW1[0, 0])
    print("dE/dw21:", dW2[0, 0])
