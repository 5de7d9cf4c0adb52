"""
GNR638 Assignment 2 -- Neha Sharma (23M2077)

Answers (from running the code below):

Q1 (a)  dE/dw11 = -0.004432
Q1 (b)  dE/dw21 = -0.037179
Q1 (c)  the function gradients() below

Q2 (a)  standard convolution: 8 x 8 x 256 x 5 x 5 x 3 = 1228800 multiplications
Q2 (b)  depthwise separable:  (8 x 8 x 5 x 5 x 3) + (8 x 8 x 3 x 256) = 4800 + 49152 = 53952

Q3      For Poisson counts the loss is the negative log likelihood
            L = sum_i [ mu_i - y_i * log(mu_i) ]
        where mu_i is the predicted mean for sample i (log(y_i!) left out, it is constant).
"""
import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    err = t - o                      # error at the output
    g_out = err * o * (1 - o)
    g_hid = np.dot(W2.T, g_out) * h * (1 - h)

    dW2 = np.outer(g_out, h)
    db2 = g_out
    dW1 = np.outer(g_hid, x)
    db1 = g_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", round(dW1[0, 0], 6))
    print("dE/dw21 =", round(dW2[0, 0], 6))
