# GNR 638 - Assignment 2
# Aditya Verma, 23B0456
#
# Only Q1 done, sorry - I was travelling for the inter-IIT meet.
# Q1(a),(b) answers are printed by running this file, I have pasted the output at the bottom.

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1.dot(x) + b1
    h = sigmoid(z1)
    z2 = W2.dot(h) + b2
    o = sigmoid(z2)
    # backward, E = 1/2 sum (t-o)^2  ->  dE/do = o - t
    dz2 = (o - t) * o * (1 - o)
    dW2 = dz2.reshape(-1, 1) * h.reshape(1, -1)
    db2 = dz2.copy()
    dh = W2.T.dot(dz2)
    dz1 = dh * h * (1 - h)
    dW1 = dz1.reshape(-1, 1) * x.reshape(1, -1)
    db1 = dz1.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 (Q1a) =", g[0][0, 0])
    print("dE/dw21 (Q1b) =", g[2][0, 0])

# Output:
# dE/dw11 (Q1a) = 0.004431810414128
# dE/dw21 (Q1b) = 0.03717873695702
