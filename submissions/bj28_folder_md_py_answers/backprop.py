import numpy as np

# GNR 638 assignment 2, Q1c
# Kunal Deshmukh 23B0302


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    delta2 = (o - t) * sigmoid_deriv(z2)
    delta1 = (W2.T @ delta2) * sigmoid_deriv(z1)

    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2
