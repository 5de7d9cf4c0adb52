# Q1(c)  -- Pooja Venkatesh 22M0350
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = map(np.asarray, (W1, b1, W2, b2, x, t))
    h, o = forward(W1, b1, W2, b2, x)
    err_o = (o - t) * o * (1.0 - o)
    err_h = (W2.T @ err_o) * h * (1.0 - h)
    dW2 = err_o.reshape(2, 1) * h.reshape(1, 2)
    dW1 = err_h.reshape(2, 1) * x.reshape(1, 2)
    return dW1, err_h.copy(), dW2, err_o.copy()
