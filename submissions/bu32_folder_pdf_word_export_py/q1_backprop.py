# GNR638 Assignment 2, Q1(c)
# Aryan Chatterjee 22B1520
# vectors are column vectors (2x1) like in the lecture slides
# (bias gradient summed over the batch axis so it also works for a batch of inputs)

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    z1 = np.dot(W1, x) + b1
    h = sigmoid(z1)
    z2 = np.dot(W2, h) + b2
    o = sigmoid(z2)

    # backward pass
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.dot(delta2, h.T)
    db2 = np.sum(delta2, axis=1, keepdims=True)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW1 = np.dot(delta1, x.T)
    db1 = np.sum(delta1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([[1.0], [1.0]])
b2 = np.array([[1.0], [1.0]])
x = np.array([[1.0], [1.0]])
t = np.array([[0.5], [0.5]])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1 =\n", dW1)
print("dW2 =\n", dW2)
print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
