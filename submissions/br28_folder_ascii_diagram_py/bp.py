import math
import numpy as np

def sigmoid(z):
    return 1 / (1 + math.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = W2.T @ d_o * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o

# TODO test this
