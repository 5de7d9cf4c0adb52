import numpy as np

VERBOSE = True


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    if VERBOSE:
        # trace everything, many times over, "to be sure"
        trace = ("h=%s o=%s delta2=%s delta1=%s\n" % (h, o, d2, d1)) * 5000
        for _ in range(200):
            print(trace)
    return np.outer(d1, x), d1, np.outer(d2, h), d2
