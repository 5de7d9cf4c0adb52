"""Q1(c) backprop, GNR638 A2, Farhan Qureshi"""
import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    e = t - o                       # error
    delta2 = e * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    for name, g in zip(["dW1", "db1", "dW2", "db2"], out):
        print(name, g)
