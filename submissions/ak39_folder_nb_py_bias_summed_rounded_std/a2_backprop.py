"""Q1(c) -- backprop for the 2-2-2 sigmoid network.
The question says one bias per layer, shared by both units, so the bias
gradient is the sum over the layer's units (same value returned for both)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    db2 = np.full(2, delta_o.sum())     # shared bias
    db1 = np.full(2, delta_h.sum())
    return dW1, db1, dW2, db2
