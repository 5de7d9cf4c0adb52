# =====================================================================
#  GNR 638  Assignment 2          Manish Yadav   22B2240
# =====================================================================
#
#  Q1 (a) dE/dw11 = 0.00443
#  Q1 (b) dE/dw21 = 0.0372
#        (worked out on paper, then checked with the function below)
#
#  Q2 (a) standard conv  : 8 x 8 x 256 x 5 x 5 x 3 = 1228800 multiplications
#  Q2 (b) depthwise sep. : depthwise 8x8x3x25 = 4800
#                          pointwise 8x8x3x256 = 49152
#                          total               = 53952
#
#  Q3  for Poisson output the likelihood has y*log(y_hat) in it, so the loss is the
#      cross entropy  L = - sum_i y_i * log(y_hat_i)
#      (same idea as classification, y_hat > 0 so use exp or softplus at the output)
# =====================================================================

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # output layer
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2 * h
    # hidden layer
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1 * x
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", dW1[0][0])
print("dE/dw21 =", dW2[0][0])
