# GNR638 A2 Q1(c) - Kabir Malhotra
import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # error terms (Mitchell, Table 4.2)
    delta_o = o * (1 - o) * (t - o)
    delta_h = h * (1 - h) * (W2.T @ delta_o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
g = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", g[0][0, 0])
print("dE/dw21 =", g[2][0, 0])
