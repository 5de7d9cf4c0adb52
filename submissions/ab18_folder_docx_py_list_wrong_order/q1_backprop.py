# Q1 part c  --  Aman Raj (22B0420)
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns [dW1, dW2, db1, db2]"""
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    dW2 = np.outer(delta2, h)
    return [dW1, dW2, delta1, delta2]


if __name__ == "__main__":
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    res = gradients(W, np.array([1, 1]), W, np.array([1, 1]), np.array([1, 1]), np.array([0.5, 0.5]))
    print("dw11 =", res[0][0][0], "dw21 =", res[1][0][0])
