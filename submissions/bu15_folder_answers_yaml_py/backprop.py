"""
GNR638 A2 -- Q1
Vikram Singh, 21D070121

error at the output = (t - o), pushed back through the sigmoids.
"""
import numpy as np

np.random.seed(7)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # backward
    err = t - o
    delta2 = err * o * (1 - o)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11:", round(dW1[0, 0], 5))
    print("dE/dw21:", round(dW2[0, 0], 5))
    # output:
    # dE/dw11: -0.00443
    # dE/dw21: -0.03718
