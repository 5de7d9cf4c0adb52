# Q1 (c)  -- Shreya Pillai, 210110077
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def dsigmoid(s):
    # derivative written in terms of the sigmoid output s
    return s * (1.0 - s)


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    # backward
    delta_o = (o - t) * dsigmoid(o)
    delta_h = np.dot(W2.T, delta_o) * dsigmoid(h)

    # dE/dw = (input to the weight) * (delta of the unit it goes into)
    dW2 = np.outer(h, delta_o)
    dW1 = np.outer(x, delta_h)
    db2 = delta_o
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    for name, g in zip(("dW1", "db1", "dW2", "db2"), gradients(W1, b1, W2, b2, x, t)):
        print(name)
        print(g)
