# GNR638 Assignment 2 - Q1(c)
# Meghna Pillai, 23M1410

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime_from_output(a):
    # derivative of sigmoid written in terms of its output
    return a * (1.0 - a)


def gradients(W1, b1, W2, b2, x, t):
    # ---- forward ----
    net_h = np.dot(W1, x) + b1
    h = sigmoid(net_h)
    net_o = np.dot(W2, h) + b2
    o = sigmoid(net_o)

    # ---- backward ----
    dE_do = o - t
    delta_o = dE_do * sigmoid_prime_from_output(o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o

    dE_dh = np.dot(W2.T, delta_o)
    delta_h = dE_dh * sigmoid_prime_from_output(h)
    dW1 = np.outer(delta_h, x)
    db1 = dE_dh

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("db1 =", db1)
    print("dW2 =\n", dW2)
    print("db2 =", db2)
