import numpy as np

# Q1 (c)  GNR638 A2   Yash Patil 22B1847


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    # error at output  (derivative of 1/2 (t-o)^2)
    err_o = (t - o)
    delta2 = err_o * o * (1 - o)
    delta1 = W2.T.dot(delta2) * h * (1 - h)

    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(['dW1', 'db1', 'dW2', 'db2'], g):
        print(name, val)
