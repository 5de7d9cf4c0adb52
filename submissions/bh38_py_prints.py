#!/usr/bin/env python3
# GNR 638 -- Assignment 2
# Q1: backprop check for 2-2-2 network, Q2 + Q3 answers at the bottom as prints
#
# Loss is the squared error between target and output, averaged over the outputs.

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    dE_do = (o - t) / len(t)            # derivative of the squared error (mean over outputs)
    delta2 = dE_do * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1 a) dE/dw11 =", dW1[0][0])   # 0.0022159
    print("Q1 b) dE/dw21 =", dW2[0][0])   # 0.0185894

    # Q2
    std = 8 * 8 * 256 * 5 * 5 * 3
    depthwise = 8 * 8 * 5 * 5 * 3
    pointwise = 8 * 8 * 3 * 256
    print("Q2 a) standard conv multiplications:", std)                    # 1228800
    print("Q2 b) depthwise separable:", depthwise, "+", pointwise, "=", depthwise + pointwise)  # 53952

    # Q3
    print("Q3) Poisson output -> minimise the negative log likelihood:")
    print("    L = sum_i [ y_hat_i - y_i * log(y_hat_i) ]   (log(y_i!) dropped, constant)")
