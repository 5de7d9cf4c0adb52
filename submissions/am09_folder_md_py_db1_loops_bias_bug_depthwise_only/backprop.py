import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer, element by element
    dW2 = np.zeros((2, 2))
    delta_o = np.zeros(2)
    for k in range(2):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        for j in range(2):
            dW2[k, j] = delta_o[k] * h[j]

    # hidden layer weights: each hidden unit j gets error from both outputs k
    dW1 = np.zeros((2, 2))
    for j in range(2):
        back = 0.0
        for k in range(2):
            back += W2[k, j] * delta_o[k]
        for i in range(2):
            dW1[j, i] = back * h[j] * (1 - h[j]) * x[i]

    # bias gradients (vectorised, same deltas)
    db2 = delta_o
    db1 = (W2 @ delta_o) * h * (1 - h)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    g = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
