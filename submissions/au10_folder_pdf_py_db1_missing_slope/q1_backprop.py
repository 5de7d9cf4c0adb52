# GNR638 A2 Q1(c) - Vikram Reddy 21D070083
import numpy as np


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    z1 = np.dot(W1, x) + b1
    h = sigmoid(z1)
    z2 = np.dot(W2, h) + b2
    o = sigmoid(z2)

    # output layer
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    # hidden layer
    back = np.dot(W2.T, delta2)
    delta1 = back * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = back

    return dW1, db1, dW2, db2


if __name__ == '__main__':
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1., 1.])
    t = np.array([.5, .5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(['dW1', 'db1', 'dW2', 'db2'], g):
        print(name, '=', np.round(val, 5))
