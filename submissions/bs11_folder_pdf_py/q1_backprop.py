import numpy as np

# GNR638 A2 - Q1(c)
# Meera Joshi 210070049

def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1.dot(x) + b1
    h = sigmoid(a1)
    a2 = W2.dot(h) + b2
    o = sigmoid(a2)

    # output layer
    err = o - t
    d2 = err * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2

    # hidden layer
    back = W2.T.dot(d2)
    d1 = back * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = back

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:\n", dW1)
    print("dW2:\n", dW2)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
