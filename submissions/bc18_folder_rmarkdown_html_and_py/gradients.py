# Arjun Pillai 200100031 - GNR638 A2 part A code
import numpy as np


def sigmoid(a):
    return np.exp(-np.logaddexp(0.0, -a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    do = (o - t) * o * (1.0 - o)
    dh = np.dot(W2.T, do) * h * (1.0 - h)
    dW2 = np.einsum("i,j->ij", do, h)
    dW1 = np.einsum("i,j->ij", dh, x)
    return dW1, dh, dW2, do
