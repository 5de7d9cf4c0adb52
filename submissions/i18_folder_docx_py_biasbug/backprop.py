import numpy as np

# GNR638 A2 - Q1(c)   Siddharth Nair 22D0412


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    # backward pass
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1 * x

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x=x, t=t)
    print("dW1 =\n", dW1)
    print("db1 =", db1)
    print("dW2 =\n", dW2)
    print("db2 =", db2)
