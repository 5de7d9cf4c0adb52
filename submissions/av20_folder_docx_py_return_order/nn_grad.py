import numpy as np

# GNR638 A2 Q1(c) - Kavya Reddy 22B0377


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = map(np.array, (W1, b1, W2, b2))
    x, t = np.array(x), np.array(t)

    s1 = W1.dot(x) + b1
    h = sigmoid(s1)
    s2 = W2.dot(h) + b2
    o = sigmoid(s2)

    e2 = (o - t) * o * (1 - o)
    e1 = W2.T.dot(e2) * h * (1 - h)

    dW2 = np.outer(e2, h)
    dW1 = np.outer(e1, x)
    # weights first, then biases
    return dW1, dW2, e1, e2


if __name__ == "__main__":
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    g = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print("dE/dw11 =", round(g[0][0][0], 8))
    print("dE/dw21 =", round(g[1][0][0], 8))
