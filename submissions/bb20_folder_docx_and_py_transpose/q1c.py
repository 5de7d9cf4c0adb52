import numpy as np

# GNR 638 A2 Q1(c)  -  Priya Nair, 22B2051

def sigmoid(z):
    return 1/(1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer
    d_o = (o - t) * o * (1 - o)
    dW2 = np.outer(h, d_o)          # dE/dw = delta * input
    db2 = d_o

    # hidden layer
    d_h = (W2.T @ d_o) * h * (1 - h)
    dW1 = np.outer(x, d_h)
    db1 = d_h

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2,2), 0.5)
    W2 = np.full((2,2), 0.5)
    b1 = np.array([1., 1.])
    b2 = np.array([1., 1.])
    x = np.array([1., 1.])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:\n", dW1)
    print("dW2:\n", dW2)
    print("dw11 =", round(dW1[0,0], 6), " dw21 =", round(dW2[0,0], 6))
