# GNR638 A2 - Q1 code - Omkar Jadhav 22B2290
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def backprop(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o

def numeric_grad(W1, b1, W2, b2, x, t, eps=1e-5):
    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    g = np.zeros_like(W1)
    for i in range(2):
        for j in range(2):
            Wp = W1.copy(); Wp[i, j] += eps
            Wm = W1.copy(); Wm[i, j] -= eps
            g[i, j] = (E(Wp, b1, W2, b2) - E(Wm, b1, W2, b2)) / (2 * eps)
    return g

W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = backprop(W1, b1, W2, b2, x, t)
print("backprop dW1:\n", dW1)
print("numerical dW1:\n", numeric_grad(W1, b1, W2, b2, x, t))
print("dE/dw21 =", dW2[0, 0])
