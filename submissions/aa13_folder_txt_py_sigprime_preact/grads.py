import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def dsigmoid(z):
    # derivative of the sigmoid
    return z * (1.0 - z)


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sigmoid(z1)
    z2 = W2.dot(h) + b2
    o = sigmoid(z2)

    d2 = (o - t) * dsigmoid(z2)
    d1 = W2.T.dot(d2) * dsigmoid(z1)

    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2


if __name__ == "__main__":
    W = 0.5 * np.ones((2, 2))
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), 0.5 * np.ones(2)))
