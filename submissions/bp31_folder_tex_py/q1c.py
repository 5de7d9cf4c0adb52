import numpy as np

# Harsh Vardhan 22B2290 -- GNR638 A2 Q1(c)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out

    # hidden layer
    dh = W2.T @ d_out
    d_hid = dh * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    db1 = dh

    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1 =\n", dW1)
print("dW2 =\n", dW2)
