import numpy as np

# error signal e = t - o, then push it back through the network


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    e = t - o
    delta2 = e * o * (1 - o)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = W1.copy()
    print(gradients(W1, np.array([1.0, 1.0]), W2, np.array([1.0, 1.0]), np.array([1.0, 1.0]), np.array([0.5, 0.5])))
