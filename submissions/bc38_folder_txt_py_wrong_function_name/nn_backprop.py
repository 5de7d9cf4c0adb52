"""Prateek Malhotra 200040102, GNR638 A2 problem 1"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def backprop(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = backprop(W1, b1, W2, b2, x, t)
    np.set_printoptions(precision=6)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
