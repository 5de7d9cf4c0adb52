# backprop.py -- Q1(c)   (Sneha Patil, 21D070070)
# convention from the CS229 notes I follow: W[i, j] = weight from unit i (layer below) to unit j (layer above)
# so the pre-activation of layer above is  W^T a
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.T @ x + b1
    h = sigmoid(z1)
    z2 = W2.T @ h + b2
    o = sigmoid(z2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2 @ d2) * h * (1 - h)
    dW2 = np.outer(h, d2)      # dW2[i, j] = h_i * d2_j
    dW1 = np.outer(x, d1)
    return dW1, d1, dW2, d2
