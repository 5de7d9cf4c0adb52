"""Backprop for the 2-2-2 sigmoid net (GNR638 A2, Q1c). Ananya Ghosh."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    # one flat parameter-gradient vector [dW1 (4), db1 (2), dW2 (4), db2 (2)],
    # like the flat parameter vectors in the lecture on gradient checking
    return np.concatenate([dW1.ravel(), delta_h, dW2.ravel(), delta_o])
