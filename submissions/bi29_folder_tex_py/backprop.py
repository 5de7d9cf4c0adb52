import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def dsigmoid(z):
    # derivative of the sigmoid
    return z * (1 - z)


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    delta2 = (o - t) * dsigmoid(z2)
    delta1 = (W2.T @ delta2) * dsigmoid(z1)

    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print(dW1)
    print(dW2)
