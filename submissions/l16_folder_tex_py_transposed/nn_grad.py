import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    # gradient matrices
    dW2 = np.outer(h, delta2)
    dW1 = np.outer(x, delta1)
    return dW1, delta1, dW2, delta2


if __name__ == "__main__":
    W = 0.5 * np.ones((2, 2))
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), 0.5 * np.ones(2))
    for name, arr in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, arr)
