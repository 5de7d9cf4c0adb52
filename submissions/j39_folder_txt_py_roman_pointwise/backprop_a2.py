# Yogesh Bhatt 21D070098 -- GNR638 A2 Q1 part (iii)
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def get_gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = get_gradients(W1, b1, W2, b2, x, t)
print("%.8f" % dW1[0, 0])
print("%.8f" % dW2[0, 0])
