import numpy as np

# Q1(c) Kabir Malhotra 22B0955
# gradients of E = 0.5*sum((t-o)^2) for the 2-2-2 sigmoid network


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer
    e2 = (o - t) * o * (1 - o)
    dW2 = np.outer(e2, h)
    db2 = e2

    # hidden layer
    e1 = (W2.T @ e2) * h * (1 - h)
    dW1 = np.outer(e1, x)
    db1 = e1 * x          # bias sits on the same input line

    return dW1, db1, dW2, db2
