# backprop_check.py  -  Q1 of assignment 2
# Nikhil Bansal 21D1004
import numpy as np

np.set_printoptions(precision=6)

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = 1.0
b2 = 1.0
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def error(W1, W2):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def backprop_step(W1, W2):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), np.outer(d2, h)


def finite_diff(W1, W2, eps=1e-4):
    g1 = np.zeros_like(W1); g2 = np.zeros_like(W2)
    for i in range(2):
        for j in range(2):
            E1 = W1.copy(); E1[i, j] += eps
            E2 = W1.copy(); E2[i, j] -= eps
            g1[i, j] = (error(E1, W2) - error(E2, W2)) / (2 * eps)
            F1 = W2.copy(); F1[i, j] += eps
            F2 = W2.copy(); F2[i, j] -= eps
            g2[i, j] = (error(W1, F1) - error(W1, F2)) / (2 * eps)
    return g1, g2


gW1, gW2 = backprop_step(W1, W2)
nW1, nW2 = finite_diff(W1, W2)
print("backprop dE/dW1:\n", gW1)
print("numeric  dE/dW1:\n", nW1)
print("backprop dE/dW2:\n", gW2)
print("numeric  dE/dW2:\n", nW2)
