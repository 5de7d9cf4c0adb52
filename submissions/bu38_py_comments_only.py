# GNR638 assignment 2
# Kunal Jain 22B1871
#
# Q1
# a) dE/dw11 = 0.00443
# b) dE/dw21 = 0.0372
# (values from running this file)
#
# Q2
# a) standard = 8*8*256*5*5*3 = 1228800
# b) depthwise separable = 8*8*5*5*3 = 4800
#
# Q3
# ?

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    a1 = sigmoid(W1.dot(x) + b1)
    a2 = sigmoid(W2.dot(a1) + b2)

    d2 = (a2 - t) * a2 * (1 - a2)
    d1 = W2.T.dot(d2) * a1 * (1 - a1)

    dW2 = np.outer(a1, d2)
    dW1 = np.outer(x, d1)
    return dW1, d1, dW2, d2


W1 = np.ones((2, 2)) * 0.5
W2 = np.ones((2, 2)) * 0.5
b1 = np.ones(2)
b2 = np.ones(2)
x = np.array([1, 1])
t = np.array([0.5, 0.5])

g = gradients(W1, b1, W2, b2, x, t)
print(g[0][0][0], g[2][0][0])
