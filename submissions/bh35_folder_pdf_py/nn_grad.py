"""nn_grad.py -- forward pass and backprop for the 2-2-2 sigmoid network (GNR 638 A2, Q1c)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    return z1, h, z2, o


def error(W1, b1, W2, b2, x, t):
    o = forward(W1, b1, W2, b2, x)[3]
    return 0.5 * float(np.sum((t - o) ** 2))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 sum_k (t_k - o_k)^2 w.r.t. W1, b1, W2, b2."""
    _, h, _, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1.copy(), dW2, delta2.copy()
