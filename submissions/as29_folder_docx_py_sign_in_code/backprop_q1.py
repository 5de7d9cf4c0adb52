# Q1(c) GNR638 A2 - Gaurav Mishra (22B1402)
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 1/2 sum (t - o)^2"""
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    # error terms (delta rule)
    delta_o = (t - o) * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == '__main__':
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.ones(2) * 0.5
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print('dE/dw11 =', dW1[0][0])
    print('dE/dw21 =', dW2[0][0])
