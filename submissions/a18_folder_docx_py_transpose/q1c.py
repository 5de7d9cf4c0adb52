# GNR638 A2, Q1(c)  --  Vikram Choudhary
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
    s2 = (o - t) * o * (1 - o)
    s1 = np.dot(W2.T, s2) * h * (1 - h)

    # weight gradient = input of the layer times its sensitivity
    dW2 = np.outer(h, s2)
    dW1 = np.outer(x, s1)
    db2 = s2
    db1 = s1
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

g_W1, g_b1, g_W2, g_b2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dW1 =\n", g_W1)
print("dE/dW2 =\n", g_W2)
